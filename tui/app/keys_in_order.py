"""Keys in order: the app hands out one key (or paste) at a time, each once the last one is done.

Why: Textual routes a key to the widget that is focused when the key *arrives*
and runs priority bindings (``ctrl+s``) at once, while what the earlier keys set
off happens later, in other widgets' message queues: a focus move (``tab``), a
screen pushed by a binding (``t``), text typed into a queued ``TextArea``. A
burst of keys (a fast typist, a paste, ``tmux send-keys``) therefore reached
the wrong widget, or was overtaken by the save key, and was lost.

``KeysInOrder`` queues input as it arrives and dispatches the next event only
once the app has settled from the previous one: every message queue is drained
and every widget mounted. A settle that never comes (an endless stream of
messages) gives up after ``MAX_WAIT`` seconds of waiting, so input never freezes.
``InOrderApp`` is an ``App`` whose terminal input goes through one.
"""

from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Awaitable, Callable, Iterable
from typing import Generic

from textual import events
from textual._queue import Queue
from textual.app import App, ReturnType
from textual.message import Message
from textual.message_pump import MessagePump

MAX_WAIT = 2.0
"""Seconds of waiting for the app to settle before the next key goes anyway."""
_EAGER_POLLS = 50
"""Polls that only yield to the event loop before polling sleeps for ``_POLL`` seconds."""
_POLL = 0.001

Dispatch = Callable[[events.Event], Awaitable[None]]


def is_busy(pump: MessagePump) -> bool:
    """A message queued, held back or being handled, or (for a widget) not mounted yet.

    Textual exposes none of this, and its message queue counts no unfinished
    work (its ``task_done`` does nothing), so this reads three private parts:
    the queue's values; ``_pending_message``, the next message that the pump's
    loop has already taken off the queue to see whether it can be merged; and
    the queue's ready event, on which the loop waits when, and only when, it has
    nothing to do. Without the last two, a pump handling a key whose handler
    awaits, or holding the next key aside, looked idle, and the key after it was
    routed before the focus moved (a note typed after ``tab`` lost its first
    letter).
    """
    if not pump.is_running:
        return False
    queue: Queue[Message | None] = pump._message_queue
    waiting_for_work = bool(getattr(queue.ready_event, "_waiters", None))
    return (
        not queue.empty()
        or pump._pending_message is not None
        or not waiting_for_work
        or not getattr(pump, "is_mounted", True)
    )


class KeysInOrder:
    """A FIFO of input events dispatched one by one, each after the app settled from the last."""

    def __init__(self, dispatch: Dispatch, pumps: Callable[[], Iterable[MessagePump]]) -> None:
        """``dispatch`` routes one event (Textual's own routing); ``pumps`` lists every pump."""
        self._dispatch = dispatch
        self._pumps = pumps
        self._waiting: deque[events.Event] = deque()
        self._task: asyncio.Task[None] | None = None

    def put(self, event: events.Event) -> None:
        """Queue ``event``; it is dispatched after every event queued before it."""
        self._waiting.append(event)
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self._run())

    @property
    def pending(self) -> int:
        return len(self._waiting)

    async def _run(self) -> None:
        while self._waiting:
            await self._dispatch(self._waiting.popleft())
            await self.settled()

    async def settled(self) -> None:
        """Return once no pump is busy (or after ``MAX_WAIT`` seconds of polling)."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + MAX_WAIT
        polls = 0
        while any(is_busy(pump) for pump in self._pumps()) and loop.time() < give_up:
            await asyncio.sleep(0.0 if polls < _EAGER_POLLS else _POLL)
            polls += 1


class InOrderApp(App[ReturnType], Generic[ReturnType]):
    """An app whose keys and pastes from the terminal are dispatched in order, one at a time."""

    def __init__(self) -> None:
        super().__init__()
        self.keys_in_order = KeysInOrder(self._route_input, lambda: [self, *self._registry])

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.Paste)) and not event.is_forwarded:
            self.keys_in_order.put(event)
        else:
            await super().on_event(event)

    async def _route_input(self, event: events.Event) -> None:
        try:
            await super().on_event(event)
        except Exception as error:  # reported as if raised in the app's own message loop
            self._handle_exception(error)
