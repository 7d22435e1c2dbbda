"""Search over a pair's rows (tui.engine.pair_search): every match, in row order, wrapping."""

from __future__ import annotations

from tests.unit.conftest import Write
from tui.engine.compare import compare
from tui.engine.pair_rows import PairRows
from tui.engine.pair_search import SearchResults
from tui.engine.spans import Span

LEFT = "Talks opened in London on Monday. Rare earths came first. London was quiet."
RIGHT = "Rare earths came first in the talks. The London round opened on Monday."


def pair_of(write_article: Write) -> PairRows:
    return PairRows(compare(write_article(LEFT), write_article(RIGHT)))


def test_matches_are_in_row_order_on_both_sides_and_grouped_by_sentence(
    write_article: Write,
) -> None:
    pair = pair_of(write_article)
    found = SearchResults(pair, "london")
    spans = {side: [m.span for m in found.matches if m.side == side] for side in ("left", "right")}
    first, second = LEFT.index("London"), LEFT.rindex("London")
    assert spans["left"] == [Span(first, first + 6), Span(second, second + 6)]
    assert [pair.article("right").text[s.start : s.end] for s in spans["right"]] == ["London"]
    rows = [(m.row, m.side) for m in found.matches]
    assert rows == sorted(rows, key=lambda r: (r[0], r[1] == "right"))
    assert found.by_sentence["left"] == {0: [spans["left"][0]], 2: [spans["left"][1]]}
    assert found.describe() == "/london -/3"


def test_stepping_starts_at_the_cursor_row_and_wraps(write_article: Write) -> None:
    pair = pair_of(write_article)
    found = SearchResults(pair, "LONDON")
    last_row = found.matches[-1].row
    first = found.step(1, from_row=last_row)
    assert first is not None and first.row >= last_row
    after = found.step(1, from_row=0)
    assert after == found.matches[(found.matches.index(first) + 1) % 3]
    assert found.describe().startswith("/LONDON ") and found.describe().endswith("/3")
    assert found.step(-1, from_row=0) == first


def test_no_match_is_said_so(write_article: Write) -> None:
    found = SearchResults(pair_of(write_article), "Beijing")
    assert found.matches == () and found.step(1, from_row=0) is None
    assert found.describe() == "/Beijing: no match"
