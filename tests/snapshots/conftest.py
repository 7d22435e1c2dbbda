"""Snapshot fixtures: apps built from seeds/, with no user config or data folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app import DiptychApp
from tui.config import CONFIG_ENV
from tui.engine.corpus import load_corpus
from tui.tags.location import DATA_DIR_ENV

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty config file and a private data folder, whatever the developer has."""
    home = tmp_path_factory.mktemp("isolated")
    empty = home / "diptych.yaml"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(empty))
    monkeypatch.setenv(DATA_DIR_ENV, str(home / "data"))


@pytest.fixture
def seed_app() -> DiptychApp:
    return DiptychApp(load_corpus(SEEDS))


async def freeze(pilot: Pilot[object]) -> None:
    """Stop what moves between frames: cursor blink, and any running worker."""
    await pilot.app.workers.wait_for_complete()
    for text_input in pilot.app.screen.query(Input):
        text_input.cursor_blink = False
    await pilot.pause()
