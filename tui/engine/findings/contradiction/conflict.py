"""What a contradiction detector reports for one pair of aligned sentences."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from tui.engine.findings.model import Contrast

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two spans (offsets into each article's text) that contradict each other."""

    type: str
    left: tuple[int, int]
    right: tuple[int, int]
    contrast: Contrast
    score: float

    @property
    def message(self) -> str:
        return self.contrast.message

    def overlaps(self, other: Conflict) -> bool:
        return spans_overlap(self.left, other.left) and spans_overlap(self.right, other.right)


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def one_to_one(
    ranked: Iterable[tuple[Any, ...]], lefts: Sequence[T], rights: Sequence[T]
) -> list[tuple[T, T]]:
    """Pairs taken best first, each item used once; a candidate ends with ``(i, j)``."""
    used_left: set[int] = set()
    used_right: set[int] = set()
    pairs = []
    for *_, i, j in ranked:
        if i not in used_left and j not in used_right:
            used_left.add(i)
            used_right.add(j)
            pairs.append((lefts[i], rights[j]))
    return pairs
