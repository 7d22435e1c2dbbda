"""``diptych list [CORPUS]``: the corpus table."""

from __future__ import annotations

import argparse
from pathlib import Path

from tui.commands.loading import add_encoding_option, corpus_or_exit
from tui.commands.output import write_json
from tui.engine.visible import visible_text


def run(args: argparse.Namespace) -> int:
    corpus = corpus_or_exit(args.corpus, args.encoding)
    if args.format == "json":
        document = {
            "root": str(corpus.root),
            "articles": [
                {
                    "file": a.name,
                    "title": a.title,
                    "words": a.word_count,
                    "sentences": a.sentence_count,
                    "encoding": a.encoding,
                    "sha256": a.sha256,
                }
                for a in corpus.articles
            ],
            "skipped": [{"file": s.path.name, "reason": s.reason} for s in corpus.skipped],
        }
        write_json(document)
        return 0
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=Text(visible_text(str(corpus.root))), title_justify="left")
    for column, justify in (
        ("file", "left"),
        ("title", "left"),
        ("words", "right"),
        ("sentences", "right"),
        ("encoding", "left"),
    ):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for a in corpus.articles:
        encoding = a.encoding + (" (detected)" if a.encoding_detected else "")
        cells = (a.name, a.title, str(a.word_count), str(a.sentence_count), encoding)
        table.add_row(*(Text(visible_text(cell)) for cell in cells))
    console = Console(highlight=False, emoji=False, markup=False)
    console.print(table)
    for skipped in corpus.skipped:
        console.print(visible_text(f"skipped {skipped.path.name}: {skipped.reason}"))
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "list",
        help="print the corpus table",
        description="List the articles of a corpus: title, file, words, sentences, "
        "and every skipped file with the reason.",
        epilog="examples:\n  diptych list seeds\n  diptych list seeds --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
    add_encoding_option(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
