"""Days of the year and feasts known by their names, read as dates (date.py)."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.date import date_mentions
from tui.engine.segment import Sentence


def read(text: str) -> list[tuple[str, dict[str, object]]]:
    sentence = Sentence(0, 0, len(text), text)
    return [(text[m.start : m.end], dict(m.fields)) for m in date_mentions(sentence)]


def test_a_named_day_of_the_year_is_its_month_and_day() -> None:
    assert read("The gallery reopens on New Year's Day.") == [
        ("New Year's Day", {"month": 1, "days": (1, 1)})
    ]
    assert read("Boxing Day sales began early.") == [
        ("Boxing Day", {"month": 12, "days": (26, 26)})
    ]


def test_a_movable_feast_is_its_days_from_easter() -> None:
    assert read("The bells will ring at Whitsun.") == [("Whitsun", {"feast": (49, 50)})]
    assert read("It opened on Easter Monday.") == [("Easter Monday", {"feast": (1, 1)})]


def test_names_of_events_and_places_are_no_feasts() -> None:
    assert read("Historians of the Easter Rising met on Easter Island.") == []
    found = read("The Good Friday Agreement was signed in 1998.")
    assert not any("feast" in fields for _, fields in found)


def test_a_feast_with_its_date_leaves_the_date_to_the_date_patterns() -> None:
    found = read("The parade was held on Easter Monday, 24 April.")
    assert ("Monday, 24 April", {"weekday": "Monday", "month": 4, "days": (24, 24)}) in found
    assert all(fields.get("feast") != (-2, 1) for _, fields in found)


def test_two_feasts_that_differ_are_a_date_conflict() -> None:
    left = "The choir will sing in the new chapel before Pentecost, the vicar said."
    right = "The vicar said the choir would sing in the new chapel before Easter."
    assert only(left, right, "date") == ("Pentecost", "Easter")


def test_a_named_day_against_another_day_of_its_month() -> None:
    left = "The ice rink in Falkmoor will open on Christmas Eve, the council said."
    right = "The council said the ice rink in Falkmoor would open on 22 December."
    assert only(left, right, "date") == ("Christmas Eve", "22 December")


def test_a_day_inside_a_feast_agrees_with_it() -> None:
    left = "The ferry will not sail over Easter, the operator said."
    right = "The operator said the ferry would not sail on Good Friday."
    assert conflicts(left, right) == []
    left = "The market will close on Christmas Day, the council said."
    right = "The council said the market would close on 25 December."
    assert conflicts(left, right) == []
