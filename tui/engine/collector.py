"""Python's cyclic garbage collector around comparisons: paused while one is built, kept
off it while it is shown.

The collector walks every container object of a generation each time it collects that
generation. A long comparison is a few hundred thousand such objects (5,000 sentences a
side) that outlive the run that built them, so walking them finds no garbage:

* ``collector_paused`` switches the collector off while comparisons run (about 1 s of 7
  at 5,000 a side). When the last one ends, everything it built is moved straight to the
  oldest generation (``gc.freeze()`` then ``gc.unfreeze()``: two list splices), so it is
  not walked by the next young collection (0.25 s) nor the next middle one (0.2 s). The
  oldest generation is collected only when it has grown by a quarter since it last was.
* ``skip_collection_at_exit`` freezes everything when the interpreter exits, before it
  tears down: the collections of the shutdown would walk it all only to free memory the
  process gives back anyway (1.1 s after ``compare`` at 5,000 a side).
* ``FreezeHold`` keeps everything alive now out of every collection (``gc.freeze()``)
  while a screen shows a comparison, so no full collection walks it during the first
  paint or a key (0.3-0.5 s each at 5,000 a side). When the last hold is let go the
  objects go back to the oldest generation, and whatever became garbage meanwhile is
  collected again. While held, young collections are also spaced out (every 10,000 new
  objects, not 700): drawing one key allocates thousands (strips, segments, styles), and
  the young collections they set off took 2.4-3.0 ms of each ``j`` at 5,000 a side.

Reference counting frees everything without cycles at once, frozen or not. Both switches
are process-wide and shared by threads, hence the counts under one lock.
"""

from __future__ import annotations

import atexit
import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_pausing = 0
"""Comparisons running with the collector paused (threads may compare at once)."""
_resume = False
"""Whether the collector was on when the first of them started."""
_holds = 0
"""Freeze holds in force."""
_thresholds: tuple[int, int, int] | None = None
"""The collector's thresholds before the first hold, put back when the last one goes."""
YOUNG_THRESHOLD_HELD = 10_000


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the collector for a comparison; the last pause to end ages what was built.

    Threads comparing at once share one pause, and the collector comes back (if it was
    on) when the last of them ends, not the first.
    """
    global _pausing, _resume
    with _lock:
        if _pausing == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _lock:
            _pausing -= 1
            if _pausing == 0:
                gc.freeze()
                if _holds == 0:  # under a hold the new objects stay frozen with the rest
                    gc.unfreeze()
                if _resume:
                    gc.enable()


def skip_collection_at_exit() -> None:
    """Freeze everything once the other exit handlers have run (those registered later run
    first). Objects in reference cycles are then not finalised at exit; nothing of ours
    relies on that: files are closed and tags saved before the command returns."""
    atexit.unregister(gc.freeze)
    atexit.register(gc.freeze)


class FreezeHold:
    """One screen's hold on the freeze of everything alive while it shows a comparison."""

    def __init__(self) -> None:
        self.held = False
        self._closed = False

    def freeze(self) -> None:
        """Freeze everything alive now (again after each new thing shown)."""
        global _holds
        with _lock:
            if self._closed:
                return
            if not self.held:
                self.held = True
                _holds += 1
                if _holds == 1:
                    _space_young_collections()
            gc.freeze()

    def close(self) -> None:
        """Let go for good (later ``freeze`` calls do nothing); the last hold unfreezes."""
        global _holds
        with _lock:
            self._closed = True
            if not self.held:
                return
            self.held = False
            _holds -= 1
            if _holds == 0:
                _restore_young_collections()
                if _pausing == 0:
                    gc.unfreeze()


def _space_young_collections() -> None:
    global _thresholds
    _thresholds = young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_THRESHOLD_HELD), middle, old)


def _restore_young_collections() -> None:
    global _thresholds
    if _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None
