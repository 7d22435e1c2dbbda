"""Shares and multiples written in words (proportions.py) read as quantities, and
their conflicts."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def _read(text: str) -> list[tuple[float, str | None, str]]:
    sentence = Sentence(0, 0, len(text), text)
    return [(round(q.value, 1), q.unit, text[q.start : q.end]) for q in quantities(sentence)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        ("About half of the staff work from home.", 50.0, "%", "half"),
        ("A quarter of the seats remain empty.", 25.0, "%", "A quarter"),
        ("Two-thirds of members backed the plan.", 66.7, "%", "Two-thirds"),
        ("Rents have tripled in a decade.", 3.0, "times", "tripled"),
        ("The subsidy was halved last spring.", 0.5, "times", "halved"),
        ("Ticket sales fell by nearly a third over the summer.", 33.3, "%", "a third"),
        ("The mill cut its prices by just over a quarter.", 25.0, "%", "a quarter"),
        ("Attendance was a fifth below the organisers' estimate.", 20.0, "%", "a fifth"),
        ("Fares are now two thirds higher than in 2019.", 66.7, "%", "two thirds"),
    ],
)
def test_a_share_or_multiple_in_words_is_a_quantity(
    text: str, value: float, unit: str, quote: str
) -> None:
    assert _read(text) == [(value, unit, quote)]


@pytest.mark.parametrize(
    "text",
    [
        "Sales rose in the second half of the year.",
        "Profits fell in the third quarter of the year.",
        "The franc rose a third of a cent against the dollar.",
        "The third of the four ships sank.",
    ],
)
def test_a_part_of_time_of_a_series_or_of_one_unit_is_no_share(text: str) -> None:
    assert all(unit != "%" for _, unit, _ in _read(text))


def test_two_shares_in_words_conflict() -> None:
    left = "Almost half of the farmers said the harvest had failed."
    right = "Almost a quarter of the farmers said the harvest had failed."
    assert only(left, right, "number") == ("half", "a quarter")


def test_a_share_in_words_agrees_with_the_percentage_it_rounds() -> None:
    left = "Half of the voters backed the measure, the count showed."
    right = "The count showed 48 percent of the voters backed the measure."
    assert conflicts(left, right) == []


def test_two_multiples_conflict() -> None:
    left = "Fuel prices have doubled since the spring, drivers say."
    right = "Drivers say fuel prices have quadrupled since the spring."
    assert only(left, right, "number") == ("doubled", "quadrupled")


def test_a_hedged_share_of_a_change_conflicts_with_another_percentage() -> None:
    left = "The council cut the budget of its libraries by almost a tenth this year."
    right = "This year the council cut the budget of its libraries by 25 percent."
    assert only(left, right, "number") == ("a tenth", "25 percent")
