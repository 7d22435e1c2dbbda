"""A table of ranked article pairs: aligned share, finding counts and both titles."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable

from tui.engine.overview import PairSummary

TITLE_WIDTH = 48
RIGHT_HEADING = "right article"


class RankedPairs(DataTable[Text]):
    """One row per pair, in the order given (the ranking is the engine's)."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self._pairs: tuple[PairSummary, ...] = ()

    def on_mount(self) -> None:
        self._add_columns(len(RIGHT_HEADING))

    def _add_columns(self, right_width: int) -> None:
        """Columns anew, the right title's as wide as the titles shown now: a width
        given, not left for the table to fit on its next idle moment, so the heading is
        drawn at the width of the rows in the same frame."""
        self.add_column(Text("aligned", justify="right"), key="aligned", width=7)
        self.add_column(Text("contra", justify="right"), key="contradictions", width=6)
        self.add_column(Text("names", justify="right"), key="names", width=5)
        self.add_column(Text("shared", justify="right"), key="shared", width=6)
        self.add_column(Text("left article"), key="left", width=TITLE_WIDTH)
        self.add_column(Text(RIGHT_HEADING), key="right", width=right_width)

    def show(self, pairs: Sequence[PairSummary], titles: Sequence[str]) -> None:
        """Show ``pairs``; ``titles`` are the articles' display titles, by position.

        The cursor goes back to the top: the order has changed."""
        self._pairs = tuple(pairs)
        self.clear(columns=True)
        rights = [Text(titles[pair.right], no_wrap=True, overflow="ellipsis") for pair in pairs]
        self._add_columns(max([len(RIGHT_HEADING), *(t.cell_len for t in rights)]))
        self.add_rows(
            (
                Text(f"{pair.numbers.aligned_share:.0%}", justify="right"),
                Text(str(pair.numbers.contradictions), justify="right"),
                Text(str(pair.numbers.names), justify="right"),
                Text(str(pair.numbers.shared), justify="right"),
                Text(titles[pair.left], no_wrap=True, overflow="ellipsis"),
                right,
            )
            for pair, right in zip(self._pairs, rights, strict=True)
        )

    def pair_at_cursor(self) -> PairSummary | None:
        return self._pairs[self.cursor_row] if 0 <= self.cursor_row < len(self._pairs) else None
