"""What a contradiction detector reports for one pair of aligned sentences."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two spans (offsets into each article's text) that contradict each other."""

    type: str
    left: tuple[int, int]
    right: tuple[int, int]
    message: str
    score: float

    def overlaps(self, other: Conflict) -> bool:
        return _overlap(self.left, other.left) and _overlap(self.right, other.right)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
