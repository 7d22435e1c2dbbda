"""A double surname written with a hyphen in one article and a space in the other is one
person (names.link_people): "Rosa Ferreira-Lobo" / "Rosa Ferreira Lobo", where the second
reads "Ferreira" as a middle name; not where the given names differ, nor where the other
article writes the hyphenated name for someone else too."""

from __future__ import annotations

from tests.unit.conftest import Write
from tui.engine.people.cast import cast_of
from tui.engine.people.names import link_people


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
