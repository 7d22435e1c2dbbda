"""The party that comes to hold a thing, whatever verb tells it (entity_agents.py: the
role of getting, converse verbs weighed as one word), names given in apposition after
"by", head words in "-ies" and listed name heads (entity_types.py), and a person's
country after "of" read apart from the name (entity_typed.py)."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.entity_agents import GETTING, agent_roles
from tui.engine.findings.contradiction.entity_types import distinct_words, name_type
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> list:  # type: ignore[type-arg]
    return list(sentence_words(Sentence(0, 0, len(text), text)))


def _run(words: list, first_text: str, size: int) -> tuple[int, int]:  # type: ignore[type-arg]
    first = next(k for k, w in enumerate(words) if w.text == first_text)
    return first, first + size - 1


def _entities(left: str, right: str) -> list[str]:
    return [c.type for c in conflicts(left, right) if c.type == "entity"]


def test_the_winner_and_the_one_a_thing_is_awarded_to_fill_one_role() -> None:
    left = "Halden Dredging has won the contract to deepen the Skarra channel over two years."
    right = "The two-year contract to deepen the Skarra channel has been awarded to Oster Marine."
    assert only(left, right, "entity") == ("Halden Dredging", "Oster Marine")


def test_the_winner_named_on_both_sides_is_no_swap() -> None:
    left = "Halden Dredging has won the contract to deepen the Skarra channel over two years."
    right = (
        "The two-year contract to deepen the Skarra channel has been awarded to Halden Dredging."
    )
    assert _entities(left, right) == []


def test_a_buyer_and_the_one_a_thing_is_sold_to_fill_one_role() -> None:
    left = "Brisk Dairies has bought the Teller creamery and its two farms for an undisclosed sum."
    right = (
        "The Teller creamery and its two farms have been sold to Corlan Holdings "
        "for a sum not disclosed."
    )
    assert only(left, right, "entity") == ("Brisk Dairies", "Corlan Holdings")


def test_seller_and_buyer_are_two_roles() -> None:
    left = "Brisk Dairies has sold the Teller creamery to Corlan Holdings."
    right = "Corlan Holdings has bought the Teller creamery from Brisk Dairies."
    assert _entities(left, right) == []


def test_the_first_object_of_a_verb_of_giving_gets_the_thing() -> None:
    words = _words("The ministry said it had granted Pellam Energy a licence to drill.")
    assert GETTING in {r.word for r in agent_roles(words, _run(words, "Pellam", 2))}
    words = _words("The ministry said it had warned Pellam Energy a week ago.")
    assert GETTING not in {r.word for r in agent_roles(words, _run(words, "Pellam", 2))}


def test_a_name_in_apposition_after_by_is_the_agent() -> None:
    words = _words("The ten trams were built by the Essel firm Brenlow in 2019.")
    assert {r.word for r in agent_roles(words, _run(words, "Brenlow", 1))} == {"build"}


def test_a_particle_before_by_leaves_the_verb_its_agent() -> None:
    words = _words("The survey was carried out by the Greyfield Trust.")
    assert "carri" in {r.word for r in agent_roles(words, _run(words, "Greyfield", 2))}


def test_a_head_word_in_ies_types_the_name_and_tells_no_name_apart() -> None:
    words = _words("Westline Ferries runs the crossing.")
    assert name_type(words, (0, 1)) == "ship"
    assert [w.text for w in distinct_words(words, (0, 1))] == ["Westline"]


def test_a_listed_head_tells_no_name_apart() -> None:
    words = _words("The recital is at Kelvin Hall next month.")
    assert [w.text for w in distinct_words(words, _run(words, "Kelvin", 2))] == ["Kelvin"]


def test_a_nationality_and_another_country_after_the_same_name_are_a_swap() -> None:
    left = "A Greek climber, Rui Damas, reached the summit of Mount Kessel on Tuesday."
    right = "Rui Damas of Italy reached the summit of Mount Kessel on Tuesday."
    assert only(left, right, "entity") == ("Greek", "Italy")


def test_a_nationality_and_its_own_country_are_no_swap() -> None:
    left = "A Greek climber, Rui Damas, reached the summit of Mount Kessel on Tuesday."
    right = "Rui Damas of Greece reached the summit of Mount Kessel on Tuesday."
    assert _entities(left, right) == []
