"""What the corpus table shows for each article, and which articles a filter keeps.

No Textual here: the screen turns these values into cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tui.engine.corpus import Article
from tui.tags.location import locate
from tui.tags.sidecar import SidecarError, parse


@dataclass(frozen=True)
class ArticleRow:
    name: str
    title: str
    words: int
    sentences: int
    tags: int | None
    """Tags in the article's sidecar; ``None`` when the sidecar cannot be read."""
    encoding: str
    """How the file was decoded; a guessed encoding ends in "?"."""


def tag_count(article_path: Path) -> int | None:
    """Count an article's tags without anchoring them (0 when it has no sidecar)."""
    path = locate(article_path).read_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return 0
    except OSError:
        return None
    try:
        return len(parse(data, path)["tags"])
    except SidecarError:
        return None


def article_row(article: Article) -> ArticleRow:
    return ArticleRow(
        name=article.name,
        title=article.title,
        words=article.word_count,
        sentences=article.sentence_count,
        tags=tag_count(article.path),
        encoding=article.encoding + ("?" if article.encoding_detected else ""),
    )


def matches(row: ArticleRow, query: str) -> bool:
    """True when every word of ``query`` occurs in the title or the file name (any case)."""
    haystack = f"{row.title}\n{row.name}".casefold()
    return all(term in haystack for term in query.casefold().split())
