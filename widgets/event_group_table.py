"""A table of event groups: size, findings and the title of the most central article."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import DataTable

from tui.engine.event_groups import EventGroup

TITLE_HEADING = "most central article"


class EventGroupTable(DataTable[Text]):
    """One row per group, in the order given; the row key is the group's index."""

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)

    def on_mount(self) -> None:
        self._add_columns(len(TITLE_HEADING))

    def _add_columns(self, title_width: int) -> None:
        """Columns anew, the title's as wide as the titles shown now: a width given, not
        left for the table to fit on its next idle moment, so the heading is drawn at the
        width of the rows in the same frame."""
        self.add_column(Text("articles", justify="right"), key="size", width=8)
        self.add_column(Text("pairs", justify="right"), key="pairs", width=5)
        self.add_column(Text("contra", justify="right"), key="contradictions", width=6)
        self.add_column(Text("names", justify="right"), key="names", width=5)
        self.add_column(Text(TITLE_HEADING), key="title", width=title_width)

    def show(self, groups: Sequence[EventGroup], titles: Sequence[str]) -> None:
        """Show ``groups``; ``titles`` are the articles' display titles, by position.

        The cursor stays on the row it was on."""
        row = self.cursor_row
        self.clear(columns=True)
        shown = [Text(titles[group.central]) for group in groups]
        self._add_columns(max([len(TITLE_HEADING), *(t.cell_len for t in shown)]))
        self.add_rows(
            (
                Text(str(len(group)), justify="right"),
                Text(str(group.pairs), justify="right"),
                Text(str(group.contradictions), justify="right"),
                Text(str(group.names), justify="right"),
                title,
            )
            for group, title in zip(groups, shown, strict=True)
        )
        if groups:
            self.move_cursor(row=min(row, len(groups) - 1), animate=False)
