"""Moments of the week (week_moments.py): a weekday read with the part of the day or
the clock time bound to it, proposed where two reworded sentences name moments that
do not overlap (typed_slots.py) and agreeing where they overlap (same_claim.one_night)."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.week_moments import CLOCK_MARGIN, DAY, week_moments
from tui.engine.segment import Sentence


def _read(text: str) -> list[tuple[str, int, int]]:
    sentence = Sentence(0, 0, len(text), text)
    return [(text[m.start : m.end], m.first, m.last) for m in week_moments(sentence)]


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        (
            "Burglars entered the pharmacy in the small hours of Monday.",
            "the small hours of Monday",
            0,
            6 * 60,
        ),
        (
            "The ferry docked late on Tuesday after a rough crossing.",
            "late on Tuesday",
            DAY + 18 * 60,
            2 * DAY + 3 * 60,
        ),
        (
            "The vigil was held on Wednesday evening.",
            "Wednesday evening",
            2 * DAY + 17 * 60,
            3 * DAY,
        ),
        (
            "The alarm sounded at 4.15 a.m. on Thursday, staff said.",
            "4.15 a.m. on Thursday",
            3 * DAY + 4 * 60 + 15 - CLOCK_MARGIN,
            3 * DAY + 4 * 60 + 15 + CLOCK_MARGIN,
        ),
        (
            "The count ended on Sunday at 11 p.m., officials said.",
            "Sunday at 11 p.m.",
            6 * DAY + 23 * 60 - CLOCK_MARGIN,
            6 * DAY + 23 * 60 + CLOCK_MARGIN,
        ),
    ],
)
def test_a_weekday_with_its_part_of_the_day_is_a_span_of_the_week(
    text: str, words: str, first: int, last: int
) -> None:
    assert _read(text) == [(words, first, last)]


def test_a_weekday_named_alone_is_no_moment() -> None:
    assert _read("The vigil was held on Wednesday in the square.") == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Coastguards rescued four anglers from the rocks below Harnby Head in the "
            "early hours of Thursday after their boat lost power.",
            "Four anglers whose boat had lost power were lifted off the rocks under Harnby "
            "Head by coastguards on Thursday afternoon.",
            ("the early hours of Thursday", "Thursday afternoon"),
        ),
        (
            "A freight train came off the rails outside Lessing on Monday morning, "
            "blocking the line to the coast for hours.",
            "The line to the coast was blocked for hours after a freight train left the "
            "rails near Lessing late on Monday.",
            ("Monday morning", "late on Monday"),
        ),
    ],
)
def test_moments_that_do_not_overlap_conflict_in_a_reworded_sentence(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "date") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Vandals smashed the windows of the Orme library late on Friday night, police said.",
            "Vandals smashed the windows of the Orme library in the early hours of "
            "Saturday, police said.",
        ),
        (
            "The last train from Corby left the station on Sunday night after a long delay.",
            "The last train from Corby left the station at 1 a.m. on Monday after a long delay.",
        ),
        (
            "The storm reached the coast of Fennick at 10 p.m. on Tuesday, forecasters said.",
            "The storm reached the coast of Fennick on Tuesday night, forecasters said.",
        ),
    ],
)
def test_one_night_told_by_two_weekdays_agrees(left: str, right: str) -> None:
    assert conflicts(left, right) == []
