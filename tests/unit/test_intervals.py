"""IntervalIndex: the intervals overlapping a query, in input order, as a full scan finds them."""

from __future__ import annotations

import random

from tui.engine.intervals import IntervalIndex


def scanned(intervals: list[tuple[int, int]], start: int, end: int) -> list[int]:
    return [n for n, (a, b) in enumerate(intervals) if a < b and a < end and start < b]


def test_overlaps_are_those_of_a_full_scan_with_one_interval_far_longer() -> None:
    chance = random.Random(7)
    intervals = []
    for _ in range(400):
        start = chance.randrange(0, 2000)
        intervals.append((start, start + chance.choice([0, 1, 3, 20, 60])))
    intervals.append((150, 1700))  # far longer than the rest: queries after it still see it
    index = IntervalIndex(intervals)
    for start in range(0, 2100, 7):
        for length in (1, 5, 90):
            assert index.overlapping(start, start + length) == scanned(
                intervals, start, start + length
            )


def test_touching_ends_do_not_overlap_and_empty_intervals_never_do() -> None:
    index = IntervalIndex([(10, 20), (20, 30), (15, 15), (0, 10)])
    assert index.overlapping(20, 21) == [1]
    assert index.overlapping(19, 20) == [0]
    assert index.overlapping(14, 16) == [0]
    assert index.overlapping(9, 11) == [0, 3]
    assert IntervalIndex([]).overlapping(0, 100) == []
