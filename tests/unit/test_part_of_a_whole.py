"""A count that takes a part of a whole whose size is given ("140 *of its 520 jobs*") or
of the last counted noun ("48 routes ... 21 *of them*") counts that noun: it pairs with a
count of the same noun in a reworded sentence (quantities._partitive_head,
_part_of_them)."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import flagged
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def _heads(text: str) -> list[tuple[str, ...]]:
    return [q.head for q in quantities(Sentence(0, 0, len(text), text))]


@pytest.mark.parametrize(
    ("text", "part", "noun"),
    [
        ("The mill will cut 35 of its 210 jobs.", 0, "job"),
        ("Eight of the two hundred stalls stayed shut.", 0, "stall"),
        ("The ferry line runs 30 sailings a week and will drop 4 of them.", 1, "sail"),
    ],
)
def test_a_part_counts_the_noun_of_its_whole(text: str, part: int, noun: str) -> None:
    assert _heads(text)[part][:1] == (noun,)


def test_of_them_without_an_earlier_counted_noun_stays_bare() -> None:
    assert _heads("Police questioned 4 of them on Monday.") == [()]


def test_a_part_in_figures_conflicts_with_a_count_in_words() -> None:
    left = "The Orwell tannery will cut 35 of its 210 jobs when it closes its dye house."
    right = "Closing its dye house will cost the Orwell tannery fifty jobs; it employs 210 people."
    assert flagged(left, right) == [("number", "35", "fifty jobs")]


def test_two_parts_of_them_conflict() -> None:
    left = "The Mora dairy will close 9 of its 40 shops in May, the company said."
    right = "The company said the Mora dairy, which has 40 shops, will close 19 of them in May."
    assert flagged(left, right) == [("number", "9", "19")]


def test_the_same_part_of_a_whole_in_other_words_agrees() -> None:
    left = "The Orwell tannery will cut 35 of its 210 jobs when it closes its dye house."
    right = "Closing its dye house will cost the Orwell tannery thirty-five of its 210 jobs."
    assert flagged(left, right) == []
