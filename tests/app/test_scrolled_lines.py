"""A scrolled article pane draws only the lines that come into view, and shows what a
pane drawn from scratch shows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from rich.segment import Segment
from textual.strip import Strip

import widgets.pair_view
from tests.app.compare_app import CompareApp, wait_until_ready
from tests.text_files import write_texts
from tui.engine.corpus import Article, load_corpus
from widgets.article_pane import ArticlePane


@contextmanager
def counted_lines() -> Iterator[list[str]]:
    """The ids of the panes whose ``render_line`` is called inside the block, a call each."""
    calls: list[str] = []
    original = ArticlePane.render_line

    def counted(pane: ArticlePane, y: int) -> Strip:
        calls.append(str(pane.id))
        return original(pane, y)

    ArticlePane.render_line = counted  # type: ignore[method-assign]
    try:
        yield calls
    finally:
        ArticlePane.render_line = original  # type: ignore[method-assign]


@pytest.fixture
def long_pair(tmp_path: Path) -> tuple[Article, Article]:
    """Two long reports of numbered rounds, a few words apart in each sentence."""
    places = ["Geneva", "Oslo", "Lima", "Hanoi", "Accra", "Quito"]
    left = " ".join(
        f"In round {n} the envoys met in {places[n % 6]} for {n + 2} hours." for n in range(200)
    )
    right = " ".join(
        f"In round {n} the envoys met at {places[n % 6]} for {n + 3} hours." for n in range(200)
    )
    corpus = load_corpus(write_texts(tmp_path, {"left.txt": left, "right.txt": right}))
    return corpus.articles[0], corpus.articles[1]


def drawn(pane: ArticlePane) -> list[list[Segment]]:
    """Every row of the pane as the compositor gets it (border included)."""
    return [list(strip) for strip in pane.render_lines(pane.region.size.region)]


def drawn_from_scratch(pane: ArticlePane) -> list[list[Segment]]:
    pane._styles_cache.clear()
    pane._strips.clear()
    return drawn(pane)


async def test_a_scroll_of_one_line_draws_one_line_a_pane(
    long_pair: tuple[Article, Article],
) -> None:
    app = CompareApp(*long_pair)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        left = screen.panes["left"]
        with counted_lines() as calls:
            left.scroll_to(y=left.scroll_y + 1, animate=False)
            await pilot.pause()
        assert sorted(calls) == ["left-pane", "right-pane"]


@pytest.mark.parametrize(
    "keys",
    [
        ["j"] * 40,  # the cursor walks off the bottom: a row's lines scrolled at a time
        ["pagedown", "pagedown", "k", "k", "pageup"],
        ["end", "k", "k", "k", "home", "j"],
        ["n", "n", "N", "j", "n"],  # jumps to findings, each flashed
    ],
)
async def test_a_scrolled_pane_shows_what_a_fresh_one_shows(
    long_pair: tuple[Article, Article], keys: list[str]
) -> None:
    app = CompareApp(*long_pair)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            for pane in screen.panes.values():
                assert drawn(pane) == drawn_from_scratch(pane), key


async def test_a_flash_ending_draws_only_the_flashed_lines(
    long_pair: tuple[Article, Article], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(widgets.pair_view, "FLASH_SECONDS", 600.0)  # ended by hand below
    app = CompareApp(*long_pair)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        await pilot.press("n")
        await pilot.pause()
        left = screen.panes["left"]
        assert left.flashed
        flashed_lines = len(left._lines_over(left.flashed))
        with counted_lines() as calls:
            screen.pair_view._end_flash()
            await pilot.pause()
        assert 0 < flashed_lines < left.scrollable_content_region.height
        assert 0 < calls.count("left-pane") <= flashed_lines
