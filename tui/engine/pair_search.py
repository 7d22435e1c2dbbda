"""Search both articles of a pair: every match, in row order, for next and previous."""

from __future__ import annotations

from dataclasses import dataclass

from tui.engine.pair_rows import SIDES, PairRows
from tui.engine.spans import Span
from tui.engine.view import Side


@dataclass(frozen=True, slots=True)
class Match:
    row: int
    side: Side
    span: Span


class SearchResults:
    """Every match of a query in both articles, ordered by row then side."""

    def __init__(self, pair: PairRows, query: str) -> None:
        self.query = query
        self.by_sentence: dict[Side, dict[int, list[Span]]] = {}
        found: list[Match] = []
        for side in SIDES:
            spans = pair.search(query, side)
            self.by_sentence[side] = pair.spans_by_sentence(side, spans)
            for span in spans:
                row = pair.row_of_span(side, span)
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
