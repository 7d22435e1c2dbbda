"""Pilot tests of the corpus screen, the overview, help, keymap and palette."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

import pytest
from rich.text import Text
from textual.coordinate import Coordinate
from textual.geometry import Region
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import DataTable, Footer, Input, Static
from textual.widgets._footer import FooterKey

import tui.screens.corpus as corpus_screen
from tests.app.conftest import Note
from tui.app.config import CONFIG_ENV
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Article, Corpus, load_corpus
from tui.screens.corpus import CorpusScreen
from tui.screens.corpus_rows import ArticleRow
from tui.screens.help import HelpScreen
from tui.screens.messages import OpenPair
from tui.screens.overview import OverviewScreen
from tui.tags.saver import Saver
from tui.tags.store import TagStore
from tui.tags.survey import TagSurvey
from widgets.pair_matrix import PairMatrix

MakeApp = Callable[[Corpus], DiptychApp]


class PairRecorder:
    """A message hook keeping every pair the app was asked to open."""

    def __init__(self) -> None:
        self.pairs: list[tuple[str, str]] = []
        self._seen: list[Message] = []

    def __call__(self, message: Message) -> None:
        # A bubbling message passes the hook once per node: keep it once.
        if isinstance(message, OpenPair) and message not in self._seen:
            self._seen.append(message)
            self.pairs.append((message.left.name, message.right.name))


def table_names(app: DiptychApp) -> list[str]:
    table = app.screen.query_one("#corpus-table", DataTable)
    return [str(row.key.value) for row in table.ordered_rows]


def mark_cells(app: DiptychApp) -> list[str]:
    table = app.screen.query_one("#corpus-table", DataTable)
    return [table.get_cell(row.key, "mark").plain for row in table.ordered_rows]


async def test_mark_two_and_compare_opens_that_pair(make_app: MakeApp, seed_corpus: Corpus) -> None:
    recorder = PairRecorder()
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await pilot.press("space", "down", "space", "enter")
        await pilot.pause()
        from tui.screens.compare import CompareScreen

        assert isinstance(app.screen, CompareScreen)
    assert recorder.pairs == [("000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt")]


async def test_one_mark_compares_with_the_highlighted_article(
    make_app: MakeApp, small_corpus: Corpus
) -> None:
    recorder = PairRecorder()
    app = make_app(small_corpus)
    async with app.run_test(message_hook=recorder) as pilot:
        await pilot.press("down", "space", "up", "enter")
        await pilot.pause()
    assert recorder.pairs == [("beta.txt", "alpha.txt")]


async def test_enter_without_a_pair_explains_how(
    make_app: MakeApp, small_corpus: Corpus, notes: list[Note]
) -> None:
    recorder = PairRecorder()
    app = make_app(small_corpus)
    async with app.run_test(message_hook=recorder) as pilot:
        await pilot.press("enter")  # nothing marked
        await pilot.press("space", "enter")  # the only mark is the highlighted article
        await pilot.pause()
    assert recorder.pairs == []
    assert [note.title for note in notes] == ["Nothing to compare", "One article marked"]


async def test_a_third_mark_replaces_the_oldest(make_app: MakeApp, small_corpus: Corpus) -> None:
    app = make_app(small_corpus)
    async with app.run_test() as pilot:
        await pilot.press("space", "down", "space")
        assert mark_cells(app) == ["[1]", "[2]", ""]
        await pilot.press("down", "space")
        screen = app.screen
        assert isinstance(screen, CorpusScreen)
        assert [article.name for article in screen.marks] == ["beta.txt", "gamma.txt"]
        assert mark_cells(app) == ["", "[1]", "[2]"]
        await pilot.press("space")  # space on a marked article unmarks it
        assert mark_cells(app) == ["", "[1]", ""]


async def test_filter_keeps_matching_rows_and_escape_clears_it(
    make_app: MakeApp, small_corpus: Corpus
) -> None:
    app = make_app(small_corpus)
    async with app.run_test() as pilot:
        await pilot.press("slash", *"APPLE")
        filter_input = app.screen.query_one("#corpus-filter", Input)
        assert filter_input.has_focus
        assert table_names(app) == ["alpha.txt", "gamma.txt"]
        await pilot.press("enter")  # back to the table, filter kept, nothing compared
        assert app.screen.query_one("#corpus-table", DataTable).has_focus
        assert table_names(app) == ["alpha.txt", "gamma.txt"]
        await pilot.press("escape")
        assert table_names(app) == ["alpha.txt", "beta.txt", "gamma.txt"]
        assert not filter_input.display


async def test_q_quits_with_exit_code_zero_but_is_text_in_the_filter(
    make_app: MakeApp, small_corpus: Corpus
) -> None:
    app = make_app(small_corpus)
    async with app.run_test() as pilot:
        await pilot.press("slash", "q")
        assert app.is_running
        assert app.screen.query_one("#corpus-filter", Input).value == "q"
        await pilot.press("escape", "q")
        await pilot.pause()
    assert app.return_code == 0


async def test_article_text_is_shown_literally(make_app: MakeApp, tmp_path: Path) -> None:
    (tmp_path / "markup.txt").write_text("[bold red]Not bold[/] and [link]x[/link].\n")
    (tmp_path / "plain.txt").write_text("A plain article about trade talks.\n")
    app = make_app(load_corpus(tmp_path))
    async with app.run_test() as pilot:
        await pilot.pause()
        table = app.screen.query_one("#corpus-table", DataTable)
        title = table.get_cell("markup.txt", "title")
        assert isinstance(title, Text)
        assert title.plain == "[bold red]Not bold[/] and [link]x[/link]."


def write_config(folder: Path, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Write the corpus's own diptych.yaml and let the app discover it."""
    (folder / "diptych.yaml").write_text(text, encoding="utf-8")
    monkeypatch.delenv(CONFIG_ENV)


async def test_a_key_remapped_in_diptych_yaml_works(
    make_app: MakeApp, small_corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_config(small_corpus_dir, "keymap:\n  corpus-mark: m\n", monkeypatch)
    app = make_app(load_corpus(small_corpus_dir))
    async with app.run_test() as pilot:
        await pilot.press("space")
        assert mark_cells(app) == ["", "", ""]
        await pilot.press("m")
        assert mark_cells(app) == ["[1]", "", ""]
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        keys = {entry.binding_id: entry.keys for entry in app.screen.entries}
        assert keys["corpus-mark"] == ("m",)


async def test_a_keymap_collision_and_an_unknown_id_are_reported_at_start(
    make_app: MakeApp, small_corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, notes: list[Note]
) -> None:
    write_config(small_corpus_dir, "keymap:\n  corpus-mark: o\n  no-such-binding: x\n", monkeypatch)
    app = make_app(load_corpus(small_corpus_dir))
    async with app.run_test() as pilot:
        await pilot.pause()
    warnings = [note.message for note in notes if note.severity == "warning"]
    assert len(warnings) == 1
    assert "o: corpus-mark and corpus-overview (CorpusScreen)" in warnings[0]
    assert "'no-such-binding'" in warnings[0]


async def test_a_collision_with_a_focused_widget_key_is_reported_when_its_screen_shows(
    make_app: MakeApp, small_corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, notes: list[Note]
) -> None:
    write_config(small_corpus_dir, "keymap:\n  corpus-mark: up\n", monkeypatch)
    app = make_app(load_corpus(small_corpus_dir))
    async with app.run_test() as pilot:
        await pilot.pause()
        await pilot.pause()
    warnings = [note.message for note in notes if note.severity == "warning"]
    assert len(warnings) == 1
    assert warnings[0].splitlines() == [
        "collision on up: corpus-mark and cursor_up (CorpusScreen, ArticleTable focused)",
        "collision on up: corpus-mark and scroll_up (CorpusScreen, Input focused)",
    ]


async def test_an_invalid_config_is_reported_and_defaults_apply(
    make_app: MakeApp, small_corpus_dir: Path, monkeypatch: pytest.MonkeyPatch, notes: list[Note]
) -> None:
    write_config(small_corpus_dir, "keymap:\n  corpus-mark: [m]\n", monkeypatch)
    app = make_app(load_corpus(small_corpus_dir))
    async with app.run_test() as pilot:
        await pilot.press("space")
        assert mark_cells(app) == ["[1]", "", ""]
    errors = [note.message for note in notes if note.severity == "error"]
    assert len(errors) == 1
    assert "diptych.yaml: keymap.corpus-mark" in errors[0]


async def test_help_lists_the_screen_and_app_bindings(
    make_app: MakeApp, small_corpus: Corpus
) -> None:
    app = make_app(small_corpus)
    async with app.run_test() as pilot:
        await pilot.press("question_mark")
        help_screen = app.screen
        assert isinstance(help_screen, HelpScreen)
        ids = {entry.binding_id for entry in help_screen.entries}
        assert {"corpus-mark", "corpus-compare", "corpus-overview", "corpus-quit"} <= ids
        assert {"help", "command-palette", "quit"} <= ids
        await pilot.press("escape")
        assert isinstance(app.screen, CorpusScreen)


async def test_overview_scores_related_pairs_and_enter_opens_any(
    make_app: MakeApp, small_corpus: Corpus, notes: list[Note]
) -> None:
    recorder = PairRecorder()
    app = make_app(small_corpus)
    async with app.run_test(size=(100, 30), message_hook=recorder) as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        matrix = app.screen.query_one(PairMatrix)
        cells = {
            (row, column): matrix.get_cell_at(Coordinate(row, column)).plain
            for row in range(3)
            for column in range(3)
            if row != column
        }
        # alpha and gamma share their apples; beta shares no informative word
        assert "%" in cells[0, 2] and "%" in cells[2, 0]
        assert all("skipped" in cells[pair] for pair in ((0, 1), (1, 0), (1, 2), (2, 1)))
        assert matrix.cursor_coordinate == (0, 1)  # the first pair, off the diagonal
        intro = str(app.screen.query_one("#overview-intro", Static).render())
        assert "The 1 related pair of 3 articles, scored; 2 pairs skipped as unrelated" in intro
        assert "Skipped" in str(app.screen.query_one("#overview-detail", Static).render())
        await pilot.press("left", "enter")
        await pilot.press("right", "down", "down", "enter")
        await pilot.pause()
    assert recorder.pairs == [("gamma.txt", "beta.txt")]
    assert any(note.title == "Same article" for note in notes)


async def test_a_failing_worker_becomes_an_error_notification(
    make_app: MakeApp, small_corpus: Corpus, notes: list[Note]
) -> None:
    app = make_app(small_corpus)

    def broken(*_: object) -> None:
        raise RuntimeError("comparison exploded")

    app.cache.numbers = broken  # type: ignore[method-assign,assignment]
    async with app.run_test() as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.is_running
    assert any("comparison exploded" in note.message and note.severity == "error" for note in notes)


async def test_palette_compares_a_pair(make_app: MakeApp, small_corpus: Corpus) -> None:
    recorder = PairRecorder()
    app = make_app(small_corpus)
    async with app.run_test(size=(120, 30), message_hook=recorder) as pilot:
        await pilot.press("colon", *"compare beta.txt with gamma")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
    assert recorder.pairs == [("beta.txt", "gamma.txt")]


async def test_skipped_files_are_listed_with_their_reason(
    make_app: MakeApp, small_corpus_dir: Path
) -> None:
    (small_corpus_dir / "empty.txt").write_text("   \n", encoding="utf-8")
    app = make_app(load_corpus(small_corpus_dir))
    async with app.run_test() as pilot:
        await pilot.pause()
        skipped = app.screen.query_one("#corpus-skipped", Static)
        assert skipped.display
        assert "empty.txt: empty file" in str(skipped.render())
        assert table_names(app) == ["alpha.txt", "beta.txt", "gamma.txt"]


async def test_tag_counts_are_read_again_when_the_screen_returns(
    make_app: MakeApp, small_corpus: Corpus
) -> None:
    app = make_app(small_corpus)

    def table_tags() -> list[str]:
        table = app.screen.query_one("#corpus-table", DataTable)
        return [table.get_cell(name, "tags").plain for name in ("alpha.txt", "beta.txt")]

    async with app.run_test() as pilot:
        await pilot.pause()
        assert table_tags() == ["0", "0"]
        store = TagStore.open(small_corpus.by_name("alpha.txt"))
        store.add(0, 6, labels=("disputed",))
        store.add(7, 10, labels=("verified",))
        await pilot.press("question_mark", "escape")  # any screen on top, then back
        await pilot.pause()
        assert table_tags() == ["2", "0"]


async def test_tag_counts_include_a_tag_whose_write_has_not_finished(
    make_app: MakeApp, small_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table counts through the app's tag stores, not the sidecars on disk."""
    monkeypatch.setattr(Saver, "request", lambda saver, store: None)  # the write never starts
    app = make_app(small_corpus)
    async with app.run_test() as pilot:
        await pilot.pause()
        app.tagging.tags.store("alpha.txt").add(0, 6, labels=("disputed",))
        await pilot.press("question_mark", "escape")
        await pilot.pause()
        table = app.screen.query_one("#corpus-table", DataTable)
        assert table.get_cell("alpha.txt", "tags").plain == "1"
        assert not list(small_corpus.root.glob("*.tags.yaml"))


async def test_matrix_colours_follow_the_theme(make_app: MakeApp, small_corpus: Corpus) -> None:
    app = make_app(small_corpus)
    async with app.run_test() as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        matrix = app.screen.query_one(PairMatrix)
        before = matrix.get_cell_at(Coordinate(0, 1)).style
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await pilot.pause()
        after = matrix.get_cell_at(Coordinate(0, 1)).style
        assert before != after
        assert (
            matrix.get_cell_at(Coordinate(0, 1)).plain == matrix.get_cell_at(Coordinate(1, 0)).plain
        )


async def test_overview_of_a_single_article_says_why_it_is_empty(
    make_app: MakeApp, tmp_path: Path
) -> None:
    (tmp_path / "only.txt").write_text("One article about trade talks in London.\n")
    app = make_app(load_corpus(tmp_path))
    async with app.run_test() as pilot:
        await pilot.press("o")
        await pilot.pause()
        intro = app.screen.query_one("#overview-intro", Static)
        assert "at least two articles" in str(intro.render())
        assert not app.screen.query_one("#overview-progress").display
        assert not app.workers


async def test_palette_marks_an_article_on_the_corpus_screen(
    make_app: MakeApp, small_corpus: Corpus
) -> None:
    app = make_app(small_corpus)
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.press("ctrl+p", *"mark gamma")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CorpusScreen)
        assert [article.name for article in app.screen.marks] == ["gamma.txt"]
        assert mark_cells(app) == ["", "", "[1]"]


async def test_the_table_shows_each_file_encoding_and_marks_guesses(
    make_app: MakeApp, small_corpus_dir: Path
) -> None:
    (small_corpus_dir / "delta.txt").write_bytes(
        "El Señor Peña llegó a Madrid. La reunión será mañana.\n".encode("latin-1")
    )
    app = make_app(load_corpus(small_corpus_dir, {"gamma.txt": "latin-1"}))
    async with app.run_test(size=(160, 30)):
        table = app.screen.query_one("#corpus-table", DataTable)
        encodings = {
            str(row.key.value): table.get_cell(row.key, "encoding").plain
            for row in table.ordered_rows
        }
        title = table.get_cell("delta.txt", "title").plain
    assert encodings == {
        "alpha.txt": "utf-8",
        "beta.txt": "utf-8",
        "gamma.txt": "iso8859-1",
        "delta.txt": "cp1252?",
    }
    assert title.startswith("El Señor Peña")


async def test_long_counts_are_shown_whole_in_the_table(
    make_app: MakeApp, small_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 2,473,158-word article (stood in for by its row: loading one would take long)."""
    real_rows = corpus_screen.article_rows

    def huge(articles: Iterable[Article], tags: TagSurvey) -> list[ArticleRow]:
        rows = real_rows(articles, tags)
        return [replace(row, words=2473158, sentences=1234567890) for row in rows]

    monkeypatch.setattr(corpus_screen, "article_rows", huge)
    app = make_app(small_corpus)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        table = app.screen.query_one("#corpus-table", DataTable)
        lines = [strip.text for strip in table.render_lines(Region(0, 0, 100, 3))]
        assert "2473158" in lines[1] and "1234567890" in lines[1], lines


async def settled_footer_keys(pilot: Pilot[int]) -> list[FooterKey]:
    """The footer's keys left to right once two looks in a row agree: the footer is
    composed again when the focus settles, which a loaded machine may not have done
    after one pause."""
    seen: list[tuple[str, Region]] = []
    for _ in range(50):
        await pilot.pause(0.02)
        keys = sorted(pilot.app.screen.query_one(Footer).query(FooterKey), key=lambda k: k.region.x)
        now = [(key.key, key.region) for key in keys]
        if now and now == seen and all(region.area for _, region in now):
            return keys
        seen = now
    raise AssertionError(f"the footer never settled: {seen}")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_corpus_footer_shows_every_key_whole(
    size: tuple[int, int], seed_corpus: Corpus
) -> None:
    app = DiptychApp(seed_corpus)
    async with app.run_test(size=size) as pilot:
        keys = await settled_footer_keys(pilot)
        footer = app.screen.query_one(Footer)
        assert {"o", "n", "c", "t", "q", "question_mark"} <= {key.key for key in keys}
        for key, after in zip(keys, keys[1:], strict=False):
            assert key.region.right <= after.region.x, (key.key, after.key)
        for key in keys:
            assert footer.region.contains_region(key.region), key.key
