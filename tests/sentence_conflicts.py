"""What the contradiction pipeline finds between two sentences written as plain strings
(the left one sentence 0, the right one sentence 1), as conflicts or quoted words."""

from __future__ import annotations

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence

LEFT_OFFSET = 7
"""Where the left sentence starts in its text in ``found``: spans must be offsets into
the text."""


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


def reported(left: str, right: str) -> list[tuple[str, str, str]]:
    """(type, left words, right words) of what is reported at the default threshold."""
    return [
        (c.type, left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in conflicts(left, right)
        if c.score >= DEFAULT_MIN_SCORE
    ]


def conflicts(left: str, right: str) -> list[Conflict]:
    """Everything the pipeline finds between the two sentences, at any score."""
    return sentence_conflicts(*_sentences(left, right))


def sentence_pair(left: str, right: str) -> SentencePair:
    return SentencePair(*_sentences(left, right))


def _sentences(left: str, right: str) -> tuple[Sentence, Sentence]:
    return Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right)
