"""Fill the gaps of an ordered alignment: sentences between two aligned neighbours.

A rewrite keeps most sentences in their order. When the sentences before and
after a run of free left sentences are aligned with two right sentences that hold
a run of free sentences between them, those are most likely where the left ones
went, however much they were reworded ("rushed home" / "hurried back"): the order
is the evidence, and a small overlap (``BETWEEN``, synonyms counted, at least one
word or synonym shared) confirms it, so that a sentence put in place of a dropped
one is not taken for its partner. A run holds at most ``MAX_GAP`` sentences a side,
matched one to one (a rewrite drops or merges some of them). A filled gap can close
the next one, for a few rounds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.engine.grouping import Group, Grouping
from tui.engine.matching import max_weight_matching
from tui.engine.paraphrase import synonym_dice
from tui.engine.similarity import Profile
from tui.engine.synonyms import synonym_pairs

BETWEEN = 0.2
"""Overlap with synonyms a sentence between two aligned neighbours needs."""
MAX_GAP = 3
"""Free sentences a gap holds at most on each side."""
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
    i = 1
    while i < len(lefts) - 1:
        if i in left_owner or i - 1 not in left_owner:
            i += 1
            continue
        end = i
        while end < len(lefts) and end not in left_owner:
            end += 1
        run, i = range(i, end), end
        before, after = left_owner[run[0] - 1], left_owner.get(end)
        if after is None or before is after or len(run) > MAX_GAP:
            continue
        if before.members[0][-1] != run[0] - 1 or after.members[0][0] != end:
            continue  # the neighbours' alignments reach past the run
        for j in _facing(before, after, right_owner):
            for k in run:
                left, right = lefts[k].stems, rights[j].stems
                if left.isdisjoint(right) and not synonym_pairs(left, right):
                    continue
                score = synonym_dice(lefts[k], rights[j], weights)
                if score >= BETWEEN:
                    found[(k, j)] = score * score
    return found


def _facing(before: Group, after: Group, right_owner: Mapping[int, Group]) -> range:
    """The free right sentences between the partners of ``before`` and ``after``, when
    they are a run of one to ``MAX_GAP``; else none."""
    run = range(before.members[1][-1] + 1, after.members[1][0])
    if not 0 < len(run) <= MAX_GAP or any(j in right_owner for j in run):
        return range(0)
    return run
