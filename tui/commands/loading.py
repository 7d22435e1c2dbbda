"""Turn article and corpus errors into the one-line user errors the CLI prints."""

from __future__ import annotations

from pathlib import Path

from tui.cli import default_corpus
from tui.engine.corpus import Article, ArticleError, Corpus, load_article, load_corpus
from tui.errors import UserError


def article_or_exit(path: Path) -> Article:
    try:
        return load_article(path)
    except ArticleError as error:
        raise UserError(f"{path}: {error}") from None


def corpus_or_exit(path: Path | None) -> Corpus:
    try:
        return load_corpus(path or default_corpus())
    except ArticleError as error:
        raise UserError(str(error)) from None
