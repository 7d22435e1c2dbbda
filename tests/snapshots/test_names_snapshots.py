"""Snapshots of the names screen on seeds/: every person, spellings and offices."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from tests.snapshots.conftest import freeze
from tui.app.diptych_app import DiptychApp

SnapCompare = Callable[..., bool]


@pytest.mark.parametrize("size", [(160, 48), (80, 24)])
def test_names_screen(
    snap_compare: SnapCompare, seed_app: DiptychApp, size: tuple[int, int]
) -> None:
    async def open_names(pilot: Pilot[object]) -> None:
        await pilot.press("n")
        await freeze(pilot)

    assert snap_compare(seed_app, terminal_size=size, run_before=open_names)
