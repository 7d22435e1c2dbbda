"""PairView on its own: both panes move, scroll and wrap together; cursor rows are reported."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.pilot import Pilot
from textual.strip import Strip

import widgets.pair_view
from tests.app.compare_app import seed_pair
from tui.engine.compare import compare
from tui.engine.pair_rows import SIDES, PairRows
from widgets.article_pane import ArticlePane
from widgets.pair_model import LineRef, PairModel
from widgets.pair_view import PairView


@pytest.fixture(scope="module")
def model() -> PairModel:
    return PairModel(PairRows(compare(*seed_pair())))


class PairApp(App[None]):
    """A PairView showing one model, recording the rows it reports."""

    def __init__(self, model: PairModel) -> None:
        super().__init__()
        self.model = model
        self.rows: list[int] = []

    def compose(self) -> ComposeResult:
        yield PairView()

    def on_mount(self) -> None:
        view = self.query_one(PairView)
        view.panes["left"].focus()
        self.watch(view, "row", lambda row: self.rows.append(row), init=False)
        self.call_after_refresh(view.show, self.model, 40)


async def shown(pilot: Pilot[None]) -> PairView:
    await pilot.pause()
    await pilot.pause()
    view = pilot.app.query_one(PairView)
    assert view.model is not None
    return view


async def test_a_cursor_move_in_one_pane_moves_both_and_is_reported(model: PairModel) -> None:
    app = PairApp(model)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await shown(pilot)
        await pilot.press("down", "down", "down")
        await pilot.pause()
        assert view.panes["left"].cursor_row == view.panes["right"].cursor_row == 3
        assert app.rows == [1, 2, 3]
        await pilot.press("tab")  # into the right pane: it moves the left one too
        await pilot.press("up")
        await pilot.pause()
        assert view.side == "right"
        assert view.panes["left"].cursor_row == view.cursor_row == 2
        assert app.rows[-1] == 2


async def test_scrolling_one_pane_scrolls_the_other(model: PairModel) -> None:
    app = PairApp(model)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await shown(pilot)
        left, right = view.panes["left"], view.panes["right"]
        assert left.max_scroll_y > 10
        left.scroll_to(y=10, animate=False)
        await pilot.pause()
        assert right.scroll_y == left.scroll_y == 10
        right.scroll_to(y=4, animate=False)
        await pilot.pause()
        assert left.scroll_y == 4


async def test_a_jump_sets_both_cursors_and_is_reported(model: PairModel) -> None:
    app = PairApp(model)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await shown(pilot)
        last = len(model.pair.rows) - 1
        view.set_cursor(last)
        await pilot.pause()
        assert view.panes["left"].cursor_row == view.panes["right"].cursor_row == last
        assert app.rows == [last]
        top, _ = view.panes["left"].pair_layout.row_span(last)  # type: ignore[union-attr]
        assert view.panes["right"].scroll_y <= top < view.panes["right"].scroll_y + 30


async def test_both_sides_wrap_to_the_narrower_pane_after_a_resize(model: PairModel) -> None:
    app = PairApp(model)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await shown(pilot)
        before = view.panes["left"].pair_layout
        await pilot.resize_terminal(80, 30)
        await pilot.pause()
        await pilot.pause()
        left, right = view.panes["left"].pair_layout, view.panes["right"].pair_layout
        assert left is right and left is not before
        assert left is not None and left.width == view.wrap_width


async def test_a_flash_marks_both_spans_then_ends(
    model: PairModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(widgets.pair_view, "FLASH_SECONDS", 0.05)
    finding = model.pair.comparison.findings[0]
    app = PairApp(model)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await shown(pilot)
        view.flash({"left": finding.left.span, "right": finding.right.span})
        assert view.panes["left"].flashed == (finding.left.span,)
        assert view.panes["right"].flashed == (finding.right.span,)
        await pilot.pause(0.3)
        assert view.panes["left"].flashed == view.panes["right"].flashed == ()


async def test_a_flash_draws_again_only_the_rows_under_its_spans(
    model: PairModel, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The other lines on screen come from the strip cache (``n`` flashes at every press)."""
    finding = next(f for f in model.pair.comparison.findings if f.left.end > f.left.start)
    rows = model.pair.row_of_sentence
    under = {
        side: {rows[side][n] for n in model.pair.sentence_ids(side, getattr(finding, side).span)}
        for side in SIDES
    }
    app = PairApp(model)
    async with app.run_test(size=(120, 30)) as pilot:
        view = await shown(pilot)
        view.set_cursor(min(under["left"] | under["right"]))
        await pilot.pause()
        drawn: dict[str, set[int]] = {side: set() for side in SIDES}
        original = ArticlePane._render_strip

        def recorded(pane: ArticlePane, ref: LineRef | None, row: int, *args: object) -> Strip:
            drawn[pane.side].add(row)
            return original(pane, ref, row, *args)  # type: ignore[arg-type]

        monkeypatch.setattr(ArticlePane, "_render_strip", recorded)
        view.flash({"left": finding.left.span, "right": finding.right.span})
        await pilot.pause()
        assert drawn["left"] and drawn["right"]
        for side in SIDES:
            assert drawn[side] <= under[side]
