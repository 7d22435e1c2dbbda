"""The claims screen's model: which claims show as rows, in what order, with what text.

Built once per claim matrix (it imports no Textual, so a worker can build it),
then re-ordered or re-filtered on a key press without touching the engine.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from tui.engine.claims.model import Claim, ClaimMatrix, ClaimMember, Stance
from tui.engine.visible import visible_text


class SortOrder(Enum):
    """How rows are ordered; ``s`` cycles through them in this order."""

    DISAGREEMENT = "disagreement"
    """Claims with the most contradicting articles first, then the widest."""
    COVERAGE = "coverage"
    """Claims stated by the most articles first, then the most disputed."""

    def next(self) -> SortOrder:
        orders = list(SortOrder)
        return orders[(orders.index(self) + 1) % len(orders)]


_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """``text`` on one display line: runs of white space (newlines too) become one space."""
    return visible_text(_SPACES.sub(" ", text).strip())


@dataclass(frozen=True, slots=True)
class ClaimCounts:
    members: int
    contradicting: int
    """Members with a contradiction finding against another member."""


class ClaimRows:
    """The rows the grid shows: claim positions in ``matrix.claims``, sorted and filtered."""

    def __init__(self, matrix: ClaimMatrix) -> None:
        self.matrix = matrix
        self.counts = tuple(_counts(claim) for claim in matrix.claims)
        self.order = SortOrder.DISAGREEMENT
        self.show_singles = False
        self.rows: tuple[int, ...] = ()
        self._summaries: dict[int, str] = {}
        self._stances: dict[int, dict[int, Stance]] = {}
        self._tag_spans: dict[int, frozenset[tuple[int, int]]] = {}
        self.tagged: frozenset[int] = frozenset()
        """Claims (positions in ``matrix.claims``) a member of which carries a tag on its span."""
        """Built per claim on first display: a grid line asks for dozens of cells."""
        self._arrange()

    @property
    def article_count(self) -> int:
        return len(self.matrix.articles)

    @property
    def singles(self) -> int:
        """How many claims only one article holds (its own sentences)."""
        return sum(1 for counts in self.counts if counts.members < 2)

    def set_order(self, order: SortOrder) -> None:
        self.order = order
        self._arrange()

    def set_show_singles(self, show: bool) -> None:
        self.show_singles = show
        self._arrange()

    def set_tag_spans(self, spans: dict[int, frozenset[tuple[int, int]]]) -> None:
        """The (start, end) of the tags of these articles (by position); others keep theirs."""
        self._tag_spans.update(spans)
        self.tagged = frozenset(
            index
            for index, claim in enumerate(self.matrix.claims)
            if any((m.start, m.end) in self._tag_spans.get(m.article, ()) for m in claim.members)
        )

    def is_tagged(self, row: int) -> bool:
        return self.rows[row] in self.tagged

    def claim(self, row: int) -> Claim:
        return self.matrix.claims[self.rows[row]]

    def row_of_claim(self, claim_id: int) -> int | None:
        """The row showing the claim with this id, if it is shown."""
        for row, index in enumerate(self.rows):
            if self.matrix.claims[index].id == claim_id:
                return row
        return None

    def stance(self, row: int, column: int) -> Stance:
        index = self.rows[row]
        if index not in self._stances:
            self._stances[index] = stances(self.matrix.claims[index])
        return self._stances[index].get(column, Stance.OMITS)

    def members(self, row: int) -> int:
        return self.counts[self.rows[row]].members

    def summary(self, row: int) -> str:
        """The claim's most central member, as one display line (built once per claim)."""
        index = self.rows[row]
        if index not in self._summaries:
            self._summaries[index] = self.member_text(self.matrix.claims[index].summary)
        return self._summaries[index]

    def member_text(self, member: ClaimMember) -> str:
        text = self.matrix.articles[member.article].text
        return one_line(text[member.start : member.end])

    def _arrange(self) -> None:
        shown = [
            index
            for index, counts in enumerate(self.counts)
            if self.show_singles or counts.members >= 2
        ]
        counts = self.counts
        if self.order is SortOrder.DISAGREEMENT:
            shown.sort(key=lambda i: (-counts[i].contradicting, -counts[i].members, i))
        else:
            shown.sort(key=lambda i: (-counts[i].members, -counts[i].contradicting, i))
        self.rows = tuple(shown)


def _contradicting(claim: Claim) -> set[int]:
    """The articles a contradiction finding of the claim names: its contradicting members."""
    return {side.article for c in claim.contradictions for side in (c.left, c.right)}


def _counts(claim: Claim) -> ClaimCounts:
    return ClaimCounts(len(claim.members), len(_contradicting(claim)))


def stances(claim: Claim) -> dict[int, Stance]:
    """Each member's stance by article position (an article not in it omits the claim).

    The same as ``claim.stance`` for each member (a test holds them equal), in one pass:
    a grid line asks for dozens of cells and a claim may have hundreds of members.
    """
    contradicting = _contradicting(claim)
    return {
        member.article: Stance.CONTRADICTS if member.article in contradicting else Stance.STATES
        for member in claim.members
    }
