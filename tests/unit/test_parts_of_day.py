"""Parts of the day a preposition gives a time ("at dawn", "before dawn", "in the early
hours"): read as the span of clock times they may cover, they differ from a time
outside it and agree with one inside."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.date import PartOfDay, date_mentions
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def _times(text: str) -> list[tuple[str, object]]:
    return [
        (text[m.start : m.end], dict(m.fields)["time"])
        for m in date_mentions(_sentence(text))
        if "time" in dict(m.fields)
    ]


def _dates(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in sentence_conflicts(_sentence(left), _sentence(right))
        if c.type == "date" and c.score >= DEFAULT_MIN_SCORE
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry left at dawn.", [("dawn", PartOfDay(240, 540))]),
        ("Troops moved in before dawn.", [("dawn", PartOfDay(0, 540))]),
        ("The shop was shut by nightfall.", [("nightfall", PartOfDay(0, 1260))]),
        ("Searchers set out at first light.", [("first light", PartOfDay(240, 540))]),
        ("The quake struck in the early hours.", [("early hours", PartOfDay(0, 360))]),
        ("Lights went out after dusk.", [("dusk", PartOfDay(960, 1439))]),
    ],
)
def test_a_part_of_the_day_given_by_a_preposition_is_a_time(
    text: str, expected: list[tuple[str, object]]
) -> None:
    assert _times(text) == expected


@pytest.mark.parametrize(
    "text",
    ["It marked the dawn of a new era for the port.", "Police made a dawn raid on the flat."],
)
def test_dawn_as_a_beginning_or_a_modifier_is_no_time(text: str) -> None:
    assert _times(text) == []


def test_dawn_and_noon_of_one_event_conflict() -> None:
    left = "Coastguards found the drifting yacht off Harlow Point at dawn on Monday."
    right = "The drifting yacht was found off Harlow Point by coastguards at noon on Monday."
    assert _dates(left, right) == [("dawn", "noon")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The bakery on Mill Lane caught fire before dawn on Friday.",
            "The bakery on Mill Lane caught fire at 4 a.m. on Friday.",
        ),
        (
            "Coastguards found the drifting yacht off Harlow Point at dawn on Monday.",
            "The drifting yacht was found off Harlow Point by coastguards at 7 a.m. on Monday.",
        ),
        (
            "The bridge was closed in the early hours of Sunday after the crash.",
            "The bridge was closed before dawn on Sunday after the crash.",
        ),
    ],
)
def test_a_time_inside_the_part_of_the_day_agrees(left: str, right: str) -> None:
    assert _dates(left, right) == []
