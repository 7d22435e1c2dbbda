"""What the corpus table shows for each article, and which articles a filter keeps.

No Textual here: the screen turns these values into cells.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from tui.engine.corpus import Article

SIDECAR_SUFFIX = ".tags.yaml"


@dataclass(frozen=True)
class ArticleRow:
    name: str
    title: str
    words: int
    sentences: int
    tags: int | None
    """Entries under ``tags:`` in the sidecar; ``None`` when the sidecar does not parse."""


def sidecar_path(article_path: Path) -> Path:
    return article_path.with_name(article_path.name + SIDECAR_SUFFIX)


def tag_count(article_path: Path) -> int | None:
    """Count the tags of an article's sidecar without anchoring them (0 without a sidecar)."""
    path = sidecar_path(article_path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return 0
    except (OSError, UnicodeDecodeError):
        return None
    try:
        data = YAML(typ="safe", pure=True).load(text)
    except YAMLError:
        return None
    if data is None:
        return 0
    if not isinstance(data, dict):
        return None
    tags = data.get("tags") or []
    return len(tags) if isinstance(tags, list) else None


def article_row(article: Article) -> ArticleRow:
    return ArticleRow(
        name=article.name,
        title=article.title,
        words=article.word_count,
        sentences=article.sentence_count,
        tags=tag_count(article.path),
    )


def matches(row: ArticleRow, query: str) -> bool:
    """True when every word of ``query`` occurs in the title or the file name (any case)."""
    haystack = f"{row.title}\n{row.name}".casefold()
    return all(term in haystack for term in query.casefold().split())
