"""refused_acts.py: a request one sentence says was refused and the other says was
granted, each in a verb of its own."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only


def test_a_refusal_against_a_passive_grant_of_the_same_request() -> None:
    left = "The planning board refused to give the Harrow brewery a late licence on Tuesday."
    right = "On Tuesday the Harrow brewery was granted a late licence by the planning board."
    assert only(left, right, "negation") == ("refused", "was granted")


def test_a_synonym_of_refusing_against_an_award() -> None:
    left = "A tribunal in Lodz declined to give the striking miners their back pay in March."
    right = "In March the striking miners were awarded their back pay by a Lodz tribunal."
    assert only(left, right, "negation") == ("declined", "were awarded")


def test_a_refusal_to_let_against_a_permission() -> None:
    left = "Port officials refused to let the fishing fleet of Skarn leave the harbour on Friday."
    right = "On Friday the Skarn fishing fleet was allowed out of the harbour, port officials said."
    assert only(left, right, "negation") == ("refused to let", "was allowed")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two bodies, each answering for itself
        (
            "The upper chamber refused to pass the pension bill on Thursday.",
            "On Thursday the pension bill was approved by the lower house.",
        ),
        # granted something else than what was refused
        (
            "The planning board refused to give the Harrow brewery a late licence.",
            "The Harrow bakery was granted a grant for new ovens by the planning board.",
        ),
        # the refusal denied: the request was granted
        (
            "The planning board did not reject the Harrow brewery's plea for a late licence.",
            "The Harrow brewery was granted a late licence by the planning board.",
        ),
        # a grant hoped for asserts nothing
        (
            "The planning board refused to give the Harrow brewery a late licence.",
            "The Harrow brewery hopes to approve plans for a late licence with the board.",
        ),
    ],
)
def test_no_conflict_without_one_request_answered_both_ways(left: str, right: str) -> None:
    assert [c.type for c in conflicts(left, right)] == []


def test_permission_granted_is_no_answer_to_a_refusal_to_act() -> None:
    left = "The Ostby archive granted permission to copy the old parish maps, its keeper said."
    right = "The Ostby archive refused to copy the old parish maps, its keeper said."
    assert conflicts(left, right) == []
