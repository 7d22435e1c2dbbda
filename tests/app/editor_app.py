"""A tiny app that pushes one tag editor, for tests of the editor on its own."""

from __future__ import annotations

from tui.keys_in_order import InOrderApp
from tui.screens.tag_editor import TagEdit, TagEditor


class EditorApp(InOrderApp[None]):
    """Pushes one ``TagEditor`` and records what it dismissed with."""

    def __init__(self, editor: TagEditor) -> None:
        super().__init__()
        self.editor = editor
        self.results: list[TagEdit | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.editor, self.results.append)
