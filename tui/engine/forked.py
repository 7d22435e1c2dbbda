"""Run one computation in a forked copy of the process, on the other core.

A forked child starts with everything the parent has already built (articles,
loaded tables) without pickling any of it; only its result comes back, pickled
through a pipe, and the parent can hand it one value later (``send``), such as an
alignment the parent computed meanwhile. That makes a fork cheap enough to split
one long comparison across two cores, where a process pool would have to ship
the articles over first.

Forking a process that runs other threads can deadlock the child (a lock held by
a thread that does not exist there), so callers use this only from a
single-threaded program (the command line), never from the app.
"""

from __future__ import annotations

import os
import pickle
import threading
from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")

_NOTHING = object()


def can_fork() -> bool:
    """Whether this platform forks (not Windows)."""
    return hasattr(os, "fork")


class Inbox:
    """Where the computation receives the one value its parent sends."""

    def __init__(self, read_end: int | None, value: object = _NOTHING) -> None:
        self._read_end = read_end
        self._value = value

    def receive(self) -> object:
        """The value of ``Forked.send``, waiting for it."""
        if self._value is _NOTHING and self._read_end is not None:
            with os.fdopen(self._read_end, "rb") as pipe:
                self._value = pickle.loads(pipe.read())
        return self._value


class Forked(Generic[T]):
    """``compute(inbox)`` started in a child process; ``result()`` waits for its value.

    When the child dies without a result (killed, out of memory), ``result()``
    computes the value here instead, so a failed fork costs time, never output.
    An exception raised by ``compute`` in the child is raised again by ``result()``.
    """

    def __init__(self, compute: Callable[[Inbox], T]) -> None:
        self._compute = compute
        result_read, result_write = os.pipe()
        inbox_read, inbox_write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: compute, send, and leave without cleanup
            try:
                os.close(result_read)
                os.close(inbox_write)
                _answer(result_write, lambda: compute(Inbox(inbox_read)))
            finally:
                os._exit(0)
        os.close(result_write)
        os.close(inbox_read)
        self._result_read = result_read
        self._inbox_write = inbox_write
        self._sent: object = _NOTHING
        self._sending: threading.Thread | None = None

    def send(self, value: object) -> None:
        """Hand ``value`` to the child's ``Inbox.receive`` (once), without waiting for it
        to read: a thread writes, since a pipe holds only 64 KiB unread."""
        self._sent = value
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        self._sending = threading.Thread(target=_write, args=(self._inbox_write, payload))
        self._sending.start()

    def result(self) -> T:
        with os.fdopen(self._result_read, "rb") as pipe:
            payload = pipe.read()
        os.waitpid(self._pid, 0)
        if self._sending is None:
            os.close(self._inbox_write)
        else:
            self._sending.join()
        if not payload:
            return self._compute(Inbox(None, self._sent))
        succeeded, value = pickle.loads(payload)
        if not succeeded:
            raise value
        result: T = value
        return result


class Tickets:
    """Numbered pieces of work that two processes take turns to claim, each piece once.

    Made before the fork. The parent ``issue``s the tickets into a pipe; each process
    iterates over the tickets it manages to take until none is left. A pipe hands
    each byte to one reader only, so no piece is taken twice, and whichever process
    is free takes the next one: the work splits by the two processes' speed, not by
    a share fixed in advance. The child must ``close_issuing`` first thing, or it
    would wait for tickets forever.
    """

    MAX = 255
    """Tickets are single bytes (a one-byte read is atomic)."""

    def __init__(self) -> None:
        read_end, self._write_end = os.pipe()
        self._read_end: int | None = read_end
        self._issuing = True

    def close_issuing(self) -> None:
        """Give up this process's copy of the issuing end (the child does so)."""
        if self._issuing:
            self._issuing = False
            os.close(self._write_end)

    def issue(self, count: int) -> None:
        """Put tickets ``0 .. count - 1`` up for taking, all at once."""
        if not 0 < count <= self.MAX:
            raise ValueError(f"between 1 and {self.MAX} tickets, not {count}")
        os.write(self._write_end, bytes(range(count)))
        self.close_issuing()

    def __iter__(self) -> Iterator[int]:
        """The tickets this process takes, until every ticket is taken."""
        while self._read_end is not None:
            ticket = os.read(self._read_end, 1)
            if not ticket:
                os.close(self._read_end)
                self._read_end = None
                return
            yield ticket[0]


def _write(write_end: int, payload: bytes) -> None:
    try:
        with os.fdopen(write_end, "wb") as pipe:
            pipe.write(payload)
    except BrokenPipeError:  # the child died before reading; result() recomputes
        pass


def _answer(write_end: int, compute: Callable[[], object]) -> None:
    try:
        payload = pickle.dumps((True, compute()), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # noqa: BLE001 - handed to the parent to raise
        try:
            payload = pickle.dumps((False, error))
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            payload = pickle.dumps((False, RuntimeError(repr(error))))
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(payload)
