"""Grow matched sentence pairs into alignments: anchored pairs, splits and merges.

The aligner first fixes confident one-to-one pairs. This module then walks the
weaker candidate pairs, best first, and for each decides one of:

* *anchor*: two unmatched sentences that continue a matched pair in both
  articles' order (the sentences right after, or right before, each side of
  it) become a pair. Rewrites move whole paragraphs, so the neighbours of
  matched sentences tend to match each other.
* *join*: a sentence next to an alignment's sentences on its own side joins
  that alignment (a split or a merge) when the other side holds most of its
  informative words and the alignment is no worse a match with it.
* *move*: the same for a sentence already in another alignment, when this one
  holds clearly more of its words: the half of a split sentence first paired
  with some other sentence comes back to its whole.

No side of an alignment ever holds more than ``MAX_GROUP`` sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tui.engine.similarity import Profile, containment, dice

MAX_GROUP = 3
GROUP_CONTAINMENT = 0.4
"""Share of a sentence's informative weight the other side must hold for it to join."""
MOVE_MARGIN = 0.25
"""How much more of a sentence's weight its new alignment must hold than its old one."""
MAX_PASSES = 4

SideIndex = int
"""0 for the left article, 1 for the right one."""


@dataclass(eq=False)
class Group:
    """One alignment under construction: content positions on each side, sorted."""

    members: tuple[list[int], list[int]] = field(default_factory=lambda: ([], []))

    def continues(self, i: int, j: int) -> bool:
        """True when (i, j) extends this group diagonally, in both articles' order."""
        left, right = self.members
        return (i == left[-1] + 1 and j == right[-1] + 1) or (
            i == left[0] - 1 and j == right[0] - 1
        )


class Grouping:
    """Alignments under construction, indexed by the sentences they hold."""

    def __init__(
        self,
        pairs: Sequence[tuple[int, int]],
        sides: tuple[Sequence[Profile], Sequence[Profile]],
        weights: Mapping[str, float],
    ) -> None:
        self.sides = sides
        self.weights = weights
        self.owner: tuple[dict[int, Group], dict[int, Group]] = ({}, {})
        self.add_pairs(pairs)

    @property
    def groups(self) -> list[Group]:
        unique = {id(g): g for g in self.owner[0].values()}
        return list(unique.values())

    def add_pairs(self, pairs: Sequence[tuple[int, int]]) -> None:
        """New one-to-one alignments of sentences no alignment holds yet."""
        for i, j in pairs:
            self._new_pair(i, j)

    def extend(self, scores: Mapping[tuple[int, int], float]) -> None:
        """Apply anchors, joins and moves over ``scores``' pairs, best first, until stable."""
        ranked = sorted(scores, key=lambda pair: -scores[pair])
        owner_left, owner_right = self.owner
        for _ in range(MAX_PASSES):
            changed = False
            for i, j in ranked:
                left, right = owner_left.get(i), owner_right.get(j)
                if left is None and right is None:
                    if self._anchored(i, j):
                        self._new_pair(i, j)
                        changed = True
                elif left is not right:  # most are next to neither group: checked inline
                    changed |= (
                        right is not None
                        and (owner_left.get(i - 1) is right or owner_left.get(i + 1) is right)
                        and self._attach(0, i, right)
                    ) or (
                        left is not None
                        and (owner_right.get(j - 1) is left or owner_right.get(j + 1) is left)
                        and self._attach(1, j, left)
                    )
            if not changed:
                return

    def _new_pair(self, i: int, j: int) -> None:
        group = Group(([i], [j]))
        self.owner[0][i] = self.owner[1][j] = group

    def _anchored(self, i: int, j: int) -> bool:
        neighbours = (self.owner[0].get(i - 1), self.owner[0].get(i + 1))
        return any(g is not None and g.continues(i, j) for g in neighbours)

    def _stems(self, group: Group, side: SideIndex) -> frozenset[str]:
        profiles = self.sides[side]
        return frozenset().union(*(profiles[p].stems for p in group.members[side]))

    def _attach(self, side: SideIndex, position: int, group: Group) -> bool:
        """Put sentence ``position`` of ``side``, next to ``group``'s sentences on that
        side, into ``group`` if it fits there better."""
        members = group.members[side]
        if len(members) >= MAX_GROUP:
            return False
        stems = self.sides[side][position].stems
        partner = self._stems(group, 1 - side)
        held = containment(stems, partner, self.weights)
        if held < GROUP_CONTAINMENT:
            return False
        own = self._stems(group, side)
        if dice(own | stems, partner, self.weights) < dice(own, partner, self.weights):
            return False
        current = self.owner[side].get(position)
        if current is not None:
            held_now = containment(stems, self._stems(current, 1 - side), self.weights)
            if held < held_now + MOVE_MARGIN:
                return False
            self._detach(side, position, current)
        members.append(position)
        members.sort()
        self.owner[side][position] = group
        return True

    def _detach(self, side: SideIndex, position: int, group: Group) -> None:
        """Take a sentence out of its group; a group left empty on one side is dissolved."""
        group.members[side].remove(position)
        del self.owner[side][position]
        if not group.members[side]:
            for other in group.members[1 - side]:
                del self.owner[1 - side][other]
