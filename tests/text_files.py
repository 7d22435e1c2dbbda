"""Text files written per test: file name -> text."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def write_texts(folder: Path, texts: Mapping[str, str]) -> Path:
    """Write each text as UTF-8 under its file name in ``folder`` (made if missing)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
