"""One measure told from the same start in two wordings (change_roles.one_change lets
other_measure pass it), and a count that takes a part of a noun phrase ("nine *of the
club's players*")."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, flagged
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def test_the_ends_of_one_change_from_the_same_start_conflict() -> None:
    left = (
        "Inflation in Delmar eased to 3.2 percent in June from 4.1 percent in May, the bank said."
    )
    right = (
        "Delmar's annual price growth slowed to 2.3% in June, down from 4.1% in May, the bank said."
    )
    assert flagged(left, right) == [("number", "3.2 percent", "2.3%")]


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("Nine of the school's teachers joined the strike.", "teacher"),
        ("Five of their barns burned down.", "barn"),
    ],
)
def test_a_count_of_a_part_counts_the_noun_after_of(text: str, head: str) -> None:
    (found,) = quantities(Sentence(0, 0, len(text), text))
    assert found.head[:1] == (head,)


def test_a_count_of_a_part_conflicts_with_a_count_of_the_noun() -> None:
    left = "Nine of the school's teachers joined the strike on Monday, the head said."
    right = "The head said six teachers joined the strike on Monday."
    assert flagged(left, right) == [("number", "Nine", "six teachers joined")]


def test_a_span_of_time_after_a_place_is_a_count() -> None:
    text = "The yacht sailed into Valletta 19 days later."
    assert [q.figure for q in quantities(Sentence(0, 0, len(text), text))] == [19.0]
    left = "The two sailors reached Valletta after twenty-six days at sea, the club said."
    right = "The club said the pair of sailors arrived in Valletta 16 days after setting off."
    assert flagged(left, right) == [("number", "twenty-six days", "16 days")]


def test_a_number_in_a_name_is_still_no_count() -> None:
    text = "The airline flies a Boeing 737 to Valletta."
    assert quantities(Sentence(0, 0, len(text), text)) == ()


def test_a_compound_height_shares_no_unit_with_its_inches() -> None:
    """ "5-feet-10": the 10 is inches, not feet; the same heights agree."""
    left = (
        "Police described the suspect as a white man in his 20s, 5-feet-8 to 5-feet-10, "
        "weighing about 180 pounds."
    )
    right = (
        "Police described the suspect as in his 20s, from 5-feet-8 to 5-feet-10-inches tall, "
        "weighing about 180 pounds."
    )
    assert conflicts(left, right) == []
