"""How the compare screen opens: a loading indicator while a comparison is computed (one
in the cache only if preparing it is slow), and the panes drawn at the cursor row from
their first frame."""

from __future__ import annotations

import time

import pytest
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

import tui.screens.compare
from tests.app.compare_app import CompareApp, seed_pair, wait_until_ready
from tui.engine.compare import Comparison
from tui.engine.comparison_cache import ComparisonCache
from tui.engine.corpus import Article
from tui.screens.compare import LOADING_DELAY, CompareScreen
from widgets.article_pane import ArticlePane
from widgets.pair_view import PairView


class SlowCache(ComparisonCache):
    """Takes a while over every comparison it has to compute."""

    def get(self, left: Article, right: Article) -> Comparison:
        if not self.holds(left, right):
            time.sleep(0.8)
        return super().get(left, right)


@pytest.fixture
def loading_asked(monkeypatch: pytest.MonkeyPatch) -> list[PairView]:
    """The panes' views that put up a loading indicator, in order."""
    asked: list[PairView] = []
    original = PairView.get_loading_widget

    def recorded(view: PairView) -> Widget:
        asked.append(view)
        return original(view)

    monkeypatch.setattr(PairView, "get_loading_widget", recorded)
    return asked


async def test_a_pair_prepared_at_once_opens_without_a_loading_indicator(
    loading_asked: list[PairView],
) -> None:
    app = CompareApp(*seed_pair())
    app.cache.get(*app.pair)  # compared already: only the rows are left to prepare
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        await pilot.pause(LOADING_DELAY * 2)
        assert screen.model is not None
        assert loading_asked == []


async def test_a_comparison_to_compute_shows_the_loading_indicator_at_once(
    loading_asked: list[PairView], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not after ``LOADING_DELAY`` (kept for one found in the cache): at once, until shown."""
    monkeypatch.setattr(tui.screens.compare, "LOADING_DELAY", 600.0)
    app = CompareApp(*seed_pair())
    app.cache = SlowCache()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and not screen.ready
        assert screen.pair_view.loading and len(loading_asked) == 1
        screen = await wait_until_ready(pilot)
        assert not screen.pair_view.loading


async def test_the_panes_are_drawn_at_the_cursor_row_from_their_first_frame(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opened on a late sentence, no frame shows the top of the articles first."""
    drawn_at: list[float] = []
    original = ArticlePane.render_lines

    def recorded(pane: ArticlePane, crop: Region) -> list[Strip]:
        if pane.pair_layout is not None:
            drawn_at.append(pane.scroll_y)
        return original(pane, crop)

    monkeypatch.setattr(ArticlePane, "render_lines", recorded)
    left, right = seed_pair()
    app = CompareApp(left, right, at=left.sentences[-3].start)
    app.cache.get(left, right)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        pane = screen.panes["left"]
        assert pane.scroll_y > 0 and drawn_at
        assert set(drawn_at) == {pane.scroll_y}
