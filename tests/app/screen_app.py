"""A tiny app that pushes one screen, for tests of a screen on its own."""

from __future__ import annotations

from typing import Generic, TypeVar

from textual.screen import Screen

from tui.app.keys_in_order import InOrderApp

ResultT = TypeVar("ResultT")


class ScreenApp(InOrderApp[None], Generic[ResultT]):
    """Pushes one screen and records what it dismissed with."""

    def __init__(self, pushed: Screen[ResultT]) -> None:
        super().__init__()
        self.pushed = pushed
        self.results: list[ResultT | None] = []

    def on_mount(self) -> None:
        self.push_screen(self.pushed, self.results.append)
