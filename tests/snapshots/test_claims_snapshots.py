"""Snapshots of the claims screen on seeds/, over a fixed claim matrix (the UI, not the engine)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

import tui.screens.claims as claims_screen
from tests.claims_double import builder, fixed_matrix
from tests.snapshots.conftest import SEEDS, freeze
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import load_corpus

SnapCompare = Callable[..., bool]


@pytest.fixture(autouse=True)
def fixed_claims(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(claims_screen, "build_claims", builder(fixed_matrix))


async def open_claims(pilot: Pilot[object]) -> None:
    await pilot.press("c")
    await freeze(pilot)
    await pilot.press("down", "right", "right")  # the claim every article states, article 2
    await freeze(pilot)


def test_claims_screen(snap_compare: SnapCompare, seed_app: DiptychApp) -> None:
    assert snap_compare(seed_app, terminal_size=(160, 48), run_before=open_claims)


def test_claims_screen_at_80x24(snap_compare: SnapCompare, seed_app: DiptychApp) -> None:
    assert snap_compare(seed_app, terminal_size=(80, 24), run_before=open_claims)


def test_claims_screen_without_colour(
    snap_compare: SnapCompare, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = DiptychApp(load_corpus(SEEDS))

    async def open_with_singles(pilot: Pilot[object]) -> None:
        await pilot.press("c")
        await freeze(pilot)
        await pilot.press("f", "right")  # every stance shows, the cursor on a contradiction
        await freeze(pilot)

    assert snap_compare(app, terminal_size=(160, 48), run_before=open_with_singles)
