"""What a negation flag points at and two readings that say one fact: a thing "no"
denies is pointed at with its verb; a pronoun object's qualifiers are no claim; "no
longer" agrees with a verb of ending."""

from __future__ import annotations

from tests.sentence_conflicts import reported


def _spans(left: str, right: str) -> list[tuple[str, str]]:
    return [(found[1], found[2]) for found in reported(left, right) if found[0] == "negation"]


def test_an_object_denied_by_no_is_pointed_at_with_its_verb_on_both_sides() -> None:
    left = "Surveyors found no cracks in the Harwell dam after the flood, the board said."
    right = "Cracks in the Harwell dam were found by surveyors after the flood, the board said."
    assert _spans(left, right) == [("no cracks", "Cracks in the Harwell dam were found")]


def test_a_subject_denied_by_no_is_pointed_at_with_its_verb() -> None:
    left = "No tenant has yet been chosen for the old Corn Exchange on Bridge Street."
    right = "The council has chosen a tenant for the old Corn Exchange on Bridge Street."
    assert _spans(left, right) == [("No tenant has yet been chosen", "has chosen a tenant")]


def test_the_noun_alone_stays_the_span_where_the_verbs_differ() -> None:
    left = "Volunteers saw no otters on the Wendle river during Sunday's count."
    right = "Otters were counted on the Wendle river by volunteers during Sunday's count."
    assert _spans(left, right) in ([], [("no otters", "Otters")])


def test_the_words_after_a_pronoun_object_do_not_make_its_claim() -> None:
    left = "Auditors found nothing inside the safe at the Greyfield branch."
    right = "The safe at the Greyfield branch was empty, auditors said."
    assert _spans(left, right) == []


def test_a_word_right_after_a_pronoun_object_is_still_its_claim() -> None:
    left = "Auditors found nothing unusual in the Greyfield branch's accounts."
    right = "Auditors found something unusual in the Greyfield branch's accounts."
    assert _spans(left, right) == [("nothing unusual", "unusual")]


def test_a_pronoun_subject_keeps_its_verb_as_the_claim() -> None:
    left = "The ferry company said nobody was hurt when the ramp gave way."
    right = "The ferry company said two people were hurt when the ramp gave way."
    assert _spans(left, right) == [("nobody was hurt", "two people were hurt")]


def test_no_longer_agrees_with_a_verb_of_ending_and_its_gerund() -> None:
    left = "The Elm Street bakery no longer sells bread on Sundays."
    assert _spans(left, "The Elm Street bakery has stopped selling bread on Sundays.") == []
    assert _spans(left, "The Elm Street bakery ceased selling bread on Sundays.") == []


def test_no_longer_still_conflicts_with_the_act_going_on() -> None:
    left = "The Elm Street bakery no longer sells bread on Sundays."
    right = "The Elm Street bakery still sells bread on Sundays."
    assert _spans(left, right) == [("no longer sells", "still sells")]


def test_a_negated_verb_of_ending_still_conflicts_with_it() -> None:
    left = "The Elm Street bakery did not stop selling bread on Sundays."
    right = "The Elm Street bakery stopped selling bread on Sundays."
    assert _spans(left, right) == [("did not stop", "stopped")]


def test_a_named_subject_before_its_verb_keeps_two_holders_apart() -> None:
    left = "The warden said her deputy, Ruth Ames, faced no complaints after the inquiry."
    right = "The warden said only Colin Reed faced complaints after the inquiry."
    assert _spans(left, right) == []
