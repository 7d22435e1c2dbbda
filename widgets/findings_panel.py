"""The findings of a comparison as a list: kind, type, score and message, filtered by kind.

A Line API list (one line per finding, cropped to the width) rather than an
OptionList, which measures every option when it is filled: 2.9 s for the 5,000
findings of a large pair, against nothing here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.engine.findings.model import Finding
from tui.engine.visible import visible_text
from widgets.highlight_styles import STYLE_OF_KIND
from widgets.strips import line_strip

FILTERS: tuple[str, ...] = ("all", "contradiction", "name", "shared")
"""The order ``f`` cycles through."""
CURSOR_GLYPHS = {True: "\u258c", False: "\u258f"}
"""The highlighted row's first cell, focused or not: a cue beyond colour and bold that
reads in 256 colours and under NO_COLOR (the article panes mark their cursor row alike)."""


def next_filter(kind_filter: str) -> str:
    """The filter after ``kind_filter`` in ``FILTERS``, wrapping round."""
    return FILTERS[(FILTERS.index(kind_filter) + 1) % len(FILTERS)]


def finding_text(finding: Finding) -> Text:
    """One line per finding; article quotes are shown literally, never as markup."""
    glyph = STYLE_OF_KIND[finding.kind].glyph if finding.kind in STYLE_OF_KIND else " "
    quote = finding.left.quote
    preview = "" if quote in finding.message else f": \u201c{_shorten(quote)}\u201d"
    line = Text(end="", no_wrap=True)
    line.append(f"{glyph} {finding.kind:<13} ", style="bold")
    line.append(f"{finding.type:<10} ", style="italic")
    line.append(f"{finding.score:.2f} ", style="dim")
    line.append(visible_text(" ".join((finding.message + preview).split())))
    return line


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class FindingsPanel(ScrollView, can_focus=True, inherit_bindings=False):
    """Lists findings; ``enter`` asks the screen to show the highlighted one."""

    COMPONENT_CLASSES = {
        "findings-panel--cursor",
        "findings-panel--contradiction",
        "findings-panel--name",
        "findings-panel--shared",
    }
    DEFAULT_CSS = """
    FindingsPanel {
        height: 9; border: round $panel; padding: 0 1; overflow-x: hidden; overflow-y: auto;
        border-title-color: $text-muted;
    }
    FindingsPanel:focus { border: round $accent; border-title-color: $text; }
    FindingsPanel > .findings-panel--cursor { background: $boost; text-style: bold; }
    FindingsPanel:focus > .findings-panel--cursor { background: $accent 30%; }
    FindingsPanel > .findings-panel--contradiction { color: $text-error; }
    FindingsPanel > .findings-panel--name { color: $text-warning; }
    FindingsPanel > .findings-panel--shared { color: $text-success; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down,j", "move(1)", "Next finding", show=False, id="findings-down"),
        Binding("up,k", "move(-1)", "Previous finding", show=False, id="findings-up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="findings-page-down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="findings-page-up"),
        Binding("home", "edge(0)", "First finding", show=False, id="findings-first"),
        Binding("end", "edge(1)", "Last finding", show=False, id="findings-last"),
        Binding("enter", "choose", "Show finding", id="findings-show",
                tooltip="Scroll both panes to the highlighted finding"),
    ]  # fmt: skip

    help_name = "findings list"
    """What the help screen calls this widget."""

    kind_filter: reactive[str] = reactive("all", init=False)
    """The kind shown (one of ``FILTERS``); the screen binds it to its own filter."""
    highlighted: reactive[int | None] = reactive(None, repaint=False)
    """Position in ``shown`` of the highlighted finding."""

    @dataclass
    class Chosen(Message):
        """The user picked a finding (``enter``); ``index`` is into ``Comparison.findings``."""

        panel: FindingsPanel
        index: int

    def __init__(self) -> None:
        super().__init__(id="findings")
        self.findings: tuple[Finding, ...] = ()
        self.shown: list[int] = []
        """Finding indices in list order, after filtering."""

    def show_findings(self, findings: Sequence[Finding]) -> None:
        self.findings = tuple(findings)
        self.highlighted = None
        self.watch_kind_filter()

    def watch_kind_filter(self) -> None:
        """Show only one kind (or ``all``), keeping the highlighted finding when it stays."""
        kept = self.current
        kind_filter = self.kind_filter
        self.shown = [n for n, f in enumerate(self.findings) if kind_filter in ("all", f.kind)]
        self.border_title = f"Findings: {kind_filter} ({len(self.shown)})"
        self.virtual_size = Size(self.scrollable_content_region.width, max(1, len(self.shown)))
        self.highlighted = self.shown.index(kept) if kept in self.shown else None
        self.refresh()

    @property
    def current(self) -> int | None:
        """The highlighted finding's index into the findings, if any."""
        if self.highlighted is None or not 0 <= self.highlighted < len(self.shown):
            return None
        return self.shown[self.highlighted]

    def step(self, delta: int) -> int | None:
        """Highlight the next (or previous) shown finding, wrapping; return its index."""
        if not self.shown:
            return None
        if self.highlighted is None:
            self.highlighted = 0 if delta > 0 else len(self.shown) - 1
        else:
            self.highlighted = (self.highlighted + delta) % len(self.shown)
        return self.shown[self.highlighted]

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for position in (old, new):
            if position is not None:
                self.refresh_line(position)
        view = max(1, self.scrollable_content_region.height)
        if new is not None and new < self.scroll_y:
            self.scroll_to(y=new, animate=False)
        elif new is not None and new >= self.scroll_y + view:
            self.scroll_to(y=new - view + 1, animate=False)

    def action_move(self, delta: int) -> None:
        if self.shown:
            start = -1 if self.highlighted is None and delta > 0 else (self.highlighted or 0)
            self.highlighted = max(0, min(len(self.shown) - 1, start + delta))

    def action_page(self, direction: int) -> None:
        self.action_move(direction * max(1, self.scrollable_content_region.height - 1))

    def action_edge(self, end: int) -> None:
        if self.shown:
            self.highlighted = len(self.shown) - 1 if end else 0

    def action_choose(self) -> None:
        if self.current is not None:
            self.post_message(self.Chosen(self, self.current))

    def on_focus(self) -> None:
        if self.highlighted is None and self.shown:
            self.highlighted = 0  # so that enter works at once

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is not None and 0 <= offset.y + self.scroll_offset.y < len(self.shown):
            self.highlighted = offset.y + self.scroll_offset.y
            self.action_choose()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        position = y + self.scroll_offset.y
        base = self.rich_style
        if not self.shown:
            message = "No findings." if self.kind_filter == "all" else "No findings of this kind."
            text = Text(f" {message}" if y == 0 else "", style="italic")
        elif position >= len(self.shown):
            return Strip.blank(width, base)
        else:
            finding = self.findings[self.shown[position]]
            text = finding_text(finding)
            kind_style = self.get_component_rich_style(
                f"findings-panel--{finding.kind}", partial=True, default=Style()
            )
            text.stylize(kind_style, 0, 2 + len(finding.kind))
            on_cursor = position == self.highlighted
            text = Text.assemble(CURSOR_GLYPHS[self.has_focus] if on_cursor else " ", text)
            if on_cursor:
                base = self.get_component_rich_style("findings-panel--cursor")
        return line_strip(text, self.app.console, base, width)
