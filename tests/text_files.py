"""Text files written per test: file name -> text."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def write_texts(folder: Path, texts: Mapping[str, str], encoding: str = "utf-8") -> Path:
    """Write each text under its file name in ``folder`` (made if missing); WordNet's
    files are Latin-1."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding=encoding)
    return folder
