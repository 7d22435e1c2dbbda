"""Timing key presses in a Pilot-driven app, shared by the UI benchmarks."""

from __future__ import annotations

import statistics
import time
from collections.abc import Sequence

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


def timing_line(name: str, times: Sequence[float], width: int = 8) -> str:
    """Presses, median, 95th percentile and maximum, in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
    return (
        f"  {name:<{width}} {len(ms):>4} presses  median {statistics.median(ms):6.1f} ms  "
        f"p95 {p95:6.1f} ms  max {ms[-1]:6.1f} ms"
    )
