"""The regions of every country (data/regions.txt, ISO 3166-2) as the place of an office:
"Chief Minister of Tamil Nadu", "Nuevo León Governor"; two holders in one region
conflict, in two regions they do not."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tests.unit.test_people_offices import office_conflicts
from tui.engine.datafiles import data_lines
from tui.engine.people.persons import find_people
from tui.engine.people.place_names import is_place_name


@pytest.mark.parametrize(
    "name", ["Tamil Nadu", "Andhra Pradesh", "Nuevo León", "Nuevo Leon", "Khyber Pakhtunkhwa"]
)
def test_regions_of_two_words_are_places(name: str) -> None:
    assert is_place_name(name)


@pytest.mark.parametrize("name", ["Victoria", "Central", "Western Cape", "Santiago Rodríguez"])
def test_regions_written_as_a_given_name_or_ordinary_words_are_left_out(name: str) -> None:
    assert name not in data_lines("regions.txt")


def places_of(write_article: Write, text: str) -> dict[str, set[str | None]]:
    """Each person by their first mention -> the places of their offices."""
    article = write_article(text)
    return {
        article.text[p.mentions[0].start : p.mentions[0].end]: {
            o.qualifier for m in p.mentions for o in m.offices
        }
        for p in find_people(article)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Tamil Nadu Chief Minister Oswin Prabakar opened the bridge on Monday.",
        "The Chief Minister of Tamil Nadu, Oswin Prabakar, opened the bridge on Monday.",
    ],
)
def test_a_region_of_two_words_is_the_place_of_its_office(write_article: Write, text: str) -> None:
    assert places_of(write_article, text)["Oswin Prabakar"] == {"tamil nadu"}


@pytest.mark.parametrize(
    ("left", "right", "conflicts"),
    [
        ("The Governor of Nuevo León, {}, said", "Nuevo León Governor {} said", True),
        (
            "Khyber Pakhtunkhwa Chief Minister {} said",
            "The Chief Minister of Khyber Pakhtunkhwa, {}, said",
            True,
        ),
        ("Nuevo León Governor {} said", "Baja California Governor {} said", False),
        (
            "Andhra Pradesh Chief Minister {} said",
            "The Chief Minister of Tamil Nadu, {}, said",
            False,
        ),
    ],
)
def test_holders_in_one_region_conflict_and_in_two_do_not(
    pair: Pair, left: str, right: str, conflicts: bool
) -> None:
    rest = " on Monday that the toll road would be widened."
    found = pair(left.format("Marisol Okafor") + rest, right.format("Dana Wrzesniewski") + rest)
    assert bool(office_conflicts(found)) == conflicts


def test_a_chief_of_a_trade_in_apposition_is_one_office(write_article: Write) -> None:
    article = write_article("The Kerala Chief Minister, Oswin Prabakar, opened the bridge.")
    (person,) = find_people(article)
    offices = {(o.label, o.qualifier) for m in person.mentions for o in m.offices}
    assert offices == {("Chief Minister", "kerala")}
