"""The event signal of a date: whether two sentences that date something differently
speak of one event, where a rewrite shares few words as written.

Two sentences speak of one event when the predicates their dates are given to agree in
meaning (predicates.py: "resigned" / "stepped down", "published" / "released") and the
rest of the sentences, the dates left out, agree at least half-way in meaning, or most
of the shorter one is in the longer one (shared lemma keys, a WordNet synonym pair
counted as one shared word, the two predicates as one). A date alone cannot tell one
event from the next day's ("shares rose Monday" / "shares rose Tuesday" of daily
reports agree just as well), so this signal is asked only where the detector's own
test of the words around the dates fails.

A rewrite also words the event itself apart where no synonym table links the two
predicates ("the jury *delivered* its verdict" / "jurors *returned* their verdict",
"the law *took effect*" / "*came into force*", "the trial is *to begin*" / "*to
open*"). Then the rest of the two sentences must say the same (``reworded_event``):
at least ``REWORDED_SHARED`` content words in common in meaning and a Dice agreement
of ``REWORDED_AGREEMENT``, and the two predicates must not be opposites ("the trial
*began*" / "*ended*"): two events of the same people and things differ in their
predicate, and then in little else only when the sentences are short.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.predicates import (
    SAY,
    agreeing_predicates,
    event_predicates,
    sentence_predicates,
)
from tui.engine.findings.contradiction.wordlists import Phrase, antonyms
from tui.engine.findings.contradiction.words import (
    HALF_AGREEMENT,
    STRONG_AGREEMENT,
    Word,
    content_lemmas_outside,
    shared_in_meaning,
)

REWORDED_SHARED = 3
"""Least content words (a WordNet synonym pair counted as one) the rest of two
sentences shares when their predicates are worded apart."""
REWORDED_AGREEMENT = 0.6
"""Least Dice agreement in meaning of the rest of two such sentences."""


def same_event(
    left: Sequence[Word],
    left_span: tuple[int, int],
    right: Sequence[Word],
    right_span: tuple[int, int],
) -> bool:
    """Whether the two sentences' predicates of the spans agree in meaning and the rest
    of them, outside the spans, agrees at least half-way in meaning, or the shorter
    one's words are mostly the longer one's (a report may say more about the event:
    "started his career in 1990 and co-founded the band in 1991" / "co-founded the
    band in 1962")."""
    predicates = agreeing_predicates(
        event_predicates(left, left_span), event_predicates(right, right_span)
    )
    if predicates is None:
        return False
    return rest_agrees(left, left_span, {predicates[0]}, right, right_span, {predicates[1]})


def rest_agrees(
    left: Sequence[Word],
    left_span: tuple[int, int],
    left_predicates: set[Phrase],
    right: Sequence[Word],
    right_span: tuple[int, int],
    right_predicates: set[Phrase],
) -> bool:
    """Whether the two sentences, the spans and the predicates left out (the
    predicates counted as one shared word), agree at least half-way in meaning, or
    the shorter one's words are mostly the longer one's."""
    left_rest = content_lemmas_outside(left, left_span) - _words_of(left_predicates)
    right_rest = content_lemmas_outside(right, right_span) - _words_of(right_predicates)
    shared = 1 + shared_in_meaning(left_rest, right_rest)
    sizes = (len(left_rest) + 1, len(right_rest) + 1)
    return 2 * shared / sum(sizes) >= HALF_AGREEMENT or shared / min(sizes) >= STRONG_AGREEMENT


def _words_of(predicates: set[Phrase]) -> set[str]:
    return {word for predicate in predicates for word in predicate}


def reworded_event(
    left: Sequence[Word],
    left_span: tuple[int, int],
    right: Sequence[Word],
    right_span: tuple[int, int],
) -> bool:
    """Whether the two sentences tell one event with its predicate worded apart: the
    rest of them, the spans and the predicates left out, shares at least
    ``REWORDED_SHARED`` words in meaning at a Dice agreement of ``REWORDED_AGREEMENT``,
    and the dates are given to predicates that tell them apart in no way: each side has
    one, neither is "say" (the telling, not the event), neither is an opposite of the
    other, and neither agrees with another predicate of the other sentence."""
    left_predicates = event_predicates(left, left_span)
    right_predicates = event_predicates(right, right_span)
    if not _told(left_predicates) or not _told(right_predicates):
        return False
    if opposed(left_predicates, right_predicates) or _told_apart(
        left, left_predicates, right, right_predicates
    ):
        return False
    left_rest = content_lemmas_outside(left, left_span) - _words_of(left_predicates)
    right_rest = content_lemmas_outside(right, right_span) - _words_of(right_predicates)
    shared = shared_in_meaning(left_rest, right_rest)
    if shared < REWORDED_SHARED:
        return False
    return 2 * shared / (len(left_rest) + len(right_rest)) >= REWORDED_AGREEMENT


def _told(predicates: set[Phrase]) -> bool:
    """Whether a date is given to an event the sentence tells, not to the telling ("*said*
    on Sunday"): a date with no predicate, or given to "say", may be the report's own."""
    return bool(predicates) and (SAY,) not in predicates


def _told_apart(
    left: Sequence[Word],
    left_predicates: set[Phrase],
    right: Sequence[Word],
    right_predicates: set[Phrase],
) -> bool:
    """Whether the predicate of one side agrees with another predicate of the other
    sentence: each date is then given to one of two events both sentences tell."""
    return (
        agreeing_predicates(left_predicates, sentence_predicates(right)) is not None
        or agreeing_predicates(right_predicates, sentence_predicates(left)) is not None
    )


def opposed(left: set[Phrase], right: set[Phrase]) -> bool:
    """Whether a predicate of one side is an antonym of one of the other ("began" /
    "ended"): two events of one thing."""
    table = antonyms()
    return any(b in table.get(a, ()) for a in left for b in right)
