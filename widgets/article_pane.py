"""One side of the compare view: a Line API pane that renders only visible lines.

The pane draws the lines a shared ``PairLayout`` gives it; it never wraps or
aligns anything itself. It owns the row cursor keys and its ``cursor_row``,
which its view watches, and reports width changes as a message; the view keeps the
two panes in step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip

from tui.engine.spans import Span
from tui.engine.view import Side
from widgets.highlight_styles import (
    FLASH_CSS,
    HIGHLIGHT_STYLES,
    MOVED_CSS,
    MOVED_GLYPH,
    REVERSED_KINDS,
    SEARCH_CSS,
    SEARCH_CURRENT_CSS,
    STYLE_OF_KIND,
    TAG_GLYPH,
    TAGGED_CSS,
    TAGGED_OVER_REVERSED_CSS,
    component_classes,
    component_css,
)
from widgets.pair_model import LineRef, PairLayout, PairModel
from widgets.scrolled_lines import carry_scrolled_lines
from widgets.steady_scrollbar import SteadyScrollBar
from widgets.strips import line_strip

GUTTER = 3
"""Cursor marker, highlight glyph, tag cell (a space when the line holds no tag)."""
ALL_KINDS = frozenset(style.kind for style in HIGHLIGHT_STYLES)


@dataclass(frozen=True, slots=True)
class RenderPass:
    """What every line drawn asks of the pane, looked up once a pass (Textual works the
    width out from the styles and scrollbars each time it is asked)."""

    width: int
    top: int
    cursor_row: int
    focused: bool


class ArticlePane(ScrollView, can_focus=True, inherit_bindings=False):
    """Renders one article's side of the shared rows, line by line."""

    COMPONENT_CLASSES = component_classes("article-pane") | {
        "article-pane--cursor",
        "article-pane--cursor-blurred",
        "article-pane--boilerplate",
        "article-pane--gap",
        "article-pane--search",
        "article-pane--search-current",
        "article-pane--flash",
        "article-pane--tagged",
        "article-pane--tagged-over-reversed",
        "article-pane--moved",
    }
    DEFAULT_CSS = f"""
    ArticlePane {{ overflow-x: hidden; overflow-y: scroll; scrollbar-size-vertical: 1; }}
    {component_css("ArticlePane", "article-pane")}
    ArticlePane > .article-pane--cursor {{ background: $accent 25%; }}
    ArticlePane > .article-pane--cursor-blurred {{ background: $boost; }}
    ArticlePane > .article-pane--boilerplate {{ color: $text-muted; text-style: dim italic; }}
    ArticlePane > .article-pane--gap {{ color: $text-disabled; }}
    ArticlePane > .article-pane--search {{ {SEARCH_CSS} }}
    ArticlePane > .article-pane--search-current {{ {SEARCH_CURRENT_CSS} }}
    ArticlePane > .article-pane--flash {{ {FLASH_CSS} }}
    ArticlePane > .article-pane--tagged {{ {TAGGED_CSS} }}
    ArticlePane > .article-pane--moved {{ {MOVED_CSS} }}
    ArticlePane > .article-pane--tagged-over-reversed {{ {TAGGED_OVER_REVERSED_CSS} }}
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "cursor(1)", "Next row", show=False, id="compare-row-down"),
        Binding("up,k", "cursor(-1)", "Previous row", show=False, id="compare-row-up"),
        Binding("pagedown,space", "page(1)", "Page down", show=False, id="compare-page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="compare-page-up"),
        Binding("home,g", "edge(0)", "First row", show=False, id="compare-first-row"),
        Binding("end,G", "edge(1)", "Last row", show=False, id="compare-last-row"),
    ]

    cursor_row: reactive[int] = reactive(0, init=False, repaint=False)
    """The row under the cursor; a move repaints only the two rows (see watch)."""

    @dataclass
    class WidthChanged(Message):
        """The pane's text width changed; the screen picks one wrap width for both."""

        pane: ArticlePane
        width: int

    def __init__(self, side: Side) -> None:
        super().__init__(id=f"{side}-pane")
        self.side: Side = side
        self.model: PairModel | None = None
        self.pair_layout: PairLayout | None = None
        self.kinds: frozenset[str] = ALL_KINDS
        self.matches: dict[int, list[Span]] = {}
        """Sentence id -> spans of search matches."""
        self._current_match: Span | None = None
        self.tagged: dict[int, list[Span]] = {}
        """Sentence id -> spans of tagged claims."""
        self.flashed: tuple[Span, ...] = ()
        """Spans marked for a moment after a jump to a finding."""
        self._strips: LRUCache[tuple[int, bool, bool, int], Strip] = LRUCache(1024)
        self._base: Style | None = None
        self._part_styles: dict[str, Style] = {}
        """Component styles by part name, kept until the styles change (see ``_style``)."""
        self._pass: RenderPass | None = None
        """Set while ``render_lines`` draws (see ``RenderPass``)."""
        self._scroll_when_sized: tuple[int, bool] | None = None
        """(row, center) of a scroll asked for before the pane had a height."""

    @property
    def vertical_scrollbar(self) -> ScrollBar:
        """Textual's own, made as Textual makes it, but repainted only when its thumb moves
        (see steady_scrollbar; textual is pinned, so the private names it uses hold)."""
        if self._vertical_scrollbar is None:
            bar = SteadyScrollBar(
                vertical=True, name="vertical", thickness=self.scrollbar_size_vertical
            )
            bar.display = False
            self._vertical_scrollbar = bar
            self.app._start_widget(self, bar)
        return self._vertical_scrollbar

    @property
    def help_name(self) -> str:
        """What the help screen calls this pane: "left article" or "right article"."""
        return f"{self.side} article"

    @property
    def text_width(self) -> int:
        """Cells available for article text (the pane minus gutter and scrollbar)."""
        return max(self.scrollable_content_region.width - GUTTER, 4)

    # Attributes the screen sets ------------------------------------------------

    def show(self, model: PairModel, layout: PairLayout) -> None:
        self.model = model
        self.set_layout(layout)

    def set_layout(self, layout: PairLayout) -> None:
        self.pair_layout = layout
        self.virtual_size = Size(self.scrollable_content_region.width, layout.height)
        self._repaint()

    def set_kinds(self, kinds: Iterable[str]) -> None:
        self.kinds = frozenset(kinds)
        self._repaint()

    def set_search(self, matches: dict[int, list[Span]], current: Span | None) -> None:
        self.matches, self._current_match = matches, current
        self._repaint()

    def set_tagged(self, tagged: dict[int, list[Span]]) -> None:
        self.tagged = tagged
        self._repaint()

    def set_flash(self, spans: Iterable[Span]) -> None:
        """Flash ``spans`` (none: end the flash); only the lines under the old and new
        spans are drawn again, the rest come from the cache (``n`` steps a row at a time)."""
        before, self.flashed = self.flashed, tuple(spans)
        lines = self._lines_over(before + self.flashed)
        for key in [key for key in self._strips.keys() if key[0] in lines]:
            self._strips.discard(key)
        for line in sorted(lines):
            self.refresh_lines(line)

    def _lines_over(self, spans: Iterable[Span]) -> set[int]:
        """The display lines of the rows holding any part of ``spans`` on this side."""
        lines: set[int] = set()
        if self.model is None or self.pair_layout is None:
            return lines
        pair, layout = self.model.pair, self.pair_layout
        rows = pair.row_of_sentence[self.side]
        for span in spans:
            for sentence in pair.sentence_ids(self.side, span):
                if (row := rows.get(sentence)) is not None:
                    top, height = layout.row_span(row)
                    lines.update(range(top, top + height))
        return lines

    def _repaint(self) -> None:
        self._strips.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()
        self._base = None
        self._part_styles.clear()

    def _base_style(self) -> Style:
        """The pane's own style, kept until the styles change (it walks every ancestor)."""
        if self._base is None:
            self._base = self.rich_style
        return self._base

    def on_unmount(self) -> None:
        """Let go of the model and lines: a screen left may wait for a full collection."""
        self.model, self.pair_layout = None, None
        self._strips.clear()

    # Cursor and scrolling --------------------------------------------------------

    def move_cursor(self, row: int) -> None:
        if self.pair_layout is None or not self.pair_layout.row_top:
            return
        self.cursor_row = max(0, min(row, len(self.pair_layout.row_top) - 1))

    def action_cursor(self, delta: int) -> None:
        self.move_cursor(self.cursor_row + delta)

    def action_page(self, direction: int) -> None:
        """Scroll a page and move the cursor by as many lines."""
        if self.pair_layout is not None:
            top, _ = self.pair_layout.row_span(self.cursor_row)
            step = direction * max(1, self.scrollable_content_region.height - 2)
            self.scroll_to(y=self.scroll_y + step, animate=False)
            target = self.pair_layout.row_at(max(0, top + step))
            if target == self.cursor_row:
                target += direction  # a row taller than the page
            self.move_cursor(target)

    def action_edge(self, end: int) -> None:
        self.move_cursor(len(self.pair_layout.row_top) - 1 if self.pair_layout and end else 0)

    def watch_cursor_row(self, old: int, new: int) -> None:
        self.refresh_row(old)
        self.refresh_row(new)
        self.scroll_to_row(new)

    def refresh_row(self, row: int) -> None:
        """Draw the lines of ``row`` again (the rest of the view is kept)."""
        if self.pair_layout is not None and 0 <= row < len(self.pair_layout.row_top):
            top, height = self.pair_layout.row_span(row)
            self.refresh_lines(top, height)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        """Scroll, drawing only the lines that come into view (see scrolled_lines)."""
        stale = set(self._styles_cache._dirty_lines)
        super().watch_scroll_y(old_value, new_value)
        gutter, height = self.styles.gutter, self.region.height
        carry_scrolled_lines(
            self._styles_cache,
            stale,
            round(new_value) - round(old_value),
            range(gutter.top, height - gutter.bottom),
            height,
        )

    def scroll_to_row(self, row: int, center: bool = False) -> None:
        """Bring a row into view (at a third of the height when ``center``)."""
        if self.pair_layout is None or not 0 <= row < len(self.pair_layout.row_top):
            return
        top, height = self.pair_layout.row_span(row)
        view = self.scrollable_content_region.height
        if view == 0:  # not laid out yet (the screen was loading): scroll once it is
            self._scroll_when_sized = (row, center)
            return
        self._scroll_when_sized = None
        if center:
            self.scroll_to(y=max(0, top - view // 3), animate=False)
        elif top < self.scroll_y or height > view:
            self.scroll_to(y=top, animate=False)
        elif top + height > self.scroll_y + view:
            self.scroll_to(y=top + height - view, animate=False)

    def on_focus(self) -> None:
        self.refresh_row(self.cursor_row)

    def on_blur(self) -> None:
        self.refresh_row(self.cursor_row)

    def on_resize(self, event: events.Resize) -> None:
        self.post_message(self.WidthChanged(self, self.text_width))
        if self._scroll_when_sized is not None:
            self.scroll_to_row(*self._scroll_when_sized)

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and self.pair_layout is not None:
            self.move_cursor(self.pair_layout.row_at(offset.y + self.scroll_offset.y))

    # Rendering -------------------------------------------------------------------

    def render_lines(self, crop: Region) -> list[Strip]:
        self._pass = self._pass_now()
        try:
            return super().render_lines(crop)
        finally:
            self._pass = None

    def _pass_now(self) -> RenderPass:
        return RenderPass(
            self.scrollable_content_region.width,
            self.scroll_offset.y,
            self.cursor_row,
            self.has_focus,
        )

    def render_line(self, y: int) -> Strip:
        now = self._pass or self._pass_now()
        line_y = y + now.top
        if self.pair_layout is None or self.model is None or line_y >= self.pair_layout.height:
            return Strip.blank(now.width, self._base_style())
        row = self.pair_layout.row_of_line(line_y)
        on_cursor = row >= 0 and row == now.cursor_row
        ref = self.pair_layout.line(self.side, line_y)
        # Lines without text (spacers, a shorter side's padding, gaps) look alike: they
        # share one strip per look, keyed -1, or -2 for a gap's dotted gutter.
        line_key = line_y if ref is not None else -2 if self._is_gap(row) else -1
        key = (line_key, on_cursor, on_cursor and now.focused, now.width)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_strip(ref, row, on_cursor, now.width)
            self._strips[key] = strip
        return strip

    def _render_strip(self, ref: LineRef | None, row: int, on_cursor: bool, width: int) -> Strip:
        base = self._base_style()
        if on_cursor:
            name = "article-pane--cursor" if self.has_focus else "article-pane--cursor-blurred"
            base = self.get_component_rich_style(name)  # full style: blends translucent colours
        marker = (
            ("\u258c" if self.has_focus else "\u258f") if on_cursor else self._move_cue(row, ref)
        )
        if ref is None:
            gap = Text("\u2506", style=self._style("gap")) if self._is_gap(row) else Text(" ")
            body, glyph, tag_cell = Text(""), gap, Text(" ")
        else:
            body, glyph, tag_cell = self._styled_body(ref)
        line = Text.assemble(marker, glyph, tag_cell, body, end="")
        return line_strip(line, self.app.console, base, width)

    def _move_cue(self, row: int, ref: LineRef | None) -> Text:
        """The first line of a moved right sentence carries a move glyph in its first cell."""
        assert self.model is not None
        if self.side == "right" and ref is not None and ref.first and row in self.model.pair.moved:
            return Text(MOVED_GLYPH, style=self._style("moved"))
        return Text(" ")

    def _is_gap(self, row: int) -> bool:
        """Whether this side of ``row`` is a gap (nothing faces the other side's sentence):
        its lines get a dotted gutter."""
        assert self.model is not None
        return row >= 0 and not getattr(self.model.pair.rows[row], self.side)

    def _styled_body(self, ref: LineRef) -> tuple[Text, Text, Text]:
        """The line's text with its marks, its kind glyph, and its tag cell."""
        assert self.model is not None
        sentence = self.model.article(self.side).sentences[ref.sentence]
        body = Text(self.model.texts[self.side][ref.start : ref.end], end="")
        if sentence.boilerplate:
            body.stylize(self._style("boilerplate"))
        line_span = Span(ref.start, ref.end)
        strongest: str | None = None
        reversed_spans: list[Span] = []
        for mark in self.model.marks(self.side, ref.sentence):
            if mark.kind in self.kinds and self._paint(body, ref, mark.span, mark.kind):
                strongest = mark.kind  # marks come lowest precedence first
                if mark.kind in REVERSED_KINDS:
                    reversed_spans.append(mark.span)
        tag_cell = Text(" ")
        if self._paint_tags(body, ref, reversed_spans):
            tag_cell = Text(TAG_GLYPH, style=self._style("tagged"))
        for match in self.matches.get(ref.sentence, ()):
            current = match == self._current_match
            self._paint(body, ref, match, "search-current" if current else "search")
        for span in self.flashed:
            if span.overlaps(line_span):
                self._paint(body, ref, span, "flash")
        if strongest is None:
            return body, Text(" "), tag_cell
        glyph = Text(STYLE_OF_KIND[strongest].glyph, style=self._style(strongest))
        return body, glyph, tag_cell

    def _paint_tags(self, body: Text, ref: LineRef, reversed_spans: list[Span]) -> bool:
        """Mark the tagged claims on this line; True when the line holds one.

        The tint goes around ``reversed_spans`` (words shown reversed); on them the tag
        underlines, so both marks stay visible with or without colour.
        """
        painted = False
        for span in self.tagged.get(ref.sentence, ()):
            inside, outside = split_span(span, reversed_spans)
            for part in outside:
                painted = self._paint(body, ref, part, "tagged") or painted
            for part in inside:
                painted = self._paint(body, ref, part, "tagged-over-reversed") or painted
        return painted

    def _paint(self, body: Text, ref: LineRef, span: Span, name: str) -> bool:
        start, end = max(span.start, ref.start) - ref.start, min(span.end, ref.end) - ref.start
        if start >= end or body.plain[start:end].isspace():
            return False
        body.stylize(self._style(name), start, end)
        return True

    def _style(self, name: str) -> Style:
        """A part's style; looked up once per style change, as every mark of every line asks."""
        style = self._part_styles.get(name)
        if style is None:
            style = self.get_component_rich_style(f"article-pane--{name}", partial=True)
            self._part_styles[name] = style
        return style


def split_span(span: Span, cuts: list[Span]) -> tuple[list[Span], list[Span]]:
    """The parts of ``span`` inside any of ``cuts``, and the parts outside them all."""
    edges = sorted(
        {span.start, span.end}
        | {edge for cut in cuts for edge in (cut.start, cut.end) if span.start < edge < span.end}
    )
    inside: list[Span] = []
    outside: list[Span] = []
    for start, end in zip(edges, edges[1:], strict=False):
        part = Span(start, end)
        (inside if any(cut.overlaps(part) for cut in cuts) else outside).append(part)
    return inside, outside
