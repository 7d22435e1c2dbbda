"""A matrix of article pairs: similarity and finding counts, colour-scaled.

Colour is never the only cue: each cell also carries a bar glyph that grows with
the similarity and the numbers themselves. Colours come from component classes,
so the theme owns them; the cells are restyled when the theme changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.coordinate import Coordinate
from textual.widgets import DataTable

BARS = "▂▄▆█"
LEVELS = len(BARS)
CELL_WIDTH = 13


@dataclass(frozen=True)
class PairStats:
    """What the matrix shows for the pair (row, column)."""

    row: int
    column: int
    left_share: float
    right_share: float
    contradictions: int
    names: int

    @property
    def similarity(self) -> float:
        """The mean share of each article's sentences that found a partner."""
        return (self.left_share + self.right_share) / 2

    @property
    def level(self) -> int:
        return min(LEVELS - 1, int(self.similarity * LEVELS))


class PairMatrix(DataTable[Text]):
    """Row i, column j: article i (left) against article j (right)."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"pair-matrix--level-{level}" for level in range(LEVELS)),
        "pair-matrix--pending",
    }
    DEFAULT_CSS = """
    PairMatrix > .pair-matrix--level-0 { background: $accent 5%; }
    PairMatrix > .pair-matrix--level-1 { background: $accent 25%; }
    PairMatrix > .pair-matrix--level-2 { background: $accent 45%; }
    PairMatrix > .pair-matrix--level-3 { background: $accent 70%; text-style: bold; }
    PairMatrix > .pair-matrix--pending { color: $text-muted; }
    """

    def __init__(self, labels: Sequence[str], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(
            id=id, cursor_type="cell", zebra_stripes=False, cursor_background_priority="css"
        )
        self._labels = tuple(labels)
        self._stats: dict[tuple[int, int], PairStats] = {}
        self._skipped: set[tuple[int, int]] = set()

    def on_mount(self) -> None:
        for index, label in enumerate(self._labels):
            self.add_column(Text(label, justify="center"), width=CELL_WIDTH, key=str(index))
        for row, label in enumerate(self._labels):
            cells = [self._cell(row, column) for column in range(len(self._labels))]
            self.add_row(*cells, key=str(row), label=Text(label))
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())

    def set_many(self, scored: Iterable[PairStats]) -> None:
        """Show scored pairs, each in both of its cells."""
        for stats in scored:
            for row, column in ((stats.row, stats.column), (stats.column, stats.row)):
                self._stats[row, column] = stats
                self.update_cell(str(row), str(column), self._cell(row, column))

    def set_skipped(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Mark pairs not compared (unrelated), in both of their cells."""
        for row, column in pairs:
            for cell in ((row, column), (column, row)):
                self._skipped.add(cell)
                self.update_cell(str(cell[0]), str(cell[1]), self._cell(*cell))

    def is_skipped(self, coordinate: Coordinate) -> bool:
        return (coordinate.row, coordinate.column) in self._skipped

    def stats_at(self, coordinate: Coordinate) -> PairStats | None:
        return self._stats.get((coordinate.row, coordinate.column))

    def _restyle(self) -> None:
        for row, column in self._stats.keys() | self._skipped:
            self.update_cell(str(row), str(column), self._cell(row, column))

    def _cell(self, row: int, column: int) -> Text:
        if row == column:
            return Text("—", justify="center", style=self._style("pending"))
        stats = self._stats.get((row, column))
        if stats is None:
            glyph = "· skipped" if (row, column) in self._skipped else "…"
            return Text(glyph, justify="center", style=self._style("pending"))
        percent = round(stats.similarity * 100)
        return Text(
            f"{BARS[stats.level]} {percent:>3}% {stats.contradictions}c {stats.names}n",
            style=self._style(f"level-{stats.level}"),
            justify="center",
        )

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"pair-matrix--{name}")
