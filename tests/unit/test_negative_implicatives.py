"""Negation cues that deny a clause ("denied that", "ruled out"), two cues that cancel
("has not ruled out"), and claims reported as claims, which assert nothing."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_a_denial_that_agrees_with_a_negated_claim() -> None:
    left = "The airline denied that any passengers had been injured."
    right = "No passengers were injured, the airline said."
    assert conflicts(left, right) == []


def test_a_denial_that_conflicts_with_the_claim_it_denies() -> None:
    left = "The mayor denied that the council had raised parking fees."
    right = "The council raised parking fees in March, the mayor said."
    assert only(left, right, "negation")[0].startswith("denied that")


def test_ruling_out_conflicts_with_announcing() -> None:
    left = "The minister ruled out a rise in fuel duty this year."
    right = "The minister announced a rise in fuel duty this year."
    assert only(left, right, "negation") == ("ruled out a rise", "rise")


def test_not_ruling_out_denies_nothing() -> None:
    left = "Investigators have not ruled out arson in the warehouse blaze."
    right = "Investigators suspect arson in the warehouse blaze."
    assert conflicts(left, right) == []


def test_not_failing_to_act_denies_nothing() -> None:
    left = "The regulator did not fail to act on the warnings."
    right = "The regulator acted on the warnings."
    assert conflicts(left, right) == []


def test_a_claim_reported_as_a_claim_is_not_affirmed() -> None:
    left = "The firm did not cut wages last year, its chief said."
    right = "The union repeated its claims that the firm cut wages last year."
    assert conflicts(left, right) == []


def test_a_refusal_conflicts_with_agreeing_to_the_same_act() -> None:
    left = "The union agreed to suspend the strike after the talks."
    right = "After the talks, the union refused to suspend the strike."
    assert only(left, right, "negation") == ("agreed to suspend", "refused to suspend")


def test_a_failure_conflicts_with_managing_the_same_act() -> None:
    left = "The climbers managed to reach the summit on Friday."
    right = "On Friday the climbers failed to reach the summit."
    assert only(left, right, "negation") == ("managed to reach", "failed to reach")


def test_a_failure_does_not_conflict_with_an_attempt() -> None:
    left = "The climbers tried to reach the summit on Friday."
    right = "On Friday the climbers failed to reach the summit."
    assert conflicts(left, right) == []
