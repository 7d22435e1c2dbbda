"""opposite_magnitude.py: one thing of great size, extent or gravity on one side and of
little on the other."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_two_adjectives_of_different_clusters_before_the_same_noun() -> None:
    left = "Divers found a small crack in the hull of the ferry Astrid at Kellby on Monday."
    right = "A serious crack in the Astrid's hull was found by divers at Kellby on Monday."
    assert only(left, right, "opposite") == ("small", "serious")


def test_a_predicative_adjective_measures_the_subject() -> None:
    left = '"The flooding in the lower town is severe," the mayor of Tarlow said on Sunday.'
    right = 'On Sunday the mayor of Tarlow said the flooding in the lower town was "minor".'
    assert only(left, right, "opposite") == ("severe", "minor")


def test_two_adverbs_before_the_same_participle() -> None:
    left = "Three climbers were slightly hurt when a ledge gave way on Mount Orrin."
    right = "When a ledge gave way on Mount Orrin, three climbers were badly hurt."
    assert only(left, right, "opposite") == ("slightly", "badly")


def test_two_words_measuring_different_things_agree() -> None:
    left = "Inspectors found minor faults in the wiring of the Kellby school on Monday."
    right = "On Monday inspectors found serious damp in the walls of the Kellby school."
    assert conflicts(left, right) == []


def test_a_sentence_holding_both_poles_is_left_alone() -> None:
    left = "One driver was seriously injured and two were slightly hurt in the crash at Kellby."
    right = "Two drivers were slightly hurt in the crash at Kellby."
    assert conflicts(left, right) == []


def test_a_negated_pole_agrees_with_the_other() -> None:
    left = "The damage to the chapel roof was not serious, the warden said."
    right = "The warden said the damage to the chapel roof was minor."
    assert conflicts(left, right) == []
