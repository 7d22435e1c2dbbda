"""Dates of a reworded report paired as the only dates each side does not share, the
rest of the two sentences agreeing in meaning (date.lone_dates)."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.date import lone_dates
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence

ORDERED = "A magistrate ordered the stray dog seized by animal control on March 3."
REWORDED = "On March 9, the magistrate ordered that the stray dog be seized by animal control."


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def _dates(left: str, right: str) -> list[tuple[str, str]]:
    found = sentence_conflicts(_sentence(left), _sentence(right))
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in found
        if c.type == "date" and c.score >= DEFAULT_MIN_SCORE
    ]


def _lone(left: str, left_date: str, right: str, right_date: str) -> bool:
    pair = SentencePair(_sentence(left), _sentence(right))
    at, other = left.index(left_date), right.index(right_date)
    return lone_dates(pair, (at, at + len(left_date)), (other, other + len(right_date)))


def test_the_lone_dates_of_a_reworded_report_conflict() -> None:
    assert _lone(ORDERED, "March 3", REWORDED, "March 9")
    assert _dates(ORDERED, REWORDED) == [("March 3", "March 9")]


@pytest.mark.parametrize(
    "right",
    [
        # a figure differs too: perhaps a report of another day
        "On March 9, the magistrate ordered that 2 stray dogs be seized by animal control.",
        # a date the other side does not share but the conflicting one
        "On March 9, the magistrate ordered that the stray dog be seized by animal control "
        "by Friday.",
    ],
)
def test_no_lone_dates(right: str) -> None:
    assert not _lone(ORDERED, "March 3", right, "March 9")


def test_the_date_of_the_telling_is_no_lone_date() -> None:
    told = "A magistrate ordered the stray dog seized by animal control, the city said March 3."
    assert not _lone(told, "March 3", REWORDED, "March 9")


def test_dates_of_opposite_predicates_are_no_lone_dates() -> None:
    assert not _lone(
        "The hearing on the stray dog began on March 3 before the magistrate.",
        "March 3",
        "The hearing on the stray dog ended on March 9 before the magistrate.",
        "March 9",
    )
