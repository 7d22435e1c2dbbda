"""The compare screen's status: the pair, aligned shares, finding counts, search and tags."""

from __future__ import annotations

from pathlib import PurePath

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from tui.engine.compare import Comparison
from tui.engine.visible import visible_text
from widgets.highlight_styles import STYLE_OF_KIND

_COUNTED = (("contradiction", "contradictions"), ("name", "names"), ("shared", "shared"))


def short_name(name: str, limit: int = 16) -> str:
    stem = visible_text(PurePath(name).stem)
    return stem if len(stem) <= limit else stem[: limit - 1] + "\u2026"


class StatusLine(Widget):
    """Shows what the screen gives it; ``tag_state`` is for the tag editor's save state."""

    DEFAULT_CSS = """
    StatusLine { height: 1; padding: 0 1; background: $panel; color: $foreground; }
    """
    search_state: reactive[str] = reactive("")
    move_state: reactive[str] = reactive("")
    """Where the cursor row's moved sentence stands in its article; empty hides it."""
    tag_state: reactive[str] = reactive("")
    """e.g. "tags saved" or "2 tags unsaved"; empty hides the slot."""
    kind_filter: reactive[str] = reactive("all")
    """The findings filter; the screen binds it to its own."""

    def __init__(self) -> None:
        super().__init__(id="status")
        self._comparison: Comparison | None = None

    def show(self, comparison: Comparison | None) -> None:
        self._comparison = comparison
        self.refresh()

    def render(self) -> Text:
        full = self._line(compact=False)
        return full if full.cell_len <= self.content_size.width else self._line(compact=True)

    def _line(self, compact: bool) -> Text:
        comparison = self._comparison
        if comparison is None:
            return Text("Comparing\u2026")
        limit = 12 if compact else 24
        left, right = (short_name(a.name, limit) for a in (comparison.left, comparison.right))
        counts = (
            f"{STYLE_OF_KIND[kind].glyph}{comparison.count(kind)}{'' if compact else ' ' + label}"
            for kind, label in _COUNTED
        )
        parts = [
            Text(f"{left} \u21c4 {right}", style="bold"),
            Text(
                f"aligned {comparison.left_aligned_share:.0%}\u00b7"
                f"{comparison.right_aligned_share:.0%}"
            ),
            Text(" ".join(counts)),
        ]
        if self.kind_filter != "all":
            parts.append(Text(f"filter: {self.kind_filter}", style="italic"))
        if self.move_state:
            parts.append(Text(self.move_state))
        if self.search_state:
            parts.append(Text(self.search_state))
        if self.tag_state:
            parts.append(Text(self.tag_state, style="italic"))
        return Text(" \u2502 ").join(parts)
