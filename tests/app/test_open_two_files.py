"""`diptych a.txt b.txt` opens on the comparison of the two files, in the order given."""

from __future__ import annotations

from pathlib import Path

from tests.app.compare_app import wait_until_ready
from tui.cli import build_app
from tui.screens.corpus import CorpusScreen


async def test_two_files_open_their_comparison_and_escape_lists_them(tmp_path: Path) -> None:
    first, second = tmp_path / "b-first.txt", tmp_path / "a-second.txt"
    first.write_text("The council met on Monday. It voted to close the bridge.\n", "utf-8")
    second.write_text("The council met on Tuesday. It voted to open the bridge.\n", "utf-8")
    app = build_app([first, second])
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        assert screen.model.article("left").path == first
        assert screen.model.article("right").path == second
        await pilot.press("escape")
        assert isinstance(app.screen, CorpusScreen)
        assert [article.path for article in app.corpus.articles] == [first, second]


async def test_a_folder_opens_the_corpus_list(tmp_path: Path) -> None:
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(f"{name} is an article about a bridge.\n", "utf-8")
    app = build_app([tmp_path])
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, CorpusScreen)
