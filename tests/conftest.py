"""Shared fixtures: the bundled seeds, small articles written per test, the hostile corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile import HostileCorpus, write_hostile_corpus
from tui.app.config import CONFIG_ENV
from tui.engine.prepared import CACHE_DIR_ENV
from tui.tags.location import DATA_DIR_ENV

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """An empty config file and private data and cache folders, whatever the developer has."""
    home = tmp_path_factory.mktemp("isolated")
    empty = home / "diptych.yaml"
    empty.write_text("", encoding="utf-8")
    monkeypatch.setenv(CONFIG_ENV, str(empty))
    monkeypatch.setenv(DATA_DIR_ENV, str(home / "data"))
    monkeypatch.setenv(CACHE_DIR_ENV, str(home / "cache"))


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def seed_paths() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> HostileCorpus:
    """The hostile corpus (tests/hostile.py), its diptych.yaml the config in use."""
    corpus = write_hostile_corpus(tmp_path / "corpus")
    monkeypatch.setenv(CONFIG_ENV, str(corpus.folder / "diptych.yaml"))
    return corpus
