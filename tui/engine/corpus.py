"""Load articles: decode, find boilerplate, segment, describe.

An ``Article`` is immutable and holds the decoded text; every span anywhere in
diptych is an offset into ``Article.text``. Nothing is rewritten on decoding
(CRLF and control characters stay), so offsets match what is on disk once
decoded.
"""

from __future__ import annotations

import codecs
import datetime
import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from tui.engine import boilerplate
from tui.engine.encoding import UndecodableError, canonical, decode_legacy
from tui.engine.segment import Sentence, segment
from tui.engine.spans import Span
from tui.engine.textnorm import tokenize

ARTICLE_SUFFIXES = (".txt", ".md")
MAX_ARTICLE_BYTES = 20 * 1024 * 1024


class ArticleError(Exception):
    """An article that cannot be read; the message is meant for the user."""


@dataclass(frozen=True)
class Article:
    path: Path
    text: str
    sha256: str
    """Hash of the file's bytes: the article's identity for caches and tags."""
    encoding: str
    encoding_detected: bool
    """True when the text was not UTF-8 and the encoding had to be guessed (not set by
    the user)."""
    boilerplate: tuple[Span, ...]
    sentences: tuple[Sentence, ...]
    published: datetime.date | None = None
    """The day of publication the user gave (``diptych compare --published``); else the
    article's own top may state one (published.py)."""

    @property
    def name(self) -> str:
        return self.path.name

    @cached_property
    def title(self) -> str:
        """The first meaningful line: the first non-boilerplate sentence's line."""
        for sentence in self.content_sentences:
            line = self.text[sentence.start :].split("\n", 1)[0].strip()
            return line if len(line) <= 120 else line[:117].rstrip() + "..."
        return self.name

    @cached_property
    def content_sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for s in self.sentences if not s.boilerplate)

    @cached_property
    def word_count(self) -> int:
        return sum(len(tokenize(s.text)) for s in self.content_sentences)

    @property
    def sentence_count(self) -> int:
        return len(self.content_sentences)


@dataclass(frozen=True)
class Skipped:
    path: Path
    reason: str


@dataclass(frozen=True)
class Corpus:
    root: Path
    articles: tuple[Article, ...]
    skipped: tuple[Skipped, ...] = field(default=())

    def by_name(self, name: str) -> Article:
        for article in self.articles:
            if article.name == name:
                return article
        raise KeyError(name)


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str, bool]:
    """Return (text, encoding, detected) or raise ``ArticleError``.

    ``encoding`` is the user's choice for this file; without it the text is
    UTF-8 (a BOM is dropped) or the most plausible legacy encoding.
    """
    if not data.strip():
        raise ArticleError("empty file")
    if encoding is not None:
        return _decode_as(data, encoding), canonical(encoding), False
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode_as(data, "utf-16"), "utf-16", False
    if b"\x00" in data[:8192]:
        raise ArticleError("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8", False
    except UnicodeDecodeError:
        pass
    try:
        reading = decode_legacy(data)  # only paid for on non-UTF-8 files
    except UndecodableError as error:
        raise ArticleError(str(error)) from None
    return reading.text, reading.encoding, True


def _decode_as(data: bytes, encoding: str) -> str:
    codec = canonical(encoding)
    if codec == "utf-8":
        codec = "utf-8-sig"
    try:
        return data.decode(codec)
    except LookupError:
        raise ArticleError(f"unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as error:
        raise ArticleError(
            f"not {encoding}: byte {data[error.start]:#04x} at offset {error.start} "
            "(choose another encoding)"
        ) from None


def read_text(path: Path, encoding: str | None = None) -> tuple[bytes, str, str, bool]:
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"larger than {MAX_ARTICLE_BYTES // 2**20} MiB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise ArticleError("no such file") from None
    except IsADirectoryError:
        raise ArticleError("is a folder, not a file") from None
    except OSError as error:
        raise ArticleError(error.strerror or str(error)) from None
    text, used, detected = decode(data, encoding)
    return data, text, used, detected


def build_article(
    path: Path, data: bytes, text: str, encoding: str, detected: bool, shared: Iterable[str] = ()
) -> Article:
    spans = tuple(boilerplate.detect(text, shared))
    return Article(
        path=path,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        encoding_detected=detected,
        boilerplate=spans,
        sentences=tuple(segment(text, spans)),
    )


def load_article(path: Path | str, encoding: str | None = None) -> Article:
    """Load one article on its own (no corpus-wide boilerplate signal); ``encoding``
    overrides detection."""
    path = Path(path)
    return build_article(path, *read_text(path, encoding))


def article_paths(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".")
    )


def load_corpus(
    source: Path | str | Sequence[Path | str], encodings: Mapping[str, str] | None = None
) -> Corpus:
    """Load a folder of articles, or an explicit list of files.

    ``encodings`` maps file names to the encoding to read them with (no detection);
    ``"*"`` applies to every other file. Unreadable files are listed in
    ``Corpus.skipped`` with a reason. Raises ``ArticleError`` when the folder is
    missing or holds no readable article.
    """
    if isinstance(source, str | Path):
        root = Path(source)
        if not root.exists():
            raise ArticleError(f"{root}: no such file or folder")
        if not root.is_dir():
            raise ArticleError(f"{root}: not a folder")
        paths = article_paths(root)
    else:
        paths = [Path(p) for p in source]
        root = paths[0].parent if paths else Path(".")
    loaded: list[tuple[Path, bytes, str, str, bool]] = []
    skipped: list[Skipped] = []
    for path in paths:
        try:
            loaded.append((path, *read_text(path, encoding_of(path, encodings or {}))))
        except ArticleError as error:
            skipped.append(Skipped(path, str(error)))
    if not loaded:
        where = f"{root}" if isinstance(source, str | Path) else "the given files"
        raise ArticleError(f"{where}: no readable .txt or .md article")
    min_articles = max(3, len(loaded) // 3)
    shared = boilerplate.shared_lines([entry[2] for entry in loaded], min_articles)
    articles = tuple(build_article(*entry, shared=shared) for entry in loaded)
    return Corpus(root=root, articles=articles, skipped=tuple(skipped))


def encoding_of(path: Path, encodings: Mapping[str, str]) -> str | None:
    """The encoding chosen for ``path`` (by file name, else ``"*"``), or ``None``."""
    return encodings.get(path.name, encodings.get("*"))
