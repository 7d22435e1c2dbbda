"""Load what a command reads, and turn article, corpus and config errors into user errors.

Each article is read in the encoding chosen for it (``--encoding``, then the
``encodings:`` of its folder's ``diptych.yaml``), else the detected one.
"""

from __future__ import annotations

import argparse
import codecs
from collections.abc import Mapping, Sequence
from pathlib import Path

from tui.app.config import ConfigError, load_config
from tui.cli import default_corpus
from tui.commands.errors import UserError
from tui.engine.corpus import (
    Article,
    ArticleError,
    Corpus,
    encoding_of,
    load_article,
    load_corpus,
)


def add_app_corpus_argument(parser: argparse.ArgumentParser) -> None:
    """What the app opens (``diptych`` and ``diptych serve`` alike): a folder, two files
    or nothing (the seeds)."""
    parser.add_argument(
        "corpus",
        nargs="*",
        type=Path,
        help="a folder of .txt/.md articles, or two article files (default: seeds/)",
    )


def add_encoding_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--encoding",
        action="append",
        default=[],
        type=_encoding_choice,
        metavar="[FILE=]ENCODING",
        help="read FILE (every article, without FILE=) in ENCODING, e.g. latin-1 or "
        "old.txt=cp1252, instead of detecting it; repeatable (also 'encodings:' in diptych.yaml)",
    )


def _encoding_choice(value: str) -> tuple[str, str]:
    name, _, encoding = value.rpartition("=")
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise argparse.ArgumentTypeError(f"{encoding!r} is not an encoding Python knows") from None
    return name or "*", encoding


def encodings_for(folder: Path, chosen: Sequence[tuple[str, str]]) -> dict[str, str]:
    """The folder's configured encodings with the command line's on top (an encoding
    for every file on the command line overrides every configured one)."""
    given = dict(chosen)
    if "*" in given:
        return given
    try:
        configured: Mapping[str, str] = load_config(folder).encodings
    except ConfigError as error:
        raise UserError(str(error)) from None
    return {**configured, **given}


def article_or_exit(path: Path, chosen: Sequence[tuple[str, str]] = ()) -> Article:
    try:
        return load_article(path, encoding_of(path, encodings_for(path.parent, chosen)))
    except ArticleError as error:
        raise UserError(f"{path}: {error}") from None


def corpus_or_exit(path: Path | None, chosen: Sequence[tuple[str, str]] = ()) -> Corpus:
    root = path or default_corpus()
    try:
        return load_corpus(root, encodings_for(root, chosen))
    except ArticleError as error:
        raise UserError(str(error)) from None
