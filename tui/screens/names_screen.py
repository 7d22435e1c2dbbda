"""The names screen: every person of the corpus, how each article spells them and which
office it gives them, found in a worker (``name_table``, the table behind ``diptych
names``).

A row is one person; ``≠`` marks a person whose surname the articles spell differently.
The panel under the table shows the highlighted person article by article: the names as
written and the offices with their place and time. ``a`` shows instead the surnames
written alone that could be any of two people of their article, ``d`` keeps only the
people spelled differently, and ``enter`` compares two articles that name the person,
where they spell the name differently if they do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widgets import DataTable, Footer, Header, Static

from tui.engine.corpus import Article
from tui.engine.people.table import Ambiguous, Appearance, Held, NameTable, PersonRow, name_table
from tui.engine.visible import visible_text
from tui.screens.base import WorkerScreen
from tui.screens.messages import OpenPair

NAMES_SCREEN = "names"

DIFFERS = "≠"
NAME_WIDTH = 24
SPELLINGS_WIDTH = 40
MIN_COLUMN = 16
"""Cells are cut to fit the terminal; the panel below shows the highlighted row whole."""


def _flat(text: str, width: int | None = None) -> str:
    """Article text as one visible line, cut to ``width`` characters."""
    flat = " ".join(visible_text(text).split())
    return flat if width is None or len(flat) <= width else flat[: width - 1] + "…"


def office_phrase(held: Held) -> str:
    """An office as the article writes it, with its place and whether it is past:
    "Governor (ohio)", "FBI Director (past)"."""
    where = held.place or held.country
    notes = [where] if where else []
    if not held.current:
        notes.append("past")
    suffix = f" ({', '.join(notes)})" if notes else ""
    return _flat(held.written.text) + suffix


def offices_of(row: PersonRow) -> list[str]:
    """Every office the articles give the person, current first, each once."""
    held = [h for a in row.appearances for h in a.held]
    ordered = [h for h in held if h.current] + [h for h in held if not h.current]
    return list(dict.fromkeys(office_phrase(h) for h in ordered))


def spellings_cell(row: PersonRow) -> str:
    return " / ".join(_flat(s) for s in row.spellings)


def appearance_line(appearance: Appearance) -> Text:
    """One article's view of the person: names as written, then offices."""
    line = Text()
    line.append(_flat(appearance.article), style="bold")
    line.append(": " + "; ".join(_flat(n) for n in appearance.names))
    offices = list(dict.fromkeys(office_phrase(h) for h in appearance.held))
    if offices:
        line.append(" · " + "; ".join(offices), style="italic")
    return line


def pair_to_open(row: PersonRow) -> tuple[Appearance, Appearance] | None:
    """Two articles naming the person: where the spelling differs if it does."""
    appearances = row.appearances
    for first in appearances:
        for other in appearances:
            if set(first.spellings).isdisjoint(other.spellings):
                return first, other
    return (appearances[0], appearances[1]) if len(appearances) > 1 else None


class NamesScreen(WorkerScreen[None]):
    """Every person of the corpus; ``enter`` compares two articles that name them."""

    DEFAULT_CSS = """
    NamesScreen #names-summary {
        padding: 0 1;
        color: $text-muted;
    }
    NamesScreen DataTable {
        height: 1fr;
    }
    NamesScreen #names-detail {
        height: auto;
        max-height: 12;
        padding: 0 1;
        border-top: solid $primary;
    }
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open_pair", "Compare", id="names-open", priority=True,
                tooltip="Compare two articles naming the person (spelling it differently if any)"),
        Binding("d", "toggle_differing", "Differing", id="names-differing",
                tooltip="Only the people whose name the articles spell differently"),
        Binding("a", "toggle_ambiguous", "Ambiguous", id="names-ambiguous",
                tooltip="Surnames written alone that could be any of two people"),
        Binding("escape,q", "app.pop_screen", "Back", id="names-back",
                tooltip="Back to the corpus table"),
        Binding("j", "move(1)", "Down", show=False, id="names-down"),
        Binding("k", "move(-1)", "Up", show=False, id="names-up"),
    ]  # fmt: skip

    class Found(Message):
        """The worker built the corpus's people table."""

        def __init__(self, table: NameTable) -> None:
            super().__init__()
            self.table = table

    def __init__(self, articles: Sequence[Article]) -> None:
        super().__init__()
        self.articles = {article.name: article for article in articles}
        self.table: NameTable | None = None
        self.differing_only = False
        self.showing_ambiguous = False
        self.shown: tuple[PersonRow, ...] = ()

    def compose(self) -> ComposeResult:
        yield Header(show_clock=False)
        yield Static(id="names-summary")
        yield DataTable(id="names-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="names-detail")
        yield Footer()

    def on_mount(self) -> None:
        self.title = "diptych"
        self.sub_title = f"people of {len(self.articles)} articles"
        self.query_one("#names-summary", Static).update(
            f"Finding the people of {len(self.articles)} articles…"
        )
        self.query_one(DataTable).focus()
        self._find_people()

    @work(thread=True, exclusive=True, exit_on_error=False, group="names")
    def _find_people(self) -> None:
        self.post_message(self.Found(name_table(list(self.articles.values()))))

    @on(Found)
    def _show_table(self, message: Found) -> None:
        self.table = message.table
        self.refill()

    # -- table -----------------------------------------------------------------

    def refill(self) -> None:
        if self.table is None:
            return
        table = self.query_one(DataTable)
        table.clear(columns=True)
        if self.showing_ambiguous:
            self._fill_ambiguous(table, self.table.ambiguous)
        else:
            self._fill_people(table, self.table.people)
        self._describe_cursor()

    def _fill_people(self, table: DataTable[str | Text], people: Sequence[PersonRow]) -> None:
        self.shown = tuple(p for p in people if p.spelling_differs or not self.differing_only)
        table.add_columns(DIFFERS, "person", "articles", "spellings", "offices")
        width = self.app.size.width
        spellings_width = max(MIN_COLUMN, min(SPELLINGS_WIDTH, width // 4))
        offices_width = max(MIN_COLUMN, width - NAME_WIDTH - spellings_width - 20)
        for index, row in enumerate(self.shown):
            table.add_row(
                Text(DIFFERS, style="bold") if row.spelling_differs else "",
                _flat(row.name, NAME_WIDTH),
                str(len(row.appearances)),
                _flat(spellings_cell(row), spellings_width),
                _flat("; ".join(offices_of(row)), offices_width),
                key=str(index),
            )
        differing = sum(p.spelling_differs for p in people)
        summary = f"{len(people)} people · {differing} spelled differently"
        if self.differing_only:
            summary += " (only those shown)"
        summary += f" · {len(self.table.ambiguous) if self.table else 0} ambiguous surnames"
        if self.shown:
            summary += " · enter compares two articles that name the person"
        self.query_one("#names-summary", Static).update(Text(summary))

    def _fill_ambiguous(self, table: DataTable[str | Text], found: Sequence[Ambiguous]) -> None:
        table.add_columns("article", "written", "could be")
        for index, item in enumerate(found):
            table.add_row(
                _flat(item.article),
                _flat(item.mention.text),
                _flat(" or ".join(item.candidates)),
                key=str(index),
            )
        summary = f"{len(found)} surnames written alone that could be two people · a: back"
        self.query_one("#names-summary", Static).update(Text(summary))

    @on(DataTable.RowHighlighted)
    def _describe_cursor(self) -> None:
        detail = self.query_one("#names-detail", Static)
        row = self._highlighted()
        if row is None:
            detail.update("")
            return
        lines = [Text(_flat(row.name), style="bold")]
        lines += [appearance_line(a) for a in row.appearances]
        detail.update(Text("\n").join(lines))

    def _highlighted(self) -> PersonRow | None:
        if self.showing_ambiguous or not self.shown:
            return None
        index = self.query_one(DataTable).cursor_row
        return self.shown[index] if 0 <= index < len(self.shown) else None

    # -- actions ---------------------------------------------------------------

    def action_toggle_differing(self) -> None:
        self.differing_only = not self.differing_only
        self.showing_ambiguous = False
        self.refill()

    def action_toggle_ambiguous(self) -> None:
        self.showing_ambiguous = not self.showing_ambiguous
        self.refill()

    def action_move(self, rows: int) -> None:
        table = self.query_one(DataTable)
        table.move_cursor(row=table.cursor_row + rows)

    def action_open_pair(self) -> None:
        row = self._highlighted()
        if row is None:
            return
        pair = pair_to_open(row)
        if pair is None:
            self.notify(f"Only one article names {_flat(row.name)}.", markup=False)
            return
        first, other = pair
        at = first.mentions[0].start if first.mentions else None
        self.post_message(OpenPair(self.articles[first.article], self.articles[other.article], at))
