"""``diptych names [CORPUS]``: every person, spelled per article, with offices and disputes."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from tui.commands.loading import add_encoding_option, corpus_or_exit
from tui.commands.output import write_json
from tui.engine.people.table import Held, NameTable, Written, name_table
from tui.engine.visible import visible_text

SCHEMA = "diptych.names/1"


def run(args: argparse.Namespace) -> int:
    corpus = corpus_or_exit(args.corpus, args.encoding)
    table = name_table(corpus.articles)
    if args.format == "json":
        write_json(to_json(table, str(corpus.root)))
    else:
        print_table(table, str(corpus.root), args.width)
    return 0


def to_json(table: NameTable, root: str) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "root": root,
        "people": [
            {
                "name": row.name,
                "spellings": list(row.spellings),
                "spelling_differs": row.spelling_differs,
                "articles": [
                    {
                        "file": a.article,
                        "names": list(a.names),
                        "spellings": list(a.spellings),
                        "offices": [
                            {"office": label, "written": written} for label, written in a.offices
                        ],
                        "mentions": [_written(m) for m in a.mentions],
                        "office_history": [_held(h) for h in a.held],
                    }
                    for a in row.appearances
                ],
            }
            for row in table.people
        ],
        "ambiguous": [
            {
                "file": a.article,
                **_written(a.mention),
                "candidates": list(a.candidates),
            }
            for a in table.ambiguous
        ],
        "office_conflicts": [
            {
                "office": dispute.office,
                "written": dispute.written,
                "holders": [
                    {"name": h.name, "articles": list(h.articles)} for h in dispute.holders
                ],
            }
            for dispute in table.disputes
        ],
    }


def _written(written: Written) -> dict[str, Any]:
    return {
        "sentence": written.sentence,
        "start": written.start,
        "end": written.end,
        "quote": written.text,
    }


def _held(held: Held) -> dict[str, Any]:
    return {
        "office": held.label,
        "title": held.title,
        "written": _written(held.written),
        "jurisdiction": {"country": held.country, "place": held.place},
        "current": held.current,
    }


def print_table(table: NameTable, root: str, width: int | None = None) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(width=width, highlight=False, emoji=False, markup=False)
    people = Table(title=visible_text(f"people in {root}"), title_justify="left")
    for column in ("person", "article", "written as", "office", "discrepancy"):
        people.add_column(column, no_wrap=column == "article")
    disputed = {h.name for d in table.disputes for h in d.holders}
    for row in table.people:
        for n, appearance in enumerate(row.appearances):
            variant = any(s != row.spelling for s in appearance.spellings)
            marks = []
            if variant:
                marks.append("spelling")
            if n == 0 and row.name in disputed:
                marks.append("office disputed")
            people.add_row(
                Text(visible_text(row.name), style="bold") if n == 0 else "",
                Text(visible_text(appearance.article)),
                Text(
                    visible_text(", ".join(appearance.names)),
                    style="bold magenta underline" if variant else "",
                ),
                Text(visible_text(_offices(appearance.held))),
                Text(" ".join(f"! {m}" for m in marks), style="red"),
                end_section=n == len(row.appearances) - 1,
            )
    console.print(people)
    if table.ambiguous:
        console.print("surnames alone that could be more than one person:")
        for a in table.ambiguous:
            line = (
                f"  {a.article}: {a.mention.text!r} at {a.mention.start} "
                f"could be {' or '.join(a.candidates)}"
            )
            console.print(Text(visible_text(line)))
    if not table.disputes:
        console.print("no office is given to different people")
        return
    conflicts = Table(title="office conflicts", title_justify="left", show_lines=True)
    conflicts.add_column("office")
    conflicts.add_column("holder")
    conflicts.add_column("according to")
    for dispute in table.disputes:
        for n, holder in enumerate(dispute.holders):
            cells = (dispute.written if n == 0 else "", holder.name, ", ".join(holder.articles))
            conflicts.add_row(*(Text(visible_text(cell)) for cell in cells))
    console.print(conflicts)


def _offices(held: tuple[Held, ...]) -> str:
    """The offices as the article writes them, past ones marked (the canonical names and
    places are in the JSON)."""
    return ", ".join(
        dict.fromkeys(
            " ".join(h.written.text.split()) + ("" if h.current else " (past)") for h in held
        )
    )


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "names",
        help="list every person of a corpus, their spellings and offices",
        description="Every person named in the corpus, each spelling per article and the "
        "office each article gives them. Spellings that differ across articles and offices "
        "given to different people are marked.",
        epilog="examples:\n  diptych names seeds\n  diptych names seeds --format json | "
        "jq '.office_conflicts'",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
    add_encoding_option(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--width", type=int, default=None, help="text output width (default: the terminal's)"
    )
