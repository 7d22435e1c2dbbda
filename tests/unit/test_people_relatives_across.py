"""Linking people across two articles where a surname is shared (names.link_people): a
surname alone taken up by a pronoun of one sex goes to the relative of that sex; a given
name in two languages (Oleksandr / Alexander) is one person's, with no finding, while a
romanisation of one form (Oleksandr / Aleksandr) is still shown."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.people.cast import cast_of
from tui.engine.people.names import link_people
from tui.engine.people.persons import Person

SPOUSES = (
    "President Donald Trump threatened on Tuesday to veto the bill. Melania Trump hosted "
    "a holiday event the same evening."
)


def _linked(write_article: Write, alone: str, both: str) -> list[tuple[str, str]]:
    left, right = cast_of(write_article(alone)), cast_of(write_article(both))
    return [
        (link.left.spellings[0], " ".join(sorted(link.right.given_names)))
        for link in link_people(left, right)
    ]


@pytest.mark.parametrize(
    ("alone", "given"),
    [
        ("Trump said he would veto the bill unless Congress changed it.", "donald"),
        ("Trump said she would host the holiday event at the White House.", "melania"),
    ],
)
def test_a_surname_alone_goes_to_the_relative_its_pronoun_names(
    write_article: Write, alone: str, given: str
) -> None:
    assert _linked(write_article, alone, SPOUSES) == [("Trump", given)]


@pytest.mark.parametrize(
    "alone",
    [
        "Trump met Pelosi, and she said the bill would pass.",  # "she" may be Pelosi
        "Trump arrived late on Tuesday.",  # no pronoun at all
    ],
)
def test_a_surname_alone_without_a_pronoun_of_its_own_stays_apart(
    write_article: Write, alone: str
) -> None:
    assert _linked(write_article, alone, SPOUSES) == []


def test_a_given_name_in_two_languages_is_one_person_without_a_finding(pair: Pair) -> None:
    found = pair(
        "Gen. Oleksandr Syrskyi, the commander in chief, visited troops near the front.",
        "Gen. Alexander Syrskyi, the commander in chief, visited troops near the front.",
    )
    assert found == []


def test_a_given_name_in_two_languages_lets_a_surname_variant_link(pair: Pair) -> None:
    found = pair(
        "Gen. Oleksandr Syrskyi, the commander in chief, visited troops near the front.",
        "Gen. Alexander Syrsky, the commander in chief, visited troops near the front.",
    )
    assert [(f.type, f.left.quote, f.right.quote) for f in found] == [
        ("spelling", "Syrskyi", "Syrsky")
    ]


def test_a_romanisation_of_one_given_name_is_still_shown(pair: Pair) -> None:
    found = pair(
        "Gen. Oleksandr Syrskyi, the commander in chief, visited troops near the front.",
        "Gen. Aleksandr Syrskyi, the commander in chief, visited troops near the front.",
    )
    assert [(f.type, f.left.quote, f.right.quote) for f in found] == [
        ("spelling", "Oleksandr Syrskyi", "Aleksandr Syrskyi")
    ]


def _pairs(write_article: Write, left: str, right: str) -> set[tuple[str, str]]:
    """The links between two articles as (left spelling with given name, right ...)."""
    a, b = cast_of(write_article(left)), cast_of(write_article(right))

    def name(person: Person) -> str:
        return f"{min(person.given_names, default='')} {person.spellings[0]}".strip()

    return {(name(link.left), name(link.right)) for link in link_people(a, b)}


@pytest.mark.parametrize(
    ("left", "right", "linked"),
    [
        (
            "Marta Shmidt and her sister Olga Schmidt opened a bakery in Leeds. Marta Shmidt "
            "said the ovens came from Italy.",
            "Marta Schmidt said the bakery would open on Friday. Olga Schmidt baked the bread.",
            ("marta Shmidt", "marta Schmidt"),
        ),
        (
            "Former Senator Walter Pettit endorsed his daughter Grace Pettit on Sunday.",
            "Walter Petit, who served two terms in the Senate, spoke at a rally. Grace Pettit "
            "thanked him.",
            ("walter Pettit", "walter Petit"),
        ),
        (
            "Coach Stefan Kowalczyk and his son Adam Kowalchyk, the team captain, said they "
            "would stay. Stefan Kowalczyk has coached the club since 2015.",
            "Stefan Kowalchyk, the club's coach, told reporters that his son Adam Kowalchyk "
            "would lead the team.",
            ("stefan Kowalczyk", "stefan Kowalchyk"),
        ),
        (  # the relative has the same given name and another generational suffix
            "Mayor Paul Devereaux Jr. opened the bridge on Monday. His father, Paul "
            "Devereaux Sr., a retired senator, cut the ribbon.",
            "Paul Deveraux Jr., the mayor, said the bridge cost four million dollars. Paul "
            "Devereaux Sr. watched from the crowd.",
            ("paul Devereaux", "paul Deveraux"),
        ),
    ],
)
def test_a_variant_is_linked_where_the_other_spelling_is_a_relatives(
    write_article: Write, left: str, right: str, linked: tuple[str, str]
) -> None:
    """One report spells a person's surname as it spells a relative's with another given
    name: the same given name with a variant surname is still that person."""
    assert linked in _pairs(write_article, left, right)


@pytest.mark.parametrize(
    "right",
    [
        # another given name: a third relative, not a spelling of the first
        "Anna Shmidt said the bakery would open on Friday. Olga Schmidt baked the bread.",
        # a surname alone beside the relative: nothing tells whose it is
        "Shmidt said the bakery would open on Friday. Olga Schmidt baked the bread.",
    ],
)
def test_beside_a_relative_only_an_agreeing_given_name_links_a_variant(
    write_article: Write, right: str
) -> None:
    left = "Marta Schmidt and her sister Olga Schmidt opened a bakery in Leeds."
    pairs = _pairs(write_article, left, right)
    assert all(a.startswith("olga ") for a, _ in pairs), pairs
