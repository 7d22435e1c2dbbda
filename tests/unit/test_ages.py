"""A person's age read as a quantity of its own (ages.py): its forms before and after
the number, in apposition to a name, and two ages of one person that differ; an age
that agrees, one of another moment of a life, and a count beside an age stay unflagged."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import flagged
from tui.engine.findings.contradiction.ages import AGE
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def _ages(text: str) -> list[tuple[str, float]]:
    sentence = Sentence(0, 0, len(text), text)
    return [
        (text[q.start : q.end], round(q.value, 2)) for q in quantities(sentence) if q.unit == AGE
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 43-year-old cyclist was hurt on the ring road.", [("43-year-old", 43.0)]),
        ("The cyclist, who is 43 years old, was hurt.", [("43 years old", 43.0)]),
        ("A six-month-old foal was found in the lane.", [("six-month-old", 0.5)]),
        ("The cyclist, aged 43, was hurt on the ring road.", [("43", 43.0)]),
        ("She won the title at the age of 19.", [("19", 19.0)]),
        ("The painter Tomas Krell died at 70 in his studio.", [("70", 70.0)]),
        ("Tomas Krell, 70, has painted the harbour for decades.", [("70", 70.0)]),
        ("Shares in the firm closed at 70 on Friday.", []),
        ("The ferry, built in Leith, carries 70 cars.", []),
    ],
)
def test_an_age_is_read_in_its_usual_forms(text: str, expected: list[tuple[str, float]]) -> None:
    assert _ages(text) == expected


def test_two_ages_of_one_person_in_different_forms_conflict() -> None:
    left = "Marta Oskel, who at 58 is the oldest baker in the valley, is retiring in June."
    right = "The valley's oldest baker, 85-year-old Marta Oskel, retires in June."
    assert flagged(left, right) == [("number", "58", "85-year-old")]


def test_an_age_at_death_conflicts_beside_a_span_of_years_told_two_ways() -> None:
    left = (
        "The climber Per Hallen, who opened forty new routes over three decades, has died aged 77."
    )
    right = "Per Hallen, the climber who opened 40 new routes in thirty years, has died at 72."
    assert flagged(left, right) == [("number", "77", "72")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Marta Oskel, 58, who has run the village bakery since 1990, is retiring in June.",
            "The 58-year-old baker Marta Oskel, in charge of the village bakery since 1990, "
            "retires in June.",
        ),
        (
            "The climber Per Hallen, who first climbed at the age of 12, has died aged 77.",
            "Per Hallen, who began climbing when he was twelve, has died at the age of 77.",
        ),
        (
            "The climber Per Hallen, who first climbed at the age of 12, has died at home in "
            "Voss at 77.",
            "Per Hallen, who began climbing when he was twelve, died in Voss aged 77.",
        ),
        (
            "The nurse, a mother of three, was praised by the hospital board.",
            "The hospital board praised the nurse, the mother of 6-year-old twins.",
        ),
    ],
)
def test_ages_that_agree_or_count_other_things_are_notflagged(left: str, right: str) -> None:
    assert flagged(left, right) == []


def test_an_age_told_apart_by_the_one_each_side_shares_pairs_with_a_bare_number() -> None:
    left = (
        "The climber Per Hallen, who first climbed at the age of 12, has died at home in "
        "Voss at 77."
    )
    right = "Per Hallen, who began climbing when he was twelve, died in Voss aged 72."
    assert flagged(left, right) == [("number", "77", "72")]
