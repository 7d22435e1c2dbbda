"""Which seat an office is, whatever its wording (office_conflicts, office_refs): a local
office said with no place in sentences that say the same is the event's place's; a word
for whoever runs a body names one seat ("director" / "who heads"); an office said
shorter is the same office; a country said by its people's adjective or a possessive is
the country; a local office and another office given to one person are two."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair
from tui.engine.findings.model import Finding
from tui.engine.people.office_conflicts import said_shorter, seat_label
from tui.engine.people.office_refs import OfficeRef, place_named


def flagged(found: list[Finding]) -> list[tuple[str, str, str]]:
    return [
        (f.type, f.left.quote, f.right.quote)
        for f in found
        if f.type == "office" or (f.kind, f.type) == ("name", "person")
    ]


@pytest.mark.parametrize(
    ("left", "right", "names"),
    [
        (
            "Mayor Oda Frisk opened the new library wing on Monday.",
            "The new wing of the library was opened on Monday by the town's mayor, Lars Wiik.",
            ("Oda Frisk", "Lars Wiik"),
        ),
        (
            "Regional governor Pia Nyberg announced the ferry subsidy on Tuesday.",
            "The ferry subsidy was announced on Tuesday by Kai Strand, governor of the region.",
            ("Pia Nyberg", "Kai Strand"),
        ),
    ],
)
def test_two_holders_of_a_local_office_with_no_place_in_aligned_sentences_are_two_people(
    pair: Pair, left: str, right: str, names: tuple[str, str]
) -> None:
    assert flagged(pair(left, right)) == [("person", *names)]


def test_local_offices_of_two_named_places_are_no_conflict(pair: Pair) -> None:
    left = "The mayor of Brekkvik, Oda Frisk, welcomed the new ferry between the towns."
    right = "The new ferry between the towns was welcomed by Lars Wiik, the mayor of nearby Solund."
    assert flagged(pair(left, right)) == []


def test_a_past_holder_of_a_local_office_is_no_rival(pair: Pair) -> None:
    left = "Mayor Oda Frisk opened the library wing on Monday, with her predecessor watching."
    right = (
        "The library wing was opened on Monday by Mayor Oda Frisk; former mayor Lars Wiik watched."
    )
    assert flagged(pair(left, right)) == []


def test_director_and_who_heads_of_one_named_body_are_one_seat(pair: Pair) -> None:
    left = "The director of the Storvik Glass Museum, Ines Aas, said the vases would return in May."
    right = "Per Lunde, who runs the Storvik Glass Museum, said the vases would be back in May."
    assert flagged(pair(left, right)) == [("office", "Ines Aas", "Per Lunde")]


def test_who_heads_a_body_in_lower_case_gives_its_head(pair: Pair) -> None:
    left = "The harbour board's director, Ines Aas, said dredging would start in April."
    right = "Dredging will start in April, said Per Lunde, who heads the harbour board."
    assert flagged(pair(left, right)) == [("person", "Ines Aas", "Per Lunde")]


@pytest.mark.parametrize(
    ("left", "right", "offices"),
    [
        (
            "Fire chief Rune Berge said the warehouse roof had collapsed.",
            "The warehouse roof collapsed, said the town's police chief, Rune Berge.",
            ("Fire chief", "police chief"),
        ),
        (
            "Mayor Rune Berge said the marathon drew 4,000 runners.",
            "The marathon drew 4,000 runners, said Rune Berge, who heads the athletics club.",
            ("Mayor", "heads the athletics club"),
        ),
    ],
)
def test_one_person_given_a_local_office_and_another_is_a_conflict(
    pair: Pair, left: str, right: str, offices: tuple[str, str]
) -> None:
    assert flagged(pair(left, right)) == [("office", *offices)]


def test_an_office_said_shorter_is_the_same_office(pair: Pair) -> None:
    left = "Parks commissioner Eva Holm said the lake would be dredged next summer."
    right = "Commissioner Eva Holm said the lake would be dredged next summer."
    assert flagged(pair(left, right)) == []


def test_ministers_of_one_country_said_by_name_and_by_adjective_conflict(pair: Pair) -> None:
    left = "Peru's mining minister, Rosa Vilca, said the permit had been suspended."
    right = "The permit has been suspended, said Peruvian mining minister Hugo Salas."
    assert flagged(pair(left, right)) == [("office", "Rosa Vilca", "Hugo Salas")]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Commissioner", "Transport Commissioner", True),
        ("Minister", "Culture minister", True),
        ("Police Chief", "Deputy Police Chief", False),
        ("Fire Chief", "Police Chief", False),
    ],
)
def test_said_shorter(a: str, b: str, same: bool) -> None:
    assert said_shorter(a, b) is same


@pytest.mark.parametrize(
    ("written", "place"),
    [("Peruvian", "Peru"), ("Mongolia's", "Mongolia"), ("port authority", "port authority")],
)
def test_place_named(written: str, place: str) -> None:
    assert place_named(written) == place


def test_seat_label() -> None:
    director = OfficeRef("Director", "Director", True, None, "museum", True, 0, 8)
    mayor = OfficeRef("Mayor", "Mayor", False, None, None, True, 0, 5)
    assert (seat_label(director), seat_label(mayor)) == ("Head", "Mayor")
