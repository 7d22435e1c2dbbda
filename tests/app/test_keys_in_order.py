"""Keys in order: a key goes out only once the app has finished with the one before it."""

from __future__ import annotations

import asyncio

from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input

from tests.app.burst import burst
from tui.app.keys_in_order import InOrderApp, is_busy


class Slow(Message):
    """A message whose handler waits until the test lets it go."""


class Quick(Message):
    """A message queued behind a slow one."""


class Waiter(Widget):
    def __init__(self) -> None:
        super().__init__()
        self.release = asyncio.Event()
        self.handled: list[str] = []

    async def on_slow(self, _: Slow) -> None:
        await self.release.wait()
        self.handled.append("slow")

    def on_quick(self, _: Quick) -> None:
        self.handled.append("quick")


class WaiterApp(InOrderApp[None]):
    def compose(self) -> ComposeResult:
        yield Waiter()


async def test_a_pump_is_busy_while_a_handler_awaits_and_idle_once_done() -> None:
    app = WaiterApp()
    async with app.run_test() as pilot:
        waiter = app.query_one(Waiter)
        await pilot.pause()
        assert not is_busy(waiter)
        waiter.post_message(Slow())
        waiter.post_message(Quick())  # taken off the queue and held aside while Slow is handled
        try:
            await asyncio.sleep(0.05)  # not pilot.pause(): that waits for every pump to go idle
            assert waiter.handled == []
            assert is_busy(waiter)
        finally:
            waiter.release.set()
        await pilot.pause()
        assert waiter.handled == ["slow", "quick"]
        assert not is_busy(waiter)


class TwoFields(InOrderApp[None]):
    """``ctrl+n`` moves the focus after an await, in the app's own message loop: the key
    goes to the focused field first and reaches this binding as it bubbles up."""

    BINDINGS = [Binding("ctrl+n", "slow_focus_next", "Next field")]

    def compose(self) -> ComposeResult:
        yield Input(id="first")
        yield Input(id="second")

    async def action_slow_focus_next(self) -> None:
        await asyncio.sleep(0.05)
        self.screen.focus_next()


async def test_a_key_after_a_slow_focus_move_reaches_the_newly_focused_field() -> None:
    app = TwoFields()
    async with app.run_test() as pilot:
        await burst(pilot, "a", "ctrl+n", *"hello")
        await pilot.pause(0.2)
        assert app.query_one("#first", Input).value == "a"
        assert app.query_one("#second", Input).value == "hello"
