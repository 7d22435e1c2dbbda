"""The help screen: every key active on the screen below it, read from its bindings.

Nothing here is hand-written: the list comes from ``Screen.active_bindings``, so
it shows the keys a keymap chose and never drifts from the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static


@dataclass(frozen=True)
class HelpEntry:
    where: str
    keys: tuple[str, ...]
    description: str
    binding_id: str


def human_name(node: DOMNode) -> str:
    """What the help calls a screen or widget: its ``help_name`` if it has one, else its
    class name in lower-case words without "Screen" (``TagsScreen`` -> "tags")."""
    named = getattr(node, "help_name", None)
    if isinstance(named, str):
        return named
    words = _CAMEL_WORD.findall(type(node).__name__)
    if len(words) > 1 and words[-1] == "Screen":
        words.pop()
    return " ".join(words).lower()


_CAMEL_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")


def where_bound(node: DOMNode, screen: Screen[object]) -> str:
    if node is screen:
        return "This screen"
    if node is screen.app:
        return "Everywhere"
    return f"Focused: {human_name(node)}"


def help_entries(screen: Screen[object]) -> list[HelpEntry]:
    """The screen's active bindings, one entry per action, in chain order (focused first)."""
    grouped: dict[tuple[int, str], tuple[DOMNode, Binding, list[str]]] = {}
    for key, active in screen.active_bindings.items():
        binding = active.binding
        if binding.system:
            continue
        group = (id(active.node), binding.id or binding.action)
        display = screen.app.get_key_display(binding.with_key(key))
        if group in grouped:
            grouped[group][2].append(display)
        else:
            grouped[group] = (active.node, binding, [display])
    ordered = sorted(grouped.values(), key=lambda item: _section(item[0], screen))
    return [
        HelpEntry(
            where=where_bound(node, screen),
            keys=tuple(keys),
            description=binding.tooltip or binding.description or binding.action,
            binding_id=binding.id or "",
        )
        for node, binding, keys in ordered
    ]


def _section(node: DOMNode, screen: Screen[object]) -> int:
    """The screen's own keys first, then the focused widget's, then the app's."""
    if node is screen:
        return 0
    return 2 if node is screen.app else 1


def help_table(entries: list[HelpEntry]) -> Table:
    table = Table(box=None, expand=True, pad_edge=False, show_edge=False)
    table.add_column("Keys", no_wrap=True, style="bold")
    table.add_column("Does", ratio=1)
    table.add_column("Binding id", no_wrap=True, style="italic")
    where = None
    for entry in entries:
        if entry.where != where:
            where = entry.where
            table.add_row(Text(where, style="bold underline"), "", "", end_section=False)
        table.add_row(Text(" ".join(entry.keys)), Text(entry.description), Text(entry.binding_id))
    return table


class HelpScreen(ModalScreen[None]):
    """Lists every binding of the screen it was opened from, then the app's."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark",
            "dismiss",
            "Close help",
            id="help-close",
            tooltip="Close the help screen",
        ),
        Binding("j", "scroll(1)", "Scroll down", show=False, id="help-down"),
        Binding("k", "scroll(-1)", "Scroll up", show=False, id="help-up"),
    ]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self.entries = help_entries(screen)
        self._screen_name = human_name(screen).capitalize()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = f"Keys · {self._screen_name}"
            body.border_subtitle = "escape closes · remap in diptych.yaml with the binding id"
            yield Static(help_table(self.entries), id="help-table")

    def action_scroll(self, lines: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=lines, animate=False)
