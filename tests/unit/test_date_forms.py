"""Dates written in forms the reader once missed: clock times with a full stop, named
("noon") or told by the part of the day, centuries and decades (a year inside its
century agrees with it), "mid-" joined to a month or a year, and the dates of one event
given to verbs of one kind ("opened" / "began")."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.date import Period, date_mentions
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def _fields(text: str) -> list[tuple[str, tuple[tuple[str, object], ...]]]:
    return [(text[m.start : m.end], m.fields) for m in date_mentions(_sentence(text))]


def _dates(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in sentence_conflicts(_sentence(left), _sentence(right))
        if c.type == "date" and c.score >= DEFAULT_MIN_SCORE
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The gates opened at 7.45am sharp.", [("7.45am", (("time", 465),))]),
        ("It rang at 10 in the evening.", [("10 in the evening", (("time", 1320),))]),
        ("Soon after 6 in the morning it stopped.", [("6 in the morning", (("time", 360),))]),
        ("They left at 11 o'clock at night.", [("11 o'clock at night", (("time", 1380),))]),
        (
            "The shelter opens at half past seven in the evening.",
            [("half past seven in the evening", (("time", 1170),))],
        ),
        (
            "The tide turned at a quarter to five in the morning.",
            [("a quarter to five in the morning", (("time", 285),))],
        ),
        ("Bells rang until ten o'clock at night.", [("ten o'clock at night", (("time", 1320),))]),
        ("Rebels killed five in the evening raid.", []),
        ("A 17th-century barn burned.", [("17th-century", (("year", Period(1600, 1699)),))]),
        ("An Eighteenth Century organ.", [("Eighteenth Century", (("year", Period(1700, 1799)),))]),
        ("Mills closed in the 1980s.", [("1980s", (("year", Period(1980, 1989)),))]),
        ("Built in the 1600s.", [("1600s", (("year", Period(1600, 1699)),))]),
        ("The market shuts at noon.", [("noon", (("time", 720),))]),
        ("The bells rang at Midnight.", [("Midnight", (("time", 0),))]),
        ("Lunch is served at midday.", [("midday", (("time", 720),))]),
        ("The talks resume in mid-May.", [("May", (("month", 5),))]),
        ("The line opens by mid-2031.", [("2031", (("year", (2031, 2031)),))]),
        ("It rained all afternoon in the midlands.", []),
    ],
)
def test_clock_times_centuries_and_decades_are_read(
    text: str, expected: list[tuple[str, tuple[tuple[str, object], ...]]]
) -> None:
    assert _fields(text) == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The ferry left the harbour at 7.15am with forty passengers aboard.",
            "The ferry left the harbour at 9.15am with forty passengers aboard.",
            ("7.15am", "9.15am"),
        ),
        (
            "The alarm at the grain depot sounded at 10 in the evening, the manager said.",
            "The alarm at the grain depot sounded at 8.30pm, the manager said.",
            ("10 in the evening", "8.30pm"),
        ),
        (
            "The ferry left the harbour at noon with forty passengers aboard.",
            "The ferry left the harbour at 8.15am with forty passengers aboard.",
            ("noon", "8.15am"),
        ),
        (
            "Cherry picking in the Vale of Orm began in mid-May, ten days later than usual.",
            "Cherry picking in the Vale of Orm began in late June, ten days later than usual.",
            ("May", "June"),
        ),
        (
            "The abbey was founded in 1320 by monks who came from Cluny.",
            "The abbey was founded in the 15th century by monks who came from Cluny.",
            ("1320", "15th century"),
        ),
        (
            "The stone bridge was widened in the 1970s by the county council.",
            "The stone bridge was widened in the 1950s by the county council.",
            ("1970s", "1950s"),
        ),
    ],
)
def test_times_and_periods_that_differ_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert _dates(left, right) == [expected]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The mill was built in 1843 beside the river Wey.",
            "The mill was built in the 19th century beside the river Wey.",
        ),
        (
            "The chapel walls were painted in the 1400s by an unknown master.",
            "The chapel walls were painted in the fifteenth century by an unknown master.",
        ),
        ("The ferry left the quay at 11 in the morning.", "The ferry left the quay at 11am."),
        ("The ferry left the quay at noon.", "The ferry left the quay at 12 p.m."),
        (
            "Cherry picking in the Vale of Orm began in mid-May this year.",
            "Cherry picking in the Vale of Orm began in May this year.",
        ),
        (
            "The stone bridge was widened in the 1970s by the county council.",
            "The stone bridge was widened in 1974 by the county council.",
        ),
    ],
)
def test_a_date_inside_the_other_or_the_same_time_agrees(left: str, right: str) -> None:
    assert _dates(left, right) == []


def test_dates_given_to_verbs_of_one_kind_are_one_event() -> None:
    """ "opened" is a kind of "began" in WordNet: one event, though the rest of the two
    sentences is worded apart."""
    left = "The hearing on the port expansion opened on 2 March in the council chamber of Bree."
    right = "In Bree, councillors' debate about enlarging the port began on 20 March."
    assert _dates(left, right) == [("2 March", "20 March")]


def test_a_clock_time_in_words_conflicts_with_another_in_digits() -> None:
    left = "The pumping station at Ardley failed at twenty past eight in the morning."
    right = "The pumping station at Ardley failed at 10.20 a.m."
    assert _dates(left, right) == [("twenty past eight in the morning", "10.20 a.m.")]
