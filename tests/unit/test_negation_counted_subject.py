"""A pronoun cue ("nobody", "nothing") denies the subject of its claim: where the
other sentence gives that subject a count, the count is part of what differs."""

from __future__ import annotations

from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def found(left: str, right: str) -> list[tuple[str, str, str]]:
    conflicts = sentence_conflicts(
        Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right)
    )
    return [
        (c.type, left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in conflicts
        if c.score >= DEFAULT_MIN_SCORE
    ]


def test_a_count_against_nobody_points_at_the_counted_subject() -> None:
    left = "Nobody was aboard the fishing boat when it sank in the harbour, the coastguard said."
    right = (
        "Three crewmen were aboard the fishing boat when it sank in the harbour, the "
        "coastguard said."
    )
    assert found(left, right) == [("negation", "Nobody was aboard", "Three crewmen were aboard")]


def test_a_subject_without_a_count_is_left_out() -> None:
    left = "Nobody was aboard the fishing boat when it sank in the harbour, the coastguard said."
    right = (
        "The crewmen were aboard the fishing boat when it sank in the harbour, the coastguard said."
    )
    assert found(left, right) == [("negation", "Nobody was aboard", "were aboard")]
