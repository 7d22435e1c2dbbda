"""The collector switches around comparisons: paused while built, frozen while shown."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tui.engine.collector import FreezeHold, collector_paused


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    """Each test starts and ends with no frozen objects and the collector on."""
    gc.unfreeze()
    assert gc.isenabled()
    yield
    gc.unfreeze()
    gc.enable()


def test_what_a_comparison_built_goes_straight_to_the_oldest_generation() -> None:
    with collector_paused():
        assert not gc.isenabled()
        built = [[n] for n in range(100)]
    assert gc.isenabled()
    oldest = {id(obj) for obj in gc.get_objects(generation=2)}
    assert all(id(item) in oldest for item in built)
    assert gc.get_freeze_count() == 0


def test_a_hold_freezes_everything_alive_until_it_is_closed() -> None:
    shown = [[n] for n in range(100)]
    hold = FreezeHold()
    hold.freeze()
    frozen = gc.get_freeze_count()
    assert frozen >= len(shown)
    gc.collect()
    assert gc.get_freeze_count() == frozen  # a full collection leaves them where they are
    hold.close()
    assert gc.get_freeze_count() == 0


def test_the_last_hold_to_close_unfreezes() -> None:
    first, second = FreezeHold(), FreezeHold()
    first.freeze()
    second.freeze()
    first.close()
    assert gc.get_freeze_count() > 0
    second.close()
    assert gc.get_freeze_count() == 0


def test_a_closed_hold_freezes_nothing() -> None:
    """A worker may finish after its screen has gone: its late freeze must not stick."""
    hold = FreezeHold()
    hold.close()
    hold.freeze()
    assert gc.get_freeze_count() == 0
    assert not hold.held


def test_a_comparison_ending_under_a_hold_stays_frozen_until_the_hold_closes() -> None:
    hold = FreezeHold()
    hold.freeze()
    with collector_paused():
        built = [[n] for n in range(100)]
    frozen = gc.get_freeze_count()
    assert frozen >= len(built)
    assert not any(obj is built[0] for obj in gc.get_objects(generation=2))
    hold.close()
    assert gc.get_freeze_count() == 0
    assert any(obj is built[0] for obj in gc.get_objects(generation=2))


def test_a_hold_closed_during_a_comparison_unfreezes_when_the_comparison_ends() -> None:
    hold = FreezeHold()
    hold.freeze()
    with collector_paused():
        hold.close()
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    assert gc.isenabled()
