"""What the corpus table shows for each article, and which articles a filter keeps.

No Textual here: the screen turns these values into cells and lines.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tui.engine.corpus import Article
from tui.tags.survey import TagSurvey


@dataclass(frozen=True)
class ArticleRow:
    name: str
    title: str
    words: int
    sentences: int
    tags: int | None
    """Tags in the article's sidecar; ``None`` when the sidecar cannot be read."""
    links: int
    """Tags of other articles that link to a claim of this one."""
    encoding: str
    """How the file was decoded; a guessed encoding ends in "?"."""

    @property
    def tags_cell(self) -> str:
        """ "3", "3+2" (two links in from other articles), "?" (unreadable sidecar)."""
        own = "?" if self.tags is None else str(self.tags)
        return f"{own}+{self.links}" if self.links else own


def article_rows(articles: Iterable[Article], tags: TagSurvey) -> list[ArticleRow]:
    return [
        ArticleRow(
            name=article.name,
            title=article.title,
            words=article.word_count,
            sentences=article.sentence_count,
            tags=tags.count(article.name),
            links=tags.links_in(article.name),
            encoding=article.encoding + ("?" if article.encoding_detected else ""),
        )
        for article in articles
    ]


def tag_problems(tags: TagSurvey) -> list[str]:
    """One line per sidecar the table cannot count: unreadable (file:line: why), or
    without its article (orphaned tags)."""
    lines = [str(sidecar.error) for sidecar in tags.sidecars.values() if sidecar.error]
    for orphan in tags.orphans:
        if orphan.error:
            lines.append(f"{orphan.error} (its article {orphan.article} is missing too)")
        else:
            count = len(orphan.tags)
            lines.append(
                f"{orphan.path}: {count} orphaned tag{'s' * (count != 1)}: "
                f"{orphan.article} is not in the corpus"
            )
    return lines


def matches(row: ArticleRow, query: str) -> bool:
    """True when every word of ``query`` occurs in the title or the file name (any case)."""
    haystack = f"{row.title}\n{row.name}".casefold()
    return all(term in haystack for term in query.casefold().split())
