"""Command line: ``diptych [CORPUS]`` opens the app; subcommands run headless.

Parsing only: each subcommand's module is imported when it runs, so that
``diptych compare --format json`` never loads Textual.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, NoReturn

from tui.commands.errors import UserError
from tui.engine.collector import skip_collection_at_exit

if TYPE_CHECKING:
    from tui.app.diptych_app import DiptychApp

EXIT_USAGE = 2
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "seeds"

EPILOG = """\
examples:
  diptych                         open the app on the bundled seeds/ corpus
  diptych path/to/articles        open the app on a folder of .txt/.md articles
  diptych a.txt b.txt             open the app on the comparison of two files
  diptych compare a.txt b.txt     compare two articles (text, --format json|markdown)
  diptych overview seeds          what each related pair shares (--format json|csv)
  diptych claims seeds            every claim against every article (--format json|csv|markdown)
  diptych list seeds              the corpus table: titles, words, sentences, skipped files
  diptych names seeds             every person: spellings and offices per article, conflicts
  diptych tags seeds --format jsonld   every tag, as W3C Web Annotations
  diptych keys seeds              every key binding id, and what diptych.yaml changes
  diptych serve seeds             the app in a web browser, on http://127.0.0.1:8000

Run 'diptych COMMAND --help' for a command's options.
"""


def default_corpus() -> Path:
    return DEFAULT_CORPUS if DEFAULT_CORPUS.is_dir() else Path.cwd()


# Subcommand name -> module in tui.commands. Each module defines
# ``add_parser(subparsers)`` and ``run(args) -> int``, and is imported only when
# its command runs or when help is built, so `compare --format json` never
# imports Textual.
COMMANDS: dict[str, str] = {
    "compare": "tui.commands.compare_cmd",
    "overview": "tui.commands.overview_cmd",
    "claims": "tui.commands.claims_cmd",
    "list": "tui.commands.list_cmd",
    "tags": "tui.commands.tags_cmd",
    "names": "tui.commands.names_cmd",
    "keys": "tui.commands.keys_cmd",
    "serve": "tui.commands.serve_cmd",
}


def _command_module(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diptych",
        description="Compare news articles side by side: aligned sentences, shared passages, "
        "contradictions, name discrepancies, and tags saved next to each article.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        _command_module(name).add_parser(sub)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="diptych",
        description="Open the diptych app on a corpus folder (default: seeds/) or on two files.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    from tui.commands.loading import add_app_corpus_argument, add_encoding_option

    add_app_corpus_argument(parser)
    add_encoding_option(parser)
    return parser


def run_command(argv: Sequence[str]) -> int:
    """Parse with only the named command's parser, then run it."""
    parser = argparse.ArgumentParser(prog="diptych")
    sub = parser.add_subparsers(dest="command")
    module = _command_module(argv[0])
    module.add_parser(sub)
    result: int = module.run(parser.parse_args(argv))
    return result


def run_app(paths: Sequence[Path], chosen: Sequence[tuple[str, str]] = ()) -> int:
    """Run the app; once it is closed, wait for its tag writes and say what is not saved."""
    from tui.engine.visible import visible_text

    app = build_app(paths, chosen)
    app.run()
    if app.tagging.saver.busy():
        print("diptych: saving tags…", file=sys.stderr)
    unsaved = app.tagging.finish()
    for problem in unsaved:
        print(f"diptych: {visible_text(problem)}", file=sys.stderr)
    return app.return_code or (1 if unsaved else 0)


def build_app(paths: Sequence[Path], chosen: Sequence[tuple[str, str]] = ()) -> DiptychApp:
    """The app on a corpus folder, or on article files; two files open on their comparison.

    ``chosen`` are the ``--encoding`` choices, over the ``encodings:`` of diptych.yaml."""
    from tui.commands.loading import encodings_for
    from tui.engine.corpus import ArticleError, load_corpus

    if len(paths) > 1:
        for path in paths:
            if not path.is_file():
                what = "a folder" if path.is_dir() else "no such file"
                raise UserError(f"{path}: {what}; give one corpus folder, or article files")
        source: Path | list[Path] = list(paths)
    elif len(paths) == 1:
        if paths[0].is_file():
            raise UserError(f"{paths[0]}: one article; give its folder, or two article files")
        source = paths[0]
    else:
        source = default_corpus()
    root = source if isinstance(source, Path) else source[0].parent
    try:
        encodings = encodings_for(root, chosen)
    except UserError:
        encodings = dict(chosen)  # the app shows what is wrong with diptych.yaml
    try:
        corpus = load_corpus(source, encodings)
    except ArticleError as error:
        raise UserError(str(error)) from None
    from tui.app.diptych_app import DiptychApp

    articles = corpus.articles
    pair = (articles[0], articles[1]) if len(paths) == 2 and len(articles) == 2 else None
    return DiptychApp(corpus, pair=pair)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    skip_collection_at_exit()  # a long comparison's objects: 1 s of walks at shutdown
    try:
        if argv and argv[0] in COMMANDS:
            return run_command(argv)
        if argv and argv[0] in ("-h", "--help"):
            build_parser().print_help()
            return 0
        args = build_app_parser().parse_args(argv)
        return run_app(args.corpus, args.encoding)
    except UserError as error:
        from tui.engine.visible import visible_text

        print(f"diptych: {visible_text(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # e.g. `diptych compare ... | head`
        return 0


def entry() -> NoReturn:
    """The ``diptych`` command: ``main``, then, after a headless command, leave at once.

    Once a command has written and flushed its output, the interpreter's shutdown only
    frees memory object by object that the system takes back anyway: 15-20 ms after
    comparing a 200-sentence pair, 20-50 ms at 5,000 sentences a side. The app, and any
    command that leaves a thread running, exit as usual (exit handlers, threads joined).
    """
    argv = sys.argv[1:]
    code = main(argv)
    if argv and argv[0] in COMMANDS and argv[0] != "serve" and threading.active_count() == 1:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (BrokenPipeError, ValueError):  # a reader that left, or a closed stream
            pass
        _save_new_programs()
        os._exit(code)
    sys.exit(code)


def _save_new_programs() -> None:
    """What an exit handler would have done before ``os._exit``: keep the programs of
    the regular expressions this run compiled anew (prepared_regex.py), if it used any."""
    prepared_regex = sys.modules.get("tui.engine.prepared_regex")
    if prepared_regex is not None:
        prepared_regex.save_new_programs()


if __name__ == "__main__":
    entry()
