"""The collector switches around comparisons: paused while built, frozen while shown."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.engine.collector import FreezeHold, collector_paused

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def nothing_frozen() -> Iterator[None]:
    """Each test starts and ends with no frozen objects and the collector on."""
    gc.unfreeze()
    assert gc.isenabled()
    thresholds = gc.get_threshold()
    yield
    gc.unfreeze()
    gc.enable()
    gc.set_threshold(*thresholds)


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


def test_young_collections_are_spaced_out_while_held() -> None:
    before = gc.get_threshold()
    first, second = FreezeHold(), FreezeHold()
    first.freeze()
    second.freeze()
    assert gc.get_threshold()[0] >= 10_000
    assert gc.get_threshold()[1:] == before[1:]
    first.close()
    assert gc.get_threshold()[0] >= 10_000
    second.close()
    assert gc.get_threshold() == before


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


EXIT_PROBE = """
import os, sys
from tui.engine.collector import skip_collection_at_exit
if sys.argv[1] == "skip":
    skip_collection_at_exit()
    skip_collection_at_exit()  # twice: still one handler

class Node:
    def __del__(self) -> None:
        os.write(1, b"walked")

node = Node()
node.me = node  # a cycle: only a collection frees it
"""


@pytest.mark.parametrize(("mode", "walked"), [("keep", True), ("skip", False)])
def test_the_exit_collection_is_skipped(mode: str, walked: bool, tmp_path: Path) -> None:
    """The shutdown's collection walks (and finalises) cycles unless skipped."""
    probe = tmp_path / "probe.py"
    probe.write_text(EXIT_PROBE, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(probe), mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert ("walked" in done.stdout) is walked
