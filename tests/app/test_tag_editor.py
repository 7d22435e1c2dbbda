"""Pilot tests of the tag editor and the tags screen, each pushed by a tiny app."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Checkbox, DataTable, Select, Static, TextArea

from tests.app.burst import burst
from tests.app.screen_app import ScreenApp
from tui.app import keys_in_order
from tui.engine.corpus import load_article
from tui.screens.messages import TagsChanged
from tui.screens.tag_editor import LabelList, TagEdit, TagEditor
from tui.screens.tags_screen import TagsScreen
from tui.tags.corpus_tags import CorpusTags
from tui.tags.labels import DEFAULT_LABELS
from tui.tags.model import Related
from tui.tags.store import TagStore

CLAIM = "Treasury Secretary Scott Bessent said the talks were productive."
RELATED = Related("001_cf6e1a4fd903ed95.txt", "Finance Minister Besant called the talks useful.")


def editor(**options) -> TagEditor:
    options.setdefault("labels", DEFAULT_LABELS)
    return TagEditor(CLAIM, article="000_4ab7afceee558d79.txt", **options)


async def test_focus_starts_on_labels_and_digits_toggle_them_in_order() -> None:
    app = ScreenApp(editor(related=RELATED))
    async with app.run_test() as pilot:
        assert isinstance(app.focused, LabelList)
        assert str(app.screen.query_one("#tag-editor").border_title).startswith("Tag a claim in ")
        await pilot.press("2", "6", "6", "7")
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result == TagEdit(labels=("disputed", "needs-source"), note="", related=RELATED)


async def test_tab_moves_to_the_note_where_digits_are_text() -> None:
    app = ScreenApp(editor())
    async with app.run_test() as pilot:
        await pilot.press("1", "tab")
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"3 sources", "enter", *"disagree")
        await pilot.press("f2")  # the plain-key twin of ctrl+s, even from the note
    [result] = app.results
    assert result is not None
    assert result.labels == ("verified",)
    assert result.note == "3 sources\ndisagree"
    assert result.related is None


async def test_a_burst_of_keys_is_saved_whole_and_in_order() -> None:
    """Keys queued at once (a fast typist, a paste): labels, focus move, note, then save."""
    app = ScreenApp(editor())
    async with app.run_test() as pilot:
        await burst(pilot, "6", "tab", *"hello", "enter", *"3 sources", "ctrl+s")
    [result] = app.results
    assert result == TagEdit(labels=("name-error",), note="hello\n3 sources", related=None)


async def test_escape_cancels_with_nothing() -> None:
    app = ScreenApp(editor(related=RELATED))
    async with app.run_test() as pilot:
        await pilot.press("escape")
    assert app.results == [None]


async def test_escape_after_an_edit_asks_before_discarding_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A reflexive escape in the note keeps what was typed; a second one discards it."""
    app = ScreenApp(editor(related=RELATED))
    titles: list[str] = []
    monkeypatch.setattr(app, "notify", lambda message, **options: titles.append(options["title"]))
    async with app.run_test() as pilot:
        await pilot.press("2", "tab", *"typed", "escape")
        assert app.results == []
        assert app.screen.query_one("#tag-note", TextArea).text == "typed"
        assert titles == ["Discard this tag?"]
        await pilot.press("escape")
    assert app.results == [None]


async def test_an_edit_after_the_first_escape_asks_again() -> None:
    app = ScreenApp(editor())
    async with app.run_test() as pilot:
        await pilot.press("2", "escape", "3", "escape")
        assert app.results == []
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result is not None and result.labels == ("disputed", "false")


async def test_link_is_on_by_default_and_can_be_turned_off() -> None:
    app = ScreenApp(editor(related=RELATED))
    async with app.run_test() as pilot:
        link = app.screen.query_one("#tag-link", Checkbox)
        assert link.value
        await pilot.press("tab", "tab", "space", "ctrl+s")
    [result] = app.results
    assert result is not None and result.related is None


async def test_editing_starts_from_the_saved_tag(tmp_path: Path, seeds: Path) -> None:
    shutil.copy(seeds / "000_4ab7afceee558d79.txt", tmp_path / "a.txt")
    article = load_article(tmp_path / "a.txt")
    sentence = article.content_sentences[2]
    store = TagStore.open(article)
    saved = store.add(sentence.start, sentence.end, ["false", "hand-made"], "first").tag
    assert saved is not None
    app = ScreenApp(TagEditor(sentence.text, article="a.txt", labels=DEFAULT_LABELS, initial=saved))
    async with app.run_test() as pilot:
        assert not app.screen.query("#tag-link")  # nothing to link to
        title = app.screen.query_one("#tag-editor").border_title
        assert title == "Edit the tag of a claim in a.txt"
        await pilot.press("3", "1", "tab", "end", *" and second", "ctrl+s")
    [result] = app.results
    assert result is not None
    # "false" toggled off, "verified" on, the label outside the vocabulary kept
    assert result.labels == ("verified", "hand-made")
    assert result.note == "first and second"
    store.update(saved.id, labels=result.labels, note=result.note, related=result.related)
    assert TagStore.open(article).get(saved.id).note == "first and second"


# -- the tags screen -----------------------------------------------------------


def tagged_corpus(folder: Path, seeds: Path) -> CorpusTags:
    """Three tags on two seed copies; the right article's claim then deleted (orphaned)."""
    names = ("000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt")
    for name in names:
        shutil.copy(seeds / name, folder / name)
    left, right = (load_article(folder / name) for name in names)
    tags = CorpusTags([left, right])
    for article, index, labels in ((left, 2, ["verified"]), (left, 3, ["disputed", "false"])):
        sentence = article.content_sentences[index]
        tags.store(article).add(sentence.start, sentence.end, labels, "note")
    gone = right.content_sentences[3]
    tags.store(right).add(gone.start, gone.end, ["disputed"])
    (folder / names[1]).write_text(right.text[: gone.start] + right.text[gone.end :])
    return CorpusTags([left, load_article(folder / names[1])])


async def test_tags_screen_filters_and_jumps(tmp_path: Path, seeds: Path) -> None:
    tags = tagged_corpus(tmp_path, seeds).all_tags()
    screen = TagsScreen(tags, labels=DEFAULT_LABELS)
    app = ScreenApp(screen)
    async with app.run_test() as pilot:
        table = screen.query_one(DataTable)
        assert table.row_count == 3
        await pilot.press("o")
        assert [placed.state for placed in screen.shown] == ["orphaned"]
        await pilot.press("o")
        screen.query_one("#tags-label-filter", Select).value = "disputed"
        await pilot.pause()
        assert table.row_count == 2
        screen.query_one("#tags-article-filter", Select).value = "000_4ab7afceee558d79.txt"
        await pilot.pause()
        [only] = screen.shown
        assert only.tag.labels == ("disputed", "false")
        table.focus()
        await pilot.press("enter")
    assert app.results == [only]


async def test_tags_screen_shows_unreadable_sidecars_and_closes(tmp_path: Path) -> None:
    message = "/corpus/a.txt.tags.yaml:4: expected ',' or ']'"
    app = ScreenApp(TagsScreen([], errors=[message]))
    async with app.run_test() as pilot:
        errors = app.pushed.query_one("#tags-errors", Static)
        assert errors.display and message in str(errors.render())
        await pilot.press("escape")
    assert app.results == [None]


async def test_tags_screen_reads_the_tags_again_when_they_change(
    tmp_path: Path, seeds: Path
) -> None:
    corpus_tags = tagged_corpus(tmp_path, seeds)
    before = corpus_tags.all_tags()
    screen = TagsScreen(before[:1], labels=DEFAULT_LABELS, current=corpus_tags.all_tags)
    app = ScreenApp(screen)
    async with app.run_test() as pilot:
        table = screen.query_one(DataTable)
        assert table.row_count == 1
        screen.post_message(TagsChanged(("000_4ab7afceee558d79.txt",), "tags saved"))
        await pilot.pause()
        assert table.row_count == len(before) == 3


async def test_a_chosen_label_reads_as_chosen_without_colour() -> None:
    app = ScreenApp(editor())
    async with app.run_test() as pilot:
        labels = app.screen.query_one(LabelList)
        assert labels.render_line(0).text.startswith("▐ ▌")
        await pilot.press("1")
        assert labels.render_line(0).text.startswith("▐✓▌")
        assert labels.render_line(1).text.startswith("▐ ▌")


async def test_the_link_box_reads_as_checked_without_colour() -> None:
    app = ScreenApp(editor(related=RELATED))
    async with app.run_test() as pilot:
        link = app.screen.query_one("#tag-link", Checkbox)
        assert link.value and link.render().plain.startswith("▐✓▌")
        link.toggle()
        await pilot.pause()
        assert link.render().plain.startswith("▐ ▌")


async def test_the_tagged_claim_is_on_screen_at_80_columns(tmp_path: Path, seeds: Path) -> None:
    screen = TagsScreen(tagged_corpus(tmp_path, seeds).all_tags(), labels=DEFAULT_LABELS)
    app = ScreenApp(screen)
    async with app.run_test(size=(80, 24)):
        table = screen.query_one(DataTable)
        columns = list(table.columns.values())
        labels = [column.label.plain for column in columns]
        claim = labels.index("claim")
        right_edge = sum(column.get_render_width(table) for column in columns[: claim + 1])
        assert right_edge <= table.size.width


async def test_tab_moves_the_focus_before_the_next_key_even_unsettled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A loaded machine: the app gives up waiting for the label list to settle before it
    routes the next key (MAX_WAIT reached). The note must still get the first letter typed
    after ``tab``, so the focus moves when the app reads ``tab``, not when the list does."""
    monkeypatch.setattr(keys_in_order, "MAX_WAIT", 0.0)
    app = ScreenApp(editor())
    async with app.run_test() as pilot:
        await pilot.press("6")
        await burst(pilot, "tab", *"hello")
        await pilot.pause()
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result == TagEdit(labels=("name-error",), note="hello", related=None)


@pytest.mark.parametrize(
    ("choice", "label"),
    [(("6",), DEFAULT_LABELS[5]), (("down", "down", "space"), DEFAULT_LABELS[2])],
    ids=["digit", "space"],
)
async def test_a_label_chosen_right_before_tab_is_kept_even_unsettled(
    monkeypatch: pytest.MonkeyPatch, choice: tuple[str, ...], label: str
) -> None:
    """A loaded machine: the app routes ``tab`` before the label list has handled the key
    that chose a label. The label must still be chosen in the list, not lost because the
    focus had already moved to the note when the list looked the key up."""
    monkeypatch.setattr(keys_in_order, "MAX_WAIT", 0.0)
    app = ScreenApp(editor())
    async with app.run_test() as pilot:
        await burst(pilot, *choice, "tab", *"hi")
        await pilot.pause()
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result == TagEdit(labels=(label,), note="hi", related=None)
