"""The findings of a comparison as a list: kind, type and message, filtered by kind."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from textual import on
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.engine.findings.model import Finding
from widgets.highlight_styles import STYLE_OF_KIND
from widgets.text_layout import visible_text

FILTERS: tuple[str, ...] = ("all", "contradiction", "name", "shared")
"""The order ``f`` cycles through."""
_KIND_STYLE = {"contradiction": "bold $text-error", "name": "bold $text-warning", "shared": ""}


def finding_prompt(finding: Finding) -> Content:
    """One line per finding; article quotes are shown literally, never as markup."""
    glyph = STYLE_OF_KIND[finding.kind].glyph if finding.kind in STYLE_OF_KIND else " "
    quote = finding.left.quote
    preview = "" if quote in finding.message else f": \u201c{_shorten(quote)}\u201d"
    return Content.assemble(
        (f"{glyph} {finding.kind:<13} ", _KIND_STYLE.get(finding.kind, "")),
        (f"{finding.type:<10} ", "italic $text-muted"),
        visible_text(finding.message + preview),
    )


def _shorten(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


class FindingsPanel(OptionList):
    """Lists findings; ``enter`` asks the screen to show the highlighted one."""

    DEFAULT_CSS = """
    FindingsPanel { height: auto; max-height: 30%; min-height: 4; border: round $panel; }
    FindingsPanel:focus { border: round $accent; }
    """
    BINDINGS: list[BindingType] = [
        Binding("j", "cursor_down", "Down", show=False, id="findings-down"),
        Binding("k", "cursor_up", "Up", show=False, id="findings-up"),
    ]

    @dataclass
    class Chosen(Message):
        """The user picked a finding (``enter``); ``index`` is into ``Comparison.findings``."""

        panel: FindingsPanel
        index: int

    def __init__(self) -> None:
        super().__init__(id="findings")
        self.findings: tuple[Finding, ...] = ()
        self.kind_filter = "all"
        self.shown: list[int] = []
        """Finding indices in list order, after filtering."""

    def show_findings(self, findings: Sequence[Finding], kind_filter: str = "all") -> None:
        self.findings = tuple(findings)
        self.set_filter(kind_filter)

    def set_filter(self, kind_filter: str) -> None:
        """Show only one kind (or ``all``), keeping the highlighted finding when it stays."""
        kept = self.current
        self.kind_filter = kind_filter
        self.shown = [n for n, f in enumerate(self.findings) if kind_filter in ("all", f.kind)]
        self.set_options(Option(finding_prompt(self.findings[n]), id=str(n)) for n in self.shown)
        self.border_title = f"Findings: {kind_filter} ({len(self.shown)})"
        if kept is not None and kept in self.shown:
            self.highlighted = self.shown.index(kept)
        elif not self.shown:
            self.add_option(Option(Content("No findings of this kind."), disabled=True))

    def next_filter(self) -> str:
        return FILTERS[(FILTERS.index(self.kind_filter) + 1) % len(FILTERS)]

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
            position = 0 if delta > 0 else len(self.shown) - 1
        else:
            position = (self.highlighted + delta) % len(self.shown)
        self.highlighted = position
        return self.shown[position]

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(self, int(event.option.id)))
