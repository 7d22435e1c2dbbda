"""Offices one person holds per organisation (data/offices.txt, holders "organisation"):
a company's chief executive, a club's coach or chairman, a school's principal, an
agency's head. Two holders conflict where both reports name the same organisation; in
sentences that say the same, a holder given without the organisation is another person
in one role (a name finding); other organisations, deputies, stand-ins and past holders
never conflict."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.findings.model import Finding
from tui.engine.people.lexicon import offices
from tui.engine.people.persons import find_people

PLANT = "{holder} said on Tuesday that the Gdansk plant would close by March."


def kinds(found: list[Finding]) -> list[tuple[str, str, str]]:
    return [(f.type, f.left.quote, f.right.quote) for f in found]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Kessler chief executive Ilona Marsh", "Kessler chief executive Pavel Ostrowski"),
        ("Ilona Marsh, chief executive of Kessler,", "Kessler CEO Pavel Ostrowski"),
        (
            "Ilona Marsh, Kessler's chief executive,",
            "Pavel Ostrowski, the Kessler chief executive,",
        ),
        ("The chief executive of Kessler, Ilona Marsh,", "Kessler chief exec Pavel Ostrowski"),
        ("Rovers manager Ilona Marsh", "Pavel Ostrowski, who manages Rovers,"),
        ("Brightwater principal Ilona Marsh", "Pavel Ostrowski, the principal of Brightwater,"),
    ],
)
def test_two_holders_of_one_named_organisations_office_conflict(
    pair: Pair, left: str, right: str
) -> None:
    found = pair(PLANT.format(holder=left), PLANT.format(holder=right))
    assert kinds(found) == [("office", "Ilona Marsh", "Pavel Ostrowski")]


def test_a_possessive_names_the_organisation_by_all_its_words(pair: Pair) -> None:
    found = pair(
        "Ilona Marsh, chief executive of Kessler Freight, said the depot would reopen in May.",
        "The depot will be open again by May, Kessler Freight's chief executive, Pavel "
        "Ostrowski, told staff.",
    )
    assert kinds(found) == [("office", "Ilona Marsh", "Pavel Ostrowski")]


def test_a_possessive_of_another_organisation_of_the_same_last_word_is_another_office(
    pair: Pair,
) -> None:
    found = pair(
        "Ilona Marsh, chief executive of Kessler Freight, said the depot would reopen in May.",
        "The depot will be open again by May, Vantor Freight's chief executive, Pavel "
        "Ostrowski, told staff.",
    )
    assert kinds(found) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Kessler chief executive Ilona Marsh", "Vantor chief executive Pavel Ostrowski"),
        ("Ilona Marsh, chief executive of Kessler,", "Pavel Ostrowski, Vantor's chief executive,"),
        (
            "Ilona Marsh, chief executive of Kessler Freight,",
            "Pavel Ostrowski, Vantor Freight's chief executive,",
        ),
        ("Rovers coach Ilona Marsh", "Pavel Ostrowski, who coaches United,"),
        # a deputy, an assistant, a stand-in and a past holder hold other offices
        ("Kessler chief executive Ilona Marsh", "Kessler deputy chief executive Pavel Ostrowski"),
        ("The club's coach, Ilona Marsh,", "Assistant coach Pavel Ostrowski"),
        ("The bank's chief executive, Ilona Marsh,", "Interim chief executive Pavel Ostrowski"),
        ("Kessler chief executive Ilona Marsh", "Former Kessler chief executive Pavel Ostrowski"),
        ("Kessler chairman Ilona Marsh", "Kessler chief executive Pavel Ostrowski"),
        # one of several
        ("The company's director, Ilona Marsh,", "Pavel Ostrowski, a director of the company,"),
    ],
)
def test_other_organisations_ranks_and_times_are_neither_conflict_nor_another_person(
    pair: Pair, left: str, right: str
) -> None:
    found = pair(PLANT.format(holder=left), PLANT.format(holder=right))
    assert kinds(found) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The club's coach, Ilona Marsh,", "Coach Pavel Ostrowski"),
        (
            "The bank's chief executive, Ilona Marsh,",
            "Pavel Ostrowski, chief executive of the bank,",
        ),
        ("Club chairman Ilona Marsh", "The club's chairman, Pavel Ostrowski,"),
        ("Kessler chief executive Ilona Marsh", "The chief executive, Pavel Ostrowski,"),
        (
            "The head of the port authority, Ilona Marsh,",
            "Pavel Ostrowski, the port authority's head,",
        ),
        ("Headteacher Ilona Marsh", "The school's principal, Pavel Ostrowski,"),
        ("Presiding judge Ilona Marsh", "Judge Pavel Ostrowski, who is presiding over the case,"),
    ],
)
def test_an_organisations_office_given_unnamed_to_another_is_a_different_person(
    pair: Pair, left: str, right: str
) -> None:
    found = pair(PLANT.format(holder=left), PLANT.format(holder=right))
    assert [(f.kind, *k) for f, k in zip(found, kinds(found), strict=True)] == [
        ("name", "person", "Ilona Marsh", "Pavel Ostrowski")
    ]


def test_unnamed_holders_in_sentences_that_say_different_things_are_no_finding(
    pair: Pair,
) -> None:
    found = pair(
        "The club's coach, Ilona Marsh, praised the fans after the derby.",
        "Prices at the stadium rose again. Coach Pavel Ostrowski left for Madrid in a hurry.",
    )
    assert kinds(found) == []


def test_heads_of_two_bodies_said_in_lower_case_are_two_offices(pair: Pair) -> None:
    found = pair(
        "The head of the presidential office, Ilona Marsh, said talks would resume.",
        "The head of military intelligence, Pavel Ostrowski, said talks would resume.",
    )
    assert kinds(found) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The speaker of parliament, Ilona Marsh,", "Parliament speaker Pavel Ostrowski"),
        ("Army chief General Ilona Marsh", "Chief of the army staff Pavel Ostrowski"),
        ("The supreme court's chief justice, Ilona Marsh,", "Chief Justice Pavel Ostrowski"),
        ("The head of the army, General Ilona Marsh,", "Army chief Pavel Ostrowski"),
        ("The central bank's governor, Ilona Marsh,", "Central bank chief Pavel Ostrowski"),
    ],
)
def test_national_offices_in_their_usual_wordings_conflict(
    pair: Pair, left: str, right: str
) -> None:
    found = pair(PLANT.format(holder=left), PLANT.format(holder=right))
    assert kinds(found) == [("office", "Ilona Marsh", "Pavel Ostrowski")]


def test_the_organisation_is_read_where_it_is_named(write_article: Write) -> None:
    doc = write_article(
        "Kessler chief executive Ilona Marsh met Pavel Ostrowski, who heads Vantor Group. "
        "The club's coach, Dorota Wiercinska, and Tomasz Zielak, the national weather "
        "agency's head, stayed away."
    )
    found = {
        p.key: [(o.label, o.qualifier, o.unique) for m in p.mentions for o in m.offices]
        for p in find_people(doc)
    }
    assert found == {
        "marsh": [("Chief Executive", "kessler", True)],
        "ostrowski": [("Head", "vantor group", True)],
        "wiercinska": [("Coach", "club", False)],
        "zielak": [("Head", "national weather agency", False)],
    }


def test_organisations_offices_are_listed_by_their_holders_kind() -> None:
    lexicon = offices()
    assert {"Chief Executive", "Chair", "Coach", "Principal", "Head"} <= lexicon.organisational
    assert "President" not in lexicon.organisational
    assert lexicon.lookup("parliament speaker")[0].label == "Speaker of the House"
    assert "court" in lexicon.lookup("chief justice")[0].own_bodies
