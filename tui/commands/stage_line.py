"""The running stage of a long command on one stderr line, rewritten in place."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

PROGRESS_EVERY = 0.1
"""Seconds between two progress lines (a corpus of small articles finishes pairs by
the hundred each second)."""


def show_stage(stage: str) -> None:
    """Replace the stage line with ``diptych: STAGE…``."""
    sys.stderr.write(f"\r\x1b[Kdiptych: {stage}\u2026")
    sys.stderr.flush()


def clear_stage() -> None:
    """Erase the stage line before the output."""
    sys.stderr.write("\r\x1b[K")


def pair_progress(what: str = "comparing pairs") -> Callable[[int, int], None]:
    """A progress callable showing ``WHAT done/total`` at most every ``PROGRESS_EVERY`` s."""
    last = 0.0

    def show(done: int, total: int) -> None:
        nonlocal last
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY or done == total:
            last = now
            show_stage(f"{what} {done:,}/{total:,}")

    return show
