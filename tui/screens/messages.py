"""Messages screens post to the app, which decides what to show."""

from __future__ import annotations

from textual.message import Message

from tui.engine.corpus import Article


class OpenPair(Message):
    """Compare ``left`` with ``right``: the app pushes the compare screen.

    ``at`` puts the cursor on the sentence holding that offset of ``left``
    (a tag chosen on the tags screen opens on its claim).
    """

    def __init__(self, left: Article, right: Article, at: int | None = None) -> None:
        super().__init__()
        self.left = left
        self.right = right
        self.at = at


class TagsChanged(Message):
    """Tags of ``articles`` (file names) were added, edited or undone; views refresh."""

    def __init__(self, articles: tuple[str, ...], state: str) -> None:
        super().__init__()
        self.articles = articles
        self.state = state
        """Whether the tag changes of the corpus are on disk, e.g. "saving tags…", "tags saved"."""
