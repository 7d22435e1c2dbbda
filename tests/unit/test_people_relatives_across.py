"""Linking people across two articles where a surname is shared (names.link_people): a
surname alone taken up by a pronoun of one sex goes to the relative of that sex; a given
name in two languages (Oleksandr / Alexander) is one person's, with no finding, while a
romanisation of one form (Oleksandr / Aleksandr) is still shown."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.people.cast import cast_of
from tui.engine.people.names import link_people

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
