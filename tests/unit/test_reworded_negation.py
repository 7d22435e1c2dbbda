"""Negation in a reworded report: the denied claim said with a synonym, a claim whose
own clause agrees though the rest of the two sentences differs, an intent denied in
the future, and a denied ability."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_a_synonym_of_the_denied_verb_in_an_agreeing_clause() -> None:
    left = "The club did not select the young striker for the cup final."
    right = "The young striker was chosen for the cup final by the club."
    assert only(left, right, "negation") == ("did not select", "was chosen")


def test_a_synonym_with_other_arguments_is_no_conflict() -> None:
    left = "The board did not select a new chairman at its spring meeting."
    right = "At its spring meeting the board chose a new company logo."
    assert conflicts(left, right) == []


def test_a_verb_of_saying_is_no_synonym_of_the_denied_verb() -> None:
    left = "Doctors said the patient could not tell colours apart after the stroke."
    right = "Doctors stated that the patient lost colour vision after the stroke."
    assert conflicts(left, right) == []


def test_the_claims_own_clause_agrees_where_the_rest_differs() -> None:
    left = (
        "Speaking to reporters after a long council session on Thursday evening, "
        "the superintendent said Reyes will not be transferred out of the district."
    )
    right = "At her own request, Reyes will be transferred out of the district."
    assert only(left, right, "negation") == ("will not be transferred", "be transferred")


def test_a_cue_in_another_clause_denies_nothing_here() -> None:
    left = "The regulator denied any wrongdoing, and its lawyers said they would appeal the fine."
    right = "Lawyers for the regulator said they would appeal the fine on Monday."
    assert conflicts(left, right) == []


def test_an_intended_act_denied_in_the_future() -> None:
    left = "The company plans to close its plant in Leeds next spring."
    right = "The company will not close its plant in Leeds next spring, a spokesman said."
    assert only(left, right, "negation") == ("close", "will not close")


def test_an_intended_act_denied_in_the_past_is_another_time() -> None:
    left = "The company plans to close its plant in Leeds."
    right = "The company did not close its plant in Leeds."
    assert conflicts(left, right) == []


def test_a_denied_ability_denies_the_act() -> None:
    left = "Officials could not confirm the death toll on Sunday."
    right = "Officials confirmed the death toll on Sunday."
    assert only(left, right, "negation") == ("could not confirm", "confirmed")


def test_an_affirmed_ability_against_a_denied_act_is_no_conflict() -> None:
    left = "Officials could confirm the death toll on Sunday."
    right = "Officials did not confirm the death toll on Sunday."
    assert conflicts(left, right) == []


def test_a_denied_degree_is_no_denial_of_the_reworded_act() -> None:
    left = "The driver was not badly hurt in the crash."
    right = "The driver suffered slight injuries in the crash."
    assert conflicts(left, right) == []


def test_a_denied_future_points_at_the_affirmed_future() -> None:
    left = "Analysts say the ruling party is not going to win the runoff."
    right = "Analysts say the ruling party is going to win the runoff."
    assert only(left, right, "negation") == ("is not going to win", "is going to win")


def test_a_two_word_predicate_that_means_the_denied_verb() -> None:
    left = "Bus fares won't rise in January, the transport authority said."
    right = "Bus fares will go up in January, the transport authority said."
    assert only(left, right, "negation") == ("won't rise", "will go up")


def test_a_two_word_predicate_with_other_arguments_is_no_conflict() -> None:
    left = "Bus fares won't rise in January, the transport authority said."
    right = "The new depot will go up in January, the transport authority said."
    assert conflicts(left, right) == []


def test_a_refused_permission_against_the_permission_given() -> None:
    left = "The council was denied permission to build a school on the old park."
    right = "The council was allowed to build a school on the old park."
    assert only(left, right, "negation") == (
        "was denied permission to build",
        "was allowed to build",
    )


def test_a_refused_permission_points_at_the_verb_that_permits() -> None:
    left = "The airport allowed the cargo plane Kestrel One to land on Sunday night."
    right = "The cargo plane Kestrel One was refused permission to land on Sunday night."
    found = only(left, right, "negation")
    assert found == (
        "allowed the cargo plane Kestrel One to land",
        "was refused permission to land",
    )


def test_a_refused_permission_is_no_denial_of_anothers_agreed_act() -> None:
    left = "The museum refused permission to photograph the paintings, the curator said."
    right = "The museum agreed to photograph the paintings, the curator said."
    assert conflicts(left, right) == []


def test_a_denial_against_a_confirmation_points_at_the_two_verbs() -> None:
    left = "The railway denied that the night train had been cancelled for the winter."
    right = "The railway confirmed that the night train had been cancelled for the winter."
    assert only(left, right, "negation") == ("denied", "confirmed")


def test_a_negator_keeps_the_claim_as_its_span() -> None:
    left = "The night train never stops at Brill on Sundays, the railway said."
    right = "The night train always stops at Brill on Sundays, the railway said."
    assert only(left, right, "negation") == ("never stops", "always stops")


def test_a_denied_phrasal_verb_against_its_one_word_synonym() -> None:
    left = "The rowing club did not call off the regatta on the lake on Sunday."
    right = "The rowing club cancelled the regatta on the lake on Sunday."
    assert only(left, right, "negation") == ("did not call off", "cancelled")


def test_a_denied_phrasal_verb_is_read_whole_not_as_its_first_word() -> None:
    left = "The nurses said they will not take part in the protest outside the hospital."
    right = "The nurses said they will participate in the protest outside the hospital."
    assert only(left, right, "negation") == ("will not take part", "will participate")
