"""The engine's shipped tables (``tui/engine/data/``): one reader for every lexicon."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"


def data_lines(name: str) -> list[str]:
    """The stripped lines of ``data/name``, without blank lines and ``#`` comments."""
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def data_sources(*names: str) -> list[Path]:
    """The files a table read with ``data_lines`` depends on: ``data/name`` for each
    name, and this reader (for ``prepared.prepared``'s sources)."""
    return [*(DATA / name for name in names), Path(__file__)]
