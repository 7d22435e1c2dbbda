"""Names of no known type tied by what they do (entity_agents.py): the agent of one act
on each side stands in for the type entity_typed.py asks of two swapped names."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.entity_agents import agent_roles
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def _entities(left: str, right: str) -> list[str]:
    return [c.type for c in conflicts(left, right) if c.type == "entity"]


def test_two_untyped_makers_in_two_voices_are_a_swap() -> None:
    left = "The new ferry for the Tarrow crossing was built by Wessing Yards over two winters."
    right = "Over two winters Brodell Marine made the new ferry for the Tarrow crossing."
    assert only(left, right, "entity") == ("Wessing Yards", "Brodell Marine")


def test_a_hyphenated_maker_and_an_agent_after_by_are_a_swap() -> None:
    left = "The Harwick lifeboat station will get two Dremmel-built boats next spring."
    right = "Two boats made by Ostrander will go to the Harwick lifeboat station next spring."
    assert only(left, right, "entity") == ("Dremmel-built", "Ostrander")


def test_untyped_names_of_two_acts_are_no_swap() -> None:
    left = "The new ferry for the Tarrow crossing was built by Wessing Yards over two winters."
    right = "Over two winters Brodell Marine sold the new ferry for the Tarrow crossing."
    assert _entities(left, right) == []


def test_an_untyped_name_and_a_place_are_no_swap() -> None:
    left = "The new ferry for the Tarrow crossing was built by Wessing Yards over two winters."
    right = "The new ferry for the Tarrow crossing was built in Norway over two winters."
    assert _entities(left, right) == []


def test_a_noun_the_name_modifies_is_no_act() -> None:
    text = "Two Dremmel boats and a Wessing-owned crane arrived."
    words = sentence_words(Sentence(0, 0, len(text), text))
    assert agent_roles(words, (1, 1)) == set()
    assert {role.word for role in agent_roles(words, (5, 5))} == {"own"}


def test_two_names_of_one_person_are_no_swap() -> None:
    left = "Most of the prisoners released by Karimov before the vote were later rearrested."
    right = "Most of the prisoners Mr. Alimov released before the vote were later rearrested."
    assert _entities(left, right) == []


def test_a_maker_due_to_do_the_act_and_its_agent_after_by_are_a_swap() -> None:
    left = "The town's new footbridge will be built by Hallam Steelworks, the council said."
    right = "Pardoe Fabrication is to build the town's new footbridge, the council said."
    assert only(left, right, "entity") == ("Hallam Steelworks", "Pardoe Fabrication")


def test_a_possessive_name_owns_the_act_its_noun_names() -> None:
    text = "Morrow Group's purchase of the mill and the mill's purchase by Quayle."
    words = sentence_words(Sentence(0, 0, len(text), text))
    assert {role.word for role in agent_roles(words, (0, 1))} == {"purchas", "get"}  # X got it
    assert agent_roles(words, (6, 7)) == set()  # "the mill's purchase by": the thing bought


def test_a_buyer_named_by_its_purchase_and_an_agent_after_by_are_a_swap() -> None:
    left = "The old Tarrow paper mill was bought by Wessing Yards for two million pounds."
    right = "Brodell Marine's purchase of the old Tarrow paper mill cost two million pounds."
    assert only(left, right, "entity") == ("Wessing Yards", "Brodell Marine's")


def test_a_buyer_and_the_party_a_seller_sells_to_are_a_swap() -> None:
    left = "The dairy firm Tessek will buy the cheese plant of the county for 4 million euros."
    right = "For 4 million euros, the county will sell the cheese plant to Morwen, a dairy."
    assert only(left, right, "entity") == ("Tessek", "Morwen")


def test_a_buyer_and_a_seller_are_no_swap() -> None:
    left = "The Tessek Dairy Cooperative will buy the cheese plant for 4 million euros."
    right = "For 4 million euros, Morwen Creamery Group is selling the cheese plant."
    assert _entities(left, right) == []


def test_the_agent_of_a_passive_far_from_its_participle_is_a_swap() -> None:
    left = "The lighthouse lens was bought at auction in Oslo on Friday by the Varde Sea Museum."
    right = "The Kessby Harbour Trust paid for the lighthouse lens at an Oslo auction on Friday."
    assert only(left, right, "entity") == ("Varde Sea Museum", "Kessby Harbour Trust")


def test_the_verb_before_a_passive_agent_is_read_past_a_date() -> None:
    words = sentence_words(
        Sentence(0, 0, 60, "The lens was bought in Oslo on Friday by the Varde Sea Museum.")
    )
    first = next(k for k, w in enumerate(words) if w.text == "Varde")
    assert {role.word for role in agent_roles(words, (first, first + 2))} == {"buy", "get"}


def test_a_name_holding_initials_and_a_name_doing_the_same_are_no_swap() -> None:
    left = "Next spring the new Tarrow TX will plough twice as fast as its forerunner."
    right = "Next spring Harrowmaster will plough twice as fast as its forerunner."
    assert _entities(left, right) == []
