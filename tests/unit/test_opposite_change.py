"""opposite_change.py: the same amount moved up on one side and down on the other."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_a_verb_of_change_against_a_comparative_with_the_same_amount() -> None:
    left = "Bookings at the coastal campsites rose by 15 percent over the Easter weekend."
    right = "The coastal campsites took 15% fewer bookings over the Easter weekend."
    assert only(left, right, "opposite") == ("rose", "fewer")


def test_two_verbs_of_change_with_the_same_amount() -> None:
    left = "Wool prices at the autumn auction in Kelso climbed 8 per cent on Tuesday."
    right = "On Tuesday wool prices at Kelso's autumn auction dipped 8%."
    assert only(left, right, "opposite") == ("climbed", "dipped")


def test_the_same_direction_in_other_words_agrees() -> None:
    left = "Wool prices at the autumn auction in Kelso climbed 8 per cent on Tuesday."
    right = "On Tuesday wool prices at Kelso's autumn auction were 8% higher."
    assert conflicts(left, right) == []


def test_more_than_bounds_an_amount_and_moves_nothing() -> None:
    left = "Wool prices at the autumn auction in Kelso fell 8 per cent on Tuesday."
    right = "More than 8% of the wool at Kelso's autumn auction went unsold on Tuesday."
    assert conflicts(left, right) == []


def test_a_noun_of_change_moves_no_amount() -> None:
    left = "Growth in shop rents slowed to 4 percent in March, the survey found."
    right = "Shop rent rises eased to 4 percent in March, the survey found."
    assert conflicts(left, right) == []


def test_a_word_of_change_after_a_determiner_is_a_noun_that_moves_nothing() -> None:
    left = "Near the harbour mouth the tug had slowed to 6 mph because of the ice."
    right = "Because of the ice the tug had cut its speed to 6 mph near the harbour mouth."
    assert conflicts(left, right) == []
