"""The full app: ``t`` on the compare screen opens the tag editor, and the tag is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import DataTable

from tests.app.burst import burst
from tests.app.compare_app import wait_until_ready
from tests.app.conftest import Note, saves_done
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Corpus, load_corpus
from tui.screens.compare import CompareScreen
from tui.screens.corpus import CorpusScreen
from tui.screens.tag_editor import TagEditor
from tui.screens.tags_screen import TagsScreen
from tui.tags.atomic import folder_lock
from tui.tags.labels import DEFAULT_LABELS
from tui.tags.model import Related
from tui.tags.store import TagStore
from widgets.status_line import StatusLine

MakeApp = Callable[[Corpus], DiptychApp]


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    """Two reports that open with the same claim, so the first row has both sides."""
    shared = "The minister arrived in London on Monday for two days of talks."
    (tmp_path / "alpha.txt").write_text(f"{shared} Markets rose.\n", encoding="utf-8")
    (tmp_path / "beta.txt").write_text(f"{shared} Markets fell sharply.\n", encoding="utf-8")
    return load_corpus(tmp_path)


async def compare_alpha_with_beta(pilot: Pilot[int]) -> CompareScreen:
    await pilot.press("space", "down", "space", "enter")
    return await wait_until_ready(pilot)


async def tag_claim(pilot: Pilot[int], *labels: str) -> None:
    """``t``, toggle ``labels`` by their digits, save."""
    await pilot.press("t")
    await pilot.pause()
    assert isinstance(pilot.app.screen, TagEditor)
    await pilot.press(*labels, "ctrl+s")
    await saves_done(pilot)


async def test_t_tags_the_claim_and_a_second_t_edits_the_same_tag(
    make_app: MakeApp, corpus: Corpus, notes: list[Note]
) -> None:
    app = make_app(corpus)
    alpha = corpus.by_name("alpha.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await compare_alpha_with_beta(pilot)
        await tag_claim(pilot, "1")
        tags = TagStore.open(alpha).tags()
        assert [placed.tag.labels for placed in tags] == [(DEFAULT_LABELS[0],)]
        first = alpha.sentences[0]
        assert (tags[0].anchor.start, tags[0].anchor.end) == (first.start, first.end)

        await tag_claim(pilot, "2")  # the same claim again: its tag is edited, not doubled
        tags = TagStore.open(alpha).tags()
        assert [placed.tag.labels for placed in tags] == [DEFAULT_LABELS[:2]]

        await pilot.press("escape")  # back on the corpus screen, the count is there
        await pilot.pause()
        assert isinstance(app.screen, CorpusScreen)
        table = app.screen.query_one("#corpus-table", DataTable)
        assert table.get_cell("alpha.txt", "tags").plain == "1"
    assert [note.title for note in notes if note.title.startswith("Tag")] == ["Tag saved"] * 2


async def test_every_key_of_a_burst_reaches_the_saved_tag(
    make_app: MakeApp, corpus: Corpus
) -> None:
    """``t 6 tab hello ctrl+s`` queued at once: the editor gets every key, in order."""
    app = make_app(corpus)
    alpha = corpus.by_name("alpha.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await compare_alpha_with_beta(pilot)
        await burst(pilot, "t", "6", "tab", *"hello", "ctrl+s")
        await saves_done(pilot)
        assert not isinstance(app.screen, TagEditor)
    [placed] = TagStore.open(alpha).tags()
    assert (placed.tag.labels, placed.tag.note) == ((DEFAULT_LABELS[5],), "hello")


async def test_escape_in_the_editor_saves_nothing(make_app: MakeApp, corpus: Corpus) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("space", "down", "space", "enter")
        await wait_until_ready(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)
        await pilot.press("1", "escape")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)  # a label was chosen: escape asks first
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, TagEditor)
    assert TagStore.open(corpus.by_name("alpha.txt")).tags() == []
    assert not (corpus.root / "alpha.txt.tags.yaml").exists()


async def test_the_tags_screen_opens_the_pair_a_tag_links(
    make_app: MakeApp, corpus: Corpus
) -> None:
    alpha, beta = corpus.by_name("alpha.txt"), corpus.by_name("beta.txt")
    first = alpha.sentences[0]
    TagStore.open(alpha).add(
        first.start, first.end, labels=("disputed",), related=Related("beta.txt", first.text)
    )
    TagStore.open(beta).add(0, 12, labels=("verified",))  # links nothing
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagsScreen)
        assert len(app.screen.all_tags) == 2
        await pilot.press("enter")  # the first tag: alpha's, linked to beta
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        shown = (screen.model.article("left").name, screen.model.article("right").name)
        assert shown == ("alpha.txt", "beta.txt")


async def test_u_undoes_the_last_tag_change(
    make_app: MakeApp, corpus: Corpus, notes: list[Note]
) -> None:
    app = make_app(corpus)
    alpha = corpus.by_name("alpha.txt")
    async with app.run_test(size=(120, 36)) as pilot:
        await compare_alpha_with_beta(pilot)
        await tag_claim(pilot, "1")
        await tag_claim(pilot, "2")  # the edit: verified -> verified, disputed
        await pilot.press("u")
        await saves_done(pilot)
        assert [p.tag.labels for p in TagStore.open(alpha).tags()] == [DEFAULT_LABELS[:1]]
        await pilot.press("u")
        await saves_done(pilot)
        assert TagStore.open(alpha).tags() == []
        await pilot.press("u")
        await saves_done(pilot)
    assert [note.message for note in notes if note.title == "Undo"] == [
        "The last tag change was undone.",
        "The last tag change was undone.",
        "No tag change to undo.",
    ]


async def test_a_chosen_tag_opens_on_its_claim_marked_in_both_panes(
    make_app: MakeApp, tmp_path: Path
) -> None:
    lines = [
        "The minister arrived in London on Monday for two days of talks.",
        "Officials met the delegation at the embassy before noon.",
        "The central bank raised interest rates by half a point on Friday.",
    ]
    (tmp_path / "one.txt").write_text(" ".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text(" ".join(reversed(lines)) + "\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    one, two = corpus.by_name("one.txt"), corpus.by_name("two.txt")
    claim = one.sentences[2]
    TagStore.open(one).add(
        claim.start, claim.end, labels=("disputed",), related=Related("two.txt", claim.text)
    )
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("t", "enter")
        screen = await wait_until_ready(pilot)
        await pilot.pause()
        assert screen.model is not None
        left, right = screen.panes["left"], screen.panes["right"]
        assert left.cursor_row == screen.model.row_of_sentence["left"][claim.id]
        assert left.tagged == {claim.id: [claim.span]}
        linked = two.sentences[0]  # the same claim opens the other report
        assert right.tagged == {linked.id: [linked.span]}


async def test_tagging_marks_the_claim_and_says_it_is_saved(
    make_app: MakeApp, corpus: Corpus
) -> None:
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await compare_alpha_with_beta(pilot)
        assert screen.panes["left"].tagged == {}
        await tag_claim(pilot, "2")
        first = corpus.by_name("alpha.txt").sentences[0]
        assert screen.panes["left"].tagged == {first.id: [first.span]}
        assert screen.query_one(StatusLine).tag_state == "tags saved"
        await pilot.press("u")
        await saves_done(pilot)
        assert screen.panes["left"].tagged == {}


async def test_d_on_the_tags_screen_deletes_a_tag_and_u_brings_it_back(
    make_app: MakeApp, corpus: Corpus
) -> None:
    alpha = corpus.by_name("alpha.txt")
    TagStore.open(alpha).add(0, 12, labels=("disputed",))
    app = make_app(corpus)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, TagsScreen) and len(screen.shown) == 1
        await pilot.press("d")
        await saves_done(pilot)
        assert TagStore.open(alpha).tags() == []
        assert screen.shown == ()
        await pilot.press("u")
        await saves_done(pilot)
        assert [p.tag.labels for p in TagStore.open(alpha).tags()] == [("disputed",)]
        assert len(screen.shown) == 1


async def test_saving_shows_at_once_and_quitting_waits_for_the_write(
    make_app: MakeApp, corpus: Corpus, notes: list[Note]
) -> None:
    """The write waits (another writer holds the folder): the tag shows, the status says so."""
    app = make_app(corpus)
    sidecar = corpus.root / "alpha.txt.tags.yaml"
    first = corpus.by_name("alpha.txt").sentences[0]
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await compare_alpha_with_beta(pilot)
        with folder_lock(corpus.root):
            await pilot.press("t", "2", "ctrl+s")
            await pilot.pause()
            assert screen.panes["left"].tagged == {first.id: [first.span]}
            assert screen.query_one(StatusLine).tag_state == "saving tags…"
            assert not sidecar.exists()
            await pilot.press("t", "1", "ctrl+s")  # a second change while the first waits
            await pilot.pause()
        await saves_done(pilot)
        assert screen.query_one(StatusLine).tag_state == "tags saved"
        assert [p.tag.labels for p in TagStore.open(corpus.by_name("alpha.txt")).tags()] == [
            DEFAULT_LABELS[:2]
        ]
        with folder_lock(corpus.root):
            await pilot.press("u")
            await pilot.pause()
            app.exit()  # quit while the undo waits for its write
    assert app.tagging.finish() == []
    assert TagStore.open(corpus.by_name("alpha.txt")).tags()[0].tag.labels == DEFAULT_LABELS[1:2]
    assert [note.title for note in notes if note.title.startswith("Tag")] == ["Tag saved"]
