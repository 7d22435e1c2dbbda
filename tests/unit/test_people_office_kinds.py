"""Offices of other shapes than the table's wordings (office_refs): an organisation's
office of one kind, named by a relational adjective or a participle in front ("the
gallery's medical director", "coordinating director of ..."), a chief named by the
function he heads ("chief of fleet logistics"), and compounds WordNet lists as offices
("high commissioner", data/office_nouns.txt)."""

from __future__ import annotations

import pytest

from tests.contradiction_cases import article
from tests.unit.conftest import Pair
from tui.engine.findings.model import Finding
from tui.engine.people.cast import cast_of
from tui.engine.people.office_refs import is_organisational


def offices_given(text: str) -> dict[str, list[tuple[str, str, bool]]]:
    """Surname -> (label, title, current) of each office its mentions are given."""
    return {
        person.key: [(o.label, o.title, o.current) for m in person.mentions for o in m.offices]
        for person in cast_of(article("a.txt", text)).people
    }


def offices_of(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.left.quote, f.right.quote) for f in found if f.type == "office"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ruth Ambler, the gallery's curatorial director, hung the show on Monday.", None),
        ("Ruth Ambler, the gallery's medical director, left on Monday.", "Medical Director"),
        (
            "Ruth Ambler, coordinating director of Halvern Freight, left on Monday.",
            "Coordinating Director",
        ),
        ("Ruth Ambler, the Halvern clinical director, left on Monday.", "Clinical Director"),
    ],
)
def test_a_relational_adjective_or_a_participle_names_the_kind_of_an_office(
    text: str, label: str | None
) -> None:
    given = offices_given(text)["ambler"]
    if label is None:  # "curatorial" is no word WordNet relates to a noun: no kind
        assert all(office[0] != "Curatorial Director" for office in given)
    else:
        assert (label, label, True) in given


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Ambler, the port chairman, left on Monday.",
        "Ruth Ambler, the popular director, left on Monday.",
        "The board said director Ruth Ambler left on Monday.",
        "Ruth Ambler, the outgoing director, left on Monday.",
    ],
)
def test_a_body_an_opinion_a_verb_or_a_modifier_in_front_names_no_kind(text: str) -> None:
    for label, _, _ in offices_given(text).get("ambler", []):
        assert label.split()[0] not in ("Port", "Popular", "Said", "Outgoing")


def test_two_kinds_of_director_of_one_body_are_two_roles(pair: Pair) -> None:
    found = pair(
        "Ruth Ambler, the theatre's artistic director, said the season would open in May.",
        "The season will open in May, said the theatre's finance director, Ruth Ambler.",
    )
    assert offices_of(found) == [("artistic director", "finance director")]


def test_a_chief_named_by_the_function_he_heads_is_an_office_of_its_own(pair: Pair) -> None:
    given = offices_given("Admiral Lars Vik, chief of fleet logistics, said the ships were ready.")
    assert given["vik"] == [("Chief of Fleet Logistics", "Chief of Fleet Logistics", True)]
    found = pair(
        "Admiral Lars Vik, chief of fleet logistics, said the ships were ready on Friday.",
        "The ships were ready on Friday, said Admiral Tor Berge, chief of fleet logistics.",
    )
    assert offices_of(found) == [("Lars Vik", "Tor Berge")]


def test_a_chief_of_a_body_is_its_head() -> None:
    given = offices_given("Lars Vik, the chief of the agency, said the ships were ready.")
    assert [label for label, _, _ in given["vik"]] == ["Head"]


def test_a_compound_office_of_wordnet_is_shown_as_a_title(pair: Pair) -> None:
    given = offices_given("Lars Vik, the UN high commissioner, toured the camp on Friday.")
    assert [title for _, title, _ in given["vik"]] == ["High Commissioner"]
    found = pair(
        "Lars Vik, the UN high commissioner, toured the camp on Friday.",
        "The UN secretary-general, Lars Vik, toured the camp on Friday.",
    )
    assert offices_of(found) == [("high commissioner", "secretary-general")]


@pytest.mark.parametrize(
    ("label", "organisational"),
    [
        ("Chief Executive", True),
        ("Artistic Director", True),
        ("FBI Director", False),  # the table's office of one holder in the country
        ("Fund Manager", False),  # the table's title many hold
        ("Interim Chief Executive", False),
        ("Deputy Director", False),
    ],
)
def test_kinds_of_an_organisations_office_are_its_offices(label: str, organisational: bool) -> None:
    assert is_organisational(label) is organisational
