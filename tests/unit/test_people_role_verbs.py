"""A verb that gives its subject an organisation's office ("Ann Lee, who chairs the
fund,"): its object in lower case names the body where it is a noun for one, by
WordNet's kinds of organisation too (office_refs.is_body_noun), not any noun ("who runs
marathons")."""

from __future__ import annotations

import pytest

from tests.contradiction_cases import article
from tests.unit.conftest import Pair
from tui.engine.people.cast import cast_of
from tui.engine.people.office_refs import is_body_noun


def labels(text: str, surname: str) -> list[str]:
    people = cast_of(article("a.txt", text)).people
    return [o.label for p in people if p.key == surname for m in p.mentions for o in m.offices]


def test_a_role_verb_over_a_body_noun_gives_an_office() -> None:
    assert labels("Ann Lee, who chairs the fund, said the pension rise would wait.", "lee") == [
        "Chair"
    ]


def test_a_role_verb_over_another_noun_gives_none() -> None:
    assert labels("Ann Lee, who runs marathons, said the pension rise would wait.", "lee") == []


def test_two_people_given_one_bodys_office_are_different_people(pair: Pair) -> None:
    found = pair(
        "The fund said on Monday that its chairwoman, Ann Lee, would not restore the rise.",
        "The fund said on Monday that Pia Holm, who chairs the fund, would not restore the rise.",
    )
    assert [(f.type, f.left.quote, f.right.quote) for f in found] == [
        ("person", "Ann Lee", "Pia Holm")
    ]


@pytest.mark.parametrize(
    ("word", "body"),
    [
        ("federation", True),
        ("fund", True),
        ("orchestra", True),
        ("marathons", False),
        ("river", False),
    ],
)
def test_nouns_for_a_body(word: str, body: bool) -> None:
    assert is_body_noun(word) is body
