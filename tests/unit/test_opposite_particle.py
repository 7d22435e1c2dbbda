"""opposite_particle.py: two-word verbs whose particles point opposite ways in one slot
of one claim, and the verbs it leaves alone (one verb with two particles, verbs that
share a sense, a negated verb, verbs in different slots)."""

from __future__ import annotations

from tests.sentence_conflicts import reported, sentence_pair
from tui.engine.findings.contradiction.opposite_particle import (
    particle_opposites,
    particle_verbs,
)


def _opposed(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in particle_opposites(sentence_pair(left, right))
    ]


def test_up_against_back_in_one_slot() -> None:
    left = "The harbour board stepped up checks on fishing boats in the Narrow Sound this month."
    right = "The harbour board scaled back checks on fishing boats in the Narrow Sound this month."
    assert _opposed(left, right) == [("stepped up", "scaled back")]


def test_a_verb_of_one_particle_of_the_family_takes_the_others() -> None:
    table = particle_verbs()
    assert ("scale", "up") in table and ("scale", "back") in table
    assert ("take", "on") in table and ("lay", "off") in table


def test_on_against_off_told_in_the_passive_with_its_agent() -> None:
    left = "The Dorrin glassworks has taken on eight trainees to work its furnace."
    right = "Eight trainees have been laid off by the glassworks at Dorrin, which runs a furnace."
    assert ("opposite", "taken on", "laid off") in reported(left, right)


def test_one_verb_with_two_particles_is_left_alone() -> None:
    left = "The drama society wound up its winter season with a gala in the town hall."
    right = "The drama society wound down its winter season with a gala in the town hall."
    assert _opposed(left, right) == []


def test_a_negated_verb_is_left_alone() -> None:
    left = "The harbour board did not step up checks on fishing boats in the Narrow Sound."
    right = "The harbour board scaled back checks on fishing boats in the Narrow Sound."
    assert _opposed(left, right) == []


def test_verbs_in_different_slots_are_left_alone() -> None:
    left = "Fog closed in over the estuary as the rowing crews set off from Harle quay."
    right = "The rowing crews set off from Harle quay before the fog rolled out to sea."
    assert _opposed(left, right) == []


def test_a_plural_noun_after_a_count_is_no_verb_of_the_lexicon() -> None:
    left = "The Ashby brewery laid off nine staff after a fall in pub orders."
    right = "Nine jobs were cut at the brewery in Ashby after pub orders fell."
    assert not [r for r in reported(left, right) if r[0] == "opposite"]
