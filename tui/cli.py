"""Command line: ``diptych [CORPUS]`` opens the app; subcommands run headless.

Parsing only: each subcommand's module is imported when it runs, so that
``diptych compare --format json`` never loads Textual.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

EXIT_USAGE = 2
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"

EPILOG = """\
examples:
  diptych                         open the app on the bundled seeds/ corpus
  diptych path/to/articles        open the app on a folder of .txt/.md articles
  diptych a.txt b.txt             open the app on one pair of files
  diptych compare a.txt b.txt     compare two articles (text, --format json|markdown)
  diptych list seeds              the corpus table: titles, words, sentences, skipped files

Run 'diptych COMMAND --help' for a command's options.
"""


class UserError(Exception):
    """A problem with the user's input: reported as one line, exit status 2."""


def default_corpus() -> Path:
    return DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else Path.cwd()


def _add_compare(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "compare",
        help="compare two articles and print the result",
        description="Align two articles sentence by sentence and report shared passages, "
        "contradictions and name discrepancies.",
        epilog="examples:\n"
        "  diptych compare seeds/000_4ab7afceee558d79.txt seeds/001_cf6e1a4fd903ed95.txt\n"
        "  diptych compare a.txt b.txt --format json | jq '.findings[] | .message'\n"
        "  diptych compare a.txt b.txt --format markdown > report.md\n\n"
        "The JSON output follows the schema diptych.comparison/1 (see README).",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("left", type=Path, help="left article (.txt or .md)")
    p.add_argument("right", type=Path, help="right article (.txt or .md)")
    p.add_argument(
        "--format",
        choices=("text", "json", "markdown"),
        default="text",
        help="output format (default: text; plain when not a terminal or NO_COLOR is set)",
    )
    p.add_argument(
        "--min-score",
        type=float,
        default=0.5,
        metavar="X",
        help="hide findings scored below X, 0 to 1 (default: 0.5; 0 shows all)",
    )
    p.add_argument(
        "--width", type=int, default=None, help="text output width (default: the terminal's)"
    )


def _add_list(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "list",
        help="print the corpus table",
        description="List the articles of a corpus: title, file, words, sentences, "
        "and every skipped file with the reason.",
        epilog="example:\n  diptych list seeds\n  diptych list seeds --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
    p.add_argument("--format", choices=("text", "json"), default="text")


SUBCOMMANDS: dict[str, Callable[[argparse._SubParsersAction[argparse.ArgumentParser]], None]] = {
    "compare": _add_compare,
    "list": _add_list,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diptych",
        description="Compare news articles side by side: aligned sentences, shared passages, "
        "contradictions, name discrepancies, and tags saved next to each article.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in SUBCOMMANDS.values():
        add(sub)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diptych",
        description="Open the diptych app on a corpus folder (default: seeds/) or on two files.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "corpus",
        nargs="*",
        type=Path,
        help="a folder of .txt/.md articles, or two article files (default: seeds/)",
    )
    return parser


def run_command(args: argparse.Namespace) -> int:
    if args.command == "compare":
        from tui.commands.compare_cmd import run as run_compare

        return run_compare(args)
    if args.command == "list":
        from tui.commands.list_cmd import run as run_list

        return run_list(args)
    raise AssertionError(args.command)


def run_app(paths: Sequence[Path]) -> int:
    from tui.engine.corpus import ArticleError, load_corpus

    if len(paths) > 1 and all(p.is_file() for p in paths):
        source: Path | list[Path] = list(paths)
    elif len(paths) == 1:
        source = paths[0]
    elif not paths:
        source = default_corpus()
    else:
        raise UserError("give one corpus folder, or two or more article files")
    try:
        corpus = load_corpus(source)
    except ArticleError as error:
        raise UserError(str(error)) from None
    from tui.app import DiptychApp

    app = DiptychApp(corpus)
    app.run()
    return app.return_code or 0


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return run_command(build_parser().parse_args(argv))
        if argv and argv[0] in ("-h", "--help"):
            build_parser().print_help()
            return 0
        return run_app(build_app_parser().parse_args(argv).corpus)
    except UserError as error:
        print(f"diptych: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # e.g. `diptych compare ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
