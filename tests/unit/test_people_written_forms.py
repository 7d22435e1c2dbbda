"""How a name is written and where its span ends (tui/engine/people/mentions.py,
persons.py): an apostrophe inside a romanised name is part of it, a possessive is not."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.people.persons import cluster_people


def mentions_written(write_article: Write, text: str) -> list[list[str]]:
    doc = write_article(text)
    return [[doc.text[m.start : m.end] for m in p.mentions] for p in cluster_people(doc).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interior Minister Hassan Jum'a said the border would stay shut.", "Hassan Jum'a"),
        ("Rifa'a Nasser, the mayor of the town, said the vote would wait.", "Rifa'a Nasser"),
        (
            "The rebel commander Salim al-Ba\u2019a said his fighters would withdraw.",
            "Salim al-Ba\u2019a",
        ),
    ],
)
def test_an_apostrophe_before_a_letter_is_part_of_the_name(
    write_article: Write, text: str, name: str
) -> None:
    assert [name] in mentions_written(write_article, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Dana Whitlock's bill failed, Whitlock said.", "Dana Whitlock"),
        ("Governor Maren Reynolds' veto stood, Reynolds said on Monday.", "Maren Reynolds"),
    ],
)
def test_a_possessive_stays_outside_the_name(write_article: Write, text: str, name: str) -> None:
    people = mentions_written(write_article, text)
    assert any(written[0] == name for written in people)
    assert not any("'" in w for written in people for w in written)


@pytest.mark.parametrize(
    ("text", "name", "others"),
    [
        (
            "Mayor Hollis Pruett Jr. cut the ribbon on Friday. His father, Hollis Pruett Sr., "
            "watched from the crowd.",
            "Hollis Pruett Jr.",
            ["Hollis Pruett Sr."],
        ),
        (
            "Judge Amara Quist III, the chief judge, denied the motion. Quist said the filing "
            "came too late.",
            "Amara Quist III",
            [],
        ),
        (
            "Rep. Ellison Drake, Jr., of Ohio said the stadium bill would pass.",
            "Ellison Drake, Jr.",
            [],
        ),
    ],
)
def test_a_generational_suffix_is_written_with_the_name(
    write_article: Write, text: str, name: str, others: list[str]
) -> None:
    people = mentions_written(write_article, text)
    assert name in people[0]
    assert [p[0] for p in people[1:]] == others


def test_a_suffix_keeps_father_and_son_apart(write_article: Write) -> None:
    """Father and son of one name are two people, whichever way each is written."""
    people = mentions_written(
        write_article,
        "Senator Cal Whitby Jr. met reporters. Cal Whitby Jr. said his father agreed. "
        "Cal Whitby, the former governor, said so too.",
    )
    assert sorted(map(sorted, people)) == [["Cal Whitby"], ["Cal Whitby Jr.", "Cal Whitby Jr."]]


def test_a_regnal_number_after_a_single_name_is_no_suffix_of_a_full_name(
    write_article: Write,
) -> None:
    people = mentions_written(write_article, "Queen Elizabeth II met Prime Minister Kwame Asante.")
    assert ["Kwame Asante"] in people
    assert not any(w.endswith("II") for p in people for w in p)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vice President TJ Marlowe spoke in Dayton on Monday.", "TJ Marlowe"),
        ("Mayor RJ Okonkwo said the team would train indoors.", "RJ Okonkwo"),
        ("Senator P.K. Halvorsen told reporters the bill was dead.", "P.K. Halvorsen"),
    ],
)
def test_a_given_name_written_as_two_initials_is_part_of_the_name(
    write_article: Write, text: str, name: str
) -> None:
    assert [name] in mentions_written(write_article, text)


def test_initials_as_given_name_keep_a_relative_apart(write_article: Write) -> None:
    doc = write_article(
        "Vice President TJ Marlowe spoke in Dayton. His wife Dana Marlowe, a lawyer, "
        "stayed home. T.J. Marlowe said the trip went well."
    )
    people = {
        p.ident: [doc.text[m.start : m.end] for m in p.mentions] for p in cluster_people(doc).people
    }
    assert people == {
        "t marlowe J": ["TJ Marlowe", "T.J. Marlowe"],
        "dana marlowe": ["Dana Marlowe"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "TV Host Wendell Marsh said the show would end.",
        "The GM Chief Executive Mary Barra said the plant would stay open.",
        "An AP Photo shows Governor Ines Calloway at the rally.",
    ],
)
def test_a_common_abbreviation_is_no_pair_of_initials(write_article: Write, text: str) -> None:
    people = mentions_written(write_article, text)
    assert people and not any(w[:3] in ("TV ", "GM ", "AP ") for p in people for w in p)


@pytest.mark.parametrize(
    ("text", "label", "written"),
    [
        (
            "Hollis Pruett Jr., the mayor of Dayton, said the road was closed.",
            "Mayor",
            "Hollis Pruett Jr.",
        ),
        (
            "Amara Quist III, the defense secretary, told reporters the base would stay.",
            "Defense Minister",
            "Amara Quist III",
        ),
        (
            "Ellison Drake, Jr., the former governor, said he disagreed.",
            "Governor",
            "Ellison Drake, Jr.",
        ),
    ],
)
def test_what_follows_a_suffix_is_read_after_it(
    write_article: Write, text: str, label: str, written: str
) -> None:
    doc = write_article(text)
    (person,) = cluster_people(doc).people
    (mention,) = person.mentions
    assert doc.text[mention.start : mention.end] == written
    assert doc.text[mention.surname_start : mention.surname_end] in written.split()[-2]
    assert [o.label for o in mention.offices] == [label]


def test_a_speech_verb_after_a_suffix_makes_a_person(write_article: Write) -> None:
    doc = write_article("Ellison Drake Sr. said the stadium would be sold. Drake left.")
    (person,) = cluster_people(doc).people
    assert [doc.text[m.start : m.end] for m in person.mentions] == ["Ellison Drake Sr.", "Drake"]


def test_welsh_ap_and_filipino_dela_join_a_name_and_open_a_surname_alone(
    write_article: Write,
) -> None:
    text = (
        "Council leader Gethin ap Dafydd opened the depot on Monday. Ap Dafydd said it "
        "would hold forty buses. Engineer Liza dela Paz designed its roof."
    )
    assert mentions_written(write_article, text) == [
        ["Gethin ap Dafydd", "Ap Dafydd"],
        ["Liza dela Paz"],
    ]


def test_an_irish_o_written_apart_is_part_of_the_surname(write_article: Write) -> None:
    """With or without its accent: "Ó Ceallaigh" alone is the same person, and her
    brother, of another given name, another one."""
    doc = write_article(
        "Consultant Róisín Ó Ceallaigh said the plan was late. Ó Ceallaigh said the lane "
        "had been promised in 2019. Her brother, Eoin O Ceallaigh, runs a bakery."
    )
    people = cluster_people(doc).people
    assert [(p.key, [doc.text[m.start : m.end] for m in p.mentions]) for p in people] == [
        ("oceallaigh", ["Róisín Ó Ceallaigh", "Ó Ceallaigh"]),
        ("oceallaigh", ["Eoin O Ceallaigh"]),
    ]


def test_a_korean_syllable_ending_in_ck_is_part_of_the_given_name(write_article: Write) -> None:
    text = "Trade Minister Choi Jae-rack said exports would rise by a tenth."
    assert mentions_written(write_article, text) == [["Choi Jae-rack"]]
