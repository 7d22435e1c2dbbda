"""failed_acts.py: an act one sentence says somebody failed to do and the other says was
done in other words."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_a_failure_against_a_verb_of_accomplishment_on_the_same_object() -> None:
    left = "The contractor failed to hold the annual safety audit at the Halden depot in March."
    right = "In March the contractor completed the annual safety audit at the Halden depot."
    assert only(left, right, "negation") == ("failed to hold", "completed")


def test_a_synonym_of_the_object_ties_the_two_verbs() -> None:
    left = "The Orvik food bank appeal achieved its goal of 40 tonnes of food by Christmas."
    right = "By Christmas the Orvik food bank appeal had failed to collect its target of 40 tonnes."
    assert only(left, right, "negation") == ("achieved", "failed to collect")


def test_an_accomplishment_of_something_else_agrees() -> None:
    left = "The contractor failed to hold the annual safety audit at the Halden depot in March."
    right = "In March the contractor completed the new fence at the Halden depot."
    assert conflicts(left, right) == []


def test_an_infinitive_of_accomplishment_asserts_nothing() -> None:
    left = "The contractor failed to finish the repairs to the Halden viaduct before winter."
    right = "The contractor hoped to complete the repairs to the Halden viaduct before winter."
    assert conflicts(left, right) == []
