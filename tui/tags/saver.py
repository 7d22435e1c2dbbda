"""``Saver``: writes tag stores' changes on one background thread, in order, coalesced.

Writing a sidecar (merge with the file on disk, YAML dump, atomic replace) takes
seconds at a thousand tags, so the app hands it to a ``Saver`` and stays
responsive. Stores are written in the order their changes were asked for; a
store asked for again before its write started is written once, with all its
changes (the latest state wins, nothing is dropped); one asked for during its
write is written again afterwards. After each write ``on_saved`` is called, on
the saver's thread, with a ``SaveReport``. ``wait()`` blocks until everything
asked for is written (or failed): call it before the process exits.

The thread is not a daemon: a process that ends while a write is running
finishes that write first.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.tags.model import Conflict

if TYPE_CHECKING:
    from tui.tags.store import TagStore


@dataclass(frozen=True)
class SaveReport:
    """The outcome of one write of ``store``."""

    store: TagStore
    conflicts: tuple[Conflict, ...]
    error: str | None
    """Why the store's changes are not (all) on disk, or ``None`` when they are."""

    @property
    def article(self) -> str:
        return self.store.name


class Saver:
    def __init__(self, on_saved: Callable[[SaveReport], None] | None = None) -> None:
        self.on_saved = on_saved
        self._queue: deque[TagStore] = deque()
        self._writing: TagStore | None = None
        self._changed = threading.Condition()
        self._thread: threading.Thread | None = None

    def request(self, store: TagStore) -> None:
        """Write ``store``'s pending changes soon (after the stores asked for before it)."""
        with self._changed:
            if store not in self._queue:
                self._queue.append(store)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="diptych-tag-saver")
                self._thread.start()

    def busy(self, store: TagStore | None = None) -> bool:
        """Whether ``store`` (or any store) has a write waiting or running."""
        with self._changed:
            return self._busy(store)

    def wait(self, store: TagStore | None = None, timeout: float | None = None) -> bool:
        """Block until ``store`` (or every store) is written; False if ``timeout`` ran out."""
        with self._changed:
            return self._changed.wait_for(lambda: not self._busy(store), timeout)

    def _busy(self, store: TagStore | None) -> bool:
        if store is None:
            return bool(self._queue) or self._writing is not None
        return store in self._queue or self._writing is store

    def _run(self) -> None:
        while True:
            with self._changed:
                if not self._queue:
                    self._thread = None
                    self._changed.notify_all()
                    return
                store = self._writing = self._queue.popleft()
            report = None if store.saved else self._write(store)  # saved: asked again, then done
            with self._changed:
                self._writing = None
                self._changed.notify_all()
            if report is not None and self.on_saved is not None:
                self.on_saved(report)

    @staticmethod
    def _write(store: TagStore) -> SaveReport:
        try:
            conflicts = store.flush()
        except Exception as error:  # a bug must not stop later saves; the edits stay pending
            return SaveReport(store, (), f"{store.path}: not saved: {error!r}")
        problem = store.write_error
        if problem is None and store.error is not None:
            problem = f"{store.error} (not saved until it is fixed)"
        return SaveReport(store, conflicts, problem)
