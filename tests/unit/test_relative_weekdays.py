"""A weekday named alone as a day of the report's week (date.py), and a clock time as
the part of the day it falls in (typed_slots.py): dates a rewrite states in other
terms than the original."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import reported
from tui.engine.findings.contradiction.date import WEEKDAY_UNIT, RelativeDate, date_mentions
from tui.engine.segment import Sentence

SEIZED = (
    "Customs officers seized 40 crates of counterfeit perfume from a lorry at the port of "
    "Dunhallow {when}, the revenue service said."
)
CONFISCATED = (
    "The revenue service said its officers had confiscated 40 crates of fake perfume from "
    "a lorry at Dunhallow port {when}."
)


def test_a_lone_weekday_is_also_a_day_of_the_report_week() -> None:
    text = "The vote was held on Thursday, 4 June, and the count on Friday."
    fields = [dict(m.fields) for m in date_mentions(Sentence(0, 0, len(text), text))]
    assert "relative" not in fields[0]
    assert fields[1]["relative"] == RelativeDate(WEEKDAY_UNIT, 0)


@pytest.mark.parametrize(
    ("left_when", "right_when"),
    [
        ("three weeks ago", "on Thursday"),
        ("on Tuesday", "two weeks ago"),
        ("last year", "on Monday"),
    ],
)
def test_a_weekday_and_a_date_far_from_the_report_week_conflict(
    left_when: str, right_when: str
) -> None:
    left, right = SEIZED.format(when=left_when), CONFISCATED.format(when=right_when)
    assert reported(left, right) == [
        ("date", left_when.removeprefix("on "), right_when.removeprefix("on "))
    ]


@pytest.mark.parametrize(
    ("left_when", "right_when"),
    [
        ("last week", "on Thursday"),
        ("yesterday", "on Friday"),
        ("three days ago", "on Monday"),
        ("last month", "on Tuesday"),  # the report may be written early in a month
    ],
)
def test_a_weekday_and_a_date_of_the_report_week_may_be_one_day(
    left_when: str, right_when: str
) -> None:
    left, right = SEIZED.format(when=left_when), CONFISCATED.format(when=right_when)
    assert reported(left, right) == []


CLOSED = (
    "Food inspectors closed the Silver Pagoda takeaway in Norbury at {when} on Monday "
    "after finding cockroaches in its kitchen, the council said."
)
SHUT = (
    "Cockroaches had been found in the kitchen of Norbury's Silver Pagoda takeaway, which "
    "inspectors shut down {when}, the council said."
)


def test_a_clock_time_and_another_part_of_the_day_conflict() -> None:
    left, right = CLOSED.format(when="9 a.m."), SHUT.format(when="late on Monday night")
    assert reported(left, right) == [("date", "9 a.m.", "night")]


@pytest.mark.parametrize("when", ["on Monday morning", "early on Monday afternoon"])
def test_a_clock_time_in_or_near_the_part_of_the_day_agrees(when: str) -> None:
    """11.30 a.m. is in the morning, and so near noon that "early afternoon" may be it."""
    left, right = CLOSED.format(when="11.30 a.m."), SHUT.format(when=when)
    assert reported(left, right) == []
