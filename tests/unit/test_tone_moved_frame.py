"""Tone opposites where a rewrite moved the words around the slot: found when the
rest of the two sentences says the same in other words, not otherwise (findings at
the default minimum score, as a reviewer sees them)."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import reported


def test_words_of_opposite_tone_in_a_moved_frame_conflict() -> None:
    left = "Visitors described the new harbour bridge as elegant."
    right = "The new harbour bridge was called ugly by visitors."
    assert reported(left, right) == [("opposite", "elegant", "ugly")]


def test_a_noun_reworded_as_its_kind_keeps_the_frame() -> None:
    left = "Union leaders criticised the ruling."
    right = "Union leaders welcomed the decision."
    assert reported(left, right) == [("opposite", "criticised", "welcomed")]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # said of different things
        ("Visitors praised the new harbour plan.", "Visitors condemned the attack on the harbour."),
        # more than one word a side left over: the sentences say different things
        (
            "Visitors described the new harbour bridge as elegant on its opening day.",
            "The old harbour wall was called ugly by visitors from the city.",
        ),
    ],
)
def test_words_of_opposite_tone_outside_one_frame_do_not_conflict(left: str, right: str) -> None:
    assert [kind for kind, *_ in reported(left, right)] == []


def test_call_for_is_still_a_plan() -> None:
    assert (
        reported("The council raised taxes on fuel.", "The council called for lower taxes on fuel.")
        == []
    )
    assert reported("The council raised taxes on fuel.", "The council lowered taxes on fuel.") != []


def test_one_fact_told_from_each_side_is_no_conflict() -> None:
    """Opposite words given to opposite parties: the same fact, not a contradiction."""
    assert (
        reported(
            "The ferry operator lost the harbour licence to a local cooperative.",
            "A local cooperative won the harbour licence ahead of the ferry operator.",
        )
        == []
    )


def test_a_passive_keeps_its_agent_after_the_verb() -> None:
    assert reported(
        "Fans adored the new stadium design.", "The new stadium design was loathed by fans."
    ) == [("opposite", "adored", "loathed")]
