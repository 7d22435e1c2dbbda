"""The claims screen: every claim of the corpus against every article, built in a worker.

Rows are claims, columns articles; a cell says whether the article states the
claim, contradicts it or omits it. ``s`` cycles the order (disagreement,
coverage), ``f`` shows or hides the claims only one article holds, ``enter``
opens the cell's pair at the claim, ``t`` tags every member of the claim.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import Header, ProgressBar, Static

from tui.engine.claims.build import build_claims
from tui.engine.claims.model import Claim, ClaimMatrix, Stance
from tui.engine.corpus import Article
from tui.engine.visible import visible_text
from tui.screens.base import WorkerScreen
from tui.screens.claim_cells import cell_pair, tagged_spans
from tui.screens.compare_claims import Claim as TaggedSpan
from tui.screens.messages import OpenPair, TagsChanged
from tui.screens.overview import plural, short_labels
from tui.tags.corpus_tags import CorpusTags
from widgets.claim_grid import STANCE_GLYPHS, ClaimGrid
from widgets.claim_rows import ClaimRows, one_line
from widgets.fitting_footer import FittingFooter
from widgets.highlight_styles import TAG_GLYPH

CLAIMS_SCREEN = "claims"
"""The name the app installs the corpus's claims screen under: built once, kept between visits."""

LEGEND = "  ".join(
    (
        f"{STANCE_GLYPHS[Stance.STATES]} states",
        f"{STANCE_GLYPHS[Stance.CONTRADICTS]} contradicts",
        f"{STANCE_GLYPHS[Stance.OMITS]} omits",
        f"{TAG_GLYPH} tagged",
        "Arts: articles stating it",
    )
)


class ClaimsScreen(WorkerScreen[None]):
    """The claim matrix of ``articles``: which report states, contradicts or omits each claim."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_pair", "Open pair", id="claims-open",
                tooltip="Compare this article with the claim's partner, at the claim"),
        Binding("s", "sort", "Sort", id="claims-sort",
                tooltip="Order claims by disagreement (contradictions first) or by coverage"),
        Binding("f", "singles", "Singles", id="claims-singles",
                tooltip="Show or hide the claims only one article holds"),
        Binding("t", "tag", "Tag claim", id="claims-tag",
                tooltip="Tag every member of the claim with one label and note"),
        Binding("escape,q", "app.pop_screen", "Back", id="claims-back",
                tooltip="Back to the corpus table"),
    ]  # fmt: skip

    @dataclass
    class Progress(Message):
        """The worker's progress: ``done`` of ``total`` steps."""

        done: int
        total: int

        def can_replace(self, message: Message) -> bool:
            return isinstance(message, ClaimsScreen.Progress)

    @dataclass
    class Built(Message):
        """The worker's result: the matrix, and the spans of each article's tags."""

        matrix: ClaimMatrix
        tag_spans: dict[int, frozenset[tuple[int, int]]]

    @dataclass
    class TagMembers(Message):
        """``t``: tag every span with one label and note; the app runs the tag editor."""

        spans: tuple[TaggedSpan, ...]

    def __init__(
        self, articles: Sequence[Article], tags: CorpusTags, *, marked: bool = False
    ) -> None:
        """``tags`` mark the claims a member of which is tagged; ``marked``: the articles
        are the ones marked on the corpus screen, not all."""
        super().__init__()
        self.tags = tags
        self.articles = tuple(sorted(articles, key=lambda article: article.name))
        self.labels = tuple(short_labels([article.name for article in self.articles]))
        self.marked = marked
        self.rows: ClaimRows | None = None

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="claims-intro")
        yield ProgressBar(total=None, show_eta=False, id="claims-progress")
        yield ClaimGrid(self.labels, id="claims-grid")
        yield Static(id="claims-status")
        yield Static(Text(LEGEND), id="claims-legend")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = "diptych"
        which = "marked" if self.marked else "the corpus's"
        self.sub_title = f"claims of {which} {plural(len(self.articles), 'article')}"
        self.query_one(ClaimGrid).focus()
        if len(self.articles) < 2:
            self._intro("Claims need at least two articles.")
            self.query_one(ProgressBar).display = False
            return
        self._intro(f"Finding the claims of {plural(len(self.articles), 'article')}…")
        self._build()

    @work(thread=True, exclusive=True, exit_on_error=False, group="claims", name="Claims")
    def _build(self) -> None:
        def progress(done: int, total: int) -> None:
            self.post_message(self.Progress(done, total))

        matrix = build_claims(self.articles, progress)
        self.post_message(self.Built(matrix, self._tag_spans(range(len(self.articles)))))

    def _tag_spans(self, articles: Iterable[int]) -> dict[int, frozenset[tuple[int, int]]]:
        """(start, end) of every tag of these articles (positions), orphaned ones left out."""
        return {
            index: frozenset(
                (placed.anchor.start, placed.anchor.end)
                for placed in self.tags.tags_for(self.articles[index])
                if not placed.orphaned
            )
            for index in articles
        }

    @on(Progress)
    def _show_progress(self, message: Progress) -> None:
        self.query_one(ProgressBar).update(total=max(1, message.total), progress=message.done)

    @on(Built)
    def _show_matrix(self, message: Built) -> None:
        self.query_one(ProgressBar).display = False
        self.rows = ClaimRows(message.matrix)
        self.rows.set_tag_spans(message.tag_spans)
        self.query_one(ClaimGrid).show(self.rows)
        self._describe_state()
        self.refresh_bindings()  # sort, filter, open and tag act from now on

    # -- actions -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"sort", "singles", "open_pair", "tag"}:
            return self.rows is not None
        return True

    def action_sort(self) -> None:
        assert self.rows is not None
        self._rearrange(lambda rows: rows.set_order(rows.order.next()))

    def action_singles(self) -> None:
        assert self.rows is not None
        self._rearrange(lambda rows: rows.set_show_singles(not rows.show_singles))

    def action_open_pair(self) -> None:
        found = self._focused_claim()
        if found is None:
            return
        claim, column = found
        pair = cell_pair(claim, column)
        if pair is None:
            self.notify(
                "Only this article holds the claim: there is no other to compare it with.",
                title="Nothing to compare",
                markup=False,
            )
            return
        self.post_message(OpenPair(self.articles[pair.left], self.articles[pair.right], at=pair.at))

    def action_tag(self) -> None:
        found = self._focused_claim()
        if found is not None:
            self.post_message(self.TagMembers(tagged_spans(found[0], self.articles)))

    # -- helpers -------------------------------------------------------------

    def _rearrange(self, change: Callable[[ClaimRows], None]) -> None:
        """Apply ``change`` to the rows, keeping the cursor on the same claim if it still shows."""
        assert self.rows is not None
        grid = self.query_one(ClaimGrid)
        row, column = grid.cursor
        claim_id = self.rows.claim(row).id if self.rows.rows else None
        change(self.rows)
        kept = self.rows.row_of_claim(claim_id) if claim_id is not None else None
        grid.show(self.rows, (kept if kept is not None else 0, column))
        self._describe_state()

    def _focused_claim(self) -> tuple[Claim, int] | None:
        if self.rows is None or not self.rows.rows:
            return None
        row, column = self.query_one(ClaimGrid).cursor
        return self.rows.claim(row), column

    def _intro(self, text: str) -> None:
        self.query_one("#claims-intro", Static).update(Text(text))

    def _describe_state(self) -> None:
        """The intro line: what is shown, in what order, and the keys that change it."""
        assert self.rows is not None
        rows = self.rows
        text = f"{plural(len(rows.rows), 'claim')}"
        if not rows.show_singles:
            text += f" held by 2+ of {plural(rows.article_count, 'article')}"
            if rows.singles:
                text += f" ({rows.singles} held by one hidden: f shows them)"
        else:
            text += f" of {plural(rows.article_count, 'article')}, single-article ones included"
        text += f" · sorted by {rows.order.value} (s: {rows.order.next().value})"
        refused = rows.matrix.refused_chains
        if refused:
            text += f" · {plural(refused, 'chain')} refused"
        self._intro(text)
        if not rows.rows:
            self.query_one("#claims-status", Static).update(
                Text("No claim is shared by two articles: f shows each article's own.")
            )

    @on(TagsChanged)
    def _tags_changed(self, message: TagsChanged) -> None:
        if self.rows is None:
            return
        changed = set(message.articles)
        positions = [n for n, article in enumerate(self.articles) if article.name in changed]
        self.rows.set_tag_spans(self._tag_spans(positions))
        grid = self.query_one(ClaimGrid)
        grid.repaint()
        self._describe_cell(ClaimGrid.CellHighlighted(grid, *grid.cursor))

    @on(ClaimGrid.CellHighlighted)
    def _describe_cell(self, message: ClaimGrid.CellHighlighted) -> None:
        if self.rows is None or not self.rows.rows:
            return
        claim = self.rows.claim(message.row)
        column = message.column
        article = self.articles[column]
        text = Text()
        text.append(f"Claim {claim.id}", style="bold")
        text.append(
            f" · {plural(len(claim.members), 'article')} · "
            f"{plural(len(claim.contradictions), 'contradiction')}"
        )
        if self.rows.is_tagged(message.row):
            text.append(f" · {TAG_GLYPH} tagged", style="bold")
        text.append("\n")
        stance = claim.stance(column)
        line = Text()
        line.append(f"{self.labels[column]} {STANCE_GLYPHS[stance]} {stance.value}", style="bold")
        line.append(f" · {visible_text(article.title)}")
        line.truncate(max(20, self.size.width - 2), overflow="ellipsis")
        text.append_text(line)
        text.append("\n")
        member = claim.member(column)
        if stance is Stance.CONTRADICTS:
            messages = [
                f"against {self.labels[other]}: {one_line(c.message)}"
                for c in claim.contradictions
                for own, other in (
                    (c.left.article, c.right.article),
                    (c.right.article, c.left.article),
                )
                if own == column
            ]
            text.append(" · ".join(messages))
            if member is not None:
                text.append("\n" + self.rows.member_text(member))
        elif member is not None:
            text.append(self.rows.member_text(member))
        else:
            summary = self.rows.member_text(claim.summary)
            text.append(f"not stated here; {self.labels[claim.summary.article]} says: {summary}")
        self.query_one("#claims-status", Static).update(text, layout=False)  # a fixed height
