"""The overview: the related pairs of the corpus scored in a worker, to choose what to compare.

The worker first picks the pairs that can share claims (``related``, as
``diptych overview`` does), then scores them, sending the numbers in batches
(``BATCH_SECONDS``): one message, one progress update and one cursor
description per batch, not per pair.

Up to ``MATRIX_MAX`` articles the screen is a matrix of every pair; skipped
cells read "skipped", and enter still opens them. A larger corpus shows what a
reviewer looks for: groups of articles about one event (``event_groups``) and
the related pairs ranked by shared claims or by disagreements (``r``); enter on
a group shows the matrix of its articles (every pair of them compared), enter
on a pair opens its comparison.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Footer, Header, ProgressBar, Static
from textual.worker import get_current_worker

from tui.engine.comparison_cache import ComparisonCache
from tui.engine.corpus import Article, Corpus
from tui.engine.event_groups import EventGroup, event_groups
from tui.engine.overview import PairSummary, pairs_to_compare
from tui.engine.pair_ranking import by_disagreements, by_shared_claims
from tui.engine.visible import visible_text
from tui.screens.base import WorkerScreen
from tui.screens.messages import OpenPair
from widgets.event_group_table import EventGroupTable
from widgets.pair_matrix import BARS, PairMatrix, PairStats
from widgets.ranked_pairs import RankedPairs

OVERVIEW_SCREEN = "overview"
"""The name the app installs the overview under, so it keeps its scores between visits."""

MATRIX_MAX = 12
"""The largest corpus shown as a matrix of every pair; past it, groups and ranked pairs."""
BATCH_SECONDS = 0.1
"""The worker sends the pairs it scored at most this often."""
REGROUP_SECONDS = 2.0
"""While scoring, groups and ranked pairs are rebuilt at most this often."""
RANKED_ROWS = 500
"""The ranked pairs shown: a reviewer reads the top of the list."""

LEGEND = (
    f"{BARS} and colour: share of sentences aligned (mean of both articles) · "
    "Nc contradictions · Nn name findings · row = left article, column = right"
)


def short_labels(names: list[str], width: int = 11) -> list[str]:
    """Short, unique column labels: the file name up to its first ``_`` when that is unique.

    Display text: a control character in a file name shows as a placeholder."""
    prefixes = [name.split("_", 1)[0].rsplit(".", 1)[0][:width] for name in names]
    if len(set(prefixes)) != len(prefixes):
        prefixes = [name.rsplit(".", 1)[0][:width] for name in names]
    return [visible_text(prefix) for prefix in prefixes]


def plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}{'' if count == 1 else 's'}"


class OverviewScreen(WorkerScreen[None]):
    """Every pair as a matrix for a few articles; groups and ranked pairs past
    ``MATRIX_MAX``. ``articles`` and ``group`` show one group's matrix."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open",
            "Open",
            id="overview-open",
            priority=True,
            tooltip="Compare the highlighted pair, or show the highlighted group's matrix",
        ),
        Binding(
            "r",
            "rank",
            "Rank",
            id="overview-rank",
            tooltip="Rank the related pairs by shared claims or by disagreements",
        ),
        Binding(
            "escape,q",
            "app.pop_screen",
            "Back",
            id="overview-back",
            tooltip="Back to the previous screen",
        ),
        Binding("h", "move(0,-1)", "Left", show=False, id="overview-left"),
        Binding("j", "move(1,0)", "Down", show=False, id="overview-down"),
        Binding("k", "move(-1,0)", "Up", show=False, id="overview-up"),
        Binding("l", "move(0,1)", "Right", show=False, id="overview-right"),
    ]

    class PairsChosen(Message):
        """The worker chose the pairs to compare; the others are skipped as unrelated."""

        def __init__(self, chosen: list[tuple[int, int]], skipped: list[tuple[int, int]]) -> None:
            super().__init__()
            self.chosen = chosen
            self.skipped = skipped

    class PairsScored(Message):
        """A worker finished these pairs (positions into the screen's articles)."""

        def __init__(self, scored: list[PairSummary]) -> None:
            super().__init__()
            self.scored = scored

    def __init__(
        self,
        corpus: Corpus,
        cache: ComparisonCache,
        articles: Sequence[Article] | None = None,
        group: str | None = None,
    ) -> None:
        """``articles`` (default: the corpus's) with ``group``, the group's title: the
        matrix of one group, every pair compared."""
        super().__init__()
        self.corpus = corpus
        self.cache = cache
        self._group = group
        chosen = corpus.articles if articles is None else articles
        self._articles = sorted(chosen, key=lambda article: article.name)
        self._labels = short_labels([article.name for article in self._articles])
        self._titles = [visible_text(article.title) for article in self._articles]
        count = len(self._articles)
        self._as_matrix = group is not None or count <= MATRIX_MAX
        self._pair_count = count * (count - 1) // 2
        self._chosen = 0
        self._scored: dict[tuple[int, int], PairSummary] = {}
        self._groups: list[EventGroup] = []
        self._by_disagreements = False
        self._regrouped_at = 0.0

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="overview-intro")
        yield ProgressBar(total=None, show_eta=False, id="overview-progress")
        if self._as_matrix:
            yield PairMatrix(self._labels, id="overview-matrix")
            yield Static(id="overview-detail")
            yield Static(Text(LEGEND), id="overview-legend")
        else:
            yield Static(id="overview-groups-heading", classes="overview-heading")
            yield EventGroupTable(id="overview-groups")
            yield Static(id="overview-pairs-heading", classes="overview-heading")
            yield RankedPairs(id="overview-pairs")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "diptych"
        root = visible_text(self.corpus.root.name)
        what = f"group: {self._group}" if self._group is not None else "overview"
        self.sub_title = f"{root} · {what} · {plural(self._pair_count, 'pair')}"
        intro = self.query_one("#overview-intro", Static)
        if not self._pair_count:
            intro.update("The overview needs at least two articles.")
            self.query_one(ProgressBar).display = False
            return
        intro.update(f"Finding the related pairs of {len(self._articles)} articles…")
        if self._as_matrix:
            matrix = self.query_one(PairMatrix)
            matrix.focus()
            # The cursor scrolls into view as it moves: moved before the matrix has a
            # size, it would scroll the first column out of view.
            matrix.call_after_refresh(matrix.move_cursor, row=0, column=1, animate=False)
        else:
            self._show_headings()
            self.query_one(EventGroupTable).focus()
        self._score_pairs()

    @work(thread=True, exclusive=True, exit_on_error=False, group="overview")
    def _score_pairs(self) -> None:
        worker = get_current_worker()
        if self._group is not None:
            chosen, skipped = pairs_to_compare(self._articles, all_pairs=True)
        else:
            chosen, skipped = pairs_to_compare(self._articles)
        self.post_message(self.PairsChosen(chosen, skipped))
        batch: list[PairSummary] = []
        sent_at = time.monotonic()
        for row, column in chosen:
            if worker.is_cancelled:
                return
            numbers = self.cache.numbers(self._articles[row], self._articles[column])
            batch.append(PairSummary(row, column, numbers))
            if time.monotonic() - sent_at >= BATCH_SECONDS:
                self.post_message(self.PairsScored(batch))
                batch, sent_at = [], time.monotonic()
        self.post_message(self.PairsScored(batch))

    @on(PairsChosen)
    def _show_chosen(self, message: PairsChosen) -> None:
        self._chosen = len(message.chosen)
        self._regrouped_at = time.monotonic()
        if self._as_matrix:
            self.query_one(PairMatrix).set_skipped(message.skipped)
            self._describe_cursor()
        self.query_one(ProgressBar).update(total=self._chosen or None, progress=0)
        self._show_progress()

    @on(PairsScored)
    def _show_scored(self, message: PairsScored) -> None:
        for summary in message.scored:
            self._scored[summary.left, summary.right] = summary
        progress = self.query_one(ProgressBar)
        progress.update(progress=len(self._scored))
        progress.display = len(self._scored) < self._chosen
        self._show_progress()
        if self._as_matrix:
            self.query_one(PairMatrix).set_many(
                PairStats(s.left, s.right, *_shown_numbers(s)) for s in message.scored
            )
            self._describe_cursor()
            return
        done = len(self._scored) >= self._chosen
        if done or time.monotonic() - self._regrouped_at >= REGROUP_SECONDS:
            self._regroup()

    def _regroup(self) -> None:
        """Rebuild the groups and the ranked pairs from the pairs scored so far."""
        self._regrouped_at = time.monotonic()
        scored = list(self._scored.values())
        self._groups = event_groups(scored)
        self.query_one(EventGroupTable).show(self._groups, self._titles)
        self._show_ranked(scored)
        self._show_headings()

    def _show_ranked(self, scored: list[PairSummary]) -> None:
        ranked = by_disagreements(scored) if self._by_disagreements else by_shared_claims(scored)
        self.query_one(RankedPairs).show(ranked[:RANKED_ROWS], self._titles)

    def _show_headings(self) -> None:
        grouped = sum(len(group) for group in self._groups)
        alone = len(self._articles) - grouped
        self.query_one("#overview-groups-heading", Static).update(
            f"{plural(len(self._groups), 'group')} about one event "
            f"({plural(grouped, 'article')}; {alone:,} alone) · enter: its matrix"
        )
        order = "disagreements" if self._by_disagreements else "shared claims"
        other = "shared claims" if self._by_disagreements else "disagreements"
        shown = self.query_one(RankedPairs).row_count
        self.query_one("#overview-pairs-heading", Static).update(
            f"{plural(shown, 'pair')} by {order} · r: by {other} · enter: compare"
        )

    def _show_progress(self) -> None:
        articles = len(self._articles)
        skipped = self._pair_count - self._chosen
        why = f"; {plural(skipped, 'pair')} skipped as unrelated" if skipped else ""
        if len(self._scored) >= self._chosen:
            what = "Every pair" if not skipped else f"The {plural(self._chosen, 'related pair')}"
            text = f"{what} of {articles} articles, scored{why}."
        else:
            text = f"Comparing {plural(self._chosen, 'related pair')} of {articles} articles{why}…"
        self.query_one("#overview-intro", Static).update(text)

    @on(DataTable.CellHighlighted)
    def _cell_highlighted(self) -> None:
        if self._as_matrix:
            self._describe_cursor()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "rank":
            return not self._as_matrix
        if action == "move":
            return self._as_matrix
        return True

    def action_open(self) -> None:
        if self._as_matrix:
            self._open_cell()
        elif isinstance(self.focused, EventGroupTable):
            self._open_group()
        elif isinstance(self.focused, RankedPairs):
            pair = self.focused.pair_at_cursor()
            if pair is not None:
                self.post_message(OpenPair(self._articles[pair.left], self._articles[pair.right]))

    def _open_cell(self) -> None:
        row, column = self.query_one(PairMatrix).cursor_coordinate
        if row == column:
            self.notify(
                "Pick a cell off the diagonal: an article against another.", title="Same article"
            )
            return
        self.post_message(OpenPair(self._articles[row], self._articles[column]))

    def _open_group(self) -> None:
        row = self.query_one(EventGroupTable).cursor_row
        if not 0 <= row < len(self._groups):
            return
        group = self._groups[row]
        members = [self._articles[member] for member in group.members]
        title = self._titles[group.central]
        self.app.push_screen(OverviewScreen(self.corpus, self.cache, members, group=title))

    def action_rank(self) -> None:
        self._by_disagreements = not self._by_disagreements
        self._show_ranked(list(self._scored.values()))
        self.query_one(RankedPairs).move_cursor(row=0, animate=False)
        self._show_headings()

    def action_move(self, rows: int, columns: int) -> None:
        matrix = self.query_one(PairMatrix)
        row, column = matrix.cursor_coordinate
        matrix.move_cursor(row=row + rows, column=column + columns)

    def _describe_cursor(self) -> None:
        matrix = self.query_one(PairMatrix)
        coordinate = matrix.cursor_coordinate
        row, column = coordinate
        if not self._articles or row >= len(self._articles):
            return
        text = Text()
        text.append(f"{self._labels[row]} ", style="bold")
        text.append(self._titles[row])
        text.append("\n")
        text.append(f"{self._labels[column]} ", style="bold")
        text.append(self._titles[column])
        text.append("\n")
        stats = matrix.stats_at(coordinate)
        if row == column:
            text.append("The same article.")
        elif matrix.is_skipped(coordinate):
            text.append(
                "Skipped: the two share too few informative words to share claims · "
                "enter compares them anyway"
            )
        elif stats is None:
            text.append("Not scored yet.")
        else:
            left_share, right_share = (
                (stats.left_share, stats.right_share)
                if stats.row == row
                else (stats.right_share, stats.left_share)
            )
            text.append(
                f"aligned: {left_share:.0%} of {self._labels[row]}, "
                f"{right_share:.0%} of {self._labels[column]} · "
                f"{plural(stats.contradictions, 'contradiction')} · "
                f"{plural(stats.names, 'name finding')} · enter opens the pair"
            )
        self.query_one("#overview-detail", Static).update(text)


def _shown_numbers(summary: PairSummary) -> tuple[float, float, int, int]:
    numbers = summary.numbers
    return numbers.left_share, numbers.right_share, numbers.contradictions, numbers.names
