"""Search both texts: an input bar, and the matches in row order for next/previous."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Input

from tui.engine.spans import Span
from tui.engine.view import Side
from widgets.pair_model import SIDES, PairModel


@dataclass(frozen=True, slots=True)
class Match:
    row: int
    side: Side
    span: Span


class SearchResults:
    """Every match of a query in both articles, ordered by row then side."""

    def __init__(self, model: PairModel, query: str) -> None:
        self.query = query
        self.by_sentence: dict[Side, dict[int, list[Span]]] = {}
        found: list[Match] = []
        for side in SIDES:
            spans = model.search(query, side)
            self.by_sentence[side] = model.spans_by_sentence(side, spans)
            for span in spans:
                row = model.row_of_span(side, span)
                if row is not None:
                    found.append(Match(row, side, span))
        found.sort(key=lambda m: (m.row, SIDES.index(m.side), m.span.start))
        self.matches = tuple(found)
        self.index: int | None = None

    @property
    def current(self) -> Match | None:
        return None if self.index is None else self.matches[self.index]

    def step(self, delta: int, from_row: int) -> Match | None:
        """The next (or previous) match, wrapping; the first one starts from ``from_row``."""
        if not self.matches:
            return None
        if self.index is None:
            after = [n for n, m in enumerate(self.matches) if m.row >= from_row]
            self.index = after[0] if after and delta > 0 else (0 if delta > 0 else -1)
            self.index %= len(self.matches)
        else:
            self.index = (self.index + delta) % len(self.matches)
        return self.matches[self.index]

    def describe(self) -> str:
        if not self.query:
            return ""
        if not self.matches:
            return f"/{self.query}: no match"
        position = "-" if self.index is None else str(self.index + 1)
        return f"/{self.query} {position}/{len(self.matches)}"


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
