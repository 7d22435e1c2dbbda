"""Opposite verbs in a claim told in the active voice on one side and the passive on
the other (voice.py): found when the same parties fill the same roles, not when the
agent is another party."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import reported
from tui.engine.findings.contradiction.voice import passive_agent, same_roles_across_voice
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def roles(left: str, verb: str, right: str, other: str) -> bool:
    lw = sentence_words(Sentence(0, 0, len(left), left))
    rw = sentence_words(Sentence(1, 0, len(right), right))
    i = next(k for k, w in enumerate(lw) if w.text == verb)
    j = next(k for k, w in enumerate(rw) if w.text == other)
    return same_roles_across_voice(lw, i, rw, j)


def test_a_passive_agent_is_found_after_by_in_the_clause() -> None:
    text = "The new ferry timetable was attacked on Monday by island residents."
    words = sentence_words(Sentence(0, 0, len(text), text))
    at = next(k for k, w in enumerate(words) if w.text == "attacked")
    by = passive_agent(words, at)
    assert by is not None and words[by].text == "by"
    active = "Island residents attacked the new ferry timetable."
    words = sentence_words(Sentence(0, 0, len(active), active))
    verb = next(k for k, w in enumerate(words) if w.text == "attacked")
    assert passive_agent(words, verb) is None


def test_a_tone_flip_across_voices_conflicts() -> None:
    left = "Local fishermen applauded the decision to close the northern bay to trawlers."
    right = (
        "The ruling that shuts the northern bay to trawling boats was condemned by local fishermen."
    )
    assert reported(left, right) == [("opposite", "applauded", "condemned")]


def test_the_same_parties_in_their_roles_either_way_round() -> None:
    left = "The harbour board was praised by the shipping firms for the new berths."
    right = "Shipping firms criticised the harbour board over the new berths."
    assert roles(left, "praised", right, "criticised")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # another party's verdict: the agent is only related to the subject
        (
            "The mayor welcomed the plan to close the old market hall.",
            "The plan to close the old market hall was criticised by the mayor's rivals.",
        ),
        # another party altogether
        (
            "Farmers welcomed the plan to close the old market hall.",
            "The plan to close the old market hall was criticised by shopkeepers.",
        ),
        # both in the active voice: the neighbour test of slots.py, not this one
        (
            "Farmers welcomed the plan to close the old market hall.",
            "Farmers criticised the plan to close the old market hall.",
        ),
    ],
)
def test_other_parties_or_one_voice_are_not_the_same_roles(left: str, right: str) -> None:
    assert not roles(left, "welcomed", right, "criticised")


def test_another_agent_is_no_conflict() -> None:
    left = "Farmers welcomed the plan to close the old market hall on Sundays."
    right = "The plan to shut the old market hall on Sundays was criticised by shopkeepers."
    assert reported(left, right) == []


def test_a_passive_without_agent_names_the_active_object_as_its_subject() -> None:
    assert roles(
        "The Selby rail museum has opened a gallery devoted to signal boxes.",
        "opened",
        "A gallery of the Selby rail museum dedicated to signal boxes has been closed.",
        "closed",
    )


def test_a_passive_without_agent_that_names_the_doer_in_another_part_differs() -> None:
    assert not roles(
        "Ice forced the ferry to return to Hallin.",
        "forced",
        "The ferry was turned back because of ice near Hallin.",
        "turned",
    )


def test_an_adjective_after_be_is_no_passive() -> None:
    assert not roles(
        "The baker is carelessly spreading jam on a slice of rye bread.",
        "spreading",
        "A baker is spreading jam on a piece of bread which is big.",
        "big",
    )


def test_converse_verbs_in_a_passive_without_agent_may_name_the_other_party() -> None:
    left = "The Orla boatyard at Fenwick has been sold to Brightwater Marine for an unknown sum."
    right = "Halsey Yachts has bought Fenwick's Orla boatyard for a price that was not disclosed."
    assert not [r for r in reported(left, right) if r[0] == "opposite"]
