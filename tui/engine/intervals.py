"""Which of many intervals overlap a query, asked for a few queries (the rows drawn).

Sorted once by start (C-speed), queried with two bisects: a long pair's thousands of
findings are not grouped by sentence before the first screen, only looked up for the
sentences drawn.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class IntervalIndex:
    """Half-open intervals ``[start, end)``, each known by its position in the input.

    An empty interval overlaps nothing. A query reads the intervals that start within
    the longest interval's length before it, so one interval far longer than the rest
    makes queries near it read more (still only the ones asked, never all at once).
    """

    __slots__ = ("_positions", "_starts", "_ends", "_longest")

    def __init__(self, intervals: Sequence[tuple[int, int]]) -> None:
        kept = [n for n, (start, end) in enumerate(intervals) if end > start]
        kept.sort(key=lambda n: intervals[n][0])
        self._positions = kept
        self._starts = [intervals[n][0] for n in kept]
        self._ends = [intervals[n][1] for n in kept]
        self._longest = max((intervals[n][1] - intervals[n][0] for n in kept), default=0)

    def overlapping(self, start: int, end: int) -> list[int]:
        """Positions, in input order, of the intervals that share a point with ``[start, end)``.

        An interval starting at or before ``start - longest`` ends at or before ``start``:
        the search begins after those.
        """
        first = bisect_right(self._starts, start - self._longest)
        last = bisect_left(self._starts, end)
        ends, positions = self._ends, self._positions
        return sorted(positions[k] for k in range(first, last) if ends[k] > start)
