"""The article panes' scrollbars repaint when the thumb moves, and only then."""

from __future__ import annotations

from pathlib import Path

from textual.geometry import Region
from textual.pilot import Pilot

from tests.app.compare_app import CompareApp, wait_until_ready
from tests.text_files import write_texts
from tui.engine.corpus import load_corpus
from widgets.article_pane import ArticlePane
from widgets.steady_scrollbar import SteadyScrollBar

TOPICS = ["tariffs", "rare earths", "chips", "markets", "shipping", "soybeans", "energy"]


def long_pair(folder: Path) -> CompareApp:
    """Two articles of 400 sentences: thousands of lines, a thumb of one cell."""
    sentences = (
        f"Report {n} says talks on {TOPICS[n % 7]} moved in round {n}." for n in range(400)
    )
    write_texts(folder, {"left.txt": " ".join(sentences), "right.txt": "Nothing alike here."})
    return CompareApp(*load_corpus(folder).articles)


def drawn(bar: SteadyScrollBar) -> list[list[tuple[str, object]]]:
    """The bar's cells as they would reach the screen now (its cached lines, if any)."""
    lines = bar.render_lines(Region(0, 0, bar.size.width, bar.size.height))
    return [[(segment.text, segment.style) for segment in strip] for strip in lines]


async def scroll(pilot: Pilot[None], pane: ArticlePane, y: int) -> None:
    pane.scroll_to(y=y, animate=False)
    await pilot.pause()


async def test_the_bar_never_shows_a_stale_thumb(tmp_path: Path) -> None:
    app = long_pair(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        pane = screen.panes["left"]
        bar = pane.vertical_scrollbar
        assert isinstance(bar, SteadyScrollBar) and bar.display
        shown = []
        for y in (0, 1, 2, 40, 41, 400, pane.max_scroll_y):
            await scroll(pilot, pane, y)
            before = drawn(bar)
            bar.refresh()  # what a full repaint draws
            await pilot.pause()
            assert drawn(bar) == before, y
            shown.append(before)
        assert shown[0] != shown[-1]  # the thumb went from top to bottom


async def test_a_line_scrolled_repaints_the_bar_only_when_the_thumb_moves(
    tmp_path: Path,
) -> None:
    app = long_pair(tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        pane = screen.panes["left"]
        bar = pane.vertical_scrollbar
        assert isinstance(bar, SteadyScrollBar)
        await scroll(pilot, pane, 0)
        repaints = 0
        original = bar.refresh

        def counted(*args: object, **kwargs: object) -> SteadyScrollBar:
            nonlocal repaints
            repaints += 1
            return original(*args, **kwargs)  # type: ignore[arg-type]

        bar.refresh = counted  # type: ignore[method-assign]
        steps = 60
        thumbs = set()
        for y in range(1, steps + 1):
            await scroll(pilot, pane, y)
            thumbs.add(bar.drawing())
        assert 0 < repaints <= len(thumbs) < steps
