"""Snapshots of the overview past a dozen articles: groups and ranked pairs, real numbers
(three versions of each seed, written per test)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.seed_versions import write_seed_versions
from tests.snapshots.conftest import freeze
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import load_corpus

SnapCompare = Callable[..., bool]


@pytest.fixture
def versions_app(tmp_path: Path) -> DiptychApp:
    folder = tmp_path / "versions"
    write_seed_versions(folder)
    return DiptychApp(load_corpus(folder))


async def open_overview(pilot: Pilot[object]) -> None:
    await pilot.press("o")
    await freeze(pilot)


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
def test_overview_of_fifteen_articles(
    snap_compare: SnapCompare, versions_app: DiptychApp, size: tuple[int, int]
) -> None:
    assert snap_compare(versions_app, terminal_size=size, run_before=open_overview)


def test_overview_ranked_by_disagreements(
    snap_compare: SnapCompare, versions_app: DiptychApp
) -> None:
    async def rank(pilot: Pilot[object]) -> None:
        await open_overview(pilot)
        await pilot.press("tab", "r")
        await freeze(pilot)

    assert snap_compare(versions_app, terminal_size=(160, 48), run_before=rank)
