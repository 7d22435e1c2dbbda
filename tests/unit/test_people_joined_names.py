"""One name whose words two articles join or split differently is one person
(joined_names.py, names.link_people): particles run together ("Marta van den Heuvel" /
"Marta Vandenheuvel"), a given name in one word or two, an Arabic article apart or joined
("Abd al-Karim" / "Abdulkarim"); not relatives with other given names, not two names of
one grouping that differ only in a vowel, and not where the other article writes the
split name for someone else of those given names."""

from __future__ import annotations

from tests.unit.conftest import Write
from tui.engine.people.cast import cast_of
from tui.engine.people.names import find_name_findings, link_people
from tui.engine.people.spelling import variant_score


def _links(write_article: Write, left: str, right: str) -> list[tuple[str, str]]:
    links = link_people(cast_of(write_article(left)), cast_of(write_article(right)))
    return sorted((link.left.spellings[0], link.right.spellings[0]) for link in links)


SPLIT = (
    "Harbour director Marta van den Heuvel said on Monday that the lock would reopen. "
    "Her brother, Joost van den Heuvel, a pilot, said ships were waiting."
)


def test_particles_run_together_are_one_person(write_article: Write) -> None:
    joined = (
        "Marta Vandenheuvel, the harbour director, said the lock would open within a week. "
        "Pilot Joost Vandenheuvel said forty ships were waiting."
    )
    links = _links(write_article, SPLIT, joined)
    assert ("Heuvel", "Vandenheuvel") in links
    assert len([link for link in links if link[1] == "Vandenheuvel"]) == 2


def test_a_relative_is_not_linked_to_the_joined_name(write_article: Write) -> None:
    joined = (
        "Pilot Joost Vandenheuvel said forty ships were waiting outside the lock. "
        "Joost Vandenheuvel said the wait had cost owners millions."
    )
    links = _links(write_article, SPLIT, joined)
    assert len(links) == 1  # Joost to Joost, never Marta


def test_a_given_name_written_in_one_word_is_one_person(write_article: Write) -> None:
    left = "Councillor Mai Lee Vang said on Tuesday that the clinic would stay open."
    right = "Mailee Vang, a city councillor, said the clinic had been saved."
    assert _links(write_article, left, right) == [("Vang", "Vang")]


def test_an_arabic_article_joined_with_another_vowel_is_one_person(write_article: Write) -> None:
    left = "Health minister Omar Abd al-Karim Haddadin said the hospital would open in May."
    right = "Omar Abdulkarim Haddadin, the health minister, said the new wing was ready."
    assert _links(write_article, left, right) == [("Haddadin", "Haddadin")]


def test_one_grouping_with_another_vowel_is_left_to_the_spelling_score(
    write_article: Write,
) -> None:
    left = "Judge Karim Hadid said on Monday that the trial would resume in March."
    right = "Judge Karim Haddad said the trial of the port workers would resume."
    assert variant_score("hadid", "haddad") == 0.0
    assert _links(write_article, left, right) == []


def test_the_split_name_written_for_someone_else_there_parts_them(write_article: Write) -> None:
    left = "Harbour director Marta Vandenheuvel said on Monday that the lock would reopen."
    right = (
        "Marta van den Heuvel, the harbour director, said the lock would reopen. "
        "Marta Vandenheuvel, a pilot of the same name, said she was waiting."
    )
    assert ("Vandenheuvel", "Heuvel") not in _links(write_article, left, right)


def test_the_finding_quotes_the_whole_names(write_article: Write) -> None:
    left = write_article("Harbour director Marta van den Heuvel said the lock would reopen.")
    right = write_article("Marta Vandenheuvel, the harbour director, said the lock would open.")
    (finding,) = [f for f in find_name_findings(left, right, ()) if f.type == "spelling"]
    quotes = (finding.left.quote, finding.right.quote)
    assert quotes == ("Marta van den Heuvel", "Marta Vandenheuvel")
