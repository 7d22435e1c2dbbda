"""A full name of no known given name is a person's where what stands around it says so
(tui/engine/people/mentions.py): a relation in apposition after it ("X, his sister,"), an
apposition headed by a noun that names nothing but a person ("X, a monk at the temple,"),
an age in apposition (", 52,"), or a lower-case office before an ordinary first word
("irrigation minister Dad ...", which no sentence opens with)."""

from __future__ import annotations

import pytest

from tests.contradiction_cases import article
from tui.engine.people.name_words import every_sense_a_person
from tui.engine.people.persons import find_people

_OPENING = "The ferry to Qormi ran late again on Monday. Mayor Edsel Varo said the port was full. "


def _names(text: str) -> set[str]:
    people = find_people(article("a.txt", text))
    return {text[m.start : m.end] for p in people for m in p.mentions}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Tavita Lemalu, his sister, collected signatures.", "Tavita Lemalu"),
        ("Oduya Kessene, her father and a former mayor, said the quay was old.", "Oduya Kessene"),
        ("Rignald Koster, his predecessor, said the cranes were idle.", "Rignald Koster"),
        ("Zerai Abrehet, their eldest son, backed it.", "Zerai Abrehet"),
        ("Rignald Koster, a monk at the chapel, asked for a ramp.", "Rignald Koster"),
        ("Tavita Lemalu, 52, from Birgu, was fined on Thursday.", "Tavita Lemalu"),
        ("Tavita Lemalu, aged 34, said the ticket was dear.", "Tavita Lemalu"),
        ("Harbour minister Dad Tavita Lemalu said the quay would cost more.", "Dad Tavita Lemalu"),
    ],
)
def test_a_relation_an_age_or_a_person_noun_beside_a_name_vouches_for_it(
    sentence: str, name: str
) -> None:
    found = _names(_OPENING + sentence)
    assert "Edsel Varo" in found
    assert name in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a noun that also names a ship is no evidence ("carrier")
        "Ocean Rider, a carrier, docked at the harbour on Monday.",
        # a number after a name that is a firm's, with an ordinary word in it
        "Harbour Freight Group, 12, was sold.",
        # a place with a relation after it is no person
        "In Valletta, his sister said, the ferry was full.",
    ],
)
def test_no_person_is_read_into_things_or_places_for_it(sentence: str) -> None:
    assert _names(_OPENING + sentence) == {"Edsel Varo"}


def test_a_noun_that_names_only_people_is_told_from_one_that_names_things_too() -> None:
    assert every_sense_a_person("monk")
    assert every_sense_a_person("imam")
    assert not every_sense_a_person("carrier")  # also a ship, a firm, a vehicle
    assert not every_sense_a_person("guide")  # also a book
    assert not every_sense_a_person("qwertyuiop")  # no sense at all
