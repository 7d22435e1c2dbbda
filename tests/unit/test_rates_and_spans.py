"""Spans of time in any unit, rates said in words and fractions of numbers in words
(rates.py, quantities.py): one amount told two ways agrees, two amounts conflict."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import flagged
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.findings.contradiction.rates import PER_DAY, SECONDS
from tui.engine.segment import Sentence


def _read(text: str) -> list[tuple[str, float, str | None]]:
    sentence = Sentence(0, 0, len(text), text)
    return [(text[q.start : q.end], round(q.value, 3), q.unit) for q in quantities(sentence)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lamp is lit twice a day.", [("twice a day", 2.0, PER_DAY)]),
        ("Boats leave four times an hour.", [("four times an hour", 96.0, PER_DAY)]),
        ("A bus comes every 20 minutes.", [("every 20 minutes", 72.0, PER_DAY)]),
        ("The market opens once a week.", [("once a week", round(1 / 7, 3), PER_DAY)]),
        ("Readings are taken three times daily.", [("three times daily", 3.0, PER_DAY)]),
        ("The wall stood for three decades.", [("three decades", 946728000.0, SECONDS)]),
        ("They spoke for an hour and a half.", [("an hour and a half", 5400.0, SECONDS)]),
        ("They rang him three times.", [("three times", 3.0, None)]),
        ("It sank half a dozen boats.", [("half a dozen boats", 6.0, None)]),
        (
            "They said a quarter of a million people.",
            [("a quarter of a million people", 250000.0, None)],
        ),
        ("It drew two and a half thousand.", [("two and a half thousand", 2500.0, None)]),
        ("They won by two and a half lengths.", [("two and a half lengths", 2.5, None)]),
        ("They won by a length and a half.", [("a length and a half", 1.5, None)]),
    ],
)
def test_rates_spans_and_fractions_are_read(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert _read(text) == expected


def test_the_ordinal_of_a_unit_of_time_says_when_not_how_long() -> None:
    ((text, value, unit),) = _read("The strike ended on the second day.")
    assert (text, value, unit) == ("second day", 2.0, None)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The ferry to the island sails twice a week in winter, the council said.",
            "In winter the ferry to the island sails three times weekly, the council said.",
        ),
        (
            "A shuttle bus leaves the station for the fair every ten minutes, organisers said.",
            "Organisers said a shuttle bus leaves the station for the fair four times an hour.",
        ),
        (
            "The talks between the two unions lasted an hour and a half on Monday.",
            "On Monday the talks between the two unions lasted three hours.",
        ),
    ],
)
def test_two_rates_or_spans_conflict(left: str, right: str) -> None:
    assert [t for t, _, _ in flagged(left, right)] == ["number"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Patients took the tablet twice a day for a month, the doctors said.",
            "The doctors said patients took the tablet every twelve hours for a month.",
        ),
        (
            "The well has been dry for three decades, the farmers of the valley said.",
            "The farmers of the valley said the well has been dry for thirty years.",
        ),
        (
            "The talks between the two unions lasted ninety minutes on Monday.",
            "On Monday the talks between the two unions lasted an hour and a half.",
        ),
    ],
)
def test_one_rate_or_span_in_two_units_agrees(left: str, right: str) -> None:
    assert flagged(left, right) == []


def test_following_as_a_preposition_opens_a_length_not_a_window() -> None:
    left = "The minister flew home following two days of talks with the union in Harlow."
    right = "The minister flew home after three days of talks with the union in Harlow."
    assert flagged(left, right) == [("number", "two days", "three days")]


def test_the_following_days_are_a_window() -> None:
    text = "The ferry will not sail for the following two days, the operator said."
    window = [q for q in quantities(Sentence(0, 0, len(text), text)) if q.head]
    assert [text[q.start : q.end] for q in window] == ["two days"]
