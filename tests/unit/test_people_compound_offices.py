"""Offices whose label is two words ("Lord Mayor", "Council President"), names that an
apposition with a phrase of its own or an office heads, bodies named like people after a
noun for one or after a person's name and "of", and a holder another report calls a
deputy."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.findings.model import Finding
from tui.engine.people.persons import cluster_people, find_people
from tui.engine.people.table import name_table


def office_conflicts(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.left.quote, f.right.quote) for f in found if f.type == "office"]


def names(write_article: Write, text: str) -> list[str]:
    doc = write_article(text)
    return sorted(
        {doc.text[m.start : m.end] for p in cluster_people(doc).people for m in p.mentions}
    )


@pytest.mark.parametrize(
    ("text", "label", "place"),
    [
        ("Leeds Lord Mayor Imogen Tate opened the bridge on Friday.", "Lord Mayor", "leeds"),
        ("The Lord Mayor of York, Imogen Tate, opened the bridge.", "Lord Mayor", "york"),
        ("Tacoma Council President Imogen Tate delayed the vote.", "Council President", "tacoma"),
        (
            "Tacoma City Council President Imogen Tate delayed the vote.",
            "Council President",
            "tacoma",
        ),
    ],
)
def test_an_office_of_two_words_keeps_both(
    write_article: Write, text: str, label: str, place: str
) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.label, o.qualifier, o.current) for o in person.offices] == [(label, place, True)]


def test_lord_mayors_of_two_cities_do_not_conflict(pair: Pair) -> None:
    found = pair(
        "Leeds Lord Mayor Imogen Tate said on Monday that the bridge would open.",
        "York Lord Mayor Bruno Vance said on Monday that the bridge would open.",
    )
    assert office_conflicts(found) == []


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # an apposition's head is its noun before a phrase of its own ("in her office")
        ("Tobias Wrenfield, a deputy in her office, will lead the case.", ["Tobias Wrenfield"]),
        # an apposition headed by an office: a person, even with an unknown given name
        ("Ulf Skarsgrud, the club's assistant coach, was sent off.", ["Ulf Skarsgrud"]),
        # a noun for an organisation before the name, and "of" after a person's name
        (
            "Hana Vo, the chief executive of the carmaker Linh Quang, said costs fell.",
            ["Hana Vo"],
        ),
        ("Analyst Teresa Obi of Howard Keene called the move sound.", ["Teresa Obi"]),
        ("Coach Ivo Marek of Sporting Velez said the team was tired.", ["Ivo Marek"]),
        # a verb in the past after the name: a clause about the body the person made
        ("He sold the company Teresa Obi founded, Hana Vo said.", ["Hana Vo", "Teresa Obi"]),
        # an office's last word before the name is no organisation
        ("Army chief of staff Teresa Obi said the troops were ready.", ["Teresa Obi"]),
    ],
)
def test_names_beside_bodies(write_article: Write, text: str, people: list[str]) -> None:
    assert names(write_article, text) == people


def test_a_holder_another_report_calls_a_deputy_conflicts(pair: Pair) -> None:
    found = pair(
        "Ohio Attorney General Tobias Wrenfield sued the distributor on Wednesday.",
        "Attorney General Marta Ilves of Ohio sued the distributor on Wednesday. "
        "Tobias Wrenfield, a deputy in her office, will lead the case.",
    )
    assert office_conflicts(found) == [("Tobias Wrenfield", "Marta Ilves")]


def test_a_holder_the_other_report_names_without_an_office_does_not_conflict(
    pair: Pair,
) -> None:
    found = pair(
        "Ohio Attorney General Tobias Wrenfield sued the distributor on Wednesday.",
        "Attorney General Marta Ilves of Ohio sued the distributor on Wednesday. "
        "Tobias Wrenfield said the case was strong.",
    )
    assert office_conflicts(found) == []


def test_one_deputy_named_in_two_reports_is_one_person(pair: Pair) -> None:
    found = pair(
        "Tobias Wrenfield, a deputy in her office, will lead the case on Monday.",
        "Tobias Wrenfield, a deputy in her office, will lead the case on Monday.",
    )
    assert [f.type for f in found if f.kind in ("name", "contradiction")] == []


def test_one_person_named_to_an_office_and_to_its_deputys_is_an_office_change(
    pair: Pair,
) -> None:
    found = pair(
        "Deputy Police Commissioner Halvard Moen said officers had found 14 of the paintings.",
        "Fourteen of the paintings have been found, Police Commissioner Halvard Moen said.",
    )
    assert [(f.type, f.left.quote, f.right.quote) for f in found if f.type == "office"] == [
        ("office", "Deputy Police Commissioner", "Police Commissioner")
    ]


def test_a_party_leader_and_a_senator_of_one_name_are_one_person(
    write_article: Write,
) -> None:
    left = write_article("Senator Halvard Moen of Nevada said on Monday the bill would fail.")
    right = write_article(
        "Senate Democratic leader Halvard Moen said on Monday the bill would fail."
    )
    table = name_table([left, right])
    assert [row.name for row in table.people] == ["Halvard Moen"]


@pytest.mark.parametrize(
    "text",
    [
        "The Greens elected Halvard Moen as party leader on Saturday.",
        "Halvard Moen, the new leader of the Greens, promised to rebuild.",
    ],
)
def test_a_party_leader_is_given_the_office(write_article: Write, text: str) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.label, o.current) for o in person.offices] == [("Leader", True)]


@pytest.mark.parametrize(
    ("text", "label", "current"),
    [
        ("The board named Halvard Moen as chief executive on Tuesday.", "Chief Executive", True),
        ("Halvard Moen, 52, a former mayor of Graz, won the vote.", "Mayor", False),
        ("Halvard Moen, Kessler's new chief executive, said rates fell.", "Chief Executive", True),
    ],
)
def test_offices_given_by_a_verb_after_an_age_or_a_new_owner(
    write_article: Write, text: str, label: str, current: bool
) -> None:
    (person,) = find_people(write_article(text))
    given = [(o.label, o.current) for mention in person.mentions for o in mention.offices]
    assert given == [(label, current)]


def test_two_popes_named_for_one_event_conflict(pair: Pair) -> None:
    found = pair(
        "Pope Anselm sent a message of condolence to the families on Monday.",
        "The families received a message of condolence from Pope Linus on Monday.",
    )
    assert office_conflicts(found) == [("Anselm", "Linus")]


def test_coaches_of_one_club_named_after_the_name_or_before_the_title_conflict(
    pair: Pair,
) -> None:
    found = pair(
        "Coach Halvard Moen of Lillestrom said on Sunday that his team could still win.",
        "Lillestrom coach Anselm Berg said on Sunday that his team could still win.",
    )
    assert office_conflicts(found) == [("Halvard Moen", "Anselm Berg")]


def test_an_agency_named_after_its_heads_name_gives_the_agencys_office(
    write_article: Write,
) -> None:
    (person,) = find_people(
        write_article(
            "Administrator Halvard Moen of the Environmental Protection Agency toured the "
            "refinery on Friday."
        )
    )
    assert [o.label for o in person.offices] == ["EPA Administrator"]


def test_one_person_named_governor_and_lieutenant_governor_is_an_office_change(
    pair: Pair,
) -> None:
    found = pair(
        "Governor Halvard Moen signed the water rights bill into law on Thursday.",
        "The water rights bill became law on Thursday when Lieutenant Governor Halvard Moen "
        "signed it.",
    )
    assert [(f.left.quote, f.right.quote) for f in found if f.type == "office"] == [
        ("Governor", "Lieutenant Governor")
    ]
