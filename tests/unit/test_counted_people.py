"""Counts of people named by different nouns (counted_people.py): the same crowd by
role or activity conflicts, a part of a crowd by age or kind, or a group the other
side tells apart, does not."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.counted_people import counts_people, group_before


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Fourteen members of a hiking club stranded by snow on the Kolm ridge were "
            "flown to the valley on Sunday, the mountain rescue service said.",
            "The mountain rescue service said nine hikers, a club party stranded by snow "
            "on the Kolm ridge, had been flown down to the valley on Sunday.",
            ("Fourteen members", "nine hikers"),
        ),
        (
            "Twenty-two volunteers planted oak saplings along the canal bank over the "
            "weekend, the trust that runs the towpath said.",
            "The trust that runs the towpath said 35 students had planted oak saplings "
            "along the canal bank over the weekend.",
            ("Twenty-two volunteers planted", "35 students"),
        ),
        (
            "A crew of six was winched from the burning cargo ship off Skerry Point on "
            "Monday night, the coastguard said.",
            "The coastguard said eight sailors were winched to safety from the burning "
            "cargo ship off Skerry Point on Monday night.",
            ("six", "eight sailors"),
        ),
        (  # a count before the singular of a group counts its members; the other
            # side names the crew only in apposition to its own count
            "All twelve crew of the dredger Hestia were airlifted to safety after it ran "
            "aground off Morvay Point on Sunday, the coastguard said.",
            "A coastguard helicopter lifted fourteen sailors, the Hestia's whole crew, from "
            "the dredger after it ran aground off Morvay Point on Sunday.",
            ("twelve crew", "fourteen sailors"),
        ),
    ],
)
def test_counts_of_one_crowd_by_other_nouns_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "number") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # women may be among the guests
            "Forty guests were evacuated from the hotel on the lake shore after a fire "
            "broke out in its kitchen, police said.",
            "Police said twelve women were evacuated from the hotel on the lake shore "
            "after a fire broke out in its kitchen.",
        ),
        (  # the left side names the officers apart from its protesters
            "Twelve protesters were arrested after clashes with officers outside the "
            "parliament building in Verna on Friday evening, police said.",
            "Police said three officers were hurt in clashes with protesters outside the "
            "parliament building in Verna on Friday evening.",
        ),
    ],
)
def test_counts_of_a_part_or_of_another_group_do_not_conflict(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "number"] == []


@pytest.mark.parametrize(
    ("noun", "people"),
    [
        ("passengers", True),
        ("fishermen", True),
        ("spelunkers", True),
        ("kayakers", True),  # WordNet lacks it: an agent noun
        ("children", False),  # an age
        ("women", False),  # a sex
        ("ponies", False),
        ("containers", False),
    ],
)
def test_nouns_of_people_by_their_part(noun: str, people: bool) -> None:
    assert counts_people(noun) is people


def test_a_bare_count_after_an_organisation_counts_its_members() -> None:
    assert group_before("the yacht, with a crew of ") == "crew"
    assert group_before("a herd of ") is None
