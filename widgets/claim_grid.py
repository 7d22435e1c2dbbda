"""The claim grid: one row per claim, one column per article, drawn line by line.

A Line API widget: only the visible lines are rendered, so thousands of claims
against hundreds of articles scroll as fast as a screenful. The first line is a
header that stays in place; the summary column stays on the left while the
article columns scroll sideways with the cursor.

Colour never carries the stance alone: each stance has its own glyph, and the
cursor cell is bracketed and reversed, so the grid reads under NO_COLOR.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.engine.claims.model import Stance
from widgets.claim_rows import ClaimRows
from widgets.highlight_styles import TAG_GLYPH
from widgets.strips import line_strip

STANCE_GLYPHS: dict[Stance, str] = {
    Stance.STATES: "\u25cf",  # ●
    Stance.CONTRADICTS: "\u2717",  # ✗
    Stance.OMITS: "\u00b7",  # ·
}
HEADER_LINES = 1
GUTTER = 2
"""The cursor marker, and the tag glyph of a claim a member of which is tagged."""
COUNT_WIDTH = 4
"""The number of articles holding the claim, right-aligned, and a space."""
MIN_SUMMARY = 20
MAX_LABEL = 7


@dataclass(frozen=True, slots=True)
class GridLayout:
    """Where things go on a line of ``width`` cells."""

    width: int
    summary: int
    cell: int
    columns: int
    """How many article columns fit at once."""

    @property
    def cells_x(self) -> int:
        """The first cell of the article columns (after gutter, count, summary, separator)."""
        return GUTTER + COUNT_WIDTH + self.summary + 2


def grid_layout(width: int, labels: tuple[str, ...]) -> GridLayout:
    """Every column if they leave the summary ``MIN_SUMMARY`` cells, else as many as fit
    beside a summary of two fifths of the width."""
    cell = max(3, min(MAX_LABEL, max((len(label) for label in labels), default=3))) + 2
    fixed = GUTTER + COUNT_WIDTH + 2 + 1  # gutter, count, space and separator, "more" marker
    every = len(labels) * cell
    if width - fixed - every >= MIN_SUMMARY:
        return GridLayout(width, width - fixed - every, cell, len(labels))
    summary = max(MIN_SUMMARY, (width - fixed) * 2 // 5)
    return GridLayout(width, summary, cell, max(1, (width - fixed - summary) // cell))


def fit(text: str, width: int) -> str:
    """``text`` padded or cut to ``width`` cells, a cut marked with an ellipsis."""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "\u2026"


class ClaimGrid(ScrollView, can_focus=True, inherit_bindings=False):
    """Claims (rows) against articles (columns); the cursor is on one cell."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claim-grid--header",
        "claim-grid--states",
        "claim-grid--contradicts",
        "claim-grid--omits",
        "claim-grid--cursor",
        "claim-grid--cursor-row",
        "claim-grid--count",
        "claim-grid--tagged",
    }
    DEFAULT_CSS = """
    ClaimGrid { overflow-x: hidden; overflow-y: scroll; scrollbar-size-vertical: 1; }
    ClaimGrid > .claim-grid--header { color: $text-primary; text-style: bold; }
    ClaimGrid > .claim-grid--states { color: $text-success; }
    ClaimGrid > .claim-grid--contradicts { color: $text-error; text-style: bold; }
    ClaimGrid > .claim-grid--omits { color: $text-muted; }
    ClaimGrid > .claim-grid--cursor { text-style: bold reverse; }
    ClaimGrid > .claim-grid--cursor-row { background: $accent 20%; }
    ClaimGrid > .claim-grid--count { color: $text-muted; }
    ClaimGrid > .claim-grid--tagged { color: $text-primary; text-style: bold; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1,0)", "Next claim", show=False, id="claims-down"),
        Binding("up,k", "move(-1,0)", "Previous claim", show=False, id="claims-up"),
        Binding("right,l", "move(0,1)", "Next article", show=False, id="claims-right"),
        Binding("left,h", "move(0,-1)", "Previous article", show=False, id="claims-left"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="claims-page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="claims-page-up"),
        Binding("home,g", "edge(0)", "First claim", show=False, id="claims-first"),
        Binding("end,G", "edge(1)", "Last claim", show=False, id="claims-last"),
    ]

    @dataclass
    class CellHighlighted(Message):
        """The cursor moved to (row, column); the screen describes that cell."""

        grid: ClaimGrid
        row: int
        column: int

    def __init__(self, labels: tuple[str, ...], *, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.labels = labels
        self.rows: ClaimRows | None = None
        self.cursor = (0, 0)
        self.first_column = 0
        self._strips: LRUCache[tuple[int, int, bool, int, int], Strip] = LRUCache(1024)
        self._base: Style | None = None
        self._styles: dict[str, Style] = {}

    # What the screen sets ------------------------------------------------------

    def repaint(self) -> None:
        """Draw every line again (the rows' tags changed)."""
        self._strips.clear()
        self.refresh()

    def show(self, rows: ClaimRows, cursor: tuple[int, int] = (0, 0)) -> None:
        """Show ``rows`` (after a sort or a filter too) with the cursor on ``cursor``."""
        self.rows = rows
        self.virtual_size = Size(self.size.width, len(rows.rows) + HEADER_LINES)
        self._strips.clear()
        self.cursor = (-1, -1)
        self.refresh()
        self.move_cursor(*cursor)

    @property
    def layout_now(self) -> GridLayout:
        return grid_layout(self.scrollable_content_region.width, self.labels)

    # Cursor and scrolling ------------------------------------------------------

    def move_cursor(self, row: int, column: int) -> None:
        """Put the cursor on (row, column), clamped, and bring that cell into view."""
        count = len(self.rows.rows) if self.rows else 0
        row = max(0, min(row, count - 1))
        column = max(0, min(column, len(self.labels) - 1))
        old = self.cursor
        self.cursor = (row, column)
        if self._show_column(column):
            self.refresh()  # every line shows other columns (strips are cached per first column)
        else:
            if old[1] != column:
                self.refresh_line(0)  # the header marks the cursor's column
            self._refresh_row(old[0])
            self._refresh_row(row)
        self._show_row(row)
        if count:
            self.post_message(self.CellHighlighted(self, row, column))

    def action_move(self, rows: int, columns: int) -> None:
        self.move_cursor(self.cursor[0] + rows, self.cursor[1] + columns)

    def action_page(self, direction: int) -> None:
        step = direction * max(1, self._data_height() - 1)
        self.scroll_to(y=self.scroll_y + step, animate=False)
        self.move_cursor(self.cursor[0] + step, self.cursor[1])

    def action_edge(self, end: int) -> None:
        last = len(self.rows.rows) - 1 if self.rows else 0
        self.move_cursor(last if end else 0, self.cursor[1])

    def _data_height(self) -> int:
        return max(1, self.scrollable_content_region.height - HEADER_LINES)

    def _show_row(self, row: int) -> None:
        height = self._data_height()
        if row < self.scroll_y:
            self.scroll_to(y=row, animate=False)
        elif row >= self.scroll_y + height:
            self.scroll_to(y=row - height + 1, animate=False)

    def _show_column(self, column: int) -> bool:
        """Scroll the article columns sideways so ``column`` shows; True if they moved."""
        visible = self.layout_now.columns
        first = self.first_column
        if column < first:
            first = column
        elif column >= first + visible:
            first = column - visible + 1
        first = max(0, min(first, max(0, len(self.labels) - visible)))
        moved = first != self.first_column
        self.first_column = first
        return moved

    def _refresh_row(self, row: int) -> None:
        y = row - int(self.scroll_y) + HEADER_LINES
        if HEADER_LINES <= y < self.scrollable_content_region.height:
            self.refresh_line(y)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, self.virtual_size.height)
        self._strips.clear()
        self._show_column(self.cursor[1])
        self._show_row(self.cursor[0])

    def on_focus(self) -> None:
        self._refresh_row(self.cursor[0])

    def on_blur(self) -> None:
        self._refresh_row(self.cursor[0])

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.rows is None or offset.y < HEADER_LINES:
            return
        layout = self.layout_now
        column = self.cursor[1]
        if offset.x >= layout.cells_x:
            column = self.first_column + (offset.x - layout.cells_x) // layout.cell
        self.move_cursor(int(self.scroll_y) + offset.y - HEADER_LINES, column)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._styles.clear()
        self._base = None

    # Rendering -----------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if self._base is None:
            self._base = self.rich_style
        if y < HEADER_LINES:
            return line_strip(self._header(self.layout_now), self.app.console, self._base, width)
        row = y - HEADER_LINES + int(self.scroll_y)
        if self.rows is None or row >= len(self.rows.rows):
            return Strip.blank(width, self._base)
        on_cursor = row == self.cursor[0]
        key = (row, self.cursor[1] if on_cursor else -1, on_cursor and self.has_focus,
               self.first_column, width)  # fmt: skip
        strip = self._strips.get(key)
        if strip is None:
            base = self._base
            if on_cursor:
                base = self.get_component_rich_style("claim-grid--cursor-row")
            strip = self._row_strip(row, self.layout_now, base, width)
            self._strips[key] = strip
        return strip

    def _header(self, layout: GridLayout) -> Text:
        style = self._style("header")
        text = Text(f"{'Arts':>{GUTTER + COUNT_WIDTH - 1}} ", style=style, end="")
        text.append("Claim".ljust(layout.summary + 1), style=style)
        text.append("\u25c0" if self.first_column else "\u2502", style=style)
        shown = range(self.first_column, min(len(self.labels), self.first_column + layout.columns))
        for column in shown:
            label = self.labels[column][: layout.cell - 2].center(layout.cell)
            cursor = column == self.cursor[1]
            text.append(label, style=self._style("cursor") if cursor else style)
        if shown.stop < len(self.labels):
            text.append("\u25b6", style=style)
        return text

    def _row_strip(self, row: int, layout: GridLayout, base: Style, width: int) -> Strip:
        """The claim's line as segments, a run of cells of one style in one segment."""
        assert self.rows is not None
        on_cursor = row == self.cursor[0]
        marker = ("\u258c" if self.has_focus else "\u258f") if on_cursor else " "
        tagged = self.rows.is_tagged(row)
        pieces: list[tuple[str, Style | None]] = [
            (marker, None),
            (TAG_GLYPH if tagged else " ", self._style("tagged") if tagged else None),
            (f"{self.rows.members(row):>{COUNT_WIDTH - 1}} ", self._style("count")),
            (fit(self.rows.summary(row), layout.summary) + " \u2502", None),
        ]
        stop = min(len(self.labels), self.first_column + layout.columns)
        for column in range(self.first_column, stop):
            stance = self.rows.stance(row, column)
            glyph = STANCE_GLYPHS[stance]
            if on_cursor and column == self.cursor[1]:
                pieces.append((f"[{glyph}]".center(layout.cell), self._style("cursor")))
            else:
                pieces.append((glyph.center(layout.cell), self._style(stance.value)))
        segments: list[Segment] = []
        for text, style in pieces:
            full = base + style if style is not None else base
            if segments and segments[-1].style == full:
                segments[-1] = Segment(segments[-1].text + text, full)
            else:
                segments.append(Segment(text, full))
        return Strip(segments).crop_extend(0, width, base)

    def _style(self, name: str) -> Style:
        """A component class's style, kept until the styles change (a line asks dozens)."""
        if name not in self._styles:
            self._styles[name] = self.get_component_rich_style(f"claim-grid--{name}", partial=True)
        return self._styles[name]
