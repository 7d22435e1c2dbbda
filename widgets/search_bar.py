"""The search input bar: ``enter``/``down`` next match, ``up`` previous, ``escape`` clears.

The matches themselves are found by ``tui.engine.pair_search``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input


class SearchBar(Input):
    """``enter`` or ``down``: next match; ``up``: previous; ``escape``: clear and close."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "step(1)", "Next match", id="search-next"),
        Binding("up", "step(-1)", "Previous match", id="search-previous"),
        Binding(
            "escape",
            "close",
            "Clear search",
            id="search-close",
            tooltip="Clear the search and its marks, close the bar",
        ),
    ]

    @dataclass
    class Step(Message):
        bar: SearchBar
        delta: int

    @dataclass
    class Closed(Message):
        bar: SearchBar

    def __init__(self) -> None:
        super().__init__(placeholder="Search both articles", id="search", compact=True)

    def action_step(self, delta: int) -> None:
        self.post_message(self.Step(self, delta))

    def action_close(self) -> None:
        self.post_message(self.Closed(self))
