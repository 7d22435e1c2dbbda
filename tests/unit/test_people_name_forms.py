"""Forms of one name that sound or romanisation make differ (tui/engine/people/spelling.py,
name_words.py, persons.py, names.py): a French "tch", a Malay "binti", a Catalan "i" or a
Spanish "y" between two surnames, a given name respelled beside a relative's surname;
relatives stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.name_rows import rows_by_name, two_report_table
from tui.engine.people.lexicon import given_names
from tui.engine.people.spelling import skeleton, variant_score


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("chaikovsky", "tchaikovsky"),  # a first French "tch" for the Russian ch
        ("chernov", "tchernov"),
    ],
)
def test_a_first_tch_is_a_ch(a: str, b: str) -> None:
    assert skeleton(a) == skeleton(b)
    assert variant_score(a, b) == 0.8


@pytest.mark.parametrize(("a", "b"), [("fitch", "fisch"), ("hatcher", "hasher")])
def test_a_tch_inside_an_english_name_is_no_ch(a: str, b: str) -> None:
    assert variant_score(a, b) == 0.0


def test_a_catalan_i_between_surnames_names_the_person_by_the_first(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "The rector of the university, Marta Vilaró i Puig, opened the new library on "
            "Monday. Her brother, Pere Vilaró i Puig, a surgeon, cut the ribbon.",
            "Rector Marta Vilaró said the library would open at night. Pere Vilaró, who "
            "is a surgeon, praised the building.",
        )
    )
    assert rows[("a.txt", "Marta Vilaró i Puig")] == rows[("b.txt", "Marta Vilaró")]
    assert rows[("a.txt", "Pere Vilaró i Puig")] == rows[("b.txt", "Pere Vilaró")]
    assert rows[("a.txt", "Marta Vilaró i Puig")] != rows[("a.txt", "Pere Vilaró i Puig")]


def test_a_malay_binti_joins_a_name(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Trade minister Rohana binti Salleh said on Monday that exports had risen. "
            "Her father, Salleh bin Omar, a retired teacher, attended the briefing.",
            "Trade minister Rohana Salleh said exports would rise again in June.",
        )
    )
    assert rows[("a.txt", "Rohana binti Salleh")] == rows[("b.txt", "Rohana Salleh")]
    assert rows[("a.txt", "Rohana binti Salleh")] != rows[("a.txt", "Salleh bin Omar")]


def test_a_given_name_and_surname_respelled_beside_a_relative(tmp_path: Path) -> None:
    """The other report writes "Harrell" only for the son, and the father's whole name
    another way: one father, one son."""
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Port commissioner Glenn Harrell fined the ferry company on Friday. His son, "
            "Scott Harrell, a state senator, abstained.",
            "Port commissioner Glen Harrel said the ferry company had ignored two warnings. "
            "Scott Harrell said he would not comment.",
        )
    )
    assert rows[("a.txt", "Glenn Harrell")] == rows[("b.txt", "Glen Harrel")]
    assert rows[("a.txt", "Scott Harrell")] == rows[("b.txt", "Scott Harrell")]
    assert rows[("a.txt", "Glenn Harrell")] != rows[("a.txt", "Scott Harrell")]


@pytest.mark.parametrize(("a", "b"), [("balendra", "balen"), ("rajendra", "rajen")])
def test_a_given_name_cut_short_is_one_name(a: str, b: str) -> None:
    assert given_names().one_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("joanna", "joan"),  # two names of the census list
        ("paula", "paul"),
        ("balendra", "bal"),  # too short to tell
        ("ahmadi", "ahmad"),  # one letter more is an ending, not a cut
    ],
)
def test_listed_names_short_cuts_and_endings_are_two_names(a: str, b: str) -> None:
    assert not given_names().one_name(a, b)


def test_a_cut_short_given_name_links_across_reports_and_a_relative_stays_apart(
    tmp_path: Path,
) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Pokhara's mayor, Dhanendra Gurung, closed the lakeside road on Monday. His "
            "brother, Bishnu Gurung, a hotel owner, said trade would suffer.",
            "Mayor Dhanen Gurung said the road would reopen in May. Bishnu Gurung, who "
            "owns a hotel, called the closure hasty.",
        )
    )
    assert rows[("a.txt", "Dhanendra Gurung")] == rows[("b.txt", "Dhanen Gurung")]
    assert rows[("a.txt", "Dhanendra Gurung")] != rows[("b.txt", "Bishnu Gurung")]


@pytest.mark.parametrize(("a", "b"), [("mohd", "muhammad"), ("muhd", "mohammed")])
def test_a_contracted_given_name_is_one_name(a: str, b: str) -> None:
    assert given_names().one_name(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("mohd", "mahmoud"),  # another second letter: another name
        ("ram", "rustam"),  # no two consonants at the end: a name of its own
        ("sam", "shalom"),
    ],
)
def test_other_short_names_are_no_contractions(a: str, b: str) -> None:
    assert not given_names().one_name(a, b)


def test_a_spanish_y_between_surnames_in_one_report_and_a_space_in_the_other(
    tmp_path: Path,
) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Senator Lucía Herrera y Montoya said on Monday that the water bill had passed. "
            "Her brother, Andrés Herrera Montoya, the mayor of Pereira, praised the vote.",
            "Lucía Herrera Montoya, who wrote the bill, said the first plants would open next "
            "year. Mayor Andrés Herrera Montoya said Pereira would be first.",
        )
    )
    assert rows[("a.txt", "Lucía Herrera y Montoya")] == rows[("b.txt", "Lucía Herrera Montoya")]
    assert rows[("a.txt", "Andrés Herrera Montoya")] == rows[("b.txt", "Andrés Herrera Montoya")]
    assert rows[("a.txt", "Lucía Herrera y Montoya")] != rows[("b.txt", "Andrés Herrera Montoya")]
