"""``diptych overview CORPUS``: what each related pair of articles has in common."""

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
from tui.engine.dask_jobs import DaskMissing
from tui.engine.event_groups import event_groups
from tui.engine.overview import Overview, PairNumbers, overview
from tui.engine.overview_export import CSV_HEADER, csv_row, to_json
from tui.engine.visible import visible_text


def run(args: argparse.Namespace) -> int:
    check_jobs(args.jobs)
    if (args.executor == "dask") != (args.scheduler is not None):
        raise UserError("--executor dask and --scheduler ADDRESS go together")
    corpus = corpus_or_exit(args.corpus, args.encoding)
    articles = sorted(corpus.articles, key=lambda article: article.name)
    if len(articles) < 2:
        raise UserError(f"{corpus.root}: the overview needs at least two articles")
    on_terminal = sys.stderr.isatty()
    if on_terminal:
        show_stage("finding related articles")
    progress = pair_progress() if on_terminal else None
    try:
        result = overview(articles, args.all_pairs, progress, args.jobs, args.scheduler)
    except DaskMissing as error:
        raise UserError(str(error)) from error
    if on_terminal:
        clear_stage()
    if args.format == "json":
        document = to_json(result, str(corpus.root), args.list_skipped)
        write_json(document, indent=1 if sys.stdout.isatty() else None)
    elif args.format == "csv":
        names = [article.name for article in result.articles]
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(CSV_HEADER)
        for pair in result.pairs:
            row = csv_row(pair, names)
            writer.writerow([visible_text(cell) if isinstance(cell, str) else cell for cell in row])
    else:
        sys.stdout.write(text_report(result, str(corpus.root)))
    return 0


def text_report(result: Overview, corpus: str) -> str:
    """The compared pairs that share something, most aligned first (file names as
    display text)."""
    names = [visible_text(article.name) for article in result.articles]
    corpus = visible_text(corpus)
    total = len(names) * (len(names) - 1) // 2
    lines = [
        f"{corpus}: {len(names)} articles, {total:,} pairs: {len(result.pairs):,} compared, "
        f"{len(result.skipped):,} skipped as unrelated",
    ]
    lines += _group_lines(result, names)
    shown = [p for p in result.pairs if _shares_something(p.numbers)]
    shown.sort(key=lambda p: (-p.numbers.aligned_share, -p.numbers.contradictions, p.left, p.right))
    if shown:
        lines += ["", f"{'aligned':>7} {'contra':>6} {'names':>5} {'shared':>6}  left / right"]
    for pair in shown:
        n = pair.numbers
        lines.append(
            f"{n.aligned_share:>7.0%} {n.contradictions:>6} {n.names:>5} {n.shared:>6}  "
            f"{names[pair.left]}  {names[pair.right]}"
        )
    if len(shown) < len(result.pairs):
        lines += ["", f"{len(result.pairs) - len(shown):,} compared pairs share nothing."]
    return "\n".join(lines) + "\n"


def _group_lines(result: Overview, names: list[str]) -> list[str]:
    """The groups of articles about one event, largest first: files (the most central
    first), counts and the most central article's title."""
    groups = event_groups(result.pairs)
    if not groups:
        return []
    grouped = sum(len(group) for group in groups)
    lines = [
        "",
        f"{len(groups):,} groups about one event ({grouped:,} articles; "
        f"{len(names) - grouped:,} alone):",
    ]
    for group in groups:
        title = visible_text(result.articles[group.central].title)
        files = ", ".join(names[member] for member in group.members)
        lines.append(
            f"  {len(group)} articles ({files}), {group.contradictions} contradictions, "
            f"{group.names} names: {title}"
        )
    return lines


def _shares_something(numbers: PairNumbers) -> bool:
    return bool(numbers.aligned_share or numbers.contradictions or numbers.names or numbers.shared)


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "overview",
        help="compare the related pairs of a corpus and print what each pair shares",
        description="Find the pairs of articles that can share claims (an index of their "
        "informative words), compare them on every core, and print each pair's share of "
        "aligned sentences and its contradiction, name and shared-passage counts (every "
        "finding, as in the app's overview), and the groups of articles about one event "
        "(average-link clustering of the pairs by aligned share). Pairs with too few "
        "informative words in common are skipped as unrelated; --all-pairs compares every "
        "pair.",
        epilog="examples:\n"
        "  diptych overview seeds\n"
        "  diptych overview articles/ --format json | jq '.pairs[] | select(.contradictions > 0)'\n"
        "  diptych overview articles/ --format csv > pairs.csv\n"
        "  diptych overview articles/ --all-pairs --jobs 1\n"
        "  diptych overview articles/ --executor dask --scheduler tcp://10.0.0.5:8786\n\n"
        "The JSON output follows the schema diptych.overview/2 (see README). The CSV lists the "
        "compared pairs; the text lists the groups, then the pairs that share something, "
        "most aligned first.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
    add_encoding_option(p)
    p.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="output format (default: text)",
    )
    p.add_argument(
        "--list-skipped",
        action="store_true",
        help="JSON: list the pairs skipped as unrelated, not only their count",
    )
    add_pair_options(p, "compare")
    p.add_argument(
        "--executor",
        choices=("local", "dask"),
        default="local",
        help="where pairs are compared: this machine's cores (default) or a Dask cluster "
        "(needs diptych[dask] and --scheduler)",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="the Dask scheduler's address, e.g. tcp://10.0.0.5:8786 (with --executor dask)",
    )
