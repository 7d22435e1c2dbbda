"""opposite_contest.py: the same named party the winner on one side and the loser on the
other."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def test_the_same_party_won_and_lost() -> None:
    left = "Tarvik Athletic won their league match against Orrin on Sunday in front of 9,000 fans."
    right = "In Sunday's round of the league, Tarvik Athletic lost to Orrin before 9,000 fans."
    assert only(left, right, "opposite") == ("won", "lost")


def test_a_transitive_verb_of_winning_against_a_loss_to_the_same_party() -> None:
    left = "The senator, Maria Okafor, defeated her rival Tom Vell in Tuesday's primary in Dunmore."
    right = "In Tuesday's Dunmore primary, Senator Maria Okafor lost to Tom Vell."
    assert only(left, right, "opposite") == ("defeated", "lost")


def test_the_same_result_told_from_the_other_party_agrees() -> None:
    left = "Jonas Eklund lost to the Norwegian champion Sven Dahl in the semi-final in Bergen."
    right = "The Norwegian champion Sven Dahl beat Jonas Eklund in the Bergen semi-final."
    assert conflicts(left, right) == []


def test_a_passive_gives_its_subject_the_other_outcome() -> None:
    left = "Jonas Eklund was beaten by Sven Dahl in the semi-final in Bergen on Friday."
    right = "Sven Dahl lost to Jonas Eklund in Friday's semi-final in Bergen."
    assert only(left, right, "opposite") == ("beaten", "lost")


def test_a_prize_won_is_no_party() -> None:
    left = "Sven Dahl won the Bergen Open on Friday, beating a former champion in the final."
    right = "A former champion lost to Sven Dahl in Friday's final of the Bergen Open."
    assert conflicts(left, right) == []


def test_a_noun_of_the_contest_is_no_verb() -> None:
    left = '"The team played well," Orrin manager Ida Holm said after the defeat on Sunday.'
    right = 'After Sunday\'s win, Orrin manager Ida Holm said: "The team played well."'
    assert [c for c in conflicts(left, right) if c.type == "opposite"] == []


def test_a_passive_past_an_adverb() -> None:
    left = "The mayor, Ida Holm, was narrowly defeated by Sven Dahl in the Bergen election."
    right = "In the Bergen election the mayor, Ida Holm, was beaten by Sven Dahl."
    assert conflicts(left, right) == []


def test_a_progressive_is_no_passive() -> None:
    left = "Officials in Orrin said the Greens were losing their lead in the polls."
    right = "Officials in Orrin said the Greens feared losing their lead in the polls."
    assert conflicts(left, right) == []


def test_a_verb_of_winning_against_a_noun_of_defeat_for_the_same_party() -> None:
    left = "The Harlow rowing eight won the Kessel head race on Saturday morning."
    right = "Saturday morning's Kessel head race ended in defeat for the Harlow rowing eight."
    assert only(left, right, "opposite") == ("won", "defeat")


def test_a_noun_of_victory_for_the_winner_agrees() -> None:
    left = "Oskar Lind beat Pavel Rusek in the final of the Tarn chess open on Sunday."
    right = "The final of the Tarn chess open on Sunday ended in victory for Oskar Lind."
    assert conflicts(left, right) == []


def test_a_noun_of_defeat_for_the_other_party_agrees() -> None:
    left = "Oskar Lind won the final of the Tarn chess open on Sunday."
    right = "The final of the Tarn chess open on Sunday ended in defeat for Pavel Rusek."
    assert conflicts(left, right) == []


def test_the_other_party_after_a_prize_and_its_preposition() -> None:
    left = "Ada Lenz won the final of the regional sheepdog trials against Rhys Owen at Brecon."
    right = "At Brecon, Ada Lenz lost to Rhys Owen in the final of the regional sheepdog trials."
    assert only(left, right, "opposite") == ("won", "lost")


def test_one_outcome_told_from_each_party_in_another_voice_agrees() -> None:
    left = "The Marlow rowing club won against Henley in the spring regatta final."
    right = "Henley were defeated by the Marlow rowing club in the spring regatta final."
    assert conflicts(left, right) == []
