"""Counts and sums in reworded sentences: a counted noun said with a synonym, a sum
whose words before it were reworded, and bounds written "as many as"."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Police towed 640 cars from the flooded underpass during the spring storm.",
            "During the spring storm police towed 460 automobiles from the flooded underpass.",
            ("640 cars", "460 automobiles"),
        ),
        (
            "Roughly 2,300 pupils sat the entrance exam at the academy this year.",
            "This year some 3,200 students took the academy's entrance exam.",
            ("2,300 pupils sat", "3,200 students took"),
        ),
        (
            "About 35 physicians signed the letter to the health minister on Monday.",
            "On Monday some 53 doctors signed a letter to the health minister.",
            ("35 physicians signed", "53 doctors signed"),
        ),
    ],
)
def test_lone_counts_of_a_noun_said_with_a_synonym_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "number") == expected


def test_lone_counts_of_a_noun_and_its_kind_do_not_conflict() -> None:
    """Three children may be among five people: a noun and its kind count a part and
    its whole."""
    left = "Five people were treated in hospital after the bus overturned on the bridge."
    right = "Three children were treated in hospital after the bus overturned on the bridge."
    assert [c for c in conflicts(left, right) if c.type == "number"] == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The clinic reported 12 new infections on Tuesday, a spokeswoman said.",
            "A spokeswoman said the clinic reported 4 new fatalities on Tuesday.",
        ),
        (
            "Volunteers caught 30 stray dogs near the market last month.",
            "Near the market, volunteers caught 13 stray cats last month.",
        ),
    ],
)
def test_a_shared_modifier_does_not_make_two_counted_nouns_one(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "number"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The council fined the landlord 8,000 euros for ignoring safety orders.",
            "A penalty of 18,000 euros was imposed on the landlord by the council "
            "for ignoring safety orders.",
            ("8,000 euros", "18,000 euros"),
        ),
        (
            "The museum paid 2 million dollars for the painting at auction.",
            "At auction, the painting cost the museum 5 million dollars.",
            ("2 million dollars", "5 million dollars"),
        ),
        (
            "The charity raised 40,000 pounds at its winter gala dinner on Friday.",
            "Friday's winter gala dinner brought the charity 14,000 pounds.",
            ("40,000 pounds", "14,000 pounds"),
        ),
    ],
)
def test_the_one_sum_of_sentences_agreeing_in_meaning_is_one_measure(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "number") == expected


def test_two_sums_of_sentences_that_agree_little_measure_different_things() -> None:
    left = "Unemployment was cited by 4 percent of the voters surveyed in the poll."
    right = "The mayor netted 9 percent support among business owners last spring."
    assert [c for c in conflicts(left, right) if c.type == "number"] == []


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("The storm dumped as much as 30 centimetres of snow on the pass.", "max"),
        ("As many as 500 volunteers joined the search.", "max"),
        ("Tickets sold for as little as 5 pounds.", "min"),
        ("Temperatures may climb as high as 41 degrees.", "max"),
    ],
)
def test_as_much_as_bounds_a_number(text: str, bound: str) -> None:
    assert [q.bound for q in quantities(Sentence(0, 0, len(text), text))] == [bound]


def test_an_upper_bound_reworded_with_as_much_as_conflicts_with_a_lower_one() -> None:
    left = "Up to 90 centimetres of snow fell on the pass overnight, forecasters said."
    right = "Forecasters said the pass received as much as 60 cm of snow overnight."
    assert only(left, right, "number") == ("90 centimetres", "60 cm")


def test_as_long_as_bounds_a_duration() -> None:
    text = "Repairs could take as long as nine weeks, the operator said."
    assert [q.bound for q in quantities(Sentence(0, 0, len(text), text))] == ["max"]


def test_a_partitive_count_past_a_possessor_of_two_words_counts_its_noun() -> None:
    left = (
        "Volunteers ringed 55 of the old Tarrow quarry's nesting swifts over the summer, "
        "the bird trust said."
    )
    right = (
        "The bird trust said some 80 nesting swifts at the old Tarrow quarry had been "
        "ringed by volunteers over the summer."
    )
    assert only(left, right, "number") == ("55", "80 nesting swifts")


def test_a_count_of_a_compound_longer_than_its_span_counts_the_last_noun() -> None:
    left = (
        "The restored carousel will carry twenty painted wooden horses when it reopens "
        "in the park next month, the council said."
    )
    right = (
        "Thirty painted horses will turn on the restored carousel when it reopens in the "
        "park next month, the council said."
    )
    assert only(left, right, "number") == ("twenty painted wooden", "Thirty painted horses")
