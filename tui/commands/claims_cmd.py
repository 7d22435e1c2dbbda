"""``diptych claims CORPUS``: every claim of a corpus against every article."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from tui.commands.errors import UserError
from tui.commands.loading import add_encoding_option, corpus_or_exit
from tui.commands.output import write_json
from tui.commands.pair_options import add_pair_options, check_jobs
from tui.commands.stage_line import clear_stage, pair_progress, show_stage
from tui.engine.claims.build import build_claims
from tui.engine.claims.export import csv_header, csv_row, to_json
from tui.engine.claims.report import to_markdown, to_text
from tui.engine.visible import visible_lines


def run(args: argparse.Namespace) -> int:
    check_jobs(args.jobs)
    if args.min_members < 1:
        raise UserError(f"--min-members must be at least 1, not {args.min_members}")
    corpus = corpus_or_exit(args.corpus, args.encoding)
    articles = sorted(corpus.articles, key=lambda article: article.name)
    if len(articles) < 2:
        raise UserError(f"{corpus.root}: the claim matrix needs at least two articles")
    on_terminal = sys.stderr.isatty()
    if on_terminal:
        show_stage("finding related articles")
    matrix = build_claims(
        articles,
        pair_progress() if on_terminal else None,
        all_pairs=args.all_pairs,
        workers=args.jobs,
    )
    if on_terminal:
        clear_stage()
    root = str(corpus.root)
    if args.format == "json":
        write_json(
            to_json(matrix, root, args.min_members), indent=1 if sys.stdout.isatty() else None
        )
    elif args.format == "csv":
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(csv_header(matrix))
        for claim in matrix.claims:
            if len(claim.members) >= args.min_members:
                row = csv_row(matrix, claim)
                writer.writerow([visible_lines(c) if isinstance(c, str) else c for c in row])
    elif args.format == "markdown":
        sys.stdout.write(to_markdown(matrix, root, args.min_members))
    else:
        sys.stdout.write(to_text(matrix, root, args.min_members))
    return 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "claims",
        help="every claim of a corpus against every article: states, contradicts, omits",
        description="Align the related pairs of a corpus (as the overview picks them) and "
        "join the passages that state the same thing into claims: at most one passage (one "
        "to three sentences) per article, and no chaining (A and C join B's claim only if "
        "they agree with each other too). For each claim and article: states (a member), "
        "contradicts (a member with a contradiction against another member) or omits.",
        epilog="examples:\n"
        "  diptych claims seeds\n"
        "  diptych claims articles/ --format json | jq '.claims[] | select(.omitted_by == [])'\n"
        "  diptych claims articles/ --format csv > matrix.csv\n"
        "  diptych claims articles/ --format markdown --min-members 3 > claims.md\n"
        "  diptych claims articles/ --all-pairs --jobs 1\n\n"
        "The JSON output follows the schema diptych.claims/1 (see README). The CSV has a row per "
        "claim and a column per article holding its stance. Every format lists the claims held "
        "by two or more articles; --min-members 1 adds each article's own sentences.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
    add_encoding_option(p)
    p.add_argument(
        "--format",
        choices=("text", "json", "csv", "markdown"),
        default="text",
        help="output format (default: text)",
    )
    p.add_argument(
        "--min-members",
        type=int,
        default=2,
        metavar="N",
        help="list the claims held by at least N articles (default: 2; 1 adds each article's "
        "own sentences)",
    )
    add_pair_options(p, "align")
