"""Timing key presses in a Pilot-driven app, shared by the UI benchmarks.

Wall time per key is mostly the Pilot's own waiting (``pilot.pause`` sleeps in 20 ms
steps until the process looks idle) and the machine's load; the process's CPU time per
key is steadier, and a key bound to nothing gives the Pilot's own share of it.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from textual.pilot import Pilot


async def press_time(pilot: Pilot, key: str) -> float:
    """Seconds from pressing ``key`` until the app has handled it and repainted."""
    started = time.perf_counter()
    await pilot.press(key)
    await pilot.pause()
    return time.perf_counter() - started


async def press_times(pilot: Pilot, key: str, count: int) -> list[float]:
    """``press_time`` of ``count`` presses of ``key``."""
    return [await press_time(pilot, key) for _ in range(count)]


@dataclass
class KeyCosts:
    """Wall and process CPU seconds of each press of one key."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)


async def press_costs(pilot: Pilot, key: str, count: int) -> KeyCosts:
    """Wall and CPU time of ``count`` presses of ``key``, each until handled and repainted."""
    costs = KeyCosts()
    for _ in range(count):
        wall, cpu = time.perf_counter(), time.process_time()
        await pilot.press(key)
        await pilot.pause()
        costs.cpu.append(time.process_time() - cpu)
        costs.wall.append(time.perf_counter() - wall)
    return costs


class CollectorClock:
    """Adds up the time Python's cyclic garbage collector runs while it is in use."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.collections = 0
        self._started = 0.0

    def __enter__(self) -> CollectorClock:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started
            self.collections += 1


def timing_line(name: str, times: Sequence[float], width: int = 8) -> str:
    """Presses, median, 95th percentile and maximum, in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"  {name:<{width}} {len(ms):>4} presses  median {statistics.median(ms):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {ms[-1]:6.1f} ms"
    )
