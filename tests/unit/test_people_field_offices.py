"""A head office with a noun of its body, field or unit in front is an office of its own
(office_refs.py): "Senate President", "Police President", "Fire Commissioner", "district
mayor"; the name in front of a unit word is the office's place ("Yavapai County
Sheriff")."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tests.unit.test_people_offices import office_conflicts
from tui.engine.people.persons import find_people


def offices_of(write_article: Write, text: str) -> dict[str, set[tuple[str, str | None]]]:
    """Each person by their first mention -> (label, place) of their offices."""
    article = write_article(text)
    return {
        article.text[p.mentions[0].start : p.mentions[0].end]: {
            (o.label, o.qualifier) for m in p.mentions for o in m.offices
        }
        for p in find_people(article)
    }


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Police President Oskar Vrabel said so.", ("Police President", None)),
        ("The Senate president, Oskar Vrabel, said so.", ("Senate President", None)),
        ("Idaho Senate President Oskar Vrabel said so.", ("Senate President", "idaho")),
        ("Fire Commissioner Oskar Vrabel said so.", ("Fire Commissioner", None)),
        ("Ostrava district mayor Oskar Vrabel said so.", ("District Mayor", "ostrava")),
        ("Pima County Sheriff Oskar Vrabel said so.", ("Sheriff", "pima")),
        ("Thrissur District Collector Oskar Vrabel said so.", ("District Collector", "thrissur")),
        (
            "The Thrissur District Collector, Oskar Vrabel, said so.",
            ("District Collector", "thrissur"),
        ),
        ("The Pima County Attorney, Oskar Vrabel, said so.", ("County Attorney", "pima")),
    ],
)
def test_a_noun_in_front_makes_an_office_of_its_own(
    write_article: Write, text: str, office: tuple[str, str | None]
) -> None:
    assert offices_of(write_article, text)["Oskar Vrabel"] == {office}


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Republican President Oskar Vrabel said so.", "President"),
        ("The city mayor, Oskar Vrabel, said so.", "Mayor"),
        ("They backed the deal President Oskar Vrabel struck.", "President"),
        ("Saying President Oskar Vrabel was wrong, he left.", "President"),
        ("Human Rights Campaign President Oskar Vrabel said so.", "President"),
    ],
)
def test_a_party_the_offices_own_body_a_verb_or_a_name_makes_no_office(
    write_article: Write, text: str, label: str
) -> None:
    assert {o for o, _ in offices_of(write_article, text)["Oskar Vrabel"]} == {label}


REPORT = "{office} {name} said on Monday that the budget would be cut."


@pytest.mark.parametrize(
    ("left_office", "right_office", "conflicts"),
    [
        ("Idaho Senate President", "Idaho Senate President", True),
        ("Idaho Senate President", "Oregon Senate President", False),
        ("Pima County Sheriff", "Pima County Sheriff", True),
        ("Pima County Sheriff", "Yuma County Sheriff", False),
        ("Thrissur District Collector", "Thrissur District Collector", True),
        ("Thrissur District Collector", "Palakkad District Collector", False),
        ("Idaho Senate President", "President", False),  # not the country's
    ],
)
def test_holders_of_one_place_conflict_and_of_two_do_not(
    pair: Pair, left_office: str, right_office: str, conflicts: bool
) -> None:
    found = pair(
        REPORT.format(office=left_office, name="Marisol Okafor"),
        REPORT.format(office=right_office, name="Dana Wrzesniewski"),
    )
    assert bool(office_conflicts(found)) == conflicts
