"""Relative dates compared as days of the calendar when both publication days are known
(calendar_days.py, date.py)."""

from __future__ import annotations

import datetime

import pytest

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pair import PublicationDays
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence

MONDAY = datetime.date(2027, 3, 8)
"""A Monday: "yesterday" is Sunday 7 March, "last Tuesday" 2 March, "this weekend" 13-14
March, "next month" April."""


def dated(left: str, right: str, day: datetime.date | None = MONDAY) -> list[Conflict]:
    """Date conflicts between two sentences of reports published on ``day`` (None:
    unknown)."""
    days = None if day is None else PublicationDays(day, day)
    found = sentence_conflicts(
        Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right), days=days
    )
    return [c for c in found if c.type == "date"]


def words(conflict: Conflict, left: str, right: str) -> tuple[str, str]:
    return left[slice(*conflict.left)], right[slice(*conflict.right)]


@pytest.mark.parametrize(
    ("left", "right", "differing"),
    [
        (
            "The ferry ran aground off the harbour wall yesterday, the coastguard said.",
            "The ferry ran aground off the harbour wall on Saturday, the coastguard said.",
            ("yesterday", "Saturday"),
        ),
        (
            "The new library will open its doors to readers next month.",
            "The new library will open its doors to readers in May.",
            ("next month", "May"),
        ),
        (
            "The council approved the budget for the harbour last Tuesday.",
            "The council approved the budget for the harbour on 3 March.",
            ("Tuesday", "3 March"),
        ),
        (
            "The regatta on the lake will be held this weekend.",
            "The regatta on the lake will be held on 20 March.",
            ("this weekend", "20 March"),
        ),
        (
            "The old mill burned down two days ago, firefighters said.",
            "The old mill burned down on Thursday, firefighters said.",
            ("two days ago", "Thursday"),
        ),
    ],
)
def test_a_relative_date_conflicts_with_a_day_it_cannot_be(
    left: str, right: str, differing: tuple[str, str]
) -> None:
    found = dated(left, right)
    assert [words(c, left, right) for c in found] == [differing]
    assert dated(left, right, None) == []  # no publication day: undecidable, as before


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The ferry ran aground off the harbour wall yesterday, the coastguard said.",
            "The ferry ran aground off the harbour wall on Sunday, the coastguard said.",
        ),
        (
            "The new library will open its doors to readers next month.",
            "The new library will open its doors to readers in April.",
        ),
        (
            "The regatta on the lake will be held this weekend.",
            "The regatta on the lake will be held on Saturday 13 March.",
        ),
        (
            "The museum received the painting last week.",
            "The museum received the painting on Sunday.",
        ),
        (
            "Councillors approved plans on Wednesday to roof the velodrome.",
            "The plan to roof the velodrome was approved by councillors on Wednesday.",
        ),
    ],
)
def test_dates_that_may_be_one_day_agree(left: str, right: str) -> None:
    assert dated(left, right) == []


def test_each_report_counts_from_its_own_day() -> None:
    left = "The ferry ran aground off the harbour wall yesterday, the coastguard said."
    right = "The ferry ran aground off the harbour wall on Saturday, the coastguard said."
    sunday = datetime.date(2027, 3, 7)
    days = PublicationDays(sunday, MONDAY)
    found = sentence_conflicts(
        Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right), days=days
    )
    assert [c for c in found if c.type == "date"] == []


def test_a_relative_date_in_a_quotation_is_not_read() -> None:
    left = '"We will open the new library next month," the mayor said.'
    right = '"We will open the new library in May," the mayor said.'
    assert dated(left, right) == []


def test_a_relative_date_counts_from_the_day_of_speaking() -> None:
    left = "The mayor said on Friday that the ferry would sail again tomorrow."
    assert (
        dated(left, "The mayor said on Friday that the ferry would sail again on Saturday.") == []
    )
    assert dated(left, "The mayor said on Friday that the ferry would sail again on Tuesday.")
    unknown = "The mayor said last week that the ferry would sail again tomorrow."
    assert (
        dated(unknown, "The mayor said last week that the ferry would sail again on 20 March.")
        == []
    )


def test_next_weekday_is_this_weeks_or_next_weeks() -> None:
    left = "The looms at the wool mill will stop for good next Friday."
    assert dated(left, "The looms at the wool mill will stop for good on 12 March.") == []
    assert dated(left, "The looms at the wool mill will stop for good on 19 March.") == []
    assert dated(left, "The looms at the wool mill will stop for good on 26 March.")


def test_the_day_before_yesterday_is_two_days_back() -> None:
    left = "The ferry ran aground off the harbour wall the day before yesterday."
    assert dated(left, "The ferry ran aground off the harbour wall on Saturday.") == []
    assert dated(left, "The ferry ran aground off the harbour wall on Sunday.")


def test_a_named_day_is_no_weekday_of_the_report() -> None:
    left = "Shoppers queued outside the store on Black Friday."
    assert dated(left, "Shoppers queued outside the store on 20 March.") == []


def test_a_month_without_its_year_is_read_by_the_words_and_tense_around_it() -> None:
    left = "The pier was closed to visitors last May, the council said."
    assert dated(left, "The pier was closed to visitors last year, the council said.") == []
    future = "The pier will be closed to visitors in May, the council said."
    assert dated(future, "The pier will be closed to visitors next month, the council said.")
    assert dated(future, "The pier will be closed to visitors this year, the council said.") == []


def test_the_weekend_is_the_last_or_the_next_by_tense() -> None:
    past = "Vandals damaged the bandstand in the park at the weekend."
    assert dated(past, "Vandals damaged the bandstand in the park on Saturday.") == []
    assert dated(past, "Vandals damaged the bandstand in the park on 13 March.")
    future = "The bandstand in the park will reopen at the weekend."
    assert dated(future, "The bandstand in the park will reopen on 13 March.") == []


def test_time_from_publication_in_words() -> None:
    ahead = "The bridge over the river will reopen in two weeks' time."
    assert dated(ahead, "The bridge over the river will reopen on 22 March.") == []
    assert dated(ahead, "The bridge over the river will reopen on 5 April.")
    back = "The bridge over the river was closed a fortnight ago."
    assert dated(back, "The bridge over the river was closed on 22 February.") == []
    assert dated(back, "The bridge over the river was closed on 5 March.")


def test_a_weekday_is_read_by_the_nearest_verb_and_a_moved_date_by_neither_tense() -> None:
    said = "The bakery chain said on Friday it will close its last shop in the town."
    assert (
        dated(said, "The bakery chain said on 5 March it will close its last shop in the town.")
        == []
    )
    moved = "The final of the chess tournament was postponed until Saturday."
    assert dated(moved, "The final of the chess tournament was postponed until 13 March.") == []
    assert dated(moved, "The final of the chess tournament was postponed until 12 March.")


def test_what_has_happened_and_what_will_are_two_events_on_one_day_of_writing() -> None:
    reopened = "The town museum reopened yesterday after a two-year refit of its galleries."
    will_open = "A new gallery at the town museum, refitted over two years, will open on 2 April."
    assert dated(reopened, will_open) == []
    assert dated(reopened, "The town museum reopened on 2 March after a two-year refit.")


def test_a_present_form_or_a_modifier_in_the_past_tells_no_past() -> None:
    goes = "Eleven volunteers spent a year on the quilt, which goes on show in the hall on 9 March."
    will_go = (
        "The quilt, made by eleven volunteers in a year, will go on show in the hall on Thursday."
    )
    assert dated(will_go, goes)
    disused = "Diggers will move onto the town's disused bus depot next month."
    assert dated(disused, "Diggers will move onto the town's old bus depot in June.")
