"""Negation read with what it governs: a verb of denial with its clause or its gerund
("denied that ...", "denied taking"), answered by the opposite verb of saying; a
"no" before a noun set against the count the other sentence gives it; a ruling out
set against the possibility the other sentence grants."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_no_against_a_count_points_at_the_count() -> None:
    left = "No ferries sailed from the northern harbour on Monday, the port authority said."
    right = "Four ferries sailed from the northern harbour on Monday, the port authority said."
    assert only(left, right, "negation") == ("No ferries", "Four ferries")


def test_none_of_against_a_count_of_the_same_group() -> None:
    left = "None of the 30 climbers caught in the avalanche were hurt, rescuers said."
    right = "Rescuers said some of the 30 climbers caught in the avalanche were hurt."
    assert only(left, right, "negation") == ("None of the 30 climbers", "some of the 30 climbers")


def test_a_denied_act_in_a_gerund() -> None:
    left = "The minister denied leaking the budget report to the press, his office said."
    right = "His office said the minister leaked the budget report to the press."
    assert only(left, right, "negation") == ("denied leaking", "leaked")


def test_a_clause_denied_and_admitted_in_other_words() -> None:
    left = "The hospital denied that nurses had ignored the fire alarm warnings."
    right = "The hospital admitted that warnings from the fire alarm went unheeded."
    assert only(left, right, "negation") == ("denied", "admitted")


def test_an_act_admitted_and_denied_points_at_the_two_verbs() -> None:
    left = "The van driver admitted speeding through the village on Sunday."
    right = "The van driver denied speeding through the village on Sunday."
    assert only(left, right, "negation") == ("admitted", "denied")


def test_a_denial_and_an_admission_of_two_things_agree() -> None:
    left = "The hospital denied that its night staff had ignored the fire alarm warnings."
    right = "The hospital admitted that its car park had been too small for visitors."
    assert conflicts(left, right) == []


def test_ruled_out_against_an_act_under_consideration() -> None:
    left = "The port authority has ruled out closing the northern terminal this winter."
    right = "The port authority is considering closing the northern terminal this winter."
    assert only(left, right, "negation") == ("has ruled out closing", "is considering")


def test_ruled_out_against_a_possibility_points_at_the_possibility() -> None:
    left = "The transport minister ruled out a rise in tram fares next year."
    right = "A rise in tram fares next year remains possible, the transport minister said."
    assert only(left, right, "negation")[1] == "possible"


def test_ruled_out_against_a_deliberation_in_the_past_agrees() -> None:
    left = "The port authority ruled out closing the northern terminal this winter."
    right = "The port authority considered closing the northern terminal this winter."
    assert conflicts(left, right) == []


def test_ruled_out_against_a_deliberation_still_going_on() -> None:
    left = "The port authority ruled out closing the northern terminal this winter."
    right = "Closing the northern terminal this winter is being considered by the port authority."
    assert only(left, right, "negation")[1] == "considered"


def test_a_count_both_sentences_hold_is_no_word_that_differs() -> None:
    left = "The old farm near the river kept two goats and no sheep last winter."
    right = "The old farm near the river kept two sheep last winter."
    assert only(left, right, "negation")[1] == "sheep"


def test_a_denied_report_agrees_with_the_opposite_asserted() -> None:
    left = "The ferry operator denied reports that the harbour would close for the winter."
    right = "The ferry operator said the harbour would stay open for the winter."
    assert conflicts(left, right) == []


def test_speculation_dismissed_agrees_with_the_opposite_asserted() -> None:
    left = "The striker's agent dismissed speculation that he would leave the club this summer."
    right = "The striker's agent said he would stay at the club this summer."
    assert conflicts(left, right) == []


def test_a_denied_report_against_its_claim_asserted() -> None:
    left = "The ferry company dismissed press reports that it would cut the winter sailings."
    right = "The ferry company said it would cut the winter sailings."
    assert only(left, right, "negation") == (
        "dismissed press reports that it would cut",
        "would cut",
    )


def test_a_denied_clause_against_a_confirmation_that_closes_the_sentence() -> None:
    left = (
        "The Harlow ferry company denied that one of its boats had run aground near the "
        "harbour on Sunday evening."
    )
    right = (
        "A boat ran onto a sandbank near the harbour on Sunday evening, the Harlow ferry "
        "company admitted."
    )
    assert only(left, right, "negation") == ("denied", "admitted")


def test_a_closing_verb_of_saying_that_grants_nothing_is_no_answer() -> None:
    left = (
        "The Harlow ferry company denied that one of its boats had run aground near the "
        "harbour on Sunday evening."
    )
    right = (
        "A boat ran onto a sandbank near the harbour on Sunday evening, the Harlow ferry "
        "company said."
    )
    assert conflicts(left, right) == []


def test_a_negation_ends_where_and_opens_a_clause_with_its_own_subject() -> None:
    left = (
        "A warehouse burned near the docks on Friday, though nobody was hurt and "
        "crews soon had the flames under control."
    )
    right = "Crews brought the flames under control at the warehouse near the docks on Friday."
    assert conflicts(left, right) == []


def test_the_negated_claim_before_such_an_and_still_conflicts() -> None:
    left = (
        "A warehouse burned near the docks on Friday, though nobody was hurt and crews soon came."
    )
    right = "Two dockers were hurt when a warehouse burned near the docks on Friday."
    assert only(left, right, "negation") == ("nobody was hurt", "Two dockers were hurt")
