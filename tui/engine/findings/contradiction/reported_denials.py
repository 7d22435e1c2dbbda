"""Reported denials (JSON type ``negation``): a clause a speaker denies with a verb of
asserting and a plain negator ("Aquanor *insisted it had not* delayed warning
customers"), which the other side has the speaker grant with a verb of conceding
("Aquanor *admitted* it had waited a day before warning customers").

negation.py reads a verb of denial against its opposite ("*denied that* it had used
fur" / "*admitted that* fur had gone into"). A report more often puts the denial in
the reported clause: the speaker *says* or *insists* that something did *not* happen,
and another outlet words both the act and the speaker's stance otherwise. What differs
is then the stance, the asserting verb with its negator on one side and the conceding
verb on the other, however the two clauses word the act; the act itself ("delayed
warning" / "waited a day before warning") is the same claim only where the two
clauses say mostly the same: at least ``MIN_CLAUSE_SHARED`` content words shared (a
WordNet synonym counted as the same word), ``MIN_AGREEMENT`` of them, and the words
before the two verbs (the speaker) agree as much.

The verbs come from WordNet, not a hand list: a verb of asserting is "say", "assert"
or "insist" or a synonym of one (slots.synonymous: "state", "tell", "maintain"); a
verb of conceding is an antonym of "deny" in the antonym tables that is "admit" or
"confirm" or a synonym of one ("acknowledge"). A cue whose act negation.py finds
affirmed on the other side is left to it ("told the inquiry she had *never met* him" /
"acknowledged that she *had met* him"): one disagreement, one finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import (
    DenialSpans,
    Negation,
    Polarity,
    cues_denied_either_way,
    hypothetical,
    reads_claim,
)
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import says, synonymous
from tui.engine.findings.contradiction.wordlists import antonyms, lemma_key
from tui.engine.findings.contradiction.words import (
    Word,
    agreement,
    clause_break,
    content_lemmas,
    shared_in_meaning,
    with_auxiliary,
)

REPORTING_REACH = 5
"""Words that may stand between the verb of asserting and the negator of the clause it
reports ("insisted *it had* not", "said *the zoo had* not", "said *on Friday that it
would* not")."""
MIN_CLAUSE_SHARED = 2
"""Content words the denied clause and the granted one share at least."""
MIN_AGREEMENT = 0.35
"""Least Dice overlap of the two clauses, and of the words before the two verbs."""
_ASSERTING_ANCHORS = ("say", "assert", "insist")
_CONCEDING_ANCHORS = ("admit", "confirm")
_PLAIN_NEGATORS = frozenset(("not", "never"))
"""Negators that deny the act of their clause ("n't" words too); not "no", "none",
"without", which deny a thing."""


def reported_denials(pair: SentencePair) -> list[Conflict]:
    """A clause denied under a verb of asserting on one side and granted under a verb
    of conceding on the other, both directions."""
    return cues_denied_either_way(pair, _answered)


def answers(negation: Negation, negated: Polarity, affirmed: Polarity) -> bool:
    """Whether this reading answers the cue ``negation``: a clause it reports denied, the
    ``affirmed`` sentence granting it with a verb of conceding (reworded_denials.py
    leaves such a cue to it)."""
    return _answered(negation, negated, affirmed) is not None


def _answered(negation: Negation, negated: Polarity, affirmed: Polarity) -> DenialSpans | None:
    """(denied span, granted span, score) where ``negation`` is a plain negator in a
    clause a verb of asserting reports and ``affirmed`` grants that clause with a verb
    of conceding, else None."""
    words, other = negated.words, affirmed.words
    cue = negation.cue
    if not _plain(words[cue]) or negated.in_quotation(cue) or hypothetical(words, cue):
        return None
    verb = reporting_verb(words, cue)
    if verb is None:
        return None
    answer = _conceding_verb(affirmed)
    if answer is None or affirmed.in_quotation(answer) or hypothetical(other, answer):
        return None
    denied = content_lemmas(words[cue + 1 :])
    granted = content_lemmas(other[answer + 1 :])
    if not denied or not granted:
        return None
    shared = shared_in_meaning(denied, granted)
    overlap = 2 * shared / (len(denied) + len(granted))
    speakers = agreement(content_lemmas(words[:verb]), content_lemmas(other[:answer]))
    if shared < MIN_CLAUSE_SHARED or overlap < MIN_AGREEMENT or speakers < MIN_AGREEMENT:
        return None
    if reads_claim(negation, negated, affirmed):
        return None  # negation.py pairs the act itself ("had never met" / "had met")
    return (
        (words[verb].start, words[cue].end),
        (other[with_auxiliary(other, answer)].start, other[answer].end),
        round(min(0.95, 0.6 + 0.35 * overlap), 2),
    )


def _plain(word: Word) -> bool:
    return word.norm in _PLAIN_NEGATORS or word.norm.endswith("n't")


def reporting_verb(words: Sequence[Word], cue: int) -> int | None:
    """The index of the verb of asserting whose reported clause holds the negator at
    ``cue`` ("*insisted* it had not"), within ``REPORTING_REACH`` words before it in
    its clause, else None."""
    for k in range(cue - 1, max(-1, cue - REPORTING_REACH - 2), -1):
        if clause_break(words, k + 1):
            return None
        if asserting(words[k].lemma):  # "said" is no content word: read it all the same
            return k
    return None


@lru_cache(maxsize=4096)
def asserting(lemma: str) -> bool:
    """Whether a lemma key is a verb of asserting ("say", "assert", "insist" or a
    WordNet synonym of one)."""
    return says(lemma) or any(synonymous(lemma, lemma_key(a)) for a in _ASSERTING_ANCHORS)


def _conceding_verb(affirmed: Polarity) -> int | None:
    """The index of the first verb of conceding the affirmed sentence holds outside any
    negation, else None."""
    conceding = conceding_verbs()
    return next(
        (
            k
            for k, w in enumerate(affirmed.words)
            if w.lemma in conceding and k not in affirmed.negated and not w.capitalised_inside
        ),
        None,
    )


@lru_cache(maxsize=1)
def conceding_verbs() -> frozenset[str]:
    """Lemma keys of the antonyms of "deny" that are "admit" or "confirm" or a WordNet
    synonym of one ("acknowledge")."""
    anchors = [lemma_key(a) for a in _CONCEDING_ANCHORS]
    return frozenset(
        key[0]
        for key in antonyms().get((lemma_key("deny"),), ())
        if len(key) == 1 and any(synonymous(key[0], a) for a in anchors)
    )
