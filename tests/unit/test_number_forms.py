"""Amounts in forms the reader once missed: the two values of a change read by their
parts in it (change_roles.py), shares told as a count of a whole ("one in four") or
as how full a thing is, places in a ranking, an age at death after "at"; and a date
slot not refused for a count the other side leaves out."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import flagged
from tui.engine.findings.contradiction.change_roles import NEW, OLD
from tui.engine.findings.contradiction.date import days_told_apart
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def _read(text: str) -> list[tuple[str, float, str | None, str | None]]:
    sentence = Sentence(0, 0, len(text), text)
    return [
        (text[q.start : q.end], round(q.value, 1), q.unit, q.change) for q in quantities(sentence)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The toll went up from three pounds to four this spring.",
            [("three pounds", 3.0, "GBP", OLD), ("four", 4.0, "GBP", NEW)],
        ),
        (
            "Drivers now pay four pounds instead of three.",
            [("four pounds", 4.0, "GBP", NEW), ("three", 3.0, "GBP", OLD)],
        ),
        (
            "Inflation eased to 3.1% in May, down from 3.8% in April.",
            [("3.1%", 3.1, "%", NEW), ("3.8%", 3.8, "%", OLD)],
        ),
        (
            "Some 40 people and 12 dogs were rescued.",
            [("40 people", 40.0, None, None), ("12 dogs", 12.0, None, None)],
        ),
        ("One in five adults smokes.", [("One in five", 20.0, "%", None)]),
        ("Three out of four voters agreed.", [("Three out of four", 75.0, "%", None)]),
        ("The lake is barely a quarter full.", [("a quarter", 25.0, "%", None)]),
        (
            "She scored two in ten minutes.",
            [("two", 2.0, None, None), ("ten minutes", 600.0, "s", None)],
        ),
    ],
)
def test_changes_and_shares_are_read(
    text: str, expected: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert _read(text) == expected


def test_one_change_told_in_two_orders_agrees() -> None:
    left = "The toll on the Arlen bridge went up from three pounds to four this spring."
    right = "Drivers crossing the Arlen bridge pay four pounds instead of three since spring."
    assert flagged(left, right) == []


def test_the_values_after_a_change_conflict() -> None:
    left = "The ticket price at the Arlen museum rose from 12 dollars to 15 dollars in May."
    right = "In May the ticket price at the Arlen museum climbed to 18 dollars from 12 dollars."
    assert flagged(left, right) == [("number", "15 dollars", "18 dollars")]


def test_a_share_told_as_a_count_of_a_whole() -> None:
    left = "One in five adults in the county smokes every day, the health survey found."
    right = "A quarter of adults in the county smoke every day, the health survey found."
    assert flagged(left, right) == [("number", "One in five", "A quarter")]
    same = "One in four adults in the county smokes every day, the health survey found."
    assert flagged(same, right) == []


def test_places_in_a_ranking_conflict() -> None:
    left = (
        "The Danish rider Karin Holm finished fifth in the women's downhill on Saturday in Wengen."
    )
    right = "In Saturday's women's downhill at Wengen, Karin Holm of Denmark came seventh."
    assert flagged(left, right) == [("number", "fifth", "seventh")]


def test_an_age_at_death_after_at() -> None:
    left = (
        "The poet Anna Reel, whose first book sold a million copies, has died in her flat "
        "in Turin at 88."
    )
    right = (
        "Anna Reel, the poet whose first book sold a million copies, died aged 85 at her "
        "flat in Turin."
    )
    assert flagged(left, right) == [("number", "88", "85")]


def _told_apart(left: str, left_date: str, right: str, right_date: str) -> bool:
    pair = SentencePair(Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right))
    at, other = left.index(left_date), right.index(right_date)
    return days_told_apart(pair, (at, at + len(left_date)), (other, other + len(right_date)))


def test_a_count_the_other_side_leaves_out_tells_no_day_apart() -> None:
    left = "The two unions will sign the wage deal at the port of Hesk on Thursday."
    right = "The pay agreement is due to be signed at Hesk port on Tuesday."
    assert not _told_apart(left, "Thursday", right, "Tuesday")
    counted = "The two unions will sign the wage deal at the port of Hesk on Thursday."
    named = "The unions will sign the wage deal at the port of Hesk on Tuesday."
    assert _told_apart(counted, "Thursday", named, "Tuesday")  # "two unions" / "the unions"


def test_an_ordinal_the_other_side_leaves_out_tells_no_day_apart() -> None:
    left = "The Kelby lido reopened to swimmers on Friday after a year of repairs."
    right = "After a year of repairs, the Kelby lido let in its first swimmers again on Sunday."
    assert not _told_apart(left, "Friday", right, "Sunday")
    assert flagged(left, right) == [("date", "Friday", "Sunday")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The museum paid $68,000 for the painting at auction.",
            "At auction the museum bought the painting for $68,420.",
        ),
        (
            "The charity raised £25,000 at its gala dinner on Friday.",
            "At its gala dinner on Friday the charity raised £25,310.",
        ),
    ],
)
def test_a_round_figure_is_the_rounding_of_an_exact_one_close_to_it(left: str, right: str) -> None:
    assert flagged(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The museum paid $68,000 for the painting at auction.",
            "At auction the museum bought the painting for $68,900.",
            ("number", "$68,000", "$68,900"),
        ),
        (
            "The factory will shed 3,000 of its staff.",
            "The factory will shed 3,400 of its staff.",
            ("number", "3,000", "3,400"),
        ),
    ],
)
def test_a_round_figure_far_from_the_exact_one_still_conflicts(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert expected in flagged(left, right)
