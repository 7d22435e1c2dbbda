"""Name words read by their place (tui/engine/people/mentions.py, name_words.py,
persons.py, names.py): a headline's verb after an office opens no name; "Said" between
name words or written "Saïd" is a name, not the speech verb; an elided particle ("d'")
joins a name and an apostrophe may open one; an initial for the given name keeps two
people with different initials apart and links the full name it stands for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.text_files import write_texts
from tests.unit.conftest import Write
from tui.engine.corpus import load_corpus
from tui.engine.people.name_words import is_function_word, is_headline_verb
from tui.engine.people.persons import cluster_people
from tui.engine.people.table import name_table


def names_written(write_article: Write, text: str) -> list[str]:
    doc = write_article(text)
    return [doc.text[m.start : m.end] for p in cluster_people(doc).people for m in p.mentions]


def people_written(write_article: Write, text: str) -> list[set[str]]:
    doc = write_article(text)
    return [{doc.text[m.start : m.end] for m in p.mentions} for p in cluster_people(doc).people]


@pytest.mark.parametrize("word", ["Pledges", "Approves", "Unveils", "Closes", "Swears"])
def test_a_verb_in_the_third_person_is_a_headline_verb(word: str) -> None:
    assert is_headline_verb(word)


@pytest.mark.parametrize("word", ["Williams", "James", "Diallo", "Saïd"])
def test_a_name_is_no_headline_verb(word: str) -> None:
    assert not is_headline_verb(word)


def test_a_headline_verb_after_an_office_opens_no_name(write_article: Write) -> None:
    text = (
        "Tartu Mayor Unveils Tram Plan For Riverside\n\n"
        "The mayor of Tartu, Urmas Klaas, unveiled a tram plan on Monday."
    )
    assert names_written(write_article, text) == ["Urmas Klaas"]


def test_a_word_with_a_letter_english_does_not_write_is_no_function_word() -> None:
    assert is_function_word("Said")
    assert not is_function_word("Saïd")


@pytest.mark.parametrize(
    "name", ["Omar Said Juma", "Said Omar Juma", "Halima Said", "Saïd Omar Juma"]
)
def test_said_between_name_words_is_a_name(write_article: Write, name: str) -> None:
    text = f"The harbour master, {name}, said the quay would close for repairs."
    assert names_written(write_article, text) == [name]


def test_said_opening_a_sentence_is_the_verb(write_article: Write) -> None:
    text = "Said Peter Olsen, the harbour master: the quay will close."
    assert names_written(write_article, text) == ["Peter Olsen"]


def test_an_elided_particle_joins_a_name(write_article: Write) -> None:
    text = "The poet, Anne d'Avignon Mercier, said the prize would go to a student."
    assert names_written(write_article, text) == ["Anne d'Avignon Mercier"]


def test_an_elided_particle_after_a_places_noun_joins_no_name(write_article: Write) -> None:
    text = "The president of Cote d'Ivoire, Alassane Ouattara, opened the port at Abidjan."
    assert names_written(write_article, text) == ["Alassane Ouattara"]


def test_an_apostrophe_opening_a_name_is_the_names_own(write_article: Write) -> None:
    text = "The health minister, 'Mathabo Sekhonyana, said clinics would open in May."
    assert names_written(write_article, text) == ["'Mathabo Sekhonyana"]


def test_a_quotation_opening_is_no_part_of_a_name(write_article: Write) -> None:
    text = "The plan, called 'Tomas Brandt Square' by residents, was approved."
    assert "'Tomas Brandt Square" not in " ".join(names_written(write_article, text))


def test_different_initials_before_one_name_are_two_people(write_article: Write) -> None:
    text = (
        "The governor, Budi Haryanto Siregar, opened the bridge. A lawyer, K. Haryanto "
        "Siregar, said the land had not been paid for."
    )
    people = people_written(write_article, text)
    assert {"Budi Haryanto Siregar"} in people
    assert {"K. Haryanto Siregar"} in people


def test_an_initial_before_the_name_a_person_is_called_by_is_that_person(
    write_article: Write,
) -> None:
    text = "J. Walter Pruitt said the mill would close. Walter Pruitt owns it."
    assert people_written(write_article, text) == [{"J. Walter Pruitt", "Walter Pruitt"}]


def test_an_initial_for_the_given_name_links_the_full_name_across_reports(
    tmp_path: Path,
) -> None:
    texts = {
        "a.txt": "Governor Budi Haryanto Siregar opened the bridge on Friday.",
        "b.txt": (
            "Governor B. Haryanto Siregar said the bridge was open. A lawyer, K. Haryanto "
            "Siregar, said the land had not been paid for."
        ),
    }
    table = name_table(load_corpus(write_texts(tmp_path, texts)).articles)
    rows = {
        frozenset(name for a in row.appearances for name in a.names): len(row.appearances)
        for row in table.people
    }
    assert rows[frozenset({"Budi Haryanto Siregar", "B. Haryanto Siregar"})] == 2
    assert rows[frozenset({"K. Haryanto Siregar"})] == 1
