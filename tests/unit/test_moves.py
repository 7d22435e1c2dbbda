"""Moved sentences: rows whose right sentences break the right article's order."""

from __future__ import annotations

from tui.engine.moves import moved_rows
from tui.engine.view import Row


def rows(*pairs: tuple[int | None, int | None]) -> list[Row]:
    return [
        Row(() if left is None else (left,), () if right is None else (right,), None)
        for left, right in pairs
    ]


def test_a_headline_told_later_on_the_other_side_is_the_one_move() -> None:
    # the right article's first sentence faces the left article's fourth
    found = rows((0, 1), (1, 2), (2, 3), (3, 0), (4, 4), (5, 5))
    assert moved_rows(found) == {3}


def test_rows_in_order_and_gap_rows_never_move() -> None:
    assert moved_rows(rows((0, 0), (None, 1), (1, 2), (2, None), (3, 3))) == frozenset()


def test_two_swapped_blocks_keep_the_longer_in_place() -> None:
    found = rows((0, 3), (1, 4), (2, 5), (3, 0), (4, 1))
    assert moved_rows(found) == {3, 4}


def test_no_rows() -> None:
    assert moved_rows([]) == frozenset()
