"""The compare screen: two articles side by side, findings, search, copy and tag.

The comparison runs in a thread worker (through the shared cache, keyed by
content hashes); the screen then hands one ``PairModel`` to the ``PairView``,
which keeps both panes in step, and wires the findings, search and tags to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input
from textual.worker import Worker, WorkerState, get_current_worker

from tui.engine.collector import FreezeHold, collector_paused
from tui.engine.comparison_cache import ComparisonCache
from tui.engine.corpus import Article
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.pair_rows import SIDES, PairRows
from tui.engine.pair_search import SearchResults
from tui.engine.segment import sentence_at
from tui.engine.view import Side, swap_sides
from tui.screens.compare_claims import (
    Claim,
    finding_claim,
    quotes_text,
    row_claim,
    sentences_text,
)
from tui.screens.compare_commands import CompareCommands
from tui.screens.messages import TagsChanged
from tui.screens.tag_marks import tag_marks
from tui.tags.corpus_tags import CorpusTags
from widgets.article_pane import ArticlePane
from widgets.findings_panel import FindingsPanel, next_filter
from widgets.fitting_footer import FittingFooter
from widgets.legend import HighlightLegend
from widgets.pair_model import PairModel
from widgets.pair_view import MIN_WRAP, PairView
from widgets.search_bar import SearchBar
from widgets.status_line import StatusLine

LOADING_DELAY = 0.2
"""Seconds a comparison found in the cache is prepared before the panes show a loading
indicator (one still to compute shows it at once). Its rows are usually ready sooner: it
is shown without one, which would cost more frames than the wait it marks and leave the
panes under it no size to scroll to the cursor."""


class CompareScreen(Screen[None]):
    """Compare ``left`` with ``right``; ``s`` swaps them, ``escape``/``q`` goes back."""

    CSS_PATH = "compare.tcss"
    COMMANDS = Screen.COMMANDS | {CompareCommands}
    HORIZONTAL_BREAKPOINTS = [
        (0, "-narrow"),
        (70, "-wide"),
    ]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (32, "-tall")]
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("n", "finding(1)", "Next", id="compare-next-finding",
                tooltip="Show the next finding in both panes"),
        Binding("N", "finding(-1)", "Previous finding", show=False,
                id="compare-previous-finding", tooltip="Show the previous finding"),
        Binding("f", "cycle_filter", "Filter", id="compare-filter",
                tooltip="Findings shown: all, contradiction, name, shared"),
        Binding("s", "swap", "Swap", id="compare-swap", tooltip="Swap the left and right article"),
        Binding("slash", "search", "Search", id="compare-search",
                tooltip="Search both texts (enter/down: next match, up: previous)"),
        Binding("t", "tag", "Tag", id="compare-tag", tooltip="Tag the focused claim"),
        Binding("p", "partner", "Partner", show=False, id="compare-partner",
                tooltip="Jump to the other side of a shared passage shown in another row"),
        Binding("y", "copy", "Copy", id="compare-copy",
                tooltip="Copy the focused sentence, or the focused finding's two quotes"),
        Binding("tab", "cycle_focus(1)", "Next pane", show=False, id="compare-next-pane",
                tooltip="Focus the next part: left, right, findings"),
        Binding("shift+tab", "cycle_focus(-1)", "Previous pane", show=False,
                id="compare-previous-pane", tooltip="Focus the previous part"),
        Binding("escape,q", "back", "Back", id="compare-back",
                tooltip="Clear the search if there is one, else back to the previous screen"),
    ]  # fmt: skip

    kind_filter: reactive[str] = reactive("all", init=False)
    """The findings shown, in the list, the panes and the status line (bound to each)."""

    @dataclass
    class Prepared(Message):
        """The worker's result: the comparison as rows, and wrapped ready to show."""

        pair: PairRows
        display: PairModel

    @dataclass
    class TagClaim(Message):
        """``t``: tag ``claim``; the app opens the tag editor and saves the tag."""

        claim: Claim

    def __init__(
        self,
        left: Article,
        right: Article,
        cache: ComparisonCache,
        tags: CorpusTags | None = None,
        at: int | None = None,
    ) -> None:
        """``tags`` marks tagged claims; ``at`` opens on the left sentence holding that offset."""
        super().__init__()
        self._tags = tags
        self._articles = (left, right)
        self._cache = cache
        self._swapped = False
        self.model: PairRows | None = None
        """The comparison shown, as rows (``None`` while it is computed)."""
        self._search: SearchResults | None = None
        self._width = MIN_WRAP
        """The wrap width when the worker started."""
        self._keep: tuple[Article, int] | None = None
        """(article, sentence) to put the cursor back on after a swap."""
        if at is not None and (sentence := sentence_at(left.sentences, at)) is not None:
            self._keep = (left, sentence.id)
        self._frozen = FreezeHold()
        """Keeps the comparison shown out of the collector's walks (see collector)."""
        self._preparing = False
        """True from the worker's start until its result (or failure) is shown."""

    def compose(self) -> ComposeResult:
        self._frozen.freeze()  # the comparisons cached stay out of the collections while it opens
        yield StatusLine().data_bind(CompareScreen.kind_filter)
        yield HighlightLegend()
        yield PairView().data_bind(CompareScreen.kind_filter)
        yield FindingsPanel().data_bind(CompareScreen.kind_filter)
        yield SearchBar()
        yield FittingFooter()

    @property
    def pair_view(self) -> PairView:
        return self.query_one(PairView)

    @property
    def panes(self) -> dict[Side, ArticlePane]:
        return self.pair_view.panes

    @property
    def side(self) -> Side:
        """The focused side: where ``y`` and ``t`` take their sentence."""
        return self.pair_view.side

    @property
    def ready(self) -> bool:
        """True once the comparison is shown (tests and the benchmark wait for it)."""
        return not self._preparing and self.model is not None and not self.pair_view.loading

    def on_mount(self) -> None:
        self.panes["left"].focus()
        self.watch(self.pair_view, "row", self._show_move, init=False)
        self.call_after_refresh(self._start)  # after layout, so the pane width is known

    def on_unmount(self) -> None:
        self._frozen.close()
        self.model = None  # a screen left may wait for a full collection: free the rows now

    def _start(self) -> None:
        self._width = self.pair_view.wrap_width  # measured before the loading indicator shows
        self._preparing = True
        if self._cache.holds(*self._articles):
            self.set_timer(LOADING_DELAY, self._show_loading)
        else:
            self._show_loading()
        self.query_one(StatusLine).show(None)
        self._prepare(self._swapped, self._width)

    def _show_loading(self) -> None:
        if self._preparing:
            self.pair_view.loading = True

    @work(thread=True, exclusive=True, group="compare", exit_on_error=False)
    def _prepare(self, swapped: bool, width: int) -> None:
        worker = get_current_worker()
        comparison = self._cache.get(*self._articles).at_least(DEFAULT_MIN_SCORE)
        self._frozen.freeze()  # before the model's allocations can set off a full collection
        if swapped:
            comparison = swap_sides(comparison)
        if worker.is_cancelled:
            return
        with collector_paused():  # what is built here lives as long as the screen
            pair = PairRows(comparison)
            display = PairModel(pair)
            if width > MIN_WRAP:
                display.layout(width)  # wrap here, off the UI thread, for the width known now
        if self._tags is not None:  # read the sidecars here too: a big one takes seconds
            for article in self._articles:
                self._tags.tags_for(article)
        if not worker.is_cancelled:
            self.post_message(self.Prepared(pair, display))

    @on(Worker.StateChanged)
    def _worker_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "compare" and event.state is WorkerState.ERROR:
            self._preparing = False
            self.pair_view.loading = False
            self.query_one(StatusLine).search_state = f"comparison failed: {event.worker.error}"

    @on(Prepared)
    def _show(self, message: Prepared) -> None:
        self.model = model = message.pair
        row = self._restored_row(model)
        self.pair_view.show(message.display, self._width)
        self.query_one(FindingsPanel).show_findings(model.comparison.findings)
        self.query_one(StatusLine).show(model.comparison)
        self._mark_tags()
        if self._search is not None:
            self._run_search(self._search.query)
        self._preparing = False
        self.pair_view.loading = False
        self._frozen.freeze()
        self.pair_view.set_cursor(row)  # before the first paint: the panes are drawn once, there
        self._show_move(row)  # the row may be the one shown before a swap: no change to watch

    @on(TagsChanged)
    def _tags_changed(self, message: TagsChanged) -> None:
        self._mark_tags()
        self.query_one(StatusLine).tag_state = message.state

    def _mark_tags(self) -> None:
        """Mark tagged claims in both panes (their own tags and links from the other side)."""
        if self._tags is None or self.model is None:
            return
        articles = {side: self.model.article(side) for side in SIDES}
        self.pair_view.set_tagged(
            {
                "left": tag_marks(self._tags, articles["left"], articles["right"]),
                "right": tag_marks(self._tags, articles["right"], articles["left"]),
            }
        )

    def _restored_row(self, model: PairRows) -> int:
        """The row kept across a swap (or asked for with ``at``), else the first claim."""
        if self._keep is None:
            return model.first_claim_row(self.side)
        article, sentence = self._keep
        self._keep = None
        side: Side = "left" if model.article("left") is article else "right"
        self.pair_view.focus_side(side)
        return model.row_of_sentence[side].get(sentence, 0)

    def _show_move(self, row: int) -> None:
        if self.model is not None:
            self.query_one(StatusLine).move_state = self.model.move_note(row)

    # Findings -------------------------------------------------------------------

    def action_finding(self, delta: int) -> None:
        index = self.query_one(FindingsPanel).step(delta)
        if index is None:
            kind = "" if self.kind_filter == "all" else f"{self.kind_filter} "
            self.notify(f"No {kind}findings.", severity="warning")
        else:
            self._go_to_finding(index)

    @on(FindingsPanel.Chosen)
    def _finding_chosen(self, message: FindingsPanel.Chosen) -> None:
        self._go_to_finding(message.index)

    def _go_to_finding(self, index: int) -> None:
        if self.model is None:
            return
        finding = self.model.comparison.findings[index]
        spans = {side: getattr(finding, side).span for side in SIDES}
        rows = {side: self.model.row_of_span(side, spans[side]) for side in SIDES}
        found = [rows[self.side], rows["left"], rows["right"]]
        row = next((r for r in found if r is not None), None)
        if row is not None:
            self.pair_view.set_cursor(row)
        self.pair_view.flash(spans)

    def action_partner(self) -> None:
        """From a shared passage on the cursor row, go to its partner's row on the other side."""
        if self.model is None:
            return
        partner = self.model.partner(self.side, self.pair_view.cursor_row)
        if partner is None:
            self.notify(
                "No shared passage on this row has its partner in another row.", severity="warning"
            )
            return
        self._go_to_finding(partner.finding)
        self.pair_view.set_cursor(partner.row)
        self.pair_view.focus_side("right" if self.side == "left" else "left")

    def action_cycle_filter(self) -> None:
        self.kind_filter = next_filter(self.kind_filter)

    def action_show_findings(self, kind_filter: str) -> None:
        self.kind_filter = kind_filter

    # Swap, search, copy, tag, back --------------------------------------------------

    def action_swap(self) -> None:
        if self.model is None:
            return
        sentences = self._cursor_sentences(self.side)
        if sentences:
            self._keep = (self.model.article(self.side), sentences[0])
        self._swapped = not self._swapped
        self._start()

    def action_search(self) -> None:
        bar = self.query_one(SearchBar)
        bar.add_class("-active")
        bar.focus()

    @on(Input.Changed, "#search")
    def _query_changed(self, event: Input.Changed) -> None:
        self._run_search(event.value)

    def _run_search(self, query: str) -> None:
        if self.model is None:
            return
        self._search = SearchResults(self.model, query) if query else None
        self._mark_matches()

    def _mark_matches(self) -> None:
        search = self._search
        current = search.current if search else None
        self.pair_view.set_search(
            search.by_sentence if search else {},
            (current.side, current.span) if current else None,
        )
        self.query_one(StatusLine).search_state = search.describe() if search else ""

    @on(Input.Submitted, "#search")
    def _next_match(self) -> None:
        self._step_match(1)

    @on(SearchBar.Step)
    def _search_step(self, message: SearchBar.Step) -> None:
        self._step_match(message.delta)

    def _step_match(self, delta: int) -> None:
        if self._search is None:
            return
        match = self._search.step(delta, self.pair_view.cursor_row)
        if match is not None:
            self.pair_view.set_cursor(match.row)
        self._mark_matches()

    @on(SearchBar.Closed)
    def _close_search(self) -> None:
        """Clear the query, its marks and its status, hide the bar, focus the pane."""
        bar = self.query_one(SearchBar)
        bar.remove_class("-active")
        with bar.prevent(Input.Changed):
            bar.value = ""
        self._search = None
        self._mark_matches()
        self.pair_view.focus_side(self.side)

    def action_cycle_focus(self, delta: int) -> None:
        order = [self.panes["left"], self.panes["right"], self.query_one(FindingsPanel)]
        current = order.index(self.focused) if self.focused in order else -1
        order[(current + delta) % len(order)].focus()

    def _cursor_sentences(self, side: Side) -> tuple[int, ...]:
        if self.model is None or not self.model.rows:
            return ()
        ids: tuple[int, ...] = getattr(self.model.rows[self.panes[side].cursor_row], side)
        return ids

    def _focused_finding(self) -> int | None:
        panel = self.query_one(FindingsPanel)
        return panel.current if self.focused is panel else None

    def action_copy(self) -> None:
        if self.model is None:
            return
        index = self._focused_finding()
        row = self.pair_view.cursor_row
        if index is not None:
            text, what = quotes_text(self.model, index), "the finding's two quotes"
        elif self._cursor_sentences(self.side):
            text, what = sentences_text(self.model, self.side, row), f"the {self.side} claim"
        else:
            self.notify("No sentence on this side of the row.", severity="warning")
            return
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {what} ({len(text)} characters).", markup=False)

    def action_tag(self) -> None:
        if self.model is None:
            return
        index = self._focused_finding()
        if index is not None:
            claim: Claim | None = finding_claim(self.model, self.side, index)
        else:
            claim = row_claim(self.model, self.side, self.pair_view.cursor_row)
        if claim is None:
            self.notify("No claim on this side of the row to tag.", severity="warning")
        else:
            self.post_message(self.TagClaim(claim))

    def action_back(self) -> None:
        """The first ``escape`` clears an open search; only the next one leaves."""
        if self._search is not None or self.query_one(SearchBar).has_class("-active"):
            self._close_search()
        else:
            self.app.pop_screen()
