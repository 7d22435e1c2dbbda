"""A bounded memo whose hits are plain dict lookups, so C code (``map``) can make them.

The detectors look up a fact of every word or gap of every sentence (a word's norm,
whether a gap ends a clause): few distinct keys, millions of lookups. A ``MemoTable``
is a dict; ``map(table.__getitem__, keys)`` runs its hits in C, and only a miss calls
back into Python to compute the value. Past ``limit`` keys the table forgets all at
once (a long session reads many texts), which costs recomputation, never a wrong value:
``compute`` must be a pure function of its key.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class MemoTable(dict[K, V]):
    """``compute(key)`` for each key asked, kept; all forgotten past ``limit`` keys."""

    __slots__ = ("_compute", "_limit")

    def __init__(self, compute: Callable[[K], V], limit: int) -> None:
        super().__init__()
        self._compute = compute
        self._limit = limit

    def __missing__(self, key: K) -> V:
        if len(self) >= self._limit:
            self.clear()
        value = self[key] = self._compute(key)
        return value
