"""A denied act against an affirmed act in another verb that WordNet says is that act too
(predicates.implies_act, data/wordnet_acts.txt): "never acquired" / "bought"."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.predicates import implies_act
from tui.engine.findings.contradiction.wordlists import phrase_key


def test_buying_is_acquiring_but_not_the_other_way() -> None:
    assert implies_act(phrase_key("buy"), phrase_key("acquire"))
    assert not implies_act(phrase_key("acquire"), phrase_key("buy"))


def test_a_light_verb_with_its_particle_names_the_act() -> None:
    assert implies_act(phrase_key("get to"), phrase_key("reach"))


def test_a_denied_general_act_against_a_kind_of_it() -> None:
    left = "The city library never acquired the rare atlas of the northern coast."
    right = "The rare atlas of the northern coast was bought by the city library."
    assert only(left, right, "negation") == ("never acquired", "was bought")


def test_a_denied_act_against_a_light_verb_and_its_particle() -> None:
    left = "The relief convoy failed to reach the flooded village on Friday."
    right = "On Friday the relief convoy got to the flooded village."
    assert only(left, right, "negation") == ("failed to reach", "got to")


def test_a_denied_kind_says_nothing_of_the_general_act() -> None:
    left = "The city library did not buy the rare atlas of the northern coast."
    right = "The city library acquired the rare atlas of the northern coast."
    assert conflicts(left, right) == []


def test_an_implied_act_on_other_arguments_is_no_conflict() -> None:
    left = "The city library never acquired the rare atlas of the northern coast."
    right = "The city library bought two new reading lamps for its hall."
    assert conflicts(left, right) == []
