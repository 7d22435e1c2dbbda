"""Words in front of a name that are no part of it (tui/engine/people/name_words.py,
mentions.py): a noun of one who does or plays something, however rare, and a
preposition after a title in a title-case headline."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.people.name_words import is_agent_noun, is_job_word
from tui.engine.people.persons import cluster_people


def names_written(write_article: Write, text: str) -> list[str]:
    doc = write_article(text)
    return [doc.text[m.start : m.end] for p in cluster_people(doc).people for m in p.mentions]


@pytest.mark.parametrize("noun", ["cricketer", "skipper", "violinist", "farmer"])
def test_a_person_made_of_what_they_do_is_an_agent_noun(noun: str) -> None:
    assert is_agent_noun(noun)


@pytest.mark.parametrize("noun", ["amir", "imam", "winter", "river", "chandler"])
def test_a_borrowed_title_or_a_thing_is_no_agent_noun(noun: str) -> None:
    """ "amir": a person, but made of no other word; "winter": no person."""
    assert not is_agent_noun(noun)


def test_a_given_name_is_no_job_word() -> None:
    assert is_job_word("Skipper")
    assert not is_job_word("Hunter")  # a given name, though one who hunts


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Cricketer Ravindra Okonkwo said the pitch was too dry.", "Ravindra Okonkwo"),
        ("Bowler Tormod Haldorsen said the ball had swung late.", "Tormod Haldorsen"),
    ],
)
def test_an_agent_noun_opens_no_name_of_two_more_words(
    write_article: Write, text: str, name: str
) -> None:
    assert names_written(write_article, text) == [name]


def test_a_preposition_after_a_title_in_a_headline_opens_no_name(write_article: Write) -> None:
    """ "Coach Before Nansen": the title's name would start with "Before"; "Nansen" alone
    in a headline is a word no person of the article bears."""
    text = (
        "Tromso Club Sacks Coach Before Nansen Trophy Final\n\n"
        "The club dismissed its head coach, Eirik Vangsnes, on Monday after four defeats."
    )
    assert names_written(write_article, text) == ["Eirik Vangsnes"]


@pytest.mark.parametrize("word", ["Herder", "Glazier", "Gamekeeper"])
def test_a_rare_person_noun_derived_from_another_word_is_a_job_word(word: str) -> None:
    """WordNet derives "herder" from herd and "glazier" from glaze; "gamekeeper" joins
    "game" to the derived "keeper": job words though SemCor attests none of them."""
    assert is_job_word(word)


@pytest.mark.parametrize("word", ["Amir", "Hakeem", "Boatman"])
def test_a_borrowed_title_or_a_common_surname_is_no_derived_job_word(word: str) -> None:
    """ "amir", "hakeem": persons derived from no word; "boatman": a common US surname."""
    assert not is_job_word(word)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Herder Aslak Tornensis Sara said the calves were lost.", "Aslak Tornensis Sara"),
        ("Glazier Oddvar Brekkestad said the panes had cracked.", "Oddvar Brekkestad"),
    ],
)
def test_a_derived_job_word_opens_no_name_of_two_more_words(
    write_article: Write, text: str, name: str
) -> None:
    assert names_written(write_article, text) == [name]


def test_a_derived_job_word_before_one_word_stays_a_possible_surname(
    write_article: Write,
) -> None:
    """Before one name word, "Glazier" may be a surname read first: only before two more
    is it cut (name_start)."""
    assert names_written(write_article, "Glazier Brekkestad said the panes had cracked.") == [
        "Glazier Brekkestad"
    ]
