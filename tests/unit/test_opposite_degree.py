"""Opposites of degree, amount and distance (opposite_degree.py): a short run of an
otherwise identical sentence moved to the other end of a scale is an opposite, with
the words of each side's run; a neutral phrase, a negated pole, the same pole in
other words, a number or a wider change is not."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import found


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # inside one quotation quoted on both sides: a changed quote
        ('"We are very close to a deal that works for both sides," the minister said.',
         '"We are very far from a deal that works for both sides," the minister said.',
         ("quote", "close to", "far from")),
        ('"We made a lot of progress," the spokesman said.',
         '"We made very little progress," the spokesman said.',
         ("quote", "a lot of", "very little")),
        ("Most residents of the town support the new bridge, the survey found.",
         "Few residents of the town support the new bridge, the survey found.",
         ("opposite", "Most", "Few")),
        ("The rebels now hold positions next to the airport, officials said.",
         "The rebels now hold positions far away from the airport, officials said.",
         ("opposite", "next to", "far away from")),
        # a word swapped for a synonym elsewhere: the same claim reworded
        ("Most residents of the town back the new bridge, the survey found.",
         "Few residents of the town support the new bridge, the survey found.",
         ("opposite", "Most", "Few")),
        ("Lots of voters in the district turned out for the mayor on Sunday.",
         "Very few voters in the district turned out for the mayor on Sunday.",
         ("opposite", "Lots of", "Very few")),
    ],
)  # fmt: skip
def test_two_ends_of_a_scale_in_one_frame_are_opposites(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert found(left, right) == [expected]


def test_a_quotation_reworded_at_two_places_gives_a_changed_quote_for_each() -> None:
    left = '"We made a lot of progress and we are close to a deal," the minister said.'
    right = '"We made very little progress and we are far from a deal," the minister said.'
    assert found(left, right) == [
        ("quote", "a lot of", "very little"),
        ("quote", "close to", "far from"),
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # "a little" is "some", not "little"
        ('"We made a lot of progress," the spokesman said.',
         '"We made a little progress," the spokesman said.'),
        # a negated pole agrees with the other
        ("The two sides are not close to a deal on the border, he said.",
         "The two sides are far from a deal on the border, he said."),
        # one pole in other words
        ("The hotel stands close to the beach and the old harbour.",
         "The hotel stands near the beach and the old harbour."),
        # a comparison is no end of the scale of amount
        ("More residents of the town support the new bridge, the survey found.",
         "Few residents of the town support the new bridge, the survey found."),
        # the rest of the run is a content word: another claim
        ("The hotel is close to the beach, the owner said on Friday.",
         "The hotel is far from the station, the owner said on Friday."),
        # another word changed beside the pole: maybe another claim
        ('"We made a lot of progress on the budget," he said on Monday.',
         '"We made very little progress on the border," he said on Monday.'),
        # two different sentences
        ("Most residents support the new bridge, a survey found.",
         "Few lawmakers want to pay for a tunnel under the river."),
    ],
)  # fmt: skip
def test_no_opposite_of_degree_without_two_poles_of_one_claim(left: str, right: str) -> None:
    assert [t for t in found(left, right) if t[0] == "opposite"] == []
