"""Moved sentences: aligned rows whose right sentences sit out of their article's order.

The rows follow the left article. Where the right article tells things in another
order, some rows show right sentences out of sequence. As a diff's move detection
does (difftastic, meld), the longest run of aligned rows whose right sentences keep
increasing stays in place, and every other aligned row is a move.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from tui.engine.view import Row


def moved_rows(rows: Sequence[Row]) -> frozenset[int]:
    """Indices of the aligned rows whose right sentences are out of the right article's order."""
    aligned = [(index, min(row.right)) for index, row in enumerate(rows) if row.left and row.right]
    kept = _longest_increasing([position for _, position in aligned])
    return frozenset(aligned[n][0] for n in range(len(aligned)) if n not in kept)


def _longest_increasing(values: Sequence[int]) -> set[int]:
    """Positions in ``values`` of one longest strictly increasing subsequence."""
    tails: list[int] = []
    """tails[k]: the smallest last value of an increasing run of length k + 1."""
    tail_at: list[int] = []
    previous = [-1] * len(values)
    for index, value in enumerate(values):
        length = bisect.bisect_left(tails, value)
        if length == len(tails):
            tails.append(value)
            tail_at.append(index)
        else:
            tails[length] = value
            tail_at[length] = index
        previous[index] = tail_at[length - 1] if length else -1
    kept: set[int] = set()
    index = tail_at[-1] if tail_at else -1
    while index >= 0:
        kept.add(index)
        index = previous[index]
    return kept
