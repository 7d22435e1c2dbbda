"""Swaps of a name no lexicon knows against a known place or body in one role of a
reworded claim (entity_slots.py), and roles whose words are one a kind of the other."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.entity_roles import same_role
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> tuple[Word, ...]:
    return sentence_words(Sentence(0, 0, len(text), text))


def _index(words: tuple[Word, ...], name: str) -> tuple[int, int]:
    k = next(k for k, w in enumerate(words) if w.text == name)
    return k, k


def test_a_verb_that_names_a_kind_of_the_other_verb_keeps_the_role() -> None:
    left, right = _words("The army beat Sparta in the valley."), _words("Thebes defeated Sparta.")
    assert same_role(left, _index(left, "Sparta"), right, _index(right, "Sparta"))


def test_verbs_of_unrelated_acts_are_two_roles() -> None:
    left, right = _words("Rebels attacked Homs at dawn."), _words("Rebels left Homs at dawn.")
    assert not same_role(left, _index(left, "Homs"), right, _index(right, "Homs"))


def test_an_unknown_town_against_a_known_country_in_one_role_is_a_swap() -> None:
    left = "The refugees reached the border from Lebanon on Thursday."
    right = "On Thursday the refugees arrived at the border from Zabadani."
    assert only(left, right, "entity") == ("Lebanon", "Zabadani")


def test_a_rewording_that_names_two_unknown_names_in_one_role_flags_nothing() -> None:
    left = "Investors cheered as Brakely announced a record profit on Monday."
    right = "On Monday, a record profit was announced by Ondrix, to investors' delight."
    assert conflicts(left, right) == []


def test_an_acronym_against_an_unknown_name_is_no_swap() -> None:
    left = "ZTX has asked the builder to cost the whole project."
    right = "The builder was asked by Varnow to cost the whole project."
    assert conflicts(left, right) == []


def test_a_name_of_several_words_no_lexicon_knows_is_no_swap() -> None:
    left = "Ships from Norway patrolled the strait all week."
    right = "All week, ships from the Northern Fleet patrolled the strait."
    assert conflicts(left, right) == []


def test_the_speaker_of_a_verb_of_saying_is_no_swap() -> None:
    left = "It was stated by Germany that the talks would resume in March."
    right = "The talks will resume in March, Bertolli stated."
    assert conflicts(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Heavy floods cut off the village of Oberndorf after the river burst its banks "
            "overnight.",
            "After the river burst its banks overnight, heavy floods isolated the village of "
            "Unterbach.",
            ("Oberndorf", "Unterbach"),
        ),
        (
            "The storm knocked out power across the district of Karlovo early on Tuesday.",
            "Early on Tuesday the storm knocked out power across the district of Sopot.",
            ("Karlovo", "Sopot"),
        ),
        (
            "The midfielder signed for the club Rovanta on a three-year contract.",
            "On a three-year deal, the midfielder signed for the club Velmora.",
            ("Rovanta", "Velmora"),
        ),
    ],
)
def test_two_unknown_names_given_as_things_of_one_kind_conflict(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "entity") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # no kind named: the two may be one side's two names for one leader
            "Rebels loyal to Oberndorf have been blamed for attacks on the pipeline near "
            "the border.",
            "Near the border, rebels loyal to Unterbach have been blamed for attacks on the "
            "pipeline.",
        ),
        (  # two kinds: a village and a town
            "Heavy floods cut off the village of Oberndorf after the river burst its banks "
            "overnight.",
            "After the river burst its banks overnight, heavy floods cut off the town of "
            "Unterbach.",
        ),
    ],
)
def test_two_unknown_names_without_one_stated_kind_stay_silent(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []
