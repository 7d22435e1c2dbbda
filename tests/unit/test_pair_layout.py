"""PairModel.layout: rows stacked side by side, each as tall as its taller side."""

from __future__ import annotations

import pytest

from tests.app.compare_app import seed_pair
from tui.engine.compare import compare
from tui.engine.pair_rows import SIDES, PairRows
from tui.engine.view import Side
from widgets.pair_model import PairModel
from widgets.text_layout import wrap_offsets


@pytest.fixture(scope="module")
def model() -> PairModel:
    return PairModel(PairRows(compare(*seed_pair())))


def wrapped(model: PairModel, side: Side, row: int, width: int) -> list[tuple[int, int, int]]:
    """The reference: the row's sentences on ``side``, each wrapped on its own, in order."""
    sentences = model.article(side).sentences
    return [
        (sentence, start, end)
        for sentence in getattr(model.pair.rows[row], side)
        for start, end in wrap_offsets(
            model.texts[side], sentences[sentence].start, sentences[sentence].end, width
        )
    ]


@pytest.mark.parametrize("width", [9, 40, 75])
def test_each_row_shows_its_wrapped_sentences_then_blanks_then_a_spacer(
    model: PairModel, width: int
) -> None:
    layout = model.layout(width)
    rows = model.pair.rows
    assert len(layout.row_top) == len(rows) > 20
    for row in range(len(rows)):
        top, height = layout.row_span(row)
        expected = {side: wrapped(model, side, row, width) for side in SIDES}
        assert height == max(1, *(len(lines) for lines in expected.values()))
        for side in SIDES:
            shown = [layout.line(side, y) for y in range(top, top + height)]
            got = [(ref.sentence, ref.start, ref.end) for ref in shown if ref is not None]
            assert got == expected[side]
            assert shown[len(got) :] == [None] * (height - len(got))  # blanks pad the side
            firsts = [ref.first for ref in shown if ref is not None]
            assert firsts == [n == 0 or got[n - 1][0] != got[n][0] for n in range(len(got))]
        assert {layout.row_of_line(y) for y in range(top, top + height)} == {row}
        assert {layout.row_at(y) for y in range(top, top + height + 1)} == {row}
        if row + 1 < len(rows):  # a spacer line, then the next row
            assert layout.row_of_line(top + height) == -1
            assert layout.line("left", top + height) is layout.line("right", top + height) is None
            assert layout.row_top[row + 1] == top + height + 1
        else:
            assert layout.height == top + height


def test_a_layout_is_kept_per_width_and_a_narrower_one_is_taller(model: PairModel) -> None:
    wide = model.layout(75)
    assert model.layout(75) is wide
    assert model.layout(30).height > wide.height
