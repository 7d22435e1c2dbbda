"""A process-wide cache of comparisons keyed by the two articles' content hashes.

Screens and the overview share it, so a pair compared once (in either worker)
opens instantly the next time. Safe to use from worker threads.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

from tui.engine.compare import Comparison, compare
from tui.engine.corpus import Article


class ComparisonCache:
    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._items: OrderedDict[tuple[str, str], Comparison] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, left: Article, right: Article) -> Comparison:
        """The comparison of ``left`` with ``right``, computed on first use."""
        key = (left.sha256, right.sha256)
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        comparison = compare(left, right)
        with self._lock:
            self._items[key] = comparison
            while len(self._items) > self._capacity:
                self._items.popitem(last=False)
        return comparison

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
