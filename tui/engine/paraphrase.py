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
apart; synonyms then decide which of the close pairs say the same thing. A
sentence of fewer than ``MIN_WORDS`` content words is left to the first pass:
two shared words ("Obama said." / a quote "..., Obama said.") reach the bar by
themselves in it, however unrelated the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.engine.matching import max_weight_matching
from tui.engine.similarity import Profile, weight_of
from tui.engine.synonyms import synonym_pairs

SYNONYM_CREDIT = 0.8
"""Share of a shared word's weight a synonym earns."""
ANCHOR = 0.2
"""Exact weighted Dice overlap a pair needs before synonyms are counted."""
PARAPHRASE = 0.29
"""Score with synonyms a pair needs to be aligned in this pass."""
MIN_WORDS = 6
"""Content words (stems) each sentence of a pair needs for this pass."""


def synonym_dice(left: Profile, right: Profile, weights: Mapping[str, float]) -> float:
    """Weighted Dice overlap in which a synonym pair counts ``SYNONYM_CREDIT`` of a
    shared word, in [0, 1]."""
    total = weight_of(left.stems, weights) + weight_of(right.stems, weights)
    if total <= 0:
        return 0.0
    shared = left.stems & right.stems
    pairs = synonym_pairs(left.stems - shared, right.stems - shared)
    synonyms = weight_of([a for a, _ in pairs], weights) + weight_of([b for _, b in pairs], weights)
    return (2 * weight_of(shared, weights) + SYNONYM_CREDIT * synonyms) / total


def paraphrase_pairs(
    lefts: Sequence[Profile],
    rights: Sequence[Profile],
    weights: Mapping[str, float],
    scores: Mapping[tuple[int, int], float],
    taken: tuple[set[int], set[int]],
) -> list[tuple[int, int]]:
    """One-to-one pairs of free sentences (positions not in ``taken``) among ``scores``'
    candidates that reach ``PARAPHRASE`` with synonyms."""
    taken_left, taken_right = taken
    found = {}
    for (i, j), score in scores.items():
        if score < ANCHOR or i in taken_left or j in taken_right:
            continue
        if min(len(lefts[i].stems), len(rights[j].stems)) < MIN_WORDS:
            continue
        paraphrase = synonym_dice(lefts[i], rights[j], weights)
        if paraphrase >= PARAPHRASE:
            found[(i, j)] = paraphrase * paraphrase
    return max_weight_matching(found)
