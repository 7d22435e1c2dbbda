"""Denials in other words (other_negatives.py): two sides that both deny a claim, one by
a cue and the other in other words, are no negation conflict; a claim and its denial
still are, and so is a word a prefix denies, which is read as part of the claim."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import conflicts


def types(left: str, right: str) -> list[str]:
    found = conflicts(left, right)
    return [c.type for c in found]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # "neither ... nor" / "not", of the same people
        ("Police did not release the names of the two drivers on Monday.",
         "Neither police nor the hospital would release the names of the two drivers."),
        # "against" / "not to"
        ("Two larger rivals decided against bidding for the ferry line, the sources said.",
         "Two larger rivals decided not to bid for the ferry line, sources said."),
        # "neither ... nor" / "not" said of the same two
        ('The coach said that "neither I nor my players are worried about the table."',
         "The coach said he and his players are not worried about the table."),
        # a denied word / its opposite affirmed
        ('"The vote was an easy one," the chairwoman said.',
         '"The vote was not difficult," the chairwoman said.'),
    ],
)  # fmt: skip
def test_two_denials_are_no_conflict(left: str, right: str) -> None:
    assert not {"negation", "quote"} & set(types(left, right))


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        ("The council said no decisions had been made about the depot.",
         "The council said decisions had been made about the depot.", "negation"),
        # a double denial affirms: "had not failed to answer" is "answered"
        ("The minister complained that the board had failed to answer his letters.",
         "The minister complained that the board had not failed to answer his letters.",
         "negation"),
        # a denial of another clause is not this claim's
        ("The firm would not cut jobs but would raise prices, it said.",
         "The firm would not cut jobs and would not raise prices, it said.", "negation"),
        # a word a prefix denies is part of the claim, not a second denial
        ("The rules say such files should be declassified and become uncensored.",
         "The rules say such files should not be declassified and become uncensored.",
         "negation"),
        # "never" against "always": the denial itself is the conflict
        ('"We have always backed the new bridge," the mayor said.',
         '"We have never backed the new bridge," the mayor said.', "quote"),
    ],
)  # fmt: skip
def test_a_claim_and_its_denial_stay_a_conflict(left: str, right: str, kind: str) -> None:
    assert kind in types(left, right)
