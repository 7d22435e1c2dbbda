"""reworded_predicates.py: a denied predicate the other sentence affirms in words no
lexicon ties to it, found by its frame, unless the two predicates are opposed."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The two climbers failed to reach the summit of Mount Ardel on Tuesday.",
            "On Tuesday the two climbers made it to the summit of Mount Ardel.",
            ("failed to reach", "made it"),
        ),
        (
            "The regional council would not be withdrawing its grant to the Sella ferry "
            "before the end of the year.",
            "The regional council will pull its grant to the Sella ferry before the year ends.",
            ("would not be withdrawing", "will pull"),
        ),
        (
            "The Holm lifeboat crew failed to rescue the two kayakers off Crane Point.",
            "The Holm lifeboat crew pulled the two kayakers from the sea off Crane Point.",
            ("failed to rescue", "pulled"),
        ),
    ],
)
def test_a_denied_act_against_another_verb_in_the_same_frame(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "negation") == expected


def test_the_roles_turned_round_across_the_two_verbs() -> None:
    left = "The Pellam school's science labs have never been fitted with fume cupboards, staff say."
    right = "Staff say fume cupboards were installed in the Pellam school's science labs."
    assert only(left, right, "negation") == ("have never been fitted", "were installed")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # an affirmed verb that denies the act itself
            "The council did not approve the new parking scheme for Dorne Street on Monday.",
            "On Monday the council rejected the new parking scheme for Dorne Street.",
        ),
        (  # keeping as it was
            "The Alder museum did not close its east wing during the roof works.",
            "The Alder museum kept its east wing open during the roof works.",
        ),
        (  # one event told from each party: the parties may have turned round
            "The Harlow brewery did not sell its old maltings to the Vantis hotel group.",
            "The Vantis hotel group bought the old maltings from the Harlow brewery.",
        ),
        (  # words of opposite tone
            "The finance minister did not praise the new budget for rural schools on Friday.",
            "The finance minister criticised the new budget for rural schools on Friday.",
        ),
        (  # a denied denial affirms
            "The Varna rowing club did not cancel its regatta on the Lenne on Sunday.",
            "The Varna rowing club staged its regatta on the Lenne on Sunday.",
        ),
    ],
)
def test_opposed_predicates_say_one_thing(left: str, right: str) -> None:
    assert conflicts(left, right) == []


def test_another_object_is_another_act() -> None:
    left = "The mayor of Tarrow did not attend the harbour festival on Saturday."
    right = "The mayor of Tarrow opened the flower show on Saturday."
    assert conflicts(left, right) == []


def test_two_activities_going_on_at_once_are_no_conflict() -> None:
    left = "Two fishermen on the old harbour wall are not mending their nets this morning."
    right = "Two fishermen on the old harbour wall are painting their nets this morning."
    assert conflicts(left, right) == []


def test_a_short_sentence_says_too_little_alike() -> None:
    left = "The guards did not search the van."
    right = "The guards emptied the van."
    assert conflicts(left, right) == []


def test_a_cue_of_degree_denies_no_act() -> None:
    left = "Shares in the Dorval mining group barely moved in Frankfurt on Tuesday morning."
    right = "Shares in the Dorval mining group slipped in Frankfurt on Tuesday morning."
    assert conflicts(left, right) == []


def test_a_verb_joined_to_another_is_no_reworded_claim() -> None:
    left = "The Morland trust did not buy the old mill on the Esk at auction in May."
    right = "The Morland trust inspected and restored the old mill on the Esk at auction in May."
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []
