"""Pilot tests of the tag editor flow, in a tiny app that pushes the modal."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.app import App
from textual.widgets import Checkbox, TextArea

from tui.engine.corpus import load_article
from tui.screens.tag_editor import LabelList, TagEdit, TagEditor
from tui.tags.labels import DEFAULT_LABELS
from tui.tags.model import Related
from tui.tags.store import TagStore

CLAIM = "Treasury Secretary Scott Bessent said the talks were productive."
RELATED = Related("001_cf6e1a4fd903ed95.txt", "Finance Minister Besant called the talks useful.")


class EditorApp(App[None]):
    """Pushes one ``TagEditor`` and records what it dismissed with."""

    def __init__(self, editor: TagEditor) -> None:
        super().__init__()
        self.editor = editor
        self.results: list[TagEdit | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.editor, self.results.append)


def editor(**options) -> TagEditor:
    options.setdefault("labels", DEFAULT_LABELS)
    return TagEditor(CLAIM, article="000_4ab7afceee558d79.txt", **options)


async def test_focus_starts_on_labels_and_digits_toggle_them_in_order() -> None:
    app = EditorApp(editor(related=RELATED))
    async with app.run_test() as pilot:
        assert isinstance(app.focused, LabelList)
        await pilot.press("2", "6", "6", "7")
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result == TagEdit(labels=("disputed", "needs-source"), note="", related=RELATED)


async def test_tab_moves_to_the_note_where_digits_are_text() -> None:
    app = EditorApp(editor())
    async with app.run_test() as pilot:
        await pilot.press("1", "tab")
        assert isinstance(app.focused, TextArea)
        await pilot.press(*"3 sources", "enter", *"disagree")
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result is not None
    assert result.labels == ("verified",)
    assert result.note == "3 sources\ndisagree"
    assert result.related is None


async def test_escape_cancels_with_nothing() -> None:
    app = EditorApp(editor(related=RELATED))
    async with app.run_test() as pilot:
        await pilot.press("2", "escape")
    assert app.results == [None]


async def test_link_is_on_by_default_and_can_be_turned_off() -> None:
    app = EditorApp(editor(related=RELATED))
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
    app = EditorApp(TagEditor(sentence.text, article="a.txt", labels=DEFAULT_LABELS, initial=saved))
    async with app.run_test() as pilot:
        assert not app.screen.query("#tag-link")  # nothing to link to
        await pilot.press("3", "1", "tab", "end", *" and second", "ctrl+s")
    [result] = app.results
    assert result is not None
    # "false" toggled off, "verified" on, the label outside the vocabulary kept
    assert result.labels == ("verified", "hand-made")
    assert result.note == "first and second"
    store.update(saved.id, labels=result.labels, note=result.note, related=result.related)
    assert TagStore.open(article).get(saved.id).note == "first and second"
