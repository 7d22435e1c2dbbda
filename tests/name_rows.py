"""The names table of two short reports, and which row holds each written name."""

from __future__ import annotations

from pathlib import Path

from tests.text_files import write_texts
from tui.engine.corpus import load_corpus
from tui.engine.people.table import NameTable, name_table


def two_report_table(folder: Path, left: str, right: str) -> NameTable:
    """``diptych names`` of ``left`` as a.txt and ``right`` as b.txt."""
    texts = {"a.txt": left, "b.txt": right}
    return name_table(load_corpus(write_texts(folder, texts)).articles)


def rows_by_name(table: NameTable) -> dict[tuple[str, str], int]:
    """(article, written name) -> row number: two names are one person when their rows
    are equal."""
    return {
        (appearance.article, name): n
        for n, row in enumerate(table.people)
        for appearance in row.appearances
        for name in appearance.names
    }
