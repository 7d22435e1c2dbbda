"""The corpus screen: the table of articles, marks, the filter, and what to compare."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import DataTable, Header, Input, Static

from tui.engine.corpus import Article, Corpus
from tui.engine.visible import visible_text
from tui.screens.claims import CLAIMS_SCREEN, ClaimsScreen
from tui.screens.corpus_rows import ArticleRow, article_rows, matches, tag_problems
from tui.screens.messages import OpenPair
from tui.screens.names_screen import NAMES_SCREEN, NamesScreen
from tui.screens.overview import OVERVIEW_SCREEN
from tui.tags.corpus_tags import CorpusTags
from widgets.fitting_footer import FittingFooter

MAX_MARKS = 2
MARK_GLYPHS = ("[1]", "[2]")
FIXED_COLUMNS = (("Mark", 4), ("Words", 6), ("Sentences", 9), ("Tags", 5))
ENCODING_WIDTH = 11
MIN_TITLE_WIDTH = 16


class ArticleTable(DataTable[Text]):
    """The corpus table, where enter compares instead of selecting the row.

    A binding here rather than a priority binding on the screen: the app runs
    priority bindings at once, ahead of keys still queued, so a fast
    "space down space enter" compared before the second mark was made.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "screen.compare", "Compare", id="corpus-compare",
                tooltip="Compare the two marked articles, or the marked one with the highlighted"),
    ]  # fmt: skip


class CorpusScreen(Screen[None]):
    """Pick two articles: mark them with space and press enter, or open the overview."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "mark", "Mark", id="corpus-mark",
                tooltip="Mark the highlighted article (two at most; a third replaces the oldest)"),
        Binding("o", "overview", "Overview", id="corpus-overview",
                tooltip="Related pairs with their aligned share, contradictions and name findings:"
                " a matrix up to 12 articles, groups and ranked pairs past that"),
        Binding("n", "names", "Names", id="corpus-names",
                tooltip="Every person of the corpus: spellings per article, offices"),
        Binding("c", "claims", "Claims", id="corpus-claims",
                tooltip="Each claim against each article (the two marked ones if two are marked)"),
        Binding("t", "app.browse_tags", "Tags", id="corpus-tags",
                tooltip="Every tag of the corpus; enter opens the tagged pair"),
        Binding("slash", "filter", "Filter", id="corpus-filter",
                tooltip="Filter the table by title or file name"),
        Binding("escape", "clear_filter", "Clear filter", id="corpus-clear-filter",
                tooltip="Clear the filter and return to the table"),
        Binding("j", "move(1)", "Down", show=False, id="corpus-down"),
        Binding("k", "move(-1)", "Up", show=False, id="corpus-up"),
        Binding("q", "app.quit", "Quit", id="corpus-quit", tooltip="Quit diptych"),
    ]  # fmt: skip

    def __init__(self, corpus: Corpus, tags: CorpusTags) -> None:
        super().__init__()
        self.corpus = corpus
        self.tags = tags
        self._articles = {article.name: article for article in corpus.articles}
        self._rows: list[ArticleRow] = []
        self._marks: list[str] = []
        """Marked article names, oldest first."""
        self._title_width = 0
        self._encoding_shown = False

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Input(
            placeholder="filter by title or file name · enter: table · escape: clear",
            id="corpus-filter",
        )
        yield ArticleTable(id="corpus-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="corpus-skipped")
        yield Static(id="corpus-tag-problems")
        yield Static(id="corpus-status")
        yield FittingFooter()

    def on_mount(self) -> None:
        self.title = "diptych"
        count = len(self.corpus.articles)
        root = visible_text(self.corpus.root.name)
        self.sub_title = f"{root} · {count} article{'s' * (count != 1)}"
        self.query_one("#corpus-filter", Input).display = False
        self._show_skipped()
        self._load_rows()
        self.query_one(DataTable).focus()

    def on_screen_resume(self) -> None:
        """Tag counts may have changed on the compare screen."""
        if self._rows:
            self._load_rows()

    def on_resize(self, event: Resize) -> None:
        if self._layout(event.size.width) != (self._encoding_shown, self._title_width):
            self._fill(rebuild_columns=True)

    # -- actions -------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        filter_input = self.query_one("#corpus-filter", Input)
        if action == "compare":
            return not filter_input.has_focus
        if action == "clear_filter":
            return filter_input.display
        return True

    def action_mark(self) -> None:
        name = self._highlighted()
        if name is None:
            return
        if name in self._marks:
            self._marks.remove(name)
        else:
            self._marks.append(name)
            del self._marks[:-MAX_MARKS]
        self._fill()

    def action_compare(self) -> None:
        pair = self._pair_to_compare()
        if pair is not None:
            self.post_message(OpenPair(*pair))

    def action_overview(self) -> None:
        self.app.push_screen(OVERVIEW_SCREEN)

    def action_names(self) -> None:
        """The names screen, built once: its people stay found when it is left."""
        if not self.app.is_screen_installed(NAMES_SCREEN):
            self.app.install_screen(NamesScreen(self.corpus.articles), name=NAMES_SCREEN)
        self.app.push_screen(NAMES_SCREEN)

    def action_claims(self) -> None:
        """The marked pair's claims, or the corpus's (built once, kept when it is left)."""
        marks = self.marks
        if len(marks) == MAX_MARKS:
            self.app.push_screen(ClaimsScreen(marks, self.tags, marked=True))
            return
        if not self.app.is_screen_installed(CLAIMS_SCREEN):
            claims = ClaimsScreen(self.corpus.articles, self.tags)
            self.app.install_screen(claims, name=CLAIMS_SCREEN)
        self.app.push_screen(CLAIMS_SCREEN)

    def action_filter(self) -> None:
        filter_input = self.query_one("#corpus-filter", Input)
        filter_input.display = True
        filter_input.focus()
        self.refresh_bindings()

    def action_clear_filter(self) -> None:
        filter_input = self.query_one("#corpus-filter", Input)
        filter_input.value = ""
        filter_input.display = False
        self.query_one(DataTable).focus()
        self._fill()
        self.refresh_bindings()

    def action_move(self, step: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + step)

    def mark_article(self, name: str) -> None:
        """Highlight and mark ``name`` (used by the command palette)."""
        self._show(name)
        if name not in self._marks:
            self.action_mark()

    @property
    def marks(self) -> tuple[Article, ...]:
        return tuple(self._articles[name] for name in self._marks)

    # -- events --------------------------------------------------------------

    @on(Input.Changed, "#corpus-filter")
    def _filter_changed(self) -> None:
        self._fill()

    @on(Input.Submitted, "#corpus-filter")
    def _filter_done(self) -> None:
        self.query_one(DataTable).focus()
        self.refresh_bindings()

    # -- helpers -------------------------------------------------------------

    def _pair_to_compare(self) -> tuple[Article, Article] | None:
        """The marked pair, or the mark and the highlighted article; explains when neither."""
        marks = self.marks
        if len(marks) == MAX_MARKS:
            return marks[0], marks[1]
        highlighted = self._highlighted()
        if not marks:
            self.notify(
                "Mark an article (Mark in the footer), then compare it with the highlighted "
                "one, or mark two.",
                title="Nothing to compare",
                markup=False,
            )
            return None
        if highlighted is None or highlighted == marks[0].name:
            self.notify(
                "Highlight another article to compare with, or mark a second one.",
                title="One article marked",
                markup=False,
            )
            return None
        return marks[0], self._articles[highlighted]

    def _highlighted(self) -> str | None:
        table = self.query_one(DataTable)
        if table.row_count == 0:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return row_key.value

    def _show(self, name: str) -> None:
        table = self.query_one(DataTable)
        if name not in {row.name for row in self._visible_rows()}:
            self.action_clear_filter()
        table.move_cursor(row=table.get_row_index(name))

    def _load_rows(self) -> None:
        self.tags.reload()  # tags written by another program since
        tags = self.tags.survey()
        self._rows = sorted(article_rows(self.corpus.articles, tags), key=lambda row: row.name)
        self._show_tag_problems(tag_problems(tags))
        self._fill()

    def _visible_rows(self) -> list[ArticleRow]:
        query = self.query_one("#corpus-filter", Input).value
        return [row for row in self._rows if matches(row, query)]

    def _layout(self, screen_width: int) -> tuple[bool, int]:
        """Whether the Encoding column is shown, and the title's width.

        The encoding is always shown when a file is not UTF-8; when every file
        is, only where it leaves the title its minimum width."""
        name_width = max((len(row.name) for row in self._rows), default=8)
        fixed = sum(width + 2 for width in self._fixed_widths().values()) + name_width + 2
        title_width = screen_width - fixed - 4
        shown = title_width - ENCODING_WIDTH - 2 >= MIN_TITLE_WIDTH or any(
            row.encoding != "utf-8" for row in self._rows
        )
        if shown:
            title_width -= ENCODING_WIDTH + 2
        return shown, max(MIN_TITLE_WIDTH, title_width)

    def _fixed_widths(self) -> dict[str, int]:
        """Each fixed column's width, widened to its longest number: counts are never cut."""
        widths = dict(FIXED_COLUMNS)
        for label, values in (
            ("Words", [row.words for row in self._rows]),
            ("Sentences", [row.sentences for row in self._rows]),
            ("Tags", [row.tags or 0 for row in self._rows]),
        ):
            widths[label] = max([widths[label], *(len(str(value)) for value in values)])
        return widths

    def _fill(self, rebuild_columns: bool = False) -> None:
        table = self.query_one(DataTable)
        highlighted = self._highlighted()
        table.clear(columns=rebuild_columns or not table.columns)
        if not table.columns:
            self._add_columns(table)
        rows = self._visible_rows()
        for row in rows:
            table.add_row(*self._cells(row), key=row.name)
        visible = [row.name for row in rows]
        if highlighted in visible:
            table.move_cursor(row=visible.index(highlighted), animate=False)
        self._show_status()

    def _add_columns(self, table: DataTable[Text]) -> None:
        name_width = max((len(row.name) for row in self._rows), default=8)
        widths = self._fixed_widths()
        table.add_column("Mark", width=widths["Mark"], key="mark")
        self._encoding_shown, self._title_width = self._layout(self.size.width)
        table.add_column("Title", width=self._title_width, key="title")
        table.add_column("File", width=name_width, key="file")
        for label in ("Words", "Sentences", "Tags"):
            table.add_column(Text(label, justify="right"), width=widths[label], key=label.lower())
        if self._encoding_shown:
            table.add_column("Encoding", width=ENCODING_WIDTH, key="encoding")

    def _cells(self, row: ArticleRow) -> tuple[Text, ...]:
        marked = row.name in self._marks
        mark = MARK_GLYPHS[self._marks.index(row.name)] if marked else ""
        style = "bold" if marked else ""
        return (
            Text(mark, style="bold"),
            Text(visible_text(row.title), style=style, no_wrap=True, overflow="ellipsis"),
            Text(visible_text(row.name), style=style, no_wrap=True, overflow="ellipsis"),
            Text(str(row.words), justify="right"),
            Text(str(row.sentences), justify="right"),
            Text(row.tags_cell, justify="right"),
        ) + self._encoding_cell(row)

    def _encoding_cell(self, row: ArticleRow) -> tuple[Text, ...]:
        if not self._encoding_shown:
            return ()
        return (Text(row.encoding, style="italic" if row.encoding.endswith("?") else ""),)

    def _show_status(self) -> None:
        status = Text()
        if not self._marks:
            status.append("No article marked: mark two and compare them, or mark one and compare "
                          "it with the highlighted one.")  # fmt: skip
        else:
            status.append("Marked:")
            for glyph, name in zip(MARK_GLYPHS, self._marks, strict=False):
                status.append(f" {glyph} ", style="bold")
                status.append(visible_text(name))
            status.append(" · compare: ")
            status.append(MARK_GLYPHS[0], style="bold")
            status.append(" on the left, ")
            if len(self._marks) == MAX_MARKS:
                status.append(MARK_GLYPHS[1], style="bold")
                status.append(" on the right")
            else:
                status.append("the highlighted article on the right")
        shown, total = len(self._visible_rows()), len(self._rows)
        if shown != total:
            status.append(f" · filter shows {shown} of {total}")
        self.query_one("#corpus-status", Static).update(status)

    def _show_tag_problems(self, problems: list[str]) -> None:
        """Why a Tags cell shows "?", and tags whose article is gone, where the user looks."""
        shown = self.query_one("#corpus-tag-problems", Static)
        shown.display = bool(problems)
        text = Text("Tags not counted:", style="bold")
        for problem in problems:
            text.append(f"\n  {visible_text(problem)}")
        shown.update(text)

    def _show_skipped(self) -> None:
        skipped = self.query_one("#corpus-skipped", Static)
        if not self.corpus.skipped:
            skipped.display = False
            return
        text = Text(f"Skipped {len(self.corpus.skipped)} file(s):", style="bold")
        for entry in self.corpus.skipped:
            text.append(f"\n  {visible_text(entry.path.name)}: ")
            text.append(visible_text(entry.reason), style="italic")
        skipped.update(text)
