"""The compare screen keeps its comparison out of the collector's walks while it shows it."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from tests.app.compare_app import CompareApp, seed_pair, wait_until_ready
from tui.engine.collector import FreezeHold
from tui.screens.compare import CompareScreen


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    gc.unfreeze()
    yield
    gc.unfreeze()


async def test_the_comparison_shown_is_frozen_until_the_screen_is_left() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test() as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        frozen = gc.get_freeze_count()
        assert frozen > 0
        await pilot.press("j", "j", "k")
        assert 0 < gc.get_freeze_count() <= frozen  # still held; keys freeze nothing new
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is not screen
        assert gc.get_freeze_count() == 0


async def test_a_screen_left_frees_its_row_model_at_once() -> None:
    """Left screens are cyclic garbage, freed only by a full collection (rare, and none
    while another screen holds a freeze): the big row model must not wait for it."""
    other_screen = FreezeHold()
    app = CompareApp(*seed_pair())
    async with app.run_test() as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.pair_view.model is not None
        model = weakref.ref(screen.pair_view.model)
        rows = weakref.ref(screen.model)
        other_screen.freeze()
        try:
            await pilot.press("escape")
            await pilot.pause()
            assert model() is None
            assert rows() is None
        finally:
            other_screen.close()


async def test_the_cached_comparisons_are_frozen_before_the_screen_is_first_drawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Opening a screen allocates enough to set off collections: the comparisons already
    in the cache (a long pair's hundreds of thousands of objects) stay out of them."""
    monkeypatch.setattr(CompareScreen, "_start", lambda screen: None)  # no worker: just opening
    left, right = seed_pair()
    app = CompareApp(left, right)
    app.cache.get(left, right)
    async with app.run_test() as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.model is None
        assert gc.get_freeze_count() > 0
