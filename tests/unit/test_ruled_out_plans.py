"""A plan or a possibility ruled out on one side and standing on the other, each in
words of its own (ruled_out_plans.py)."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_an_act_ruled_out_against_a_plan_to_do_it() -> None:
    left = "The harbour board has ruled out dredging the old channel before the winter storms."
    right = "Before the winter storms, the harbour board intends to dredge the old channel."
    assert only(left, right, "negation") == ("has ruled out", "intends")


def test_an_act_ruled_out_against_its_object_being_planned() -> None:
    left = "The council has ruled out opening a third library in the eastern suburbs."
    right = "A third library for the eastern suburbs is being planned by the council."
    assert only(left, right, "negation") == ("has ruled out", "planned")


def test_a_cut_ruled_out_against_a_plan_to_reduce_it() -> None:
    left = "The mayor ruled out a cut in the parking charges for the city centre."
    right = "The mayor plans to reduce the parking charges for the city centre."
    assert only(left, right, "negation") == ("ruled out", "plans")


def test_another_act_on_the_same_object_is_no_conflict() -> None:
    left = "The harbour board has ruled out raising the mooring fees before the winter."
    right = "Before the winter, the harbour board plans to lower the mooring fees."
    assert conflicts(left, right) == []


def test_a_deliberation_told_in_the_past_is_what_the_ruling_out_ended() -> None:
    left = "The council has ruled out opening a third library in the eastern suburbs."
    right = "The council had considered a third library in the eastern suburbs last year."
    assert conflicts(left, right) == []


def test_a_plan_denied_on_its_own_side_is_no_conflict() -> None:
    left = "The council has ruled out opening a third library in the eastern suburbs."
    right = "The council does not plan to open a third library in the eastern suburbs."
    assert conflicts(left, right) == []
