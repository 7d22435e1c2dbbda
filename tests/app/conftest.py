"""Pilot fixtures: no user config or data folder leaks in; small corpora written per test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from textual.pilot import Pilot

from tests.text_files import write_texts
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Corpus, load_corpus

ARTICLES = {
    "alpha.txt": "Apples are red and sweet. The orchard opened on Monday.\n",
    "beta.txt": "Bananas are yellow. The market closed early on Friday.\n",
    "gamma.txt": "Apple pie needs butter. The bakery sold out by noon.\n",
}


@pytest.fixture
def small_corpus_dir(tmp_path: Path) -> Path:
    return write_texts(tmp_path / "corpus", ARTICLES)


@pytest.fixture
def small_corpus(small_corpus_dir: Path) -> Corpus:
    return load_corpus(small_corpus_dir)


@pytest.fixture(scope="session")
def seed_corpus() -> Corpus:
    return load_corpus(Path(__file__).resolve().parents[2] / "seeds")


@dataclass
class Note:
    message: str
    title: str
    severity: str


@pytest.fixture
def notes() -> list[Note]:
    return []


@pytest.fixture
def make_app(notes: list[Note]) -> Callable[[Corpus], DiptychApp]:
    """Build the app with ``notify`` recorded into ``notes``."""

    def build(corpus: Corpus) -> DiptychApp:
        app = DiptychApp(corpus)
        original = app.notify

        def record(
            message: str, *, title: str = "", severity: Any = "information", **options: Any
        ) -> None:
            notes.append(Note(str(message), title, str(severity)))
            original(message, title=title, severity=severity, **options)

        app.notify = record  # type: ignore[method-assign]
        return app

    return build


async def saves_done(pilot: Pilot[Any]) -> None:
    """Wait for the app's background tag writes, then for the app to show their outcome."""
    assert isinstance(pilot.app, DiptychApp)
    assert pilot.app.tagging.saver.wait(timeout=30), "the tag saver never finished"
    await pilot.pause()
    await pilot.pause()
