"""An amount a little under or over its figure ("nearly 300", "almost half", "just over
40") is bounded on one side: a value past the bound differs from it, whatever rounding
would allow a bare round figure ("500" / "512"), and one inside agrees."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def _numbers(left: str, right: str) -> list[str]:
    return [
        c.contrast.topic
        for c in sentence_conflicts(_sentence(left), _sentence(right))
        if c.type == "number" and c.score >= DEFAULT_MIN_SCORE
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Nearly 400 sheep were rescued from the flooded fields near Ardel on Monday.",
            "Rescuers brought 415 sheep out of the flooded fields near Ardel on Monday.",
        ),
        (
            "Just over 60 stalls opened at the Wennick night market on Friday.",
            "The Wennick night market opened on Friday with 69 stalls.",
        ),
        (
            "Almost half of the drivers at the depot joined the strike.",
            "The strike was joined by 53 percent of the drivers at the depot.",
        ),
    ],
)
def test_a_value_past_the_bound_differs(left: str, right: str) -> None:
    assert _numbers(left, right) == ["number differs"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Nearly 400 sheep were rescued from the flooded fields near Ardel on Monday.",
            "Rescuers brought 389 sheep out of the flooded fields near Ardel on Monday.",
        ),
        (
            "Just over 60 stalls opened at the Wennick night market on Friday.",
            "The Wennick night market opened on Friday with 63 stalls.",
        ),
        (
            "Almost half of the drivers at the depot joined the strike.",
            "The strike was joined by 47 percent of the drivers at the depot.",
        ),
        (
            "Nearly 400 sheep were rescued from the flooded fields near Ardel on Monday.",
            "Rescuers brought about 380 sheep out of the flooded fields near Ardel on Monday.",
        ),
    ],
)
def test_a_value_inside_the_bound_agrees(left: str, right: str) -> None:
    assert _numbers(left, right) == []
