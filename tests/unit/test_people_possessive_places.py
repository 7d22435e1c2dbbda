"""A possessive place of several words in front of an office is the whole place: "New
Mexico's lieutenant governor" is the state's, not Mexico's."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.people.persons import find_people


@pytest.mark.parametrize(
    ("text", "country", "place"),
    [
        ("New Mexico's lieutenant governor, Odile Brannock, vetoed the bill.", None, "new mexico"),
        ("A veto by New Mexico's governor, Odile Brannock, stood.", None, "new mexico"),
    ],
)
def test_a_possessive_place_of_two_words_owns_the_office(
    write_article: Write, text: str, country: str | None, place: str
) -> None:
    (person,) = find_people(write_article(text))
    given = [(o.country, o.qualifier) for m in person.mentions for o in m.offices]
    assert given == [(country, place)]


def test_two_lieutenant_governors_of_one_state_written_two_ways_conflict(pair: Pair) -> None:
    left = "New Mexico's lieutenant governor, Odile Brannock, vetoed the water bill."
    right = "New Mexico Lt. Gov. Petra Okonjo vetoed the water bill."
    assert [f.message for f in pair(left, right) if f.type == "office"] == [
        "Lieutenant Governor: Odile Brannock vs Petra Okonjo"
    ]
