"""Messages screens post to the app, which decides what to show."""

from __future__ import annotations

from textual.message import Message

from tui.engine.corpus import Article


class OpenPair(Message):
    """Compare ``left`` with ``right``: the app pushes the compare screen."""

    def __init__(self, left: Article, right: Article) -> None:
        super().__init__()
        self.left = left
        self.right = right
