"""Snapshots of the corpus screen, the overview and the help screen on seeds/."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.pilot import Pilot

from tests.snapshots.conftest import freeze
from tui.app.diptych_app import DiptychApp

SnapCompare = Callable[..., bool]


def test_corpus_screen_with_two_marks(snap_compare: SnapCompare, seed_app: DiptychApp) -> None:
    assert snap_compare(seed_app, terminal_size=(160, 48), press=["space", "down", "space"])


def test_corpus_screen_filtered_at_80x24(snap_compare: SnapCompare, seed_app: DiptychApp) -> None:
    async def type_filter(pilot: Pilot[object]) -> None:
        await pilot.press("slash", *"trade")
        await freeze(pilot)

    assert snap_compare(seed_app, terminal_size=(80, 24), run_before=type_filter)


def test_overview_after_scoring(
    snap_compare: SnapCompare, seed_app_fixed_scores: DiptychApp
) -> None:
    async def open_overview(pilot: Pilot[object]) -> None:
        await pilot.press("o")
        await freeze(pilot)

    assert snap_compare(seed_app_fixed_scores, terminal_size=(160, 48), run_before=open_overview)


def test_help_screen(snap_compare: SnapCompare, seed_app: DiptychApp) -> None:
    assert snap_compare(seed_app, terminal_size=(160, 48), press=["question_mark"])


SIZES = pytest.mark.parametrize("size", [(160, 48), (80, 24)], ids=["160x48", "80x24"])


@SIZES
def test_overview_with_the_seeds_real_numbers(
    snap_compare: SnapCompare, seed_app: DiptychApp, size: tuple[int, int]
) -> None:
    """The engine's own scores, as a reviewer sees them (the fixed-score snapshot
    above shows every colour level; this one shows what seeds/ really gives)."""

    async def open_overview(pilot: Pilot[object]) -> None:
        await pilot.press("o")
        await freeze(pilot)

    assert snap_compare(seed_app, terminal_size=size, run_before=open_overview)


def test_help_screen_at_80x24(snap_compare: SnapCompare, seed_app: DiptychApp) -> None:
    assert snap_compare(seed_app, terminal_size=(80, 24), press=["question_mark"])
