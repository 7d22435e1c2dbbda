"""Both sides of a comparison, kept in step: one cursor row, one scroll position, one wrap width.

``PairView`` owns the two ``ArticlePane``s. It is handed a ``PairModel`` (built
without Textual, in a worker) and the marks to draw (finding kinds, search
matches, tagged claims, a flash); it wraps both sides to the narrower pane's
width, mirrors one pane's scrolling and cursor moves on the other, and holds
the cursor row in ``row`` (after a key or a jump), which the screen watches.
``side`` is the pane the reviewer is in.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual import events, on
from textual.app import ComposeResult
from textual.containers import Container
from textual.content import Content
from textual.reactive import reactive
from textual.timer import Timer

from tui.engine.pair_rows import SIDES
from tui.engine.spans import Span
from tui.engine.view import Side
from tui.engine.visible import visible_text
from widgets.article_pane import ALL_KINDS, ArticlePane
from widgets.pair_model import PairModel

MIN_WRAP = 4
"""Below this many cells a pane is not laid out yet: wrap for the width measured before."""
FLASH_SECONDS = 1.5


class PairView(Container):
    """The left and right article panes of one comparison, scrolled and moved together."""

    kind_filter: reactive[str] = reactive("all", init=False)
    """The findings filter (``all`` or a kind); the screen binds it to its own."""
    row: reactive[int] = reactive(0, init=False, repaint=False)
    """The cursor row of both panes, after a key or a jump (the screen watches it)."""

    def __init__(self) -> None:
        super().__init__(id="panes")
        self.model: PairModel | None = None
        self.side: Side = "left"
        """The focused side (the last article pane focused)."""
        self._flash_timer: Timer | None = None

    def compose(self) -> ComposeResult:
        yield ArticlePane("left")
        yield ArticlePane("right")

    @property
    def panes(self) -> dict[Side, ArticlePane]:
        return {side: self.query_one(f"#{side}-pane", ArticlePane) for side in SIDES}

    @property
    def cursor_row(self) -> int:
        return self.panes[self.side].cursor_row

    @property
    def wrap_width(self) -> int:
        """The text width both sides are wrapped to: the narrower pane's."""
        return min(pane.text_width for pane in self.panes.values())

    def on_mount(self) -> None:
        left, right = self.panes["left"], self.panes["right"]
        self.watch(left, "scroll_y", lambda y: self._follow(right, y), init=False)
        self.watch(right, "scroll_y", lambda y: self._follow(left, y), init=False)
        # A watcher runs at once, where a message waits its turn: the other pane's cursor
        # and the screen's status move before the next frame, so a key is painted once.
        self.watch(left, "cursor_row", lambda row: self._follow_cursor(right, row), init=False)
        self.watch(right, "cursor_row", lambda row: self._follow_cursor(left, row), init=False)

    def on_unmount(self) -> None:
        self.model = None  # a screen left may wait for a full collection: free the model now

    # What the screen hands down ---------------------------------------------------

    def show(self, model: PairModel, measured_width: int) -> None:
        """Show ``model``; ``measured_width`` wraps it while the panes have no width yet."""
        self.model = model
        width = self.wrap_width
        layout = model.layout(width if width > MIN_WRAP else measured_width)
        for side, pane in self.panes.items():
            article = model.article(side)
            pane.border_title = Content(visible_text(f"{article.name} \u2014 {article.title}"))
            pane.show(model, layout)

    def watch_kind_filter(self, kind_filter: str) -> None:
        """Highlight the filtered kind only, with the word changes that go with it."""
        kinds = ALL_KINDS if kind_filter == "all" else {kind_filter, "changed"}
        for pane in self.panes.values():
            pane.set_kinds(kinds)

    def set_search(
        self, matches: Mapping[Side, dict[int, list[Span]]], current: tuple[Side, Span] | None
    ) -> None:
        """Search matches per side (sentence id -> spans) and the current one, if any."""
        for side, pane in self.panes.items():
            here = current[1] if current is not None and current[0] == side else None
            pane.set_search(matches.get(side, {}), here)

    def set_tagged(self, tagged: Mapping[Side, dict[int, list[Span]]]) -> None:
        """Tagged claims per side (sentence id -> spans)."""
        for side, pane in self.panes.items():
            pane.set_tagged(tagged[side])

    def flash(self, spans: Mapping[Side, Span]) -> None:
        """Mark a finding's two spans for a moment (after a jump to it)."""
        for side, pane in self.panes.items():
            pane.set_flash([spans[side]])
        if self._flash_timer is not None:
            self._flash_timer.stop()
        self._flash_timer = self.set_timer(FLASH_SECONDS, self._end_flash)

    def _end_flash(self) -> None:
        for pane in self.panes.values():
            pane.set_flash(())

    def focus_side(self, side: Side) -> None:
        self.side = side
        self.panes[side].focus()

    def set_cursor(self, row: int) -> None:
        """Put both cursors on ``row``, a third of the way down the view (a jump)."""
        for pane in self.panes.values():
            before = pane.cursor_row
            pane.set_reactive(ArticlePane.cursor_row, row)
            pane.scroll_to_row(row, center=True)
            pane.refresh_row(before)  # the lines scrolled into view are drawn by the scroll
            pane.refresh_row(row)
        self.row = row

    # Keeping the panes in step ------------------------------------------------------

    @on(ArticlePane.WidthChanged)
    def _rewrap(self, message: ArticlePane.WidthChanged) -> None:
        message.stop()
        if self.model is not None:
            layout = self.model.layout(self.wrap_width)
            for pane in self.panes.values():
                if pane.pair_layout is not layout:
                    pane.set_layout(layout)
                    pane.scroll_to_row(pane.cursor_row)

    def _follow_cursor(self, pane: ArticlePane, row: int) -> None:
        pane.cursor_row = row
        self.row = row

    def _follow(self, pane: ArticlePane, y: float) -> None:
        if pane.scroll_y != y:
            pane.scroll_to(y=y, animate=False)

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        if isinstance(event.widget, ArticlePane):
            self.side = event.widget.side
