"""Negative implicatives without a negation word ("prevented the fire from spreading",
"avoided paying"), negations that set a time rather than deny an act ("not until
noon", "not before two"), headlines whose capitals name nobody, and passives whose
participle is their base form ("will be shut")."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.clause_frame import passive
from tui.engine.findings.contradiction.implicatives import (
    denies_a_time,
    limited,
    limited_later,
    prevention_length,
)
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> tuple:  # type: ignore[type-arg]
    return sentence_words(Sentence(0, 0, len(text), text))


def test_a_prevention_cue_runs_from_the_verb_to_from() -> None:
    words = _words("Firefighters prevented the blaze from spreading to the yard.")
    assert prevention_length(words, 1) == 4  # "prevented the blaze from"


def test_a_prevention_needs_a_gerund_after_from() -> None:
    words = _words("The storm stopped the ferry from Oban on Tuesday.")
    assert prevention_length(words, 2) == 0


def test_a_prevention_conflicts_with_the_act_done() -> None:
    left = "Firefighters prevented the blaze from spreading to the sawmill next door."
    right = "The blaze spread to the sawmill next door, firefighters said."
    assert only(left, right, "negation") == ("prevented the blaze from spreading", "spread")


def test_a_passive_prevention_conflicts_with_the_act_done() -> None:
    left = "The protesters were stopped from entering the parliament building on Monday."
    right = "The protesters entered the parliament building on Monday."
    assert only(left, right, "negation")[0] == "were stopped from entering"


def test_avoiding_an_act_conflicts_with_doing_it() -> None:
    left = "The shipping firm avoided paying the harbour fine imposed in March."
    right = "The shipping firm paid the harbour fine imposed in March."
    assert only(left, right, "negation") == ("avoided paying", "paid")


def test_a_prevention_agrees_with_a_denial() -> None:
    left = "Firefighters prevented the blaze from spreading to the sawmill."
    right = "The blaze did not spread to the sawmill, firefighters said."
    assert conflicts(left, right) == []


def test_not_until_asserts_the_act_later() -> None:
    left = "Police did not reach the farm until three hours after the call, neighbours said."
    right = "Police reached the farm three hours after the call, neighbours said."
    assert conflicts(left, right) == []


def test_not_before_a_count_denies_no_count() -> None:
    left = "Three climbers reached the summit on Friday before the storm broke."
    right = "The storm broke on Friday, but not before three climbers had reached the summit."
    assert conflicts(left, right) == []


def test_a_time_limit_is_read_after_the_cue_or_at_the_end_of_its_scope() -> None:
    words = _words("The pool will not reopen until March.")
    assert limited_later(words, 5)  # the scope "not reopen" stops at "until"
    assert not limited_later(words, 4)
    assert limited(words, 4)
    assert denies_a_time(_words("But not before two men escaped."), 2)
    assert not denies_a_time(words, 4)


def test_not_until_conflicts_with_lasting_until() -> None:
    left = "Cowan will not hold the seat until an election in June."
    right = "Cowan will hold the seat until an election in June."
    assert only(left, right, "negation") == ("will not hold", "will hold")


def test_a_negator_cancels_a_verb_of_avoidance() -> None:
    left = "The council has not avoided raising the issue with the ministry."
    right = "The council raised the issue with the ministry."
    assert conflicts(left, right) == []


def test_a_negation_without_a_time_limit_still_conflicts() -> None:
    left = "The pool will not reopen in March, the council said."
    right = "The pool will reopen in March, the council said."
    assert only(left, right, "negation") == ("will not reopen", "will reopen")


def test_capitals_of_a_headline_name_nobody() -> None:
    left = "Harlow Well Water Not Contaminated, Tests Show"
    right = "Tests showed that the well water in Harlow was contaminated with nitrates."
    assert only(left, right, "negation") == ("Not Contaminated", "was contaminated")


def test_a_headline_still_names_different_holders() -> None:
    left = "Harbour Master Hallam Will Not Resign Over Report"
    right = "The harbour master, Dorrit, will resign over the report."
    assert conflicts(left, right) == []


def test_a_participle_like_its_base_is_passive() -> None:
    assert passive(_words("The school will be shut next summer."), 4)
    assert passive(_words("Fares were cut in May."), 2)
    assert not passive(_words("They shut the school."), 1)


def test_a_ruling_out_conflicts_with_a_passive_in_other_words() -> None:
    left = "The education board has ruled out closing the village school at Emsby."
    right = "The village school at Emsby will be shut by the education board next summer."
    assert only(left, right, "negation") == ("has ruled out closing", "be shut")


def test_neglecting_to_act_conflicts_with_the_act_done() -> None:
    left = "The inspectors neglected to check the brakes on the cable car before it reopened."
    right = "The inspectors checked the brakes on the cable car before it reopened."
    assert only(left, right, "negation") == ("neglected to check", "checked")


def test_not_forgetting_to_act_denies_nothing() -> None:
    left = "The caretaker did not forget to lock the gates of the cemetery."
    right = "The caretaker locked the gates of the cemetery."
    assert conflicts(left, right) == []
