"""Contradictions found through the lexical resources: WordNet opposites, evaluative
flips (VADER), weekdays and entity swaps; and the rewordings never to flag."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.entity import wordnet_places
from tui.engine.findings.contradiction.opposite_tone import MIN_VALENCE, evaluative_words
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence

OFFSET = 12


def conflicts(left: str, right: str) -> list[Conflict]:
    return sentence_conflicts(
        Sentence(0, OFFSET, OFFSET + len(left), left), Sentence(1, 0, len(right), right)
    )


def flagged(left: str, right: str) -> tuple[str, str, str]:
    """(type, left words, right words) of the one conflict between two sentences."""
    found = conflicts(left, right)
    assert len(found) == 1, [c.message for c in found]
    (ls, le), (rs, re_) = found[0].left, found[0].right
    return found[0].type, left[ls - OFFSET : le - OFFSET], right[rs:re_]


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "The committee said the outlook for the harbour project was hopeful this spring.",
            "The committee said the outlook for the harbour project was hopeless this spring.",
            ("hopeful", "hopeless"),
        ),
        (
            "Residents described the new ferry timetable as convenient for commuters.",
            "Residents described the new ferry timetable as inconvenient for commuters.",
            ("convenient", "inconvenient"),
        ),
        (
            "Inspectors called the safety record of the eastern depot satisfactory last year.",
            "Inspectors called the safety record of the eastern depot unsatisfactory last year.",
            ("satisfactory", "unsatisfactory"),
        ),
    ],
)
def test_wordnet_opposites_in_an_agreeing_frame_are_flagged(
    left: str, right: str, words: tuple[str, str]
) -> None:
    kind, left_words, right_words = flagged(left, right)
    assert kind == "opposite"
    assert (left_words.split()[-1], right_words.split()[-1]) == words


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "The mayor said the bridge repairs would start in the spring.",
            "The mayor said the bridge repairs would begin in the spring.",
        ),
        (
            "Officials bought a large plot of land near the river.",
            "Officials purchased a big plot of land near the river.",
        ),
        (
            "The board said the proposal was hopeful about the harbour.",
            "Fishermen were hopeless after the storm destroyed their boats in March.",
        ),
    ],
)
def test_synonyms_and_unrelated_sentences_are_not_flagged(left: str, right: str) -> None:
    assert conflicts(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "The dockworkers' union welcomed the offer from the port authority on Friday.",
            "The dockworkers' union rejected the offer from the port authority on Friday.",
            ("welcomed", "rejected"),
        ),
        (
            "The minister struck a hopeful tone about the talks with the fishing fleet.",
            "The minister struck a grim tone about the talks with the fishing fleet.",
            ("hopeful", "grim"),
        ),
        (
            "Local papers praised the new bus lanes in the city centre.",
            "Local papers condemned the new bus lanes in the city centre.",
            ("praised", "condemned"),
        ),
    ],
)
def test_evaluative_flips_in_an_agreeing_frame_are_flagged(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert flagged(left, right) == ("opposite", *words)


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # a verdict VADER does not rate, toned from WordNet ("hail": a kind of "applaud")
        (
            "Reviewers hailed the new wing of the maritime museum last week.",
            "Last week the new wing of the maritime museum was slammed by reviewers.",
            ("hailed", "slammed"),
        ),
        # an adjective beside a rated one ("upbeat": similar to "optimistic")
        (
            "The shipping group gave an upbeat forecast for the coming winter.",
            "The shipping group gave a bleak forecast for the coming winter.",
            ("upbeat", "bleak"),
        ),
        # an inflection VADER lacks takes its verb's tone ("denounced": "denounce")
        (
            "Farmers hailed the change to the grazing rules in the national park.",
            "The change to the grazing rules in the national park was denounced by farmers.",
            ("hailed", "denounced"),
        ),
    ],
)
def test_evaluative_flips_of_words_toned_through_wordnet_are_flagged(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert flagged(left, right) == ("opposite", *words)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the same tone in other words
        (
            "Local papers praised the new bus lanes in the city centre.",
            "Local papers applauded the new bus lanes in the city centre.",
        ),
        # a negated flip agrees
        (
            "The dockworkers' union welcomed the offer from the port authority.",
            "The dockworkers' union did not reject the offer from the port authority.",
        ),
        # opposite tones about two different things, or of two different subjects
        (
            "The minister struck a hopeful tone about the talks in the city centre.",
            "The minister struck a grim note about the storm in the city centre.",
        ),
        (
            "Smith won the mayoral election in Leeds on Tuesday.",
            "Jones lost the mayoral election in Leeds on Tuesday.",
        ),
        # the two words do not fill one slot
        (
            "She later apologized for her original post about the two teenagers.",
            "She later posted an apology for her hurtful words about the two teenagers.",
        ),
    ],
)
def test_evaluative_words_that_agree_or_differ_in_subject_are_not_flagged(
    left: str, right: str
) -> None:
    assert conflicts(left, right) == []


def test_the_evaluative_table_rates_words_from_minus_four_to_four() -> None:
    table = evaluative_words()
    assert table["praised"] > 2 and table["condemned"] < -1
    assert all(-4 <= v <= 4 and abs(v) >= MIN_VALENCE for v in table.values())
    assert "zzz" not in table and "the" not in table


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "The striker was signed by a Brazilian club for four million euros last week.",
            "The striker was signed by an Argentine club for four million euros last week.",
            ("Brazilian", "Argentine"),
        ),
        (
            "The trade delegation flew to Canada on Monday to discuss steel tariffs.",
            "The trade delegation flew to the United Kingdom on Monday to discuss steel tariffs.",
            ("Canada", "United Kingdom"),
        ),
        (
            "The bill on fishing quotas passed the Senate late on Thursday night.",
            "The bill on fishing quotas passed the House late on Thursday night.",
            ("Senate", "House"),
        ),
        (
            "The dance style originated in Jamaica during the early nineties.",
            "The dance style originated in Senegal during the early nineties.",
            ("Jamaica", "Senegal"),
        ),
        (
            "The complaint was referred to the Department of Energy after the audit.",
            "The complaint was referred to the Treasury Department after the audit.",
            ("Department of Energy", "Treasury Department"),
        ),
        # an organisation word opening the sentence
        (
            "Republicans have consistently supported the effort to rebuild the port.",
            "Democrats have consistently supported the effort to rebuild the port.",
            ("Republicans", "Democrats"),
        ),
        # the nearest shared content word lies past a few function words
        (
            "Other Democrats said they did see the fight resonating outside New York.",
            "Other Republicans said they did see the fight resonating outside New York.",
            ("Democrats", "Republicans"),
        ),
    ],
)
def test_a_swapped_nation_place_or_organisation_is_flagged(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert flagged(left, right) == ("entity", *words)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one entity named two ways
        (
            "The striker was signed by a Brazilian club for four million euros.",
            "The striker was signed by a club in Brazil for four million euros.",
        ),
        (
            "Federal Bureau of Investigation agents searched the harbour office.",
            "FBI agents searched the harbour office.",
        ),
        (
            "The measure was approved by the Senate on Tuesday.",
            "The measure was approved by the U.S. Senate on Tuesday.",
        ),
        (
            "A gloomy outlook from General Electric Co. sent its shares down 3 percent.",
            "A gloomy outlook from GE sent its shares down 3 percent.",
        ),
        (
            "The ruling means he must invite eight Labor Party members into cabinet.",
            "The ruling means he must invite eight Labour Party members into cabinet.",
        ),
        (
            "Associated Press reported that the ferry left the harbour at noon.",
            "The AP reported that the ferry left the harbour at noon.",
        ),
        (
            "Prosecutors subpoenaed the governor's campaign and the NJ party committee.",
            "Prosecutors subpoenaed the governor's campaign and the New Jersey party committee.",
        ),
        (
            "He met Myanmar's National League for Democracy leaders in the capital.",
            "He met Suu Kyi's National League for Democracy leaders in the capital.",
        ),
        (
            "He left the Republicans over the budget vote in March.",
            "He left the Republican Party over the budget vote in March.",
        ),
        # a body and a part of it; a scope, not an answer
        (
            "He could not serve on the board while still serving in Congress.",
            "He could not serve on the board while still serving in the House.",
        ),
        (
            "It is the first time in Senate history that two such senators served.",
            "It is the first time in American history that two such senators served.",
        ),
    ],
)
def test_one_entity_named_twice_is_not_an_entity_swap(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []


def test_wordnet_place_names_leave_out_given_names() -> None:
    names = wordnet_places()
    assert {"Jamaica", "Munich", "Canberra"} <= names
    assert "Austin" not in names  # a given name too
    assert "Reading" not in names  # an everyday word
