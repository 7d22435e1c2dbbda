"""Ranges of amounts (ranges.py): two ranges that meet agree, two that cannot overlap
conflict, and a vote, a score or a change is no range."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.findings.contradiction.ranges import span_of
from tui.engine.segment import Sentence


def _numbers(left: str, right: str) -> list[str]:
    return [c.message for c in conflicts(left, right) if c.type == "number"]


def _spans(text: str) -> list[tuple[float, float] | None]:
    sentence = Sentence(0, 0, len(text), text)
    found = quantities(sentence)
    return [span_of(sentence, found, q) for q in found]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Snow depths of between 30 and 60 centimetres are expected on the pass "
            "by Thursday, the weather service said.",
            "The weather service said 40 to 50 centimetres of snow were expected on the "
            "pass by Thursday.",
        ),
        (
            "Estimates of the repairs to the lock gates ranged from six to nine weeks, "
            "the canal trust said on Monday.",
            "The canal trust said on Monday that repairs to the lock gates were expected "
            "to take eight to ten weeks.",
        ),
    ],
)
def test_ranges_that_meet_agree(left: str, right: str) -> None:
    assert _numbers(left, right) == []


def test_ranges_that_cannot_overlap_conflict() -> None:
    left = (
        "Snow depths of between 30 and 60 centimetres are expected on the pass "
        "by Thursday, the weather service said."
    )
    right = (
        "The weather service said 80 to 90 centimetres of snow were expected on the "
        "pass by Thursday."
    )
    assert _numbers(left, right) != []


def test_a_range_with_one_end_changed_conflicts() -> None:
    left = (
        "The ferry crossing will take 50 to 70 minutes once the new boats arrive, "
        "the operator said."
    )
    right = (
        "The operator said the ferry crossing will take 50 to 90 minutes once the new boats arrive."
    )
    assert _numbers(left, right) != []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 30 and 60 people attended.", [(30.0, 60.0), (30.0, 60.0)]),
        ("It will cost between 2 and 3 million euros.", [(2e6, 3e6), (2e6, 3e6)]),
        ("The court ruled 5 to 4 in favour of the city.", [None, None]),
        ("The fare rose from 6 euros to 8 euros.", [None, None]),
        ("He met 30 and 60 people.", [None, None]),
    ],
)
def test_what_is_read_as_a_range(text: str, expected: list[tuple[float, float] | None]) -> None:
    assert _spans(text) == expected
