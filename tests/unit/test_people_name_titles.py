"""Words in front of a name that are no part of it (tui/engine/people/name_words.py,
mentions.py, data/name_titles.txt): honorifics and customary titles of many cultures,
job nouns made of a noun and a person noun, and given names written short before a full
stop, which the sentence splitter keeps with the name (tui/engine/segment.py)."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.datafiles import data_lines
from tui.engine.people.lexicon import given_names
from tui.engine.people.name_words import is_compound_job_noun, is_job_word, is_name_title
from tui.engine.people.persons import cluster_people
from tui.engine.segment import is_name_abbreviation, segment


def names_written(write_article: Write, text: str) -> list[str]:
    doc = write_article(text)
    return sorted(doc.text[m.start : m.end] for p in cluster_people(doc).people for m in p.mentions)


@pytest.mark.parametrize("word", ["Alhaji", "Datuk", "Ratu", "Maulana", "Lyonpo", "Herr"])
def test_a_customary_title_is_a_name_title(word: str) -> None:
    assert is_name_title(word)


@pytest.mark.parametrize("word", ["Kang", "Nana", "Adi", "Sri", "Mohammed", "Bello"])
def test_a_name_that_is_also_a_title_somewhere_is_no_name_title(word: str) -> None:
    """ "Kang" is a Sundanese honorific and a Korean family name: the spelling cannot tell
    them apart, so the name wins."""
    assert not is_name_title(word)


def test_no_name_title_is_a_known_given_name() -> None:
    known = [w for w in data_lines("name_titles.txt") if given_names().known(w)]
    assert known == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Alhaji Garba Shehu Musa said the market would open.", "Garba Shehu Musa"),
        ("Ratu Epeli Naulu Vuki said the reef was closed.", "Epeli Naulu Vuki"),
        ("Herr Dieter Klaus Brenner, the director, thanked the staff.", "Dieter Klaus Brenner"),
    ],
)
def test_a_title_opens_no_name(write_article: Write, text: str, name: str) -> None:
    assert names_written(write_article, text) == [name]


def test_a_title_inside_a_name_stays_in_it(write_article: Write) -> None:
    """A Somali name carries the father's "Haji" inside it: only the opening word is a
    title."""
    text = "The minister, Abdirahman Haji Warsame, said the port would reopen."
    assert names_written(write_article, text) == ["Abdirahman Haji Warsame"]


def test_a_title_before_an_apposition_keeps_its_office(write_article: Write) -> None:
    text = "The chief minister of Penang, Datuk Ong Kah Seng, banned hillside clearing."
    doc = write_article(text)
    (person,) = cluster_people(doc).people
    (mention,) = person.mentions
    assert doc.text[mention.start : mention.end] == "Ong Kah Seng"
    assert [o.label for o in mention.offices] == ["Chief Minister"]


@pytest.mark.parametrize("noun", ["cheesemaker", "racegoer", "ferryman", "dockworker"])
def test_a_noun_joined_to_a_person_noun_is_a_compound_job_noun(noun: str) -> None:
    assert is_compound_job_noun(noun)


@pytest.mark.parametrize(
    "noun", ["johnson", "jackson", "coleman", "shoemaker", "goldman", "hamilton", "ashdown"]
)
def test_a_surname_is_no_compound_job_noun(noun: str) -> None:
    """ "Johnson": "john" and "son" are nouns, but a son is kin (a patronymic surname);
    "Coleman", "Shoemaker": common surnames, which may open a name."""
    assert not is_compound_job_noun(noun)


def test_a_compound_job_noun_opens_no_name_of_two_more_words(write_article: Write) -> None:
    text = "Cheesemaker Ottilie Marga Vanstraelen said the milk price had fallen."
    assert names_written(write_article, text) == ["Ottilie Marga Vanstraelen"]
    assert is_job_word("Racegoer")


@pytest.mark.parametrize("word", ["Wm", "Chas", "Thos", "Md", "Th", "Kh"])
def test_a_given_name_written_short_is_a_name_abbreviation(word: str) -> None:
    assert is_name_abbreviation(word)


@pytest.mark.parametrize("word", ["Mr", "Dr", "St", "Jr", "The", "Tom", "Ng", "WM"])
def test_a_common_abbreviation_or_a_word_is_no_name_abbreviation(word: str) -> None:
    """ "Mr", "St": abbreviations of no name; "Ng": a whole family name."""
    assert not is_name_abbreviation(word)


def test_a_two_consonant_surname_ends_a_name_at_a_full_stop(write_article: Write) -> None:
    text = "The fund is run by Jennifer Ng. Analysts expect a loss."
    assert names_written(write_article, text) == ["Jennifer Ng"]


def test_a_name_written_short_does_not_end_a_sentence() -> None:
    text = "Mayor Th. Ranjana Devi opened the bridge. County clerk Wm. Tate signed it."
    assert [s.text for s in segment(text)] == [
        "Mayor Th. Ranjana Devi opened the bridge.",
        "County clerk Wm. Tate signed it.",
    ]


def test_a_state_written_short_still_ends_a_sentence_before_its_opening_word() -> None:
    text = "The plant is near Baltimore, Md. The owners want to sell it."
    assert len(segment(text)) == 2


def test_a_name_written_short_stays_in_the_name(write_article: Write) -> None:
    text = "County clerk Wm. Harrison Tate reopened the canal lock on Friday."
    assert names_written(write_article, text) == ["Wm. Harrison Tate"]


def people_of(write_article: Write, text: str) -> list[list[str]]:
    doc = write_article(text)
    return sorted(
        sorted({doc.text[m.start : m.end] for m in p.mentions}) for p in cluster_people(doc).people
    )


def test_a_given_name_written_short_is_the_name_written_out(write_article: Write) -> None:
    text = (
        "County clerk Wm. Harrison Tate said the lock would reopen. Later, William Harrison "
        "Tate said boats would pass in June. His brother, Chas. Harrison Tate, kept the lock."
    )
    assert people_of(write_article, text) == [
        ["Chas. Harrison Tate"],
        ["William Harrison Tate", "Wm. Harrison Tate"],
    ]


def test_a_clan_name_written_short_is_the_initials_of_that_name() -> None:
    names = given_names()
    assert names.same_person("th", "thokchom")
    assert not names.same_person("th", "khumukcham")
    assert not names.same_person("th", "kh")
