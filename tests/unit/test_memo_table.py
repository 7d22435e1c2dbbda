"""MemoTable: computed on a miss, kept, forgotten all at once past its limit."""

from __future__ import annotations

from tui.engine.memo_table import MemoTable


def test_a_value_is_computed_once_and_then_looked_up() -> None:
    asked: list[str] = []

    def length(word: str) -> int:
        asked.append(word)
        return len(word)

    table = MemoTable(length, limit=10)
    assert list(map(table.__getitem__, ["ab", "abc", "ab"])) == [2, 3, 2]
    assert asked == ["ab", "abc"]


def test_past_its_limit_the_table_forgets_all_and_starts_again() -> None:
    table = MemoTable(str.upper, limit=2)
    assert table["a"] == "A" and table["b"] == "B"
    assert table["c"] == "C"
    assert dict(table) == {"c": "C"}
