"""The overview: the related pairs of the corpus scored in a worker, to choose what to compare.

The worker first picks the pairs that can share claims (``related``, as
``diptych overview`` does); the other cells read "skipped", and enter still
opens them.
"""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Footer, Header, ProgressBar, Static
from textual.worker import get_current_worker

from tui.engine.comparison_cache import ComparisonCache
from tui.engine.corpus import Corpus
from tui.engine.overview import pairs_to_compare
from tui.engine.visible import visible_text
from tui.screens.base import WorkerScreen
from tui.screens.messages import OpenPair
from widgets.pair_matrix import BARS, PairMatrix, PairStats

OVERVIEW_SCREEN = "overview"
"""The name the app installs the overview under, so it keeps its scores between visits."""

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
    return f"{count} {noun}{'' if count == 1 else 's'}"


class OverviewScreen(WorkerScreen[None]):
    """A matrix of every pair; enter opens the highlighted pair."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "open_pair",
            "Open pair",
            id="overview-open",
            priority=True,
            tooltip="Compare the highlighted pair (row left, column right)",
        ),
        Binding(
            "escape,q",
            "app.pop_screen",
            "Back",
            id="overview-back",
            tooltip="Back to the corpus table",
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

    class PairScored(Message):
        """A worker finished one pair."""

        def __init__(self, stats: PairStats) -> None:
            super().__init__()
            self.stats = stats

    def __init__(self, corpus: Corpus, cache: ComparisonCache) -> None:
        super().__init__()
        self.corpus = corpus
        self.cache = cache
        self._articles = sorted(corpus.articles, key=lambda article: article.name)
        self._labels = short_labels([article.name for article in self._articles])
        count = len(self._articles)
        self._pair_count = count * (count - 1) // 2
        self._chosen = 0

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="overview-intro")
        yield ProgressBar(total=None, show_eta=False, id="overview-progress")
        yield PairMatrix(self._labels, id="overview-matrix")
        yield Static(id="overview-detail")
        yield Static(Text(LEGEND), id="overview-legend")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "diptych"
        root = visible_text(self.corpus.root.name)
        self.sub_title = f"{root} · overview of {self._pair_count} pairs"
        intro = self.query_one("#overview-intro", Static)
        if not self._pair_count:
            intro.update("The overview needs at least two articles.")
            self.query_one(ProgressBar).display = False
            return
        intro.update(f"Finding the related pairs of {len(self._articles)} articles…")
        matrix = self.query_one(PairMatrix)
        matrix.focus()
        matrix.move_cursor(row=0, column=1, animate=False)
        self._score_pairs()

    @work(thread=True, exclusive=True, exit_on_error=False, group="overview")
    def _score_pairs(self) -> None:
        worker = get_current_worker()
        chosen, skipped = pairs_to_compare(self._articles)
        self.post_message(self.PairsChosen(chosen, skipped))
        for row, column in chosen:
            if worker.is_cancelled:
                return
            n = self.cache.numbers(self._articles[row], self._articles[column])
            stats = PairStats(row, column, n.left_share, n.right_share, n.contradictions, n.names)
            self.post_message(self.PairScored(stats))

    @on(PairsChosen)
    def _show_chosen(self, message: PairsChosen) -> None:
        self._chosen = len(message.chosen)
        self.query_one(PairMatrix).set_skipped(message.skipped)
        self.query_one(ProgressBar).update(total=self._chosen or None)
        self._show_progress(0)
        self._describe_cursor()

    @on(PairScored)
    def _show_pair(self, message: PairScored) -> None:
        matrix = self.query_one(PairMatrix)
        matrix.set_stats(message.stats)
        progress = self.query_one(ProgressBar)
        progress.advance(1)
        self._show_progress(int(progress.progress))
        self._describe_cursor()

    def _show_progress(self, scored: int) -> None:
        articles = len(self._articles)
        skipped = self._pair_count - self._chosen
        why = f"; {plural(skipped, 'pair')} skipped as unrelated" if skipped else ""
        if scored >= self._chosen:
            what = "Every pair" if not skipped else f"The {plural(self._chosen, 'related pair')}"
            text = f"{what} of {articles} articles, scored{why}."
        else:
            text = f"Comparing {plural(self._chosen, 'related pair')} of {articles} articles{why}…"
        self.query_one("#overview-intro", Static).update(text)

    @on(DataTable.CellHighlighted)
    def _cell_highlighted(self) -> None:
        self._describe_cursor()

    def action_open_pair(self) -> None:
        row, column = self.query_one(PairMatrix).cursor_coordinate
        if row == column:
            self.notify(
                "Pick a cell off the diagonal: an article against another.", title="Same article"
            )
            return
        self.post_message(OpenPair(self._articles[row], self._articles[column]))

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
        left, right = self._articles[row], self._articles[column]
        text = Text()
        text.append(f"{self._labels[row]} ", style="bold")
        text.append(visible_text(left.title))
        text.append("\n")
        text.append(f"{self._labels[column]} ", style="bold")
        text.append(visible_text(right.title))
        text.append("\n")
        stats = matrix.stats_at(coordinate)
        if row == column:
            text.append("The same article.")
        elif self.query_one(PairMatrix).is_skipped(coordinate):
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
