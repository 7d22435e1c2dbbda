"""A clause a speaker denies with a verb of asserting and a negator, granted on the
other side with a verb of conceding, however the two clauses word the act
(reported_denials.py)."""

from __future__ import annotations

from tests.unit.test_contradictions import LEFT_OFFSET, RIGHT_OFFSET, conflicts, only, quotes
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.reported_denials import (
    asserting,
    conceding_verbs,
    reported_denials,
)
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.segment import Sentence


def proposed(left: str, right: str) -> list[tuple[str, str]]:
    """What this detector alone proposes for the two sentences, as their words."""
    pair = SentencePair(
        Sentence(3, LEFT_OFFSET, LEFT_OFFSET + len(left), left),
        Sentence(5, RIGHT_OFFSET, RIGHT_OFFSET + len(right), right),
    )
    return [quotes(c, left, right) for c in reported_denials(pair)]


def test_an_insisted_denial_against_an_admission_in_other_words() -> None:
    left = "The ferry operator insisted it had not skipped any safety checks before the crossing."
    right = "The ferry operator admitted it had left out two safety checks before the crossing."
    assert only(left, right, "negation") == ("insisted it had not", "admitted")


def test_a_denial_said_of_a_named_subject_against_an_acknowledgement() -> None:
    left = (
        "The museum's director, Ines Varga, said the museum had not been warned by the"
        " insurers about the leaking roof."
    )
    right = (
        "Staff had complained for months, and the director, Ines Varga, acknowledged that"
        " the insurers had told the museum about the leaking roof."
    )
    assert only(left, right, "negation") == ("said the museum had not", "acknowledged")


def test_the_admission_may_stand_on_the_left() -> None:
    left = "The ferry operator admitted it had left out two safety checks before the crossing."
    right = "The ferry operator insisted it had not skipped any safety checks before the crossing."
    assert proposed(left, right) == [("admitted", "insisted it had not")]


def test_clauses_that_share_too_little_are_two_claims() -> None:
    left = "Police said the driver had not been charged."
    right = "Police confirmed that the driver had been questioned at the scene."
    assert proposed(left, right) == []


def test_two_speakers_may_say_opposite_things() -> None:
    left = "The harbour master said the tanker had not lost any fuel in the collision."
    right = "An environmental group confirmed that the tanker had lost fuel in the collision."
    assert proposed(left, right) == []


def test_a_negator_no_verb_of_saying_reports_is_left_to_the_negation_detector() -> None:
    left = "The tanker had not lost any fuel in the collision, the harbour master said."
    right = "The harbour master confirmed that the tanker had lost fuel in the collision."
    assert proposed(left, right) == []


def test_a_denial_inside_a_quotation_is_left_to_the_quote_detector() -> None:
    left = 'The harbour master said: "We insist the tanker has not lost fuel in the collision."'
    right = "The harbour master confirmed that the tanker had lost fuel in the collision."
    assert proposed(left, right) == []


def test_a_denial_of_a_thing_is_no_denied_act() -> None:
    left = "The operator said there were no faults in the safety checks before the crossing."
    right = "The operator admitted there were faults in the safety checks before the crossing."
    assert proposed(left, right) == []


def test_the_verbs_come_from_wordnet() -> None:
    assert all(asserting(lemma_key(v)) for v in ("said", "insisted", "maintained", "stated"))
    assert not asserting(lemma_key("hoped"))
    assert {lemma_key("admitted"), lemma_key("acknowledged")} <= conceding_verbs()
    assert lemma_key("approved") not in conceding_verbs()  # an antonym of "deny", no saying


def test_both_sentences_agreeing_is_no_conflict() -> None:
    left = "The ferry operator insisted it had not skipped any safety checks before the crossing."
    right = "The ferry operator denied that it had left out safety checks before the crossing."
    assert conflicts(left, right) == []


def test_an_act_a_party_is_ready_to_do_against_its_future_denial() -> None:
    """negation.py's INTENTS: "ready to" and "willing to" put the act ahead as "plans to"
    does, so a future negation of it denies it."""
    left = "The port authority said it would not reopen talks with the pilots' union."
    right = "The port authority said it was ready to reopen talks with the pilots' union."
    assert only(left, right, "negation") == ("would not reopen", "reopen")


def test_readiness_against_a_past_denial_speaks_of_another_time() -> None:
    left = "The port authority did not reopen talks with the pilots' union."
    right = "The port authority said it was willing to reopen talks with the pilots' union."
    assert conflicts(left, right) == []


def test_a_cue_whose_act_the_negation_detector_pairs_gives_one_finding() -> None:
    left = "The contractor told the council he had never inspected the bridge himself."
    right = "The contractor acknowledged that he had inspected the bridge himself."
    assert proposed(left, right) == []
    assert only(left, right, "negation") == ("had never inspected", "had inspected")
