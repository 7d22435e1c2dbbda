"""``diptych compare LEFT RIGHT``: text, JSON or Markdown on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from tui.cli import UserError
from tui.commands.loading import article_or_exit
from tui.engine.compare import compare
from tui.engine.export import to_json, to_markdown


def run(args: argparse.Namespace) -> int:
    if not 0.0 <= args.min_score <= 1.0:
        raise UserError(f"--min-score must be between 0 and 1, not {args.min_score}")
    left = article_or_exit(args.left)
    right = article_or_exit(args.right)
    comparison = compare(left, right)
    if args.format == "json":
        document = to_json(comparison, args.min_score, (str(args.left), str(args.right)))
        json.dump(document, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    elif args.format == "markdown":
        sys.stdout.write(to_markdown(comparison, args.min_score))
    else:
        from tui.commands.text_report import print_report

        print_report(comparison, args.min_score, args.width)
    return 0
