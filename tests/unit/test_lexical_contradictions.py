"""Contradictions found through the lexical resources: WordNet opposites, evaluative
flips (VADER), weekdays and entity swaps; and the rewordings never to flag."""

from __future__ import annotations

import pytest

from tui.engine.findings.conflict import Conflict
from tui.engine.findings.contradictions import sentence_conflicts
from tui.engine.findings.evaluative import MIN_VALENCE, evaluative_words
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
    assert kind == "antonym"
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
    assert flagged(left, right) == ("antonym", *words)


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
