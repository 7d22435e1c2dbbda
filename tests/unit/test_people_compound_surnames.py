"""A double surname written with a hyphen in one article and a space in the other is one
person (names.link_people): "Rosa Ferreira-Lobo" / "Rosa Ferreira Lobo", where the second
reads "Ferreira" as a middle name; not where the given names differ, nor where the other
article writes the hyphenated name for someone else too."""

from __future__ import annotations

from pathlib import Path

from tests.text_files import write_texts
from tests.unit.conftest import Write
from tui.engine.corpus import load_corpus
from tui.engine.people.cast import cast_of
from tui.engine.people.names import link_people
from tui.engine.people.table import name_table


def _links(write_article: Write, left: str, right: str) -> list[tuple[str, str]]:
    links = link_people(cast_of(write_article(left)), cast_of(write_article(right)))
    return sorted((link.left.spellings[0], link.right.spellings[0]) for link in links)


HYPHENATED = (
    "Rosa Ferreira-Lobo, the head of the dockers' union, called a strike on Monday. "
    "Ferreira-Lobo said the port would close for two days."
)


def test_a_hyphenated_surname_written_with_a_space_is_one_person(write_article: Write) -> None:
    spaced = (
        "The dockers' union leader, Rosa Ferreira Lobo, said the strike would close the port. "
        "Lobo said talks had failed."
    )
    assert _links(write_article, HYPHENATED, spaced) == [("Ferreira-Lobo", "Lobo")]
    assert _links(write_article, spaced, HYPHENATED) == [("Lobo", "Ferreira-Lobo")]


def test_another_given_name_before_the_spaced_surname_is_another_person(
    write_article: Write,
) -> None:
    spaced = (
        "The dockers' union leader, Paulo Ferreira Lobo, said the strike would close the port. "
        "Lobo said talks had failed."
    )
    assert _links(write_article, HYPHENATED, spaced) == []


def test_a_relative_with_the_hyphenated_name_keeps_the_link_to_the_right_person(
    write_article: Write,
) -> None:
    spaced = (
        "The dockers' union leader, Rosa Ferreira Lobo, said the strike would close the port. "
        "Her brother, Tomas Ferreira-Lobo, runs a shipping firm."
    )
    assert ("Ferreira-Lobo", "Lobo") in _links(write_article, HYPHENATED, spaced)


SIBLINGS_SPACED = (
    "The port's director, Amina Bou Rahal, said the new quay would open in May. "
    "Her brother, Samir Bou Rahal, a customs officer, was moved to another post."
)
SIBLINGS_JOINED = (
    "Amina Bourahal toured the new quay on Tuesday. "
    "Customs officer Samir Bourahal now works at the airport."
)


def test_a_particle_joined_to_the_surname_links_each_sibling_by_given_name(
    write_article: Write,
) -> None:
    assert _links(write_article, SIBLINGS_SPACED, SIBLINGS_JOINED) == [
        ("Rahal", "Bourahal"),
        ("Rahal", "Bourahal"),
    ]
    links = link_people(
        cast_of(write_article(SIBLINGS_SPACED)), cast_of(write_article(SIBLINGS_JOINED))
    )
    assert sorted((link.left.given_names, link.right.given_names) for link in links) == [
        (frozenset({"amina"}), frozenset({"amina"})),
        (frozenset({"samir"}), frozenset({"samir"})),
    ]


def test_a_joined_surname_with_no_given_name_that_agrees_stays_apart(
    write_article: Write,
) -> None:
    others = "Karim Bourahal toured the new quay on Tuesday. Nadia Bourahal met him there."
    assert _links(write_article, SIBLINGS_SPACED, others) == []


def test_the_row_is_named_by_one_article_s_whole_name(tmp_path: Path) -> None:
    texts = {
        "a.txt": "The port's director, Amina Bou Rahal, said the new quay would open in May.",
        "b.txt": "Amina Bourahal toured the new quay on Tuesday.",
    }
    table = name_table(load_corpus(write_texts(tmp_path, texts)).articles)
    assert [row.name for row in table.people] == ["Amina Bourahal"]


SECOND_SURNAME = (
    "The state water commissioner, Lorenzo Ibarra Quiroga, said the dam was safe. "
    "Ibarra Quiroga spoke after an inspection on Monday."
)


def test_a_second_surname_left_out_is_one_person(write_article: Write) -> None:
    shorter = (
        "Lorenzo Ibarra, the water commissioner, said the dam would hold. "
        "Ibarra added that more rain was expected."
    )
    assert _links(write_article, SECOND_SURNAME, shorter) == [("Quiroga", "Ibarra")]
    assert _links(write_article, shorter, SECOND_SURNAME) == [("Ibarra", "Quiroga")]


def test_a_joined_particle_and_a_second_surname_left_out_is_one_person(
    write_article: Write,
) -> None:
    longer = "The prosecutor, Elena de la Fuente Arriaga, opened an inquiry on Monday."
    shorter = "Prosecutor Elena Delafuente said the inquiry would take a year."
    assert _links(write_article, longer, shorter) == [("Arriaga", "Delafuente")]


def test_another_given_name_with_the_first_surname_is_another_person(
    write_article: Write,
) -> None:
    shorter = "Marta Ibarra, a farmer near the dam, said the water was rising."
    assert _links(write_article, SECOND_SURNAME, shorter) == []


def test_the_first_surname_of_two_people_links_neither(write_article: Write) -> None:
    longer = (
        "The water commissioner, Lorenzo Ibarra Quiroga, said the dam was safe. "
        "His cousin, Lorenzo Ibarra Salcedo, who farms below it, disagreed."
    )
    shorter = "Lorenzo Ibarra said the dam would hold."
    assert _links(write_article, longer, shorter) == []
