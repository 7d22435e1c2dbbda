"""The tag editor: a modal that labels a claim, takes a note and may link the aligned claim.

Focus starts on the label list, where ``1``-``9`` toggle the labels in order
(``space`` toggles the highlighted one); ``tab`` moves to the note, then to the
link switch. ``ctrl+s`` saves and dismisses with a ``TagEdit``; ``escape``
dismisses with ``None``, but only after a second ``escape`` once anything was changed,
so a reflexive ``escape`` (leaving the note as in vi) never throws a typed note away.
The screen only collects input: the caller owns the ``TagStore`` and decides what to save.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.segment import Segment
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.markup import escape
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import Checkbox, Footer, Label, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from tui.engine.visible import visible_lines, visible_text
from tui.tags.model import Related, Tag
from widgets.marked_checkbox import CHECKED_MARK, MarkedCheckbox

MAX_NUMBERED = 9


@dataclass(frozen=True)
class TagEdit:
    """What the reviewer chose; ``related`` is ``None`` when the link is off."""

    labels: tuple[str, ...]
    note: str
    related: Related | None


def _toggle_binding(number: int) -> Binding:
    return Binding(
        str(number),
        f"toggle_label({number - 1})",
        "Toggle label",
        show=number == 1,
        key_display="1-9",
        id=f"tag-editor-label-{number}",
        tooltip=f"Toggle label {number}",
        priority=True,
    )


_LIST_KEYS = (
    ("space", "select", "Toggle the highlighted label"),
    ("enter", "select", "Toggle the highlighted label"),
    ("up", "cursor_up", "Previous label"),
    ("down", "cursor_down", "Next label"),
    ("home", "first", "First label"),
    ("end", "last", "Last label"),
    ("pageup", "page_up", "Labels a page up"),
    ("pagedown", "page_down", "Labels a page down"),
)
"""The list's own keys (Textual binds them without priority), bound again with priority."""


def _list_binding(key: str, action: str, description: str) -> Binding:
    return Binding(
        key, action, description, show=False, priority=True, id=f"tag-editor-labels-{key}"
    )


class LabelList(SelectionList[str]):
    """The label vocabulary; digit keys toggle a label by its position.

    Every key that chooses or moves is a priority binding, looked up when the app reads the
    key while the list is focused. A plain binding is looked up later, when the key has
    gone through the list's queue, and by then a ``tab`` read right after it (a priority
    binding of the editor) may have moved the focus to the note, where the key means
    nothing: the label was lost when the app routed ``tab`` before the list was idle.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        *(_toggle_binding(n) for n in range(1, MAX_NUMBERED + 1)),
        *(_list_binding(*key) for key in _LIST_KEYS),
    ]

    def render_line(self, y: int) -> Strip:
        """A chosen label's box reads ✓ and an unchosen one stays empty, so the state shows
        without colour (Textual draws the same X in both and tells them apart by colour)."""
        strip = super().render_line(y)
        index = self.scroll_offset.y + y
        segments = list(strip)
        if index >= self.option_count or len(segments) < 2:
            return strip
        box = segments[1]
        if box.text != Checkbox.BUTTON_INNER:
            return strip
        chosen = self.get_option_at_index(index).value in self.selected
        segments[1] = Segment(CHECKED_MARK if chosen else " ", box.style)
        return Strip(segments, strip.cell_length)

    def action_toggle_label(self, index: int) -> None:
        if index < self.option_count:
            self.toggle(self.get_option_at_index(index).value)
            self.highlighted = index


class TagEditor(ModalScreen[TagEdit | None]):
    """Label, note and link for one claim; dismisses with a ``TagEdit`` or ``None``."""

    DEFAULT_CSS = """
    TagEditor {
        align: center middle;
    }
    TagEditor #tag-editor {
        width: 80%;
        max-width: 100;
        height: auto;
        max-height: 90%;
        padding: 0 1;
        border: thick $accent;
        background: $surface;
    }
    TagEditor #tag-claim {
        height: auto;
        max-height: 6;
        margin-bottom: 1;
        border-left: outer $accent;
        padding-left: 1;
    }
    TagEditor #tag-claim Static {
        text-style: italic;
    }
    TagEditor .tag-heading {
        text-style: bold;
        color: $text-muted;
    }
    TagEditor LabelList {
        height: auto;
        max-height: 11;
        padding: 0 1;
        margin-bottom: 1;
    }
    TagEditor #tag-note {
        height: 5;
        margin-bottom: 1;
    }
    TagEditor #tag-related {
        max-height: 2;
        text-overflow: ellipsis;
        text-style: italic;
        border-left: outer $secondary;
        padding-left: 1;
    }
    TagEditor #tag-link {
        margin-bottom: 1;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+s",
            "save",
            "Save",
            priority=True,
            id="tag-editor-save",
            tooltip="Save the tag and close",
        ),
        Binding(
            "f2",
            "save",
            "Save",
            show=False,
            priority=True,
            id="tag-editor-save-plain",
            tooltip="Save the tag and close (for terminals that take ctrl+s for flow control)",
        ),
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="tag-editor-cancel",
            tooltip="Close without saving",
        ),
        # Priority, so the focus moves when the app reads the key: a note typed right after
        # tab reaches the note even when the app routes it before the label list is idle.
        Binding(
            "tab",
            "app.focus_next",
            "Next field",
            show=False,
            priority=True,
            id="tag-editor-next-field",
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous field",
            show=False,
            priority=True,
            id="tag-editor-previous-field",
        ),
    ]

    def __init__(
        self,
        claim: str,
        *,
        article: str,
        labels: Sequence[str],
        related: Related | None = None,
        initial: Tag | None = None,
    ) -> None:
        """``related`` offers a link to the aligned claim (on unless ``initial`` has none)."""
        super().__init__()
        self.claim = claim
        self.article = article
        self.editing = initial is not None
        chosen = initial.labels if initial is not None else ()
        # keep labels a hand edit added outside the vocabulary, so saving never drops them
        self.vocabulary = tuple(labels) + tuple(x for x in chosen if x not in labels)
        self.chosen = set(chosen)
        self.note = initial.note if initial is not None else ""
        if initial is not None and initial.related is not None:
            self.related: Related | None = initial.related
            self.link = True
        else:
            self.related = related
            self.link = related is not None and initial is None
        self._opened_as: TagEdit | None = None
        self._discard_asked = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="tag-editor") as dialog:
            action = "Edit the tag of a claim" if self.editing else "Tag a claim"
            dialog.border_title = f"{action} in {escape(visible_text(self.article))}"
            dialog.border_subtitle = "1-9 labels · tab note · ctrl+s or F2 save · esc cancel"
            with VerticalScroll(id="tag-claim"):
                yield Static(Text(visible_text(self.claim)))
            yield Label("Labels", classes="tag-heading")
            yield LabelList(
                *(
                    Selection(self._prompt(i, label), label, label in self.chosen)
                    for i, label in enumerate(self.vocabulary)
                ),
                id="tag-labels",
            )
            yield Label("Note", classes="tag-heading")
            yield TextArea(
                visible_lines(self.note), id="tag-note", soft_wrap=True, tab_behavior="focus"
            )
            if self.related is not None:
                where = visible_text(self.related.article)
                yield Label(Text(f"Aligned claim in {where}"), classes="tag-heading")
                yield Static(Text(visible_text(self.related.exact)), id="tag-related")
                yield MarkedCheckbox("link this tag to it", self.link, id="tag-link", compact=True)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(LabelList).focus()
        self._opened_as = self.result()

    @on(TextArea.Changed)
    @on(SelectionList.SelectedChanged)
    @on(Checkbox.Changed)
    def _edited(self) -> None:
        """An edit after a first ``escape`` asks for two again before discarding."""
        self._discard_asked = False

    @staticmethod
    def _prompt(index: int, label: str) -> Text:
        number = f"{index + 1}" if index < MAX_NUMBERED else " "
        return Text(f"{number}  {visible_text(label)}")

    @on(Checkbox.Changed, "#tag-link")
    def _link_changed(self, event: Checkbox.Changed) -> None:
        self.link = event.value

    def result(self) -> TagEdit:
        """The edit as the form stands, labels in vocabulary order."""
        selected = set(self.query_one(LabelList).selected)
        return TagEdit(
            labels=tuple(label for label in self.vocabulary if label in selected),
            note=self._note(),
            related=self.related if self.link else None,
        )

    def _note(self) -> str:
        """The note typed; the note as saved when the display copy was left unchanged
        (the editor shows control characters in a note as placeholders)."""
        text = self.query_one("#tag-note", TextArea).text
        return self.note if text == visible_lines(self.note) else text

    def action_save(self) -> None:
        self.dismiss(self.result())

    def action_cancel(self) -> None:
        if self._discard_asked or self.result() == self._opened_as:
            self.dismiss(None)
            return
        self._discard_asked = True
        self.notify(
            "Unsaved changes: escape again to discard them, ctrl+s or F2 to save.",
            title="Discard this tag?",
            severity="warning",
        )
