"""``diptych keys [CORPUS]``: every binding id, its keys, and what the corpus keymap changes.

The table to write a ``keymap:`` in ``diptych.yaml`` from; problems of that keymap
(collisions, unknown ids) go to stderr with exit status 1. Textual is imported
only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.app.config import ConfigError, load_config
from tui.cli import UserError, default_corpus
from tui.engine.visible import visible_text


def run(args: argparse.Namespace) -> int:
    from textual.binding import Binding
    from textual.dom import DOMNode

    import tui.screens
    import widgets
    from tui.app.diptych_app import DiptychApp
    from tui.app.keymap import KeymapChecker, defined_in, normalize_keys

    root: Path = args.corpus or default_corpus()
    try:
        config = load_config(root)
    except ConfigError as error:
        raise UserError(str(error)) from None
    classes: list[type[DOMNode]] = [DiptychApp, *defined_in(tui.screens), *defined_in(widgets)]
    rows = [("id", "keys", "where", "does")]
    for cls in classes:
        keys_by_id: dict[str, list[str]] = {}
        described: dict[str, str] = {}
        for binding in Binding.make_bindings(cls.__dict__.get("BINDINGS", [])):
            if binding.id:
                keys_by_id.setdefault(binding.id, []).append(binding.key)
                described[binding.id] = binding.tooltip or binding.description
        for binding_id, keys in keys_by_id.items():
            shown = ",".join(keys)
            if binding_id in config.keymap:
                shown = f"{','.join(normalize_keys(config.keymap[binding_id]))} (was {shown})"
            rows.append((binding_id, shown, cls.__name__, described[binding_id]))
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    print(f"# {visible_text(str(config.source or 'default keys (no diptych.yaml)'))}")
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False))
              + "  " + row[3])  # fmt: skip
    problems = KeymapChecker(config.keymap, DiptychApp, classes[1:]).at_start()
    for problem in problems:
        print(f"diptych keys: {problem}", file=sys.stderr)
    return 1 if problems else 0


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "keys",
        help="list every key binding id (for the keymap in diptych.yaml)",
        description="List every key binding of the app with its id, keys and screen, "
        "apply the corpus's diptych.yaml keymap, and report its collisions and unknown ids "
        "(exit status 1).",
        epilog="examples:\n  diptych keys\n  diptych keys path/to/corpus",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("corpus", nargs="?", type=Path, help="folder of articles (default: seeds/)")
