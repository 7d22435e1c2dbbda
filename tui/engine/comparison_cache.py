"""The app's cache of comparisons, shared by every screen and worker thread.

* A pair is keyed by the two articles' content hashes in sorted order: asking for
  B against A after A against B returns the stored comparison with its sides
  swapped (``swap_sides``), not a second computation.
* Whole comparisons (alignments, findings, diffs: large for long articles) are
  kept for the ``capacity`` pairs used last. The overview's few numbers per pair
  are kept apart, for every pair ever compared, so scoring a corpus of hundreds
  of articles does not push out the pairs a reviewer has open.
* Each pair is computed once: a thread asking for a pair another thread is
  computing waits for that result instead of starting its own.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from concurrent.futures import Future

from tui.engine.compare import Comparison, compare
from tui.engine.corpus import Article
from tui.engine.overview import PairNumbers
from tui.engine.view import swap_sides

Key = tuple[str, str]


def pair_key(left: Article, right: Article) -> Key:
    """The same key for (left, right) and (right, left)."""
    a, b = left.sha256, right.sha256
    return (a, b) if a <= b else (b, a)


class ComparisonCache:
    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._items: OrderedDict[Key, Comparison] = OrderedDict()
        self._numbers: dict[Key, PairNumbers] = {}
        """Numbers as seen from the side whose hash sorts first."""
        self._running: dict[Key, Future[Comparison]] = {}
        self._lock = threading.Lock()

    def get(self, left: Article, right: Article) -> Comparison:
        """The comparison of ``left`` with ``right``, computed on first use."""
        key = pair_key(left, right)
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
        if found is None:
            found = self._computed(key, left, right)
            with self._lock:
                self._items[key] = found
                self._items.move_to_end(key)
                while len(self._items) > self._capacity:
                    self._items.popitem(last=False)
        return found if found.left.sha256 == left.sha256 else swap_sides(found)

    def holds(self, left: Article, right: Article) -> bool:
        """Whether ``get`` would answer at once: the pair is stored (either way round)."""
        with self._lock:
            return pair_key(left, right) in self._items

    def numbers(self, left: Article, right: Article) -> PairNumbers:
        """The overview's numbers for ``left`` against ``right``, kept for every pair."""
        key = pair_key(left, right)
        with self._lock:
            found = self._numbers.get(key)
        if found is None:
            with self._lock:
                whole = self._items.get(key)
            if whole is None:
                whole = self._computed(key, left, right)
            found = self._numbers[key] = _first_side_first(PairNumbers.of(whole), whole, key)
        return found if key[0] == left.sha256 else found.swapped()

    def _computed(self, key: Key, left: Article, right: Article) -> Comparison:
        """Compare the pair, or wait for the thread already comparing it."""
        with self._lock:
            running = self._running.get(key)
            owner = running is None
            if running is None:
                running = self._running[key] = Future()
        if not owner:
            return running.result()
        try:
            running.set_result(compare(left, right))
        except BaseException as error:
            running.set_exception(error)
            raise
        finally:
            with self._lock:
                del self._running[key]
        return running.result()


def _first_side_first(numbers: PairNumbers, comparison: Comparison, key: Key) -> PairNumbers:
    """``numbers`` of ``comparison`` as seen from the article whose hash is ``key[0]``."""
    return numbers if comparison.left.sha256 == key[0] else numbers.swapped()
