"""A "chief" whose function a common noun in front says ("the fire chief") holds an
office of its own, one holder per place; and an office a reading widened ("Deputy
Police Commissioner") read again with a place after the name."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.people.persons import find_people


@pytest.mark.parametrize(
    ("text", "label", "place", "current"),
    [
        (
            "Tulsa fire chief Odile Brannock said the warehouse had no sprinklers.",
            "Fire Chief",
            "tulsa",
            True,
        ),
        (
            "Tulsa's fire chief, Odile Brannock, said the warehouse had no sprinklers.",
            "Fire Chief",
            "tulsa",
            True,
        ),
        (
            "Fire Chief Odile Brannock of Tulsa said the warehouse had no sprinklers.",
            "Fire Chief",
            "tulsa",
            True,
        ),
        (
            "The fire chief, Odile Brannock, said the warehouse had no sprinklers.",
            "Fire Chief",
            None,
            True,
        ),
        (
            "Former fire chief Odile Brannock said the warehouse had no sprinklers.",
            "Fire Chief",
            None,
            False,
        ),
        # a body in front is the chief's organisation, not a function
        ("The bank chief, Odile Brannock, said the loan had been repaid.", "Head", "bank", True),
    ],
)
def test_a_function_noun_before_chief_makes_an_office_of_its_own(
    write_article: Write, text: str, label: str, place: str | None, current: bool
) -> None:
    (person,) = find_people(write_article(text))
    given = [(o.label, o.qualifier, o.current) for m in person.mentions for o in m.offices]
    assert given == [(label, place, current)]


def test_two_fire_chiefs_of_one_city_conflict_and_of_two_cities_do_not(pair: Pair) -> None:
    left = "Tulsa fire chief Odile Brannock said the warehouse had no sprinklers."
    same_city = "Tulsa fire chief Petra Okonjo said the warehouse had no sprinklers."
    other_city = "Omaha fire chief Petra Okonjo said the warehouse had no sprinklers."
    assert [f.message for f in pair(left, same_city) if f.type == "office"] == [
        "Fire Chief: Odile Brannock vs Petra Okonjo"
    ]
    assert [f for f in pair(left, other_city) if f.type == "office"] == []


def test_a_ranked_office_with_a_place_after_the_name_keeps_both(write_article: Write) -> None:
    text = "Deputy Police Commissioner Odile Brannock of Tulsa closed the bridge on Monday."
    (person,) = find_people(write_article(text))
    given = [(o.label, o.qualifier) for m in person.mentions for o in m.offices]
    assert given == [("Deputy Police Chief", "tulsa")]


@pytest.mark.parametrize(
    ("text", "label", "place", "current"),
    [
        (
            "Goa Chief Minister Ravi Deshmane said the ferry would run.",
            "Chief Minister",
            "goa",
            True,
        ),
        (
            "The chief minister of Goa, Ravi Deshmane, said the ferry would run.",
            "Chief Minister",
            "goa",
            True,
        ),
        (
            "Ravi Deshmane, the chief minister of Goa, said the ferry would run.",
            "Chief Minister",
            "goa",
            True,
        ),
        (
            "Former Chief Minister Ravi Deshmane said the ferry would run.",
            "Chief Minister",
            None,
            False,
        ),
        (
            "Chief Conductor Ravi Deshmane led the rehearsal on Friday.",
            "Chief Conductor",
            None,
            True,
        ),
        (
            "The orchestra's chief conductor, Ravi Deshmane, led the rehearsal.",
            "Chief Conductor",
            "orchestra",
            True,
        ),
        # a capitalised word after "Chief" with no name after it is the surname, and a
        # given name (WordNet makes "philip" a person) is the name's
        ("Chief Philip Okoro said the bridge would close.", "Head", None, True),
        ("Police Chief Baker said the bridge would close.", "Police Chief", None, True),
    ],
)
def test_chief_and_a_noun_for_a_person_is_one_office(
    write_article: Write, text: str, label: str, place: str | None, current: bool
) -> None:
    (person,) = find_people(write_article(text))
    given = [(o.label, o.qualifier, o.current) for m in person.mentions for o in m.offices]
    assert given == [(label, place, current)]


def test_two_chief_ministers_of_one_state_conflict_and_of_two_states_do_not(pair: Pair) -> None:
    left = "Goa Chief Minister Ravi Deshmane said the ferry would run."
    same_state = "Goa Chief Minister Meera Kulkarni said the ferry would run."
    other_state = "Kerala Chief Minister Meera Kulkarni said the ferry would run."
    assert [f.message for f in pair(left, same_state) if f.type == "office"] == [
        "Chief Minister: Ravi Deshmane vs Meera Kulkarni"
    ]
    assert [f for f in pair(left, other_state) if f.type == "office"] == []


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "The Danish consul general in Mombasa, Ravi Deshmane, said visas would resume.",
            "Consul general",
        ),
        ("The mayor in Tromsø, Ravi Deshmane, said the road would reopen.", "Mayor"),
    ],
)
def test_an_office_in_apposition_before_a_name_takes_an_in_phrase_too(
    write_article: Write, text: str, label: str
) -> None:
    (person,) = find_people(write_article(text))
    assert [o.label for m in person.mentions for o in m.offices] == [label]
