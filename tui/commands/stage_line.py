"""The running stage of a long command on one stderr line, rewritten in place."""

from __future__ import annotations

import sys


def show_stage(stage: str) -> None:
    """Replace the stage line with ``diptych: STAGE…``."""
    sys.stderr.write(f"\r\x1b[Kdiptych: {stage}\u2026")
    sys.stderr.flush()


def clear_stage() -> None:
    """Erase the stage line before the output."""
    sys.stderr.write("\r\x1b[K")
