"""The options of the commands that work on a corpus's related pairs (overview, claims)."""

from __future__ import annotations

import argparse

from tui.commands.errors import UserError


def add_pair_options(parser: argparse.ArgumentParser, verb: str) -> None:
    """``--all-pairs`` (``verb`` says what is done to every pair) and ``--jobs``."""
    parser.add_argument(
        "--all-pairs",
        action="store_true",
        help=f"{verb} every pair, not only those that can share claims",
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        metavar="N",
        help="processes comparing pairs (default: one per core; a few pairs run in one)",
    )


def check_jobs(jobs: int | None) -> None:
    """Refuse a ``--jobs`` below one."""
    if jobs is not None and jobs < 1:
        raise UserError(f"--jobs must be at least 1, not {jobs}")
