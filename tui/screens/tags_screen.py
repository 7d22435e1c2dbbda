"""The tags screen: every tag of the corpus in one table, filtered, to jump to one.

The screen is given the tags (``CorpusTags.all_tags()``), the messages of
unreadable sidecars and where to read the tags again when ``TagsChanged`` says
they changed (a delete, an undo, a write finished). It filters by label, by
article and to orphaned tags only, and dismisses with the ``AnchoredTag``
chosen with ``enter`` (``None`` on ``escape``). The caller opens the pair and
puts the cursor on the claim.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Checkbox, DataTable, Select, Static

from tui.engine.visible import visible_text
from tui.screens.messages import TagsChanged
from tui.tags.model import AnchoredTag
from widgets.fitting_footer import FittingFooter
from widgets.marked_checkbox import MarkedCheckbox

ALL = "__all__"
NOTE_WIDTH = 24
MIN_CLAIM_WIDTH = 30
"""The claim keeps the note on screen beside it only while it can have this many cells."""
SHORTEST_CLAIM = 12
STATE_STYLES = {
    "anchored": "",
    "moved": "italic",
    "changed": "bold italic",
    "orphaned": "bold reverse",
    "conflict": "bold underline",
}


def matches(placed: AnchoredTag, label: str, article: str, orphaned_only: bool) -> bool:
    """Whether a tag passes the filters (``ALL`` lets every label or article through)."""
    return (
        (label == ALL or label in placed.tag.labels)
        and (article == ALL or placed.article == article)
        and (not orphaned_only or placed.orphaned)
    )


def _one_line(text: str, width: int | None = None) -> Text:
    """Tag or article text as one literal line (placeholders for controls, no markup),
    cut to ``width`` characters."""
    flat = " ".join(visible_text(text).split())
    return Text(flat if width is None or len(flat) <= width else flat[: width - 1] + "…")


class TagsScreen(Screen[AnchoredTag | None]):
    """Every tag of the corpus; ``enter`` dismisses with the tag to jump to."""

    DEFAULT_CSS = """
    TagsScreen #tags-filters {
        height: auto;
        padding: 0 1;
    }
    TagsScreen #tags-filters Select {
        width: 1fr;
        max-width: 32;
        margin-right: 1;
    }
    TagsScreen #tags-filters Checkbox {
        width: auto;
    }
    TagsScreen #tags-errors {
        padding: 0 1;
        color: $text-error;
        display: none;
    }
    TagsScreen #tags-errors.-shown {
        display: block;
    }
    TagsScreen #tags-summary {
        padding: 0 1;
        color: $text-muted;
    }
    TagsScreen DataTable {
        height: 1fr;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "Jump to", id="tags-jump", tooltip="Open the tagged claim"),
        Binding(
            "o", "toggle_orphaned", "Orphaned", id="tags-orphaned", tooltip="Only orphaned tags"
        ),
        Binding("l", "focus_filter('label')", "Label", id="tags-label", tooltip="Filter by label"),
        Binding(
            "a",
            "focus_filter('article')",
            "Article",
            id="tags-article",
            tooltip="Filter by article",
        ),
        Binding(
            "d",
            "delete",
            "Delete",
            id="tags-delete",
            tooltip="Delete the highlighted tag (u undoes)",
        ),
        Binding("escape,q", "close", "Back", id="tags-close", tooltip="Back without jumping"),
    ]

    @dataclass
    class DeleteTag(Message):
        """``d``: delete ``placed``; the app does, then posts ``TagsChanged``."""

        placed: AnchoredTag

    def __init__(
        self,
        tags: Sequence[AnchoredTag],
        *,
        labels: Sequence[str] = (),
        errors: Sequence[str] = (),
        current: Callable[[], Sequence[AnchoredTag]] | None = None,
    ) -> None:
        """``labels`` orders the label filter; labels only found on tags follow.
        ``current`` reads the corpus's tags anew (``None``: they never change)."""
        super().__init__()
        self.all_tags = tuple(tags)
        self._current = current
        used = {label for placed in self.all_tags for label in placed.tag.labels}
        self.labels = tuple(labels) + tuple(sorted(used - set(labels)))
        self.articles = tuple(sorted({placed.article for placed in self.all_tags}))
        self.errors = tuple(errors)
        self.shown: tuple[AnchoredTag, ...] = ()

    def compose(self) -> ComposeResult:
        with Horizontal(id="tags-filters"):
            yield Select(
                [(Text(visible_text(label)), label) for label in self.labels],
                prompt="every label",
                id="tags-label-filter",
            )
            yield Select(
                [(Text(visible_text(name)), name) for name in self.articles],
                prompt="every article",
                id="tags-article-filter",
            )
            yield MarkedCheckbox("orphaned only", id="tags-orphaned-filter")
        yield Static(Text("\n".join(map(visible_text, self.errors))), id="tags-errors")
        yield Static(id="tags-summary")
        yield DataTable(id="tags-table", cursor_type="row", zebra_stripes=True)
        yield FittingFooter()

    @on(TagsChanged)
    def _tags_changed(self) -> None:
        """Show the corpus's tags anew (after a delete or an undo), filters kept."""
        if self._current is not None:
            self.all_tags = tuple(self._current())
            self.refill()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("state", "labels", "article", "claim", "note")
        if self.errors:
            self.query_one("#tags-errors").add_class("-shown")
        self.refill()
        table.focus()

    # -- filters -------------------------------------------------------------

    def _value(self, selector: str) -> str:
        value = self.query_one(selector, Select).value
        return value if isinstance(value, str) else ALL

    @property
    def orphaned_only(self) -> bool:
        return self.query_one("#tags-orphaned-filter", Checkbox).value

    def refill(self) -> None:
        label = self._value("#tags-label-filter")
        article = self._value("#tags-article-filter")
        self.shown = tuple(
            placed
            for placed in self.all_tags
            if matches(placed, label, article, self.orphaned_only)
        )
        table = self.query_one(DataTable)
        table.clear()
        rows = [
            (
                Text(placed.state, style=STATE_STYLES.get(placed.state, "")),
                _one_line(", ".join(placed.tag.labels)),
                _one_line(placed.article),
            )
            for placed in self.shown
        ]
        notes = [_one_line(placed.tag.note, NOTE_WIDTH) for placed in self.shown]
        used = sum(max((len(str(row[i])) for row in rows), default=0) + 2 for i in range(3))
        room = self.app.size.width - used - 4  # what the claim (and the note) can take
        beside_note = room - max((len(note) for note in notes), default=0) - 2
        claim_width = beside_note if beside_note >= MIN_CLAIM_WIDTH else max(room, SHORTEST_CLAIM)
        for index, (placed, row, note) in enumerate(zip(self.shown, rows, notes, strict=True)):
            claim = placed.tag.target.exact if placed.orphaned else placed.current
            table.add_row(*row, _one_line(claim, claim_width), note, key=str(index))
        orphaned = sum(placed.orphaned for placed in self.all_tags)
        summary = f"{len(self.shown)} of {len(self.all_tags)} tags"
        if orphaned:
            summary += f" · {orphaned} orphaned"
        if self.shown:
            summary += " · enter opens the claim"
        self.query_one("#tags-summary", Static).update(summary)

    @on(Select.Changed)
    @on(Checkbox.Changed)
    def _filters_changed(self) -> None:
        self.refill()

    def action_toggle_orphaned(self) -> None:
        checkbox = self.query_one("#tags-orphaned-filter", Checkbox)
        checkbox.value = not checkbox.value

    def action_focus_filter(self, which: str) -> None:
        self.query_one(f"#tags-{which}-filter", Select).focus()

    # -- choosing --------------------------------------------------------------

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._jump(int(event.row_key.value or 0))

    def action_jump(self) -> None:
        table = self.query_one(DataTable)
        if self.shown and table.has_focus:
            self._jump(table.cursor_row)
        else:
            table.focus()

    def _jump(self, index: int) -> None:
        if 0 <= index < len(self.shown):
            self.dismiss(self.shown[index])

    def action_delete(self) -> None:
        table = self.query_one(DataTable)
        if self.shown and table.has_focus:
            self.post_message(self.DeleteTag(self.shown[table.cursor_row]))

    def action_close(self) -> None:
        self.dismiss(None)
