"""Negation by paraphrase: the denied act said on the other side in other words that
WordNet or English morphology gives the same sense, a verb of "re-" and its verb with
"again", a light verb with the noun of its act and that noun's verb, a verb governing
an infinitive and its noun; and the pairs that stay unflagged (the same denial both
sides, another noun, a passive's agent, a verb of saying)."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_a_verb_of_re_against_its_verb_with_again() -> None:
    left = "The Tollard swimming baths will not reopen after the summer, the trust said."
    right = "The Tollard swimming baths will open again after the summer, the trust said."
    assert only(left, right, "negation") == ("will not reopen", "will open again")


def test_again_reaches_past_the_object_within_its_clause() -> None:
    left = "The parish will not rebuild the old tithe barn this year."
    right = "The parish will build the old tithe barn again this year."
    assert only(left, right, "negation") == (
        "will not rebuild",
        "will build the old tithe barn again",
    )


def test_again_in_another_clause_says_nothing_of_the_act() -> None:
    left = "The parish will not rebuild the old tithe barn this year."
    right = "The parish will build the old tithe barn, and again ask for grants this year."
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []


def test_a_light_verb_with_its_act_noun_against_the_nouns_verb() -> None:
    left = "The district council did not give its approval to the new ferry timetable."
    right = "The district council approved the new ferry timetable."
    assert only(left, right, "negation") == ("did not give its approval", "approved")


def test_reaching_an_agreement_is_agreeing() -> None:
    left = "The dockers' union has not reached an agreement with the port authority."
    right = "The dockers' union has agreed terms with the port authority."
    assert only(left, right, "negation") == ("has not reached an agreement", "has agreed")


def test_a_light_verb_with_a_noun_of_no_act_is_no_paraphrase() -> None:
    left = "The district council did not give money to the new ferry service."
    right = "The district council funded the new ferry service."
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []


def test_a_noun_of_saying_is_left_out() -> None:
    left = "The harbour master did not make a statement on the ferry timetable."
    right = "The harbour master stated that the ferry timetable would change."
    assert conflicts(left, right) == []


def test_the_agent_of_a_passive_is_not_the_denied_act() -> None:
    left = "The boathouse was not destroyed by the explosion on Friday."
    right = "The boathouse exploded on Friday."
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []


def test_both_sides_denying_in_other_words_agree() -> None:
    left = "The district council did not give its approval to the new ferry timetable."
    right = "The district council has not approved the new ferry timetable."
    assert conflicts(left, right) == []


def test_a_governing_verb_said_in_its_noun() -> None:
    left = "The owner said she had no intention of selling the Ravelston lighthouse."
    right = "The owner said she intended to sell the Ravelston lighthouse."
    assert only(left, right, "negation") == ("had no intention of selling", "intended to sell")


def test_a_governing_verb_said_nowhere_else_asserts_nothing() -> None:
    left = "The owner said she had no intention of selling the Ravelston lighthouse."
    right = "The owner said she hoped to sell the Ravelston lighthouse."
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []


def test_a_verb_of_re_with_senses_of_its_own_is_no_verb_done_again() -> None:
    left = "The harbour master did not resign after the inquiry into the ferry collision."
    right = "The harbour master signed the report again after the inquiry into the ferry collision."
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []
