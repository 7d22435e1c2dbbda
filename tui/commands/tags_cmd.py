"""``diptych tags [CORPUS]``: every tag of a corpus, as text, JSON, CSV or Web Annotations.

Read-only: listing never writes a sidecar. Tags are placed in the articles as
they are now (moved, changed and orphaned ones are marked); the tags of a
sidecar whose article is gone are listed as orphaned, with the article missing. Unreadable
sidecars are reported on stderr by file and line, and the exit status is 1.
Text and CSV hold display text (``visible_text``: control characters as visible
placeholders of the same length, so offsets still hold); JSON holds it exactly.
"""

from __future__ import annotations

import argparse
import csv
import sys
from typing import Any, TextIO

from tui.commands.loading import add_encoding_option, corpus_or_exit
from tui.commands.output import write_json
from tui.engine.corpus import Corpus
from tui.engine.visible import visible_lines, visible_text
from tui.tags.corpus_tags import CorpusTags
from tui.tags.model import AnchoredTag, AnchorStatus

LIST_SCHEMA = "diptych.tag-list/1"
CSV_COLUMNS = (
    "article", "id", "labels", "status", "start", "end", "text", "quote", "note",
    "related_article", "related_quote", "created", "updated",
)  # fmt: skip


def claim_text(placed: AnchoredTag) -> str:
    """The claim as it reads now; the tagged quote when it cannot be found."""
    return placed.tag.target.exact if placed.orphaned else placed.current


def as_record(placed: AnchoredTag, missing: bool = False) -> dict[str, Any]:
    tag = placed.tag
    located = not placed.orphaned
    return {
        "article": placed.article,
        "article_missing": missing,
        "id": tag.id,
        "labels": list(tag.labels),
        "note": tag.note,
        "status": placed.state,
        "start": placed.anchor.start if located else None,
        "end": placed.anchor.end if located else None,
        "text": claim_text(placed),
        "quote": tag.target.exact,
        "related": (
            {"article": tag.related.article, "quote": tag.related.exact} if tag.related else None
        ),
        "created": tag.created,
        "updated": tag.updated,
        "conflict_of": tag.conflict_of,
    }


def write_text(tags: list[AnchoredTag], corpus: Corpus, out: TextIO) -> None:
    present = {article.name for article in corpus.articles}
    for placed in tags:
        tag = placed.tag
        where = "" if placed.orphaned else f":{placed.anchor.start}-{placed.anchor.end}"
        marker = "" if placed.state == AnchorStatus.ANCHORED.value else f"  [{placed.state}]"
        if placed.article not in present:
            marker = "  [orphaned: article missing]"
        labels = _one_line(", ".join(tag.labels)) or "(no label)"
        out.write(f"{_one_line(placed.article)}{where}  {labels}{marker}\n")
        out.write(f"    claim: {_one_line(claim_text(placed))}\n")
        if placed.status is AnchorStatus.CHANGED:
            out.write(f"    was:   {_one_line(tag.target.exact)}\n")
        if tag.note:
            out.write(f"    note:  {_indent(tag.note)}\n")
        if tag.related:
            link = f"{tag.related.article}: {tag.related.exact}"
            out.write(f"    link:  {_one_line(link)}\n")
    orphaned = sum(placed.orphaned for placed in tags)
    missing = sorted({placed.article for placed in tags} - present)
    articles = len({placed.article for placed in tags} & present)
    summary = f"{len(tags)} tag{'s' * (len(tags) != 1)} in {articles} of "
    summary += f"{len(corpus.articles)} articles"
    if orphaned:
        summary += f" ({orphaned} orphaned)"
    if missing:
        summary += f"; sidecars of missing articles: {_one_line(', '.join(missing))}"
    out.write(summary + "\n")


def _one_line(text: str) -> str:
    return " ".join(visible_text(text).split())


def _indent(text: str) -> str:
    return "\n           ".join(visible_lines(text.rstrip("\n")).split("\n"))


def write_csv(tags: list[AnchoredTag], out: TextIO) -> None:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for placed in tags:
        record = as_record(placed)
        related = record["related"] or {"article": "", "quote": ""}
        row = [
            record["article"], record["id"], ";".join(record["labels"]), record["status"],
            "" if record["start"] is None else record["start"],
            "" if record["end"] is None else record["end"],
            record["text"], record["quote"], record["note"],
            related["article"], related["quote"], record["created"], record["updated"],
        ]  # fmt: skip
        writer.writerow([visible_lines(cell) if isinstance(cell, str) else cell for cell in row])


def run(args: argparse.Namespace) -> int:
    corpus = corpus_or_exit(args.corpus, args.encoding)
    corpus_tags = CorpusTags(corpus.articles)
    tags = corpus_tags.all_tags()
    out = sys.stdout
    if args.format == "json":
        document = {
            "schema": LIST_SCHEMA,
            "root": str(corpus.root),
            "tags": [
                as_record(placed, not corpus_tags.has_article(placed.article)) for placed in tags
            ],  # fmt: skip
            "errors": [
                {"path": str(e.path), "line": e.line, "message": e.problem}
                for e in corpus_tags.errors()
            ],
        }
        write_json(document)
    elif args.format == "jsonld":
        from tui.tags.webanno import collection

        root = corpus.root.resolve()

        def source_of(name: str) -> str:
            return (root / name).as_uri()

        label = f"diptych tags of {corpus.root}"
        write_json(collection(tags, source_of, label))
    elif args.format == "csv":
        write_csv(tags, out)
    else:
        write_text(tags, corpus, out)
    for error in corpus_tags.errors():
        message = visible_text(f"{error} (tags of this article are read-only)")
        print(f"diptych: {message}", file=sys.stderr)
    return 1 if corpus_tags.errors() else 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from pathlib import Path

    p = sub.add_parser(
        "tags",
        help="list every tag of a corpus",
        description="List every tag of a corpus: article, labels, note and the claim's text "
        "as it reads now; moved, changed and orphaned tags are marked. Never writes.",
        epilog="examples:\n  diptych tags seeds\n  diptych tags seeds --format csv > tags.csv\n"
        "  diptych tags seeds --format jsonld   # W3C Web Annotations",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
    add_encoding_option(p)
    p.add_argument("--format", choices=("text", "json", "csv", "jsonld"), default="text")
