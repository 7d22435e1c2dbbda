"""A father and his son of one name across reports (tui/engine/people/persons.py): a full
name an article writes without a suffix beside the same name with "Jr." is the father,
whom another report calls "Sr."."""

from __future__ import annotations

from pathlib import Path

from tests.name_rows import rows_by_name, two_report_table

_BOTH_SUFFIXED = (
    "The harbour board chose Dennis Okerlund Jr. as its chairman on Monday. His father, "
    "Dennis Okerlund Sr., who chaired the board for twenty years, cast the deciding vote."
)


def test_the_bare_name_beside_the_son_is_the_father_of_another_report(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            _BOTH_SUFFIXED,
            "Dennis Okerlund Jr. will chair the harbour board. His father, Dennis Okerlund, "
            "said he was proud of him.",
        )
    )
    father = rows[("b.txt", "Dennis Okerlund")]
    assert father == rows[("a.txt", "Dennis Okerlund Sr.")]
    assert father != rows[("a.txt", "Dennis Okerlund Jr.")]
    assert rows[("b.txt", "Dennis Okerlund Jr.")] == rows[("a.txt", "Dennis Okerlund Jr.")]


def test_a_bare_name_alone_is_not_taken_for_the_father(tmp_path: Path) -> None:
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            _BOTH_SUFFIXED,
            "Dennis Okerlund will chair the harbour board, its members said on Monday.",
        )
    )
    bare = rows[("b.txt", "Dennis Okerlund")]
    assert bare != rows[("a.txt", "Dennis Okerlund Sr.")]
    assert bare != rows[("a.txt", "Dennis Okerlund Jr.")]


def test_a_surname_with_the_other_suffix_is_the_other_generation(tmp_path: Path) -> None:
    """ "Okerlund Jr." beside "Dennis Okerlund Sr." alone is the son, written with his
    suffix, and the son of another report, not the father."""
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            _BOTH_SUFFIXED,
            "Okerlund Jr. said the harbour would stay open all winter. His father, Dennis "
            "Okerlund Sr., said the board had made the right choice.",
        )
    )
    son = rows[("b.txt", "Okerlund Jr.")]
    assert son == rows[("a.txt", "Dennis Okerlund Jr.")]
    assert son != rows[("b.txt", "Dennis Okerlund Sr.")]
    assert rows[("b.txt", "Dennis Okerlund Sr.")] == rows[("a.txt", "Dennis Okerlund Sr.")]


def test_a_given_name_of_another_language_is_no_ordinary_word(tmp_path: Path) -> None:
    """ "Vladimir" (a form given_name_equivalents.txt lists) is a given name, so a father
    and a son of that name are two people, not a phrase of ordinary words."""
    rows = rows_by_name(
        two_report_table(
            tmp_path,
            "Rowing Club Opens In Odesa\n\nVladimir Kostenko Jr. opened a rowing club on "
            "Friday. Vladimir Kostenko Sr. rowed for the national team in 1980.",
            "Kostenko Family Opens Club\n\nVladimir Kostenko Jr. opened the club on Friday.",
        )
    )
    son = rows[("a.txt", "Vladimir Kostenko Jr.")]
    assert son != rows[("a.txt", "Vladimir Kostenko Sr.")]
    assert son == rows[("b.txt", "Vladimir Kostenko Jr.")]
