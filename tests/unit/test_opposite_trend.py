"""A change one way against a comparison with an earlier time the other way."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import found


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "Ticket sales at the Dunmore lido rose this summer, the leisure trust said.",
            "The leisure trust said ticket sales at the Dunmore lido this summer were lower "
            "than last year.",
            ("rose", "lower"),
        ),
        (
            "Membership of the Corran rowing club shrank in 2026, its secretary said.",
            "The Corran rowing club had more members than a year before, its secretary said.",
            ("shrank", "more"),
        ),
        (
            "Takings at the Velt market were down on a year earlier, stallholders said.",
            "Stallholders said takings at the Velt market had increased.",
            ("down", "increased"),
        ),
        (  # a measure before "more": the comparison, not a bound on "a year"
            "Ticket sales at the Dunmore lido fell this summer, the leisure trust said.",
            "The leisure trust said ticket sales at the Dunmore lido were 12 percent more "
            "than a year ago.",
            ("fell", "more"),
        ),
    ],
)
def test_a_change_against_an_earlier_comparison_the_other_way_conflicts(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert ("opposite", *words) in found(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same way
        (
            "Ticket sales at the Dunmore lido rose this summer, the leisure trust said.",
            "Ticket sales at the Dunmore lido were higher than last year, the trust said.",
        ),
        # a comparison with another thing, not with an earlier time
        (
            "Ticket sales at the Dunmore lido rose this summer, the leisure trust said.",
            "Ticket sales at the Dunmore lido were lower than at the Kelso pool this summer.",
        ),
        # one side holds both a change and a comparison: two things said
        (
            "Ticket sales at the Dunmore lido rose in August, the leisure trust said.",
            "Ticket sales at the Dunmore lido rose in August but were lower than last year.",
        ),
        # a bare form of a verb of change is no change ("the full season")
        (
            "The Dunmore lido sold fewer tickets than last year, the leisure trust said.",
            "The Dunmore lido sold tickets for the full season, the leisure trust said.",
        ),
        # "more than" bounds a count of time ("more than a year ago"), no amount
        (
            "A heron that left the Dunmore reserve more than a year ago was seen in Kelso.",
            "A heron that vanished from the Dunmore reserve over a year ago turned up in Kelso.",
        ),
    ],
)
def test_no_trend_conflict_otherwise(left: str, right: str) -> None:
    assert [c for c in found(left, right) if c[0] == "opposite"] == []
