"""opposite_comparison.py: a comparative and its opposite with the two compared things
swapped state one fact; with the same two things in the same places they oppose."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the standard after "than" moved before the comparison on the other side
        ("The Brenholt ferry began winter sailings on 3 November, six days later than last year.",
         "Last year the Brenholt ferry began winter sailings six days earlier than this autumn."),
        ("Heating oil in the valley cost more this January than a year ago, dealers said.",
         "A year ago heating oil in the valley cost less than this January, dealers said."),
        # a word of relative position: its object is the standard
        ("Tarvo Linn crossed the line at Kessel eleven seconds ahead of Oskar Brandt on Sunday.",
         "Oskar Brandt crossed the line at Kessel eleven seconds behind Tarvo Linn on Sunday."),
    ],
)  # fmt: skip
def test_one_comparison_told_from_each_side_agrees(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "opposite"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("The Brenholt ferry began winter sailings on 3 November, six days later than last year.",
         "This autumn the Brenholt ferry began winter sailings six days earlier than last year.",
         ("later", "earlier")),
        ("Tarvo Linn crossed the line at Kessel eleven seconds ahead of Oskar Brandt on Sunday.",
         "Tarvo Linn crossed the line at Kessel eleven seconds behind Oskar Brandt on Sunday.",
         ("ahead", "behind")),
        # the standard is "average" / "normal", not what the clause says after it
        ("The autumn in the Orlen hills has been warmer than average so far, farmers said.",
         "So far the autumn in the Orlen hills has been colder than normal, farmers said.",
         ("warmer", "colder")),
    ],
)  # fmt: skip
def test_the_same_comparison_with_its_opposite_word_is_an_opposite(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    left_words, right_words = only(left, right, "opposite")
    assert expected[0] in left_words and expected[1] in right_words
