"""What the contradiction pipeline finds between two sentences, as quoted words."""

from __future__ import annotations

from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence

LEFT_OFFSET = 7
"""Where the left sentence starts in its text: spans must be offsets into the text."""


def found(left: str, right: str) -> list[tuple[str, str, str]]:
    """(type, left words, right words) of every conflict between two sentences."""
    conflicts = sentence_conflicts(
        Sentence(0, LEFT_OFFSET, LEFT_OFFSET + len(left), left), Sentence(1, 0, len(right), right)
    )
    return [
        (
            c.type,
            left[c.left[0] - LEFT_OFFSET : c.left[1] - LEFT_OFFSET],
            right[c.right[0] : c.right[1]],
        )
        for c in conflicts
    ]
