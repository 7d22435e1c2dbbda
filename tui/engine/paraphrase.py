"""A second alignment pass for sentences that say the same thing in other words.

The first pass matches sentences on the words they share. Two reports of one
event often state a claim in different words ("rushed home" / "hurried back",
"remain in London" / "continued to stay"), which leaves such a pair below the
score a pair needs on its own. This pass looks again at the candidate pairs
whose two sentences are both still unaligned and that share a fair part of their
informative words (``ANCHOR``, exact stems only); it scores them with synonyms
counted as shared words (a synonym earns ``SYNONYM_CREDIT`` of a shared word's
weight) and matches the pairs scoring at least ``PARAPHRASE`` one to one.
Requiring the exact overlap keeps sentences that only use related vocabulary
apart; synonyms then decide which of the close pairs say the same thing. Between
real reports of one event, many such pairs share names and topic but not the
claim; a pair must also hold the words it shares in the same order
(``word_order``, at least ``SAME_ORDER`` of them), as two tellings of one claim
do, unless one sentence is nearly all in the other (``RESTATED`` of its weight
shared or synonyms): a restatement may turn the claim around ("the delegation
showed calm" / "this highlights the composure of the delegation"). A
sentence of fewer than ``MIN_WORDS`` content words is left to the first pass:
two shared words ("Obama said." / a quote "..., Obama said.") reach the bar by
themselves in it, however unrelated the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

from tui.engine.matching import max_weight_matching
from tui.engine.similarity import Profile, weight_of
from tui.engine.synonyms import synonym_pairs
from tui.engine.word_order import shared_in_order

SYNONYM_CREDIT = 0.8
"""Share of a shared word's weight a synonym earns."""
ANCHOR = 0.2
"""Exact weighted Dice overlap a pair needs before synonyms are counted."""
PARAPHRASE = 0.29
"""Score with synonyms a pair needs to be aligned in this pass."""
MIN_WORDS = 6
"""Content words (stems) each sentence of a pair needs for this pass."""
SAME_ORDER = 0.75
"""Share of its shared words a pair must hold in the same order (``word_order``).
Chosen on labelled pairs of real reports (``benchmarks/second_pass_pairs.py``)."""
RESTATED = 0.6
"""Share of one sentence's weight the other must explain (shared words and synonyms)
for the pair to pass whatever the order."""


def synonym_dice(left: Profile, right: Profile, weights: Mapping[str, float]) -> float:
    """Weighted Dice overlap in which a synonym pair counts ``SYNONYM_CREDIT`` of a
    shared word, in [0, 1]."""
    return overlap(left, right, weights).dice


class Overlap(NamedTuple):
    """What two sentences share, synonyms counted, weighed."""

    dice: float
    """``synonym_dice``."""
    restated: float
    """The larger of the two sentences' shares of weight the other explains."""
    synonyms: list[tuple[str, str]]


def overlap(left: Profile, right: Profile, weights: Mapping[str, float]) -> Overlap:
    """What ``left`` and ``right`` share, synonyms counted."""
    left_total, right_total = weight_of(left.stems, weights), weight_of(right.stems, weights)
    if left_total <= 0 or right_total <= 0:
        return Overlap(0.0, 0.0, [])
    shared = left.stems & right.stems
    pairs = synonym_pairs(left.stems - shared, right.stems - shared)
    common = weight_of(shared, weights)
    left_synonyms = weight_of([a for a, _ in pairs], weights)
    right_synonyms = weight_of([b for _, b in pairs], weights)
    dice = (2 * common + SYNONYM_CREDIT * (left_synonyms + right_synonyms)) / (
        left_total + right_total
    )
    restated = max((common + left_synonyms) / left_total, (common + right_synonyms) / right_total)
    return Overlap(dice, restated, pairs)


def paraphrase_pairs(
    lefts: Sequence[Profile],
    rights: Sequence[Profile],
    weights: Mapping[str, float],
    scores: Mapping[tuple[int, int], float],
    taken: tuple[set[int], set[int]],
) -> list[tuple[int, int]]:
    """One-to-one pairs of free sentences (positions not in ``taken``) among ``scores``'
    candidates that reach ``PARAPHRASE`` with synonyms and share their words in order."""
    taken_left, taken_right = taken
    found = {}
    for (i, j), score in scores.items():
        if score < ANCHOR or i in taken_left or j in taken_right:
            continue
        if min(len(lefts[i].stems), len(rights[j].stems)) < MIN_WORDS:
            continue
        shared = overlap(lefts[i], rights[j], weights)
        if shared.dice >= PARAPHRASE and (
            shared.restated >= RESTATED
            or shared_in_order(lefts[i].text, rights[j].text, shared.synonyms) >= SAME_ORDER
        ):
            found[(i, j)] = shared.dice * shared.dice
    return max_weight_matching(found)
