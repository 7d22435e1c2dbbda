"""A fraction that tells by how much something changed ("fell *by a quarter*", "cut *by
two fifths*"), with no "of" after it, is a share like a percentage, and so is a
percentage written after a capitalised name ("cost Air Lumen *30 percent*")."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def _shares(text: str) -> list[tuple[str, float]]:
    return [
        (text[q.start : q.end], round(q.value, 1))
        for q in quantities(_sentence(text))
        if q.unit == "%"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ticket sales at the opera fell by a quarter in the spring.", [("a quarter", 25.0)]),
        ("The council cut its road budget by two fifths.", [("two fifths", 40.0)]),
        ("Bus fares will rise by a tenth from January.", [("a tenth", 10.0)]),
        ("The harvest shrank by half after the frost.", [("half", 50.0)]),
        ("A fifth of the orchards were lost.", [("A fifth", 20.0)]),
        ("The strike cost Air Lumen 30 percent of its flights.", [("30 percent", 30.0)]),
    ],
)
def test_a_share_of_change_is_read(text: str, expected: list[tuple[str, float]]) -> None:
    assert _shares(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bank cut its rate by a quarter point.",
        "The bank raised its rate by half a percentage point.",
        "The ferry sails by a quarter to nine.",
        "It was the fifth time the bridge had closed.",
    ],
)
def test_a_measure_a_clock_time_or_an_ordinal_is_no_share(text: str) -> None:
    assert _shares(text) == []


def _numbers(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in sentence_conflicts(_sentence(left), _sentence(right))
        if c.type == "number" and c.score >= DEFAULT_MIN_SCORE
    ]


def test_a_share_of_change_differs_from_another_percentage() -> None:
    left = "Passenger numbers on the Orlen ferry fell by a third this winter, the operator said."
    right = "The operator said the Orlen ferry lost 10 percent of its passengers this winter."
    assert _numbers(left, right) == [("a third", "10 percent")]


def test_a_share_of_change_agrees_with_its_percentage() -> None:
    left = "Passenger numbers on the Orlen ferry fell by a quarter this winter, the operator said."
    right = "The operator said the Orlen ferry lost 25 percent of its passengers this winter."
    assert _numbers(left, right) == []
