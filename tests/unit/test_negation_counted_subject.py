"""A pronoun cue ("nobody", "nothing") denies the subject of its claim: where the
other sentence gives that subject a count, the count is part of what differs."""

from __future__ import annotations

from tests.sentence_conflicts import reported


def test_a_count_against_nobody_points_at_the_counted_subject() -> None:
    left = "Nobody was aboard the fishing boat when it sank in the harbour, the coastguard said."
    right = (
        "Three crewmen were aboard the fishing boat when it sank in the harbour, the "
        "coastguard said."
    )
    assert reported(left, right) == [("negation", "Nobody was aboard", "Three crewmen were aboard")]


def test_a_subject_without_a_count_is_left_out() -> None:
    left = "Nobody was aboard the fishing boat when it sank in the harbour, the coastguard said."
    right = (
        "The crewmen were aboard the fishing boat when it sank in the harbour, the coastguard said."
    )
    assert reported(left, right) == [("negation", "Nobody was aboard", "were aboard")]
