"""The app shows every tag and says why one cannot be counted: orphans, broken sidecars, links."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable, Static

from tests.app.conftest import Note
from tests.app.test_tagging_flow import compare_alpha_with_beta, tag_claim
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Corpus, load_corpus
from tui.screens.corpus import CorpusScreen
from tui.screens.tags_screen import TagsScreen
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import Related

MakeApp = Callable[[Corpus], DiptychApp]
SHARED = "The minister arrived in London on Monday for two days of talks."


def write_corpus(folder: Path, *names: str) -> Corpus:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(f"{SHARED} {name} adds its own view.\n", encoding="utf-8")
    return load_corpus(folder)


def tag(corpus: Corpus, name: str, related: Related | None = None) -> None:
    sentence = corpus.by_name(name).sentences[0]
    CorpusTags(corpus.articles).store(name).add(
        sentence.start, sentence.end, ["disputed"], related=related
    )


def tags_cells(app: DiptychApp) -> dict[str, str]:
    table = app.screen.query_one("#corpus-table", DataTable)
    return {str(r.key.value): table.get_cell(r.key, "tags").plain for r in table.ordered_rows}


async def test_corpus_screen_names_broken_and_orphaned_sidecars_and_counts_links(
    make_app: MakeApp, tmp_path: Path
) -> None:
    folder = tmp_path / "corpus"
    full = write_corpus(folder, "alpha.txt", "beta.txt", "gamma.txt", "gone.txt")
    tag(full, "beta.txt", Related("alpha.txt", SHARED))
    tag(full, "gone.txt")
    (folder / "gone.txt").unlink()
    broken = folder / "gamma.txt.tags.yaml"
    broken.write_text("schema: diptych.tags/1\ntags:\n  - id: [\n", encoding="utf-8")
    app = make_app(load_corpus(folder))
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        assert tags_cells(app) == {"alpha.txt": "0+1", "beta.txt": "1", "gamma.txt": "?"}
        problems = str(app.screen.query_one("#corpus-tag-problems", Static).render())
        assert f"{broken}:4: " in problems
        assert "gone.txt.tags.yaml: 1 orphaned tag: gone.txt is not in the corpus" in problems


async def test_tags_screen_lists_the_tags_of_a_missing_article_as_orphaned(
    make_app: MakeApp, tmp_path: Path, notes: list[Note]
) -> None:
    folder = tmp_path / "corpus"
    full = write_corpus(folder, "alpha.txt", "beta.txt", "gone.txt")
    tag(full, "gone.txt")
    (folder / "gone.txt").unlink()
    app = make_app(load_corpus(folder))
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagsScreen)
        [placed] = app.screen.shown
        assert (placed.article, placed.state) == ("gone.txt", "orphaned")
        await pilot.press("enter")  # nothing to open: says why instead of failing
        await pilot.pause()
        await pilot.press("t", "d")
        await pilot.pause()
    refusals = [note.message for note in notes if note.title == "Cannot tag"]
    assert len(refusals) == 2 and all("gone.txt is not in the corpus" in m for m in refusals)
    assert (folder / "gone.txt.tags.yaml").exists()


async def test_tagging_an_article_deleted_meanwhile_warns(
    make_app: MakeApp, tmp_path: Path, notes: list[Note]
) -> None:
    corpus = write_corpus(tmp_path / "corpus", "alpha.txt", "beta.txt")
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await compare_alpha_with_beta(pilot)
        corpus.by_name("alpha.txt").path.unlink()
        await tag_claim(pilot, "1")
        app.tagging.saver.wait()  # the save reports back from its thread
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, CorpusScreen)
    [warning] = [note for note in notes if note.title == "Article gone"]
    assert warning.severity == "warning" and "listed as orphaned" in warning.message
