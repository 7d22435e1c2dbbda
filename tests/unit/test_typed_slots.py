"""Typed slots in the word diff of two reworded sentences (typed_slots.py): a number,
a date, a season or part of the day that one side states and the other states
otherwise, where the surroundings were rewritten."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import sentence_pair
from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.typed_slots import _moment_slot, slot_conflicts


def proposed(left: str, right: str) -> list[tuple[str, str, str]]:
    """(type, left words, right words) of what the slot proposer alone proposes."""
    pair = sentence_pair(left, right)
    return [(c.type, c.contrast.left, c.contrast.right) for c in slot_conflicts(pair)]


@pytest.mark.parametrize(
    ("left", "right", "kind", "expected"),
    [
        (
            "The sculptor Orla Venn, whose bronze horses stand in the town square of "
            "Marbeck, has died at her studio at the age of 67.",
            "Orla Venn, the 76-year-old artist behind the bronze horses in Marbeck's "
            "town square, died in her studio, her family said.",
            "number",
            ("67", "76-year-old"),
        ),
        (
            "The restored weavers' hall in Kelso is expected to reopen in April after three "
            "years of work.",
            "After a three-year restoration, Kelso's weavers' hall is due to welcome "
            "visitors again in June.",
            "date",
            ("April", "June"),
        ),
        (
            "The mountain railway to the Keldor glacier, closed since a landslide, will "
            "run again next summer, the local transport office said.",
            "Trains will climb to the Keldor glacier again in the winter, the local "
            "transport authority said, after the line was shut by a landslide.",
            "date",
            ("summer", "winter"),
        ),
        (
            "Crews put out the blaze at the Brenna paper mill on Tuesday afternoon after "
            "fighting it for nine hours.",
            "After nine hours of work, crews had extinguished the fire at the Brenna "
            "paper mill by Tuesday morning.",
            "date",
            ("afternoon", "morning"),
        ),
    ],
)
def test_a_value_changed_in_a_reworded_sentence_conflicts(
    left: str, right: str, kind: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, kind) == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # the other side states both months: reordered, not changed
            "The rebuilt concert hall in Dunford is expected to open its doors in March "
            "after four years of construction work.",
            "After four years of construction begun in May, Dunford's rebuilt concert "
            "hall is due to welcome its first audience in March.",
        ),
        (  # two months unshared on one side: which pairs with the other is in doubt
            "The rebuilt concert hall in Dunford, planned since June, is expected to open "
            "its doors in March after four years of construction work.",
            "After four years of construction, Dunford's rebuilt concert hall is due to "
            "welcome its first audience in May.",
        ),
        (  # too few words beside the dates to tell one claim
            "The prime minister met union leaders on Monday.",
            "The prime minister will visit the flooded region on Thursday.",
        ),
        (  # the longer side tells much the shorter does not: another meeting
            "Thursday's meeting at the town hall marks a new turn in a week of talks between "
            "the mayor and the council leader, and comes after several phone calls in "
            "recent days.",
            "The mayor and the council leader met on Sunday at the town hall for talks in a "
            "tense week.",
        ),
        (  # a date given to "say" is the report's, not the event's
            "The rebuilt concert hall in Dunford will open its doors to the public after "
            "four years of construction work, the city said on Monday.",
            "After four years of construction work, Dunford's rebuilt concert hall will "
            "open its doors to the public, the city said on Friday.",
        ),
    ],
)
def test_no_date_slot(left: str, right: str) -> None:
    assert [c for c in proposed(left, right) if c[0] == "date"] == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # a noun and its kind: the pupils may be among the people
            "Eleven pupils were treated in hospital after the school coach overturned "
            "on the mountain road near Tarsk on Friday evening.",
            "Twenty people were treated in hospital after the school coach overturned on "
            "the mountain road near Tarsk on Friday evening.",
        ),
        (  # an age and a count
            "The sculptor Orla Venn, whose bronze horses stand in the town square of "
            "Marbeck, has died at her studio at the age of 67.",
            "Orla Venn, the artist behind 76 bronze horses in Marbeck's town square, died "
            "in her studio, her family said.",
        ),
    ],
)
def test_no_number_slot(left: str, right: str) -> None:
    assert [c for c in proposed(left, right) if c[0] == "number"] == []


def test_evening_and_night_may_be_one_time() -> None:
    left = (
        "Crews put out the blaze at the Brenna paper mill late on Tuesday evening after "
        "fighting it for nine hours."
    )
    right = (
        "After nine hours of work, crews had extinguished the fire at the Brenna paper "
        "mill on Tuesday night."
    )
    assert conflicts(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Residents of the Farrow estate approved a plan to turn the empty library into "
            "a youth centre at their meeting on Monday.",
            "A proposal to convert the empty library into a youth centre was rejected on "
            "Monday by residents of the Farrow estate.",
            # the lexicon reads the verbs in their two voices (voice.py) first
            ("approved", "was rejected"),
        ),
        (
            "This spring was warmer than average across the southern valleys, the regional "
            "weather office said in its annual review.",
            "The southern valleys had a colder spring than usual, according to the annual "
            "review of the regional weather office.",
            ("was warmer", "colder"),
        ),
    ],
)
def test_opposite_words_in_a_reworded_sentence_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "opposite") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # said of other things: the clauses of the two words share one word
            "Shares in Dorrin Mining rose on Tuesday after the company reported record "
            "copper output at its Kessa mine.",
            "After the company reported record copper output at its Kessa mine on Tuesday, "
            "shares in rival firms fell.",
        ),
        (  # a negated antonym agrees
            "The regional bank kept its lending rate for small farms unchanged at its "
            "quarterly meeting in Varsa on Friday.",
            "At its quarterly meeting in Varsa on Friday, the regional bank did not change "
            "its lending rate for small farms.",
        ),
    ],
)
def test_no_opposite_slot(left: str, right: str) -> None:
    assert [c for c in proposed(left, right) if c[0] == "opposite"] == []


def test_function_words_are_no_opposite_slot() -> None:
    left = "Some of the young swimmers in blue caps are laughing and splashing by the pool."
    right = "The young swimmers in blue caps are laughing and splashing each other by the pool."
    assert proposed(left, right) == []


def test_one_span_of_time_in_two_units_is_no_slot() -> None:
    """ "two decades" / "twenty years" agree, so the ages are each side's only unshared
    amounts."""
    left = (
        "The painter Ilse Marten, who taught at the Holm academy for two decades, has died "
        "at the age of 74."
    )
    right = (
        "The Holm academy announced the death of its former teacher, the painter Ilse "
        "Marten, 47, who had taught there for twenty years."
    )
    assert only(left, right, "number") == ("74", "47")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The ferry sailed from Orrin on Tuesday morning.", "The ferry sailed from Orrin."),
        ("The ferry sailed from Orrin.", "The ferry sailed from Orrin late in the summer."),
    ],
)
def test_a_pair_one_side_of_which_names_no_moment_is_not_cut_into_words(
    left: str, right: str
) -> None:
    pair = sentence_pair(left, right)
    assert _moment_slot(pair) == []
    assert facts_of(pair.left).words is None
    assert facts_of(pair.right).words is None


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Thirty-one passengers were checked by paramedics after the night ferry ran "
            "aground off Kelby Point on Sunday.",
            "Paramedics checked 24 people after the night ferry ran aground off Kelby "
            "Point on Sunday.",
            ("Thirty-one passengers", "24 people"),
        ),
        (
            "Nine people were rescued on Tuesday from the flooded copper mine at Dorrow, "
            "where water had trapped them underground for two days.",
            "Rescue teams on Tuesday brought twelve miners out of the flooded Dorrow "
            "copper mine, where rising water had trapped them underground for two days.",
            ("Nine people", "twelve miners"),
        ),
    ],
)
def test_more_of_a_kind_than_of_what_it_is_a_kind_of_conflicts(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    """The passengers cannot all be among fewer people."""
    assert only(left, right, "number") == expected
