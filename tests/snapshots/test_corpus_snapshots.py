"""Snapshots of the corpus screen, the overview and the help screen on seeds/."""

from __future__ import annotations

from collections.abc import Callable

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
