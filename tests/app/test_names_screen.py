"""Pilot tests of the names screen: every person of the corpus, spellings per article,
offices with place and time, ambiguous surnames apart, enter opens a pair."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Static

from tests.app.test_corpus_flow import PairRecorder
from tests.text_files import write_texts
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Corpus, load_corpus
from tui.screens.names_screen import NamesScreen

MakeApp = Callable[[Corpus], DiptychApp]

REPORTS = {
    "a.txt": "Treasury Secretary Dana Kowalczyk met Ohio Gov. Mike Brandt in Columbus. "
    "Former FBI Director Lee Harlan watched. Bill Hollis and Hillary Hollis spoke. "
    "Hollis said the talks went well.",
    "b.txt": "Treasury Secretary Dana Kowalczik met Gov. Mike Brandt on Monday. "
    "Kowalczik said the talks went well.",
    "c.txt": "Secretary Dana Kowalczyk said little. Brandt said nothing.",
}


def cells(app: DiptychApp) -> list[list[str]]:
    table = app.screen.query_one("#names-table", DataTable)
    return [[str(cell) for cell in table.get_row(row.key)] for row in table.ordered_rows]


async def open_names(app: DiptychApp, pilot: object) -> None:
    await pilot.press("n")  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]


async def test_names_lists_people_spellings_and_offices(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(load_corpus(write_texts(tmp_path / "corpus", REPORTS)))
    async with app.run_test(size=(160, 48)) as pilot:
        await open_names(app, pilot)
        assert isinstance(app.screen, NamesScreen)
        rows = {row[1]: row for row in cells(app)}
        kowalczyk = rows["Dana Kowalczyk"]
        assert kowalczyk[0] == "≠" and kowalczyk[2] == "3"
        assert kowalczyk[3] == "Kowalczyk / Kowalczik"
        assert "Treasury Secretary" in kowalczyk[4]
        assert "Gov. (ohio)" in rows["Mike Brandt"][4]  # the office's place
        assert "FBI Director (US, past)" in rows["Lee Harlan"][4]  # a former holder
        assert rows["Mike Brandt"][0] == ""
        assert {"Bill Hollis", "Hillary Hollis"} <= set(rows)  # relatives apart
        summary = str(app.screen.query_one("#names-summary", Static).render())
        assert "1 spelled differently" in summary and "1 ambiguous surnames" in summary

        detail = str(app.screen.query_one("#names-detail", Static).render())
        assert "a.txt: Dana Kowalczyk" in detail and "b.txt: Dana Kowalczik; Kowalczik" in detail

        await pilot.press("d")
        assert [row[1] for row in cells(app)] == ["Dana Kowalczyk"]
        await pilot.press("a")
        assert cells(app) == [["a.txt", "Hollis", "Bill Hollis or Hillary Hollis"]]
        await pilot.press("a", "escape")
        assert not isinstance(app.screen, NamesScreen)


async def test_enter_compares_two_articles_that_spell_the_name_differently(
    make_app: MakeApp, tmp_path: Path
) -> None:
    recorder = PairRecorder()
    app = make_app(load_corpus(write_texts(tmp_path / "corpus", REPORTS)))
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await open_names(app, pilot)
        await pilot.press("d", "enter")
        await pilot.pause()
    assert recorder.pairs == [("a.txt", "b.txt")]
