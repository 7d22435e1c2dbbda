"""A "head" before a noun for a person ("head keeper", "head gardener") is the first of
that trade in its body, as a "chief" is: an office of its own, one holder a body, its
body read from a possessive in front or an "at" phrase after ("head brewer at the Fenwick
brewery")."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.people.persons import find_people


@pytest.mark.parametrize(
    ("text", "label", "body"),
    [
        ("The zoo's head keeper, Ilka Varga, said the calf was well.", "Head Keeper", "zoo"),
        (
            "Ilka Varga, head brewer at the Fenwick brewery, said the stout was ready.",
            "Head Brewer",
            "fenwick brewery",
        ),
        (
            "The head gardener at Ostley Hall, Ilka Varga, said the frost was late.",
            "Head Gardener",
            "ostley hall",
        ),
        # an occasion after "at" is not a body
        (
            "Ilka Varga, head gardener at the ceremony, said the frost was late.",
            "Head Gardener",
            None,
        ),
    ],
)
def test_a_head_of_a_trade_is_an_office_with_its_body(
    write_article: Write, text: str, label: str, body: str | None
) -> None:
    (person,) = find_people(write_article(text))
    given = [(o.label, o.qualifier) for m in person.mentions for o in m.offices]
    assert given == [(label, body)]


def test_a_head_of_the_body_is_not_a_head_of_a_trade(write_article: Write) -> None:
    (person,) = find_people(write_article("The head of the agency, Ilka Varga, said so."))
    assert [o.label for m in person.mentions for o in m.offices] == ["Head"]


def test_two_head_gardeners_of_one_garden_conflict_and_of_two_do_not(pair: Pair) -> None:
    left = "The head gardener at Ostley Hall, Ilka Varga, said the frost was late."
    same = "The frost came late, said Petra Okonjo, head gardener at Ostley Hall."
    other = "The frost came late, said Petra Okonjo, head gardener at Wrexby Park."
    assert [f for f in pair(left, same) if f.type in ("office", "person")]
    assert [f for f in pair(left, other) if f.type in ("office", "person")] == []


def test_one_person_as_head_gardener_and_treasurer_conflicts(pair: Pair) -> None:
    left = "The garden's head gardener, Ilka Varga, said the frost was late."
    right = "The frost came late, said Ilka Varga, the garden's treasurer."
    assert [f.type for f in pair(left, right)] == ["office"]
