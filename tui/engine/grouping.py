"""Grow matched sentence pairs into alignments: anchored pairs, splits and merges.

The aligner first fixes confident one-to-one pairs. This module then walks the
weaker candidate pairs, best first, and for each decides one of:

* *anchor*: two unmatched sentences that continue a matched pair in both
  articles' order (the sentences right after, or right before, each side of
  it) become a pair. Rewrites move whole paragraphs, so the neighbours of
  matched sentences tend to match each other.
* *join*: a sentence next to an alignment's sentences on its own side joins
  that alignment (a split or a merge) when the other side holds most of its
  informative words and the alignment is no worse a match with it. For a free
  sentence a word of the other side's synonym counts ``SYNONYM_CREDIT`` of a held
  word: a rewrite that cuts a sentence in two often rewords the halves too.
* *move*: the same for a sentence already in another alignment (exact words
  only), when this one holds clearly more of its words: the half of a split sentence first paired
  with some other sentence comes back to its whole.

No side of an alignment ever holds more than ``MAX_GROUP`` sentences.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tui.engine.paraphrase import SYNONYM_CREDIT
from tui.engine.similarity import Profile, containment, dice, weight_of
from tui.engine.synonyms import synonym_pairs

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


def _ends_a_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does (a full stop, a question or an
    exclamation mark, before any closing quotes or brackets), not as a heading."""
    return text.rstrip().rstrip("\"'”’)]").endswith((".", "!", "?"))


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

    def join_free_neighbours(self) -> None:
        """Join each free sentence next to an alignment's sentences to it where it fits
        (as ``extend``'s joins do) when it shares two words with it, candidate pair
        or not: a short sentence merged into a long one scores too low a Dice overlap
        with it to be a candidate, though the long one holds all its words. A heading
        (no closing punctuation) is left alone: it sums up the text, it is no piece of
        a sentence."""
        for _ in range(MAX_PASSES):
            changed = False
            for side in (0, 1):
                owner = self.owner[side]
                for position in range(len(self.sides[side])):
                    for neighbour in (position - 1, position + 1):
                        group = owner.get(neighbour)
                        if (
                            position not in owner
                            and group is not None
                            and _ends_a_sentence(self.sides[side][position].text)
                            and self._shares_two(side, position, group)
                        ):
                            changed |= self._attach(side, position, group)
            if not changed:
                return

    def _shares_two(self, side: SideIndex, position: int, group: Group) -> bool:
        """Whether the sentence shares two words with the group's other side: a lone
        shared word ("My man!") is no evidence, as for a candidate pair."""
        stems = self.sides[side][position].stems
        return len(stems & self._stems(group, 1 - side)) >= 2

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
        current = self.owner[side].get(position)
        held = (
            self._held(stems, partner)
            if current is None
            else containment(stems, partner, self.weights)
        )
        if held < GROUP_CONTAINMENT:
            return False
        own = self._stems(group, side)
        if dice(own | stems, partner, self.weights) < dice(own, partner, self.weights):
            return False
        if current is not None:
            held_now = containment(stems, self._stems(current, 1 - side), self.weights)
            if held < held_now + MOVE_MARGIN:
                return False
            self._detach(side, position, current)
        members.append(position)
        members.sort()
        self.owner[side][position] = group
        return True

    def _held(self, stems: frozenset[str], partner: frozenset[str]) -> float:
        """Share of ``stems``' weight that ``partner`` holds, a synonym of one of
        ``partner``'s other words earning ``SYNONYM_CREDIT`` of it; in [0, 1]."""
        total = weight_of(stems, self.weights)
        if total <= 0:
            return 0.0
        shared = stems & partner
        synonyms = [stem for stem, _ in synonym_pairs(stems - shared, partner - shared)]
        held = weight_of(shared, self.weights) + SYNONYM_CREDIT * weight_of(synonyms, self.weights)
        return held / total

    def _detach(self, side: SideIndex, position: int, group: Group) -> None:
        """Take a sentence out of its group; a group left empty on one side is dissolved."""
        group.members[side].remove(position)
        del self.owner[side][position]
        if not group.members[side]:
            for other in group.members[1 - side]:
                del self.owner[1 - side][other]
