"""Fill the gaps of an ordered alignment: a sentence between two aligned neighbours.

A rewrite keeps most sentences in their order. When the sentences before and
after a left sentence are aligned with two right sentences that have exactly one
free sentence between them, that sentence is most likely where the left one went,
however much it was reworded ("rushed home" / "hurried back"): the order is the
evidence, and a small overlap (``BETWEEN``, synonyms counted, at least one word or
synonym shared) confirms it, so that a sentence put in place of a dropped one is
not taken for its partner. A filled gap can close the next one, for a few rounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.engine.grouping import Grouping
from tui.engine.matching import max_weight_matching
from tui.engine.paraphrase import synonym_dice
from tui.engine.similarity import Profile
from tui.engine.synonyms import synonym_pairs

BETWEEN = 0.2
"""Overlap with synonyms a sentence between two aligned neighbours needs."""
MAX_ROUNDS = 3


def fill_gaps(
    grouping: Grouping,
    sides: tuple[Sequence[Profile], Sequence[Profile]],
    weights: Mapping[str, float],
) -> None:
    """Align, in ``grouping``, the free sentences held between two aligned neighbours."""
    for _ in range(MAX_ROUNDS):
        pairs = max_weight_matching(_gap_scores(grouping, sides, weights))
        if not pairs:
            return
        grouping.add_pairs(pairs)


def _gap_scores(
    grouping: Grouping,
    sides: tuple[Sequence[Profile], Sequence[Profile]],
    weights: Mapping[str, float],
) -> dict[tuple[int, int], float]:
    """Squared scores of the gap pairs that pass, keyed by (left, right) position."""
    lefts, rights = sides
    left_owner, right_owner = grouping.owner
    found: dict[tuple[int, int], float] = {}
    for i in range(1, len(lefts) - 1):
        before, after = left_owner.get(i - 1), left_owner.get(i + 1)
        if i in left_owner or before is None or after is None or before is after:
            continue
        if before.members[0][-1] != i - 1 or after.members[0][0] != i + 1:
            continue  # the neighbours' alignments reach past this sentence
        j = before.members[1][-1] + 1
        if after.members[1][0] != j + 1 or j in right_owner:
            continue  # no single free right sentence between them
        left, right = lefts[i].stems, rights[j].stems
        if left.isdisjoint(right) and not synonym_pairs(left, right):
            continue
        score = synonym_dice(lefts[i], rights[j], weights)
        if score >= BETWEEN:
            found[(i, j)] = score * score
    return found
