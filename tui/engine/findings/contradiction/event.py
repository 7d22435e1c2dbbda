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
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.predicates import agreeing_predicates, event_predicates
from tui.engine.findings.contradiction.wordlists import Phrase
from tui.engine.findings.contradiction.words import (
    HALF_AGREEMENT,
    STRONG_AGREEMENT,
    Word,
    content_lemmas_outside,
    shared_in_meaning,
)


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
