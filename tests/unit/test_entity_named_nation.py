"""Two nations given to one name both sentences give ("the *Dutch* builder Vandermeer"
/ "the *Belgian* firm Vandermeer": entity._nation_of_one_name), read even where a
rewrite merged or split the sentence around it, and the readings that stay apart; two
names given as one compound noun ("the *Brennock* ferry terminal" / "the *Skellan*
ferry terminal": entity_typed._given_compound)."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The ferry, which entered service in 2015, was designed by the Dutch shipyard "
            "Vandermeer.",
            "Designed by the Belgian yard Vandermeer, it has carried passengers since 2015.",
            ("Dutch", "Belgian"),
        ),
        (
            "The bridge, finished last spring, was built by the Norwegian contractor Kvalheim.",
            "Built by the Danish company Kvalheim, the bridge opened to traffic last spring.",
            ("Norwegian", "Danish"),
        ),
    ],
)
def test_two_nations_of_one_named_thing_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "entity") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # one nation by two of its forms
            "The ferry, which entered service in 2015, was designed by the Dutch shipyard "
            "Vandermeer.",
            "Designed by Vandermeer, a yard in the Netherlands, it has carried passengers "
            "since 2015.",
        ),
        (  # two named things, each of its nation
            "The ferry, which entered service in 2015, was designed by the Dutch shipyard "
            "Vandermeer.",
            "Designed by the Belgian yard Oosterhout, it has carried passengers since 2015.",
        ),
        (  # a nation that qualifies no name: the verb after it ends the reach
            "The bridge was built by a Norwegian who founded Kvalheim, the contractor said.",
            "The contractor said a Danish engineer at Kvalheim had built the bridge.",
        ),
    ],
)
def test_nations_not_given_to_one_name_stay_apart(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The ferry company moved its two boats to the Brennock ferry terminal on Monday, "
            "ending forty years of sailings from the old pier.",
            "After forty years the old pier is empty: the company's two boats left on Monday "
            "for the Skellan ferry terminal.",
            ("Brennock", "Skellan"),
        ),
    ],
)
def test_two_names_given_as_one_compound_noun_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "entity") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # an owner of the compound, and a first word capitalised as the first
            "Dairy market share in the spring, the board said, was lower than in winter.",
            "Kelvale's market share in the spring was put lower than in winter.",
        ),
    ],
)
def test_words_not_given_as_the_compound_stay_apart(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []
