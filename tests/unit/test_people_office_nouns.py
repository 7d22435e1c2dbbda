"""Offices named by a noun of data/office_nouns.txt (from WordNet: rector, provost,
dean, bishop, commissioner), with the ranks before them ("Vice-Rector", "Joint
Commissioner"): an office held one per body, never a word of its holder's name; the
same nouns as surnames and given names stay words of names ("Howard Dean", "Dean
Heller")."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.people.lexicon import offices
from tui.engine.people.persons import find_people

PLANT = "{holder} said on Tuesday that tuition would rise by a tenth next year."


def people(write_article: Write, text: str) -> dict[str, list[tuple[str, str, str | None]]]:
    """Each person by their first name as written -> their offices (title, time, body)."""
    article = write_article(text)
    return {
        article.text[p.mentions[0].start : p.mentions[0].end]: [
            (o.title, "current" if o.current else "past", o.qualifier)
            for m in p.mentions
            for o in m.offices
        ]
        for p in find_people(article)
    }


def test_office_nouns_are_offices_held_in_a_body_not_words_of_names(write_article: Write) -> None:
    found = people(
        write_article,
        "Rector Ilona Marsh of Harwick University said fees would rise. Provost Pavel "
        "Ostrowski agreed. Bishop Dorota Wiercinska of Kelso said prayers would be held.",
    )
    assert found == {
        "Ilona Marsh": [("Rector", "current", "harwick university")],
        "Pavel Ostrowski": [("Provost", "current", None)],
        "Dorota Wiercinska": [("Bishop", "current", "kelso")],
    }


def test_ranks_before_an_office_noun_make_an_office_of_their_own(write_article: Write) -> None:
    found = people(
        write_article,
        "Vice-Rector Ilona Marsh said rooms would be built. Joint Commissioner Pavel "
        "Ostrowski said the raids would go on. General Director Dorota Wiercinska of "
        "Harwick Hospital said beds were short.",
    )
    assert found == {
        "Ilona Marsh": [("Vice-Rector", "current", None)],
        "Pavel Ostrowski": [("Joint Commissioner", "current", None)],
        "Dorota Wiercinska": [("General Director", "current", "harwick hospital")],
    }
    assert offices().lookup("general director")[0].label == "Director General"


def test_posts_a_ports_master_and_offices_with_a_postpositive_general_are_offices(
    write_article: Write,
) -> None:
    found = people(
        write_article,
        "The county coroner, Wendell Ashgrove, opened an inquest on Monday. The registrar "
        "general, Priya Vellacott, said the records were lost. Former ombudsman Tobias "
        "Quenby said the office had warned of it. The harbour master, Ines Dalgado, closed "
        "the port.",
    )
    assert found == {
        "Wendell Ashgrove": [("Coroner", "current", None)],
        "Priya Vellacott": [("Registrar General", "current", None)],
        "Tobias Quenby": [("Ombudsman", "past", None)],
        "Ines Dalgado": [("Harbour Master", "current", None)],
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Howard Dean said the party would fight on.", "Howard Dean"),
        ("Rep. Rob Bishop of Utah voted against it.", "Rob Bishop"),
        ("A farmer, Tom Provost, said prices were low.", "Tom Provost"),
        ("Senator Dean Heller of Nevada said he would vote no.", "Dean Heller"),
    ],
)
def test_office_nouns_that_are_surnames_or_given_names_stay_in_names(
    write_article: Write, text: str, name: str
) -> None:
    assert name in people(write_article, text)


def test_a_dean_before_a_full_name_is_an_office(write_article: Write) -> None:
    found = people(write_article, "Dean Marta Kowalczyk said the faculty would close.")
    assert found == {"Marta Kowalczyk": [("Dean", "current", None)]}


def test_two_rectors_of_one_university_conflict_and_of_two_do_not(pair: Pair) -> None:
    left = PLANT.format(holder="Rector Ilona Marsh of Harwick University")
    same = PLANT.format(holder="Pavel Ostrowski, rector of Harwick University,")
    other = PLANT.format(holder="Pavel Ostrowski, rector of Tarland University,")
    assert [(f.type, f.left.quote, f.right.quote) for f in pair(left, same)] == [
        ("office", "Ilona Marsh", "Pavel Ostrowski")
    ]
    assert pair(left, other) == []


def test_a_councilor_is_a_council_member_and_no_word_of_the_name(write_article: Write) -> None:
    found = people(write_article, "Councilor Ruth Abney voted against the budget.")
    assert found == {"Ruth Abney": [("Councilor", "current", None)]}
    assert offices().lookup("councilor")[0].label == "Council Member"


def test_officers_whose_tenure_wordnet_names_are_offices(write_article: Write) -> None:
    found = people(
        write_article,
        "The prefect of Vendargue, Odile Serrault, closed the roads on Monday. Comptroller "
        "Wendell Ashgrove of Harlow County said the audit was late. Former treasurer Marit "
        "Solheim said the funds were safe.",
    )
    assert found == {
        "Odile Serrault": [("Prefect", "current", "vendargue")],
        "Wendell Ashgrove": [("Comptroller", "current", "harlow county")],
        "Marit Solheim": [("Treasurer", "past", None)],
    }


def test_two_comptrollers_of_one_county_conflict_and_of_two_do_not(pair: Pair) -> None:
    left = PLANT.format(holder="Comptroller Wendell Ashgrove of Harlow County")
    same = PLANT.format(holder="Ines Dalgado, comptroller of Harlow County,")
    other = PLANT.format(holder="Ines Dalgado, comptroller of Tarland County,")
    assert [(f.type, f.left.quote, f.right.quote) for f in pair(left, same)] == [
        ("office", "Wendell Ashgrove", "Ines Dalgado")
    ]
    assert pair(left, other) == []
