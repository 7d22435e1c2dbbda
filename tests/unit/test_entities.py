"""People, offices and linked mentions inside one article (tui/engine/people/persons.py)."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.corpus import Article
from tui.engine.people.persons import Person, find_people


def people_of(article: Article) -> dict[str, Person]:
    return {p.key: p for p in find_people(article)}


def test_title_in_front_gives_person_office_and_country(write_article: Write) -> None:
    doc = write_article("The U.S. Treasury Secretary Marla Okonkwo flew to Oslo on Monday.")
    person = people_of(doc)["okonkwo"]
    mention = person.mentions[0]
    assert doc.text[mention.start : mention.end] == "Marla Okonkwo"
    assert doc.text[mention.surname_start : mention.surname_end] == "Okonkwo"
    assert mention.given == "marla"
    (office,) = person.offices
    assert (office.label, office.country, office.current) == ("Finance Minister", "US", True)
    assert doc.text[office.start : office.end] == "Treasury Secretary"


def test_office_in_apposition(write_article: Write) -> None:
    doc = write_article(
        "Tomasz Wierzbicki, the finance minister, told reporters the plan was dead."
    )
    assert people_of(doc)["wierzbicki"].office_labels == {"Finance Minister"}


def test_office_before_the_next_name_in_a_list_is_not_an_apposition(write_article: Write) -> None:
    doc = write_article(
        "Defense Minister Ilse Brandauer, Energy Minister Pavel Sorokin and others arrived."
    )
    people = people_of(doc)
    assert people["brandauer"].office_labels == {"Defense Minister"}
    assert people["sorokin"].office_labels == {"Energy Secretary"}


@pytest.mark.parametrize(
    ("sentence", "key", "label"),
    [
        ("The city's mayor, Daniel Okafor, opened the library.", "okafor", "Mayor"),
        (
            "The United Nations secretary-general, Kofi Mensah, urged restraint.",
            "mensah",
            "Secretary-General",
        ),
        (
            "The central bank governor, Thomas Reed, warned of rising prices.",
            "reed",
            "Central Bank Governor",
        ),
    ],
)
def test_office_in_apposition_before_the_name(
    write_article: Write, sentence: str, key: str, label: str
) -> None:
    assert people_of(write_article(sentence))[key].office_labels == {label}


def test_a_name_listed_after_an_office_and_a_comma_is_not_its_holder(write_article: Write) -> None:
    doc = write_article("They met the mayor, Daniel Okafor and Ann Lee on Friday.")
    assert people_of(doc)["okafor"].office_labels == frozenset()


def test_surname_alone_links_to_the_full_name(write_article: Write) -> None:
    doc = write_article(
        "Commerce Secretary Delia Frampton opened the talks. Later, Frampton's aides "
        "said the mood was calm. Frampton left at noon."
    )
    person = people_of(doc)["frampton"]
    assert [doc.text[m.start : m.end] for m in person.mentions] == [
        "Delia Frampton",
        "Frampton",
        "Frampton",
    ]
    assert person.mentions[1].evidence == "link"


def test_title_is_not_part_of_the_name_and_suffix_not_of_the_surname(
    write_article: Write,
) -> None:
    doc = write_article("Sen. John A. Smith Jr. spoke first, and Smith spoke again later.")
    person = people_of(doc)["smith"]
    first = person.mentions[0]
    assert doc.text[first.start : first.end] == "John A. Smith Jr."
    assert doc.text[first.surname_start : first.surname_end] == "Smith"
    assert person.spellings == ("Smith",)
    assert person.given_names == {"john"}


def test_nations_places_and_organisations_are_never_people(write_article: Write) -> None:
    doc = write_article(
        "Chinese and American negotiators met in Geneva, Reuters and Bloomberg reported. "
        "The Sino-US talks moved to London, then to New York. Ford Motor Company said "
        "it welcomed the United States position, and Pennsylvanians cheered on Christmas."
    )
    assert find_people(doc) == ()


def test_capitalised_ordinary_word_at_sentence_start_is_not_a_person(write_article: Write) -> None:
    doc = write_article("Markets said nothing. Officials said little. Analysts said more.")
    assert find_people(doc) == ()


def test_speech_verb_makes_a_rare_capitalised_word_a_person(write_article: Write) -> None:
    doc = write_article("On the record, Zhivkovic said the vote would be held in June.")
    assert set(people_of(doc)) == {"zhivkovic"}


def test_former_and_deputy_offices_are_not_current(write_article: Write) -> None:
    doc = write_article(
        "Former Treasury Secretary Ruth Abernathy and Deputy Commerce Secretary Lars Engvall "
        "both spoke."
    )
    people = people_of(doc)
    assert people["abernathy"].offices == ()
    assert not people["abernathy"].mentions[0].offices[0].current
    (deputy,) = people["engvall"].offices  # a deputy's office of its own, which many hold
    assert (deputy.label, deputy.unique) == ("Deputy Commerce Secretary", False)


def test_word_in_front_of_the_office_makes_it_the_bodys(write_article: Write) -> None:
    doc = write_article("The state Senate President Mike Ostrowski (R) said Wednesday it was over.")
    (office,) = people_of(doc)["ostrowski"].offices  # the Senate's president, not the country's
    assert (office.label, office.qualifier, office.unique) == ("Senate President", None, False)


def test_headline_words_are_names_only_when_the_article_knows_them(write_article: Write) -> None:
    doc = write_article(
        "Varga Bids Farewell To Budapest Talks\n\n"
        "Foreign Minister Eszter Varga left on Friday after two days of talks."
    )
    person = people_of(doc)["varga"]
    assert [doc.text[m.start : m.end] for m in person.mentions] == ["Varga", "Eszter Varga"]
    assert set(people_of(doc)) == {"varga"}


def test_mention_offsets_point_into_the_original_text(write_article: Write) -> None:
    doc = write_article(
        "Intro line\r\n\r\nAmbassador Keiko Tanabe’s visit ended. Tanabe flew home."
    )
    for person in find_people(doc):
        for m in person.mentions:
            assert doc.text[m.surname_start : m.surname_end] == m.surname
    assert people_of(doc)["tanabe"].spellings == ("Tanabe",)


def test_family_name_alone_joins_the_full_name(write_article: Write) -> None:
    doc = write_article("Premier Zhou Wenbo arrived. Later, Premier Zhou said the talks went well.")
    (person,) = find_people(doc)
    assert person.key == "zhou"  # a Chinese name: family name first
    assert person.spellings == ("Zhou",)
    assert [doc.text[m.start : m.end] for m in person.mentions] == ["Zhou Wenbo", "Zhou"]


def test_lower_case_office_in_front_of_a_name(write_article: Write) -> None:
    doc = write_article("On Monday the White House chief of staff Dana Kirkwood resigned.")
    assert people_of(doc)["kirkwood"].office_labels == {"White House Chief of Staff"}


def test_a_hyphenated_title_in_title_case_is_one_office(write_article: Write) -> None:
    doc = write_article(
        "Both sides were urged to show restraint by UN Secretary-General Tomas Berg."
    )
    assert people_of(doc)["berg"].office_labels == {"Secretary-General"}
