"""Contradictions found through the lexical resources: WordNet opposites, evaluative
flips (VADER), weekdays and entity swaps; and the rewordings never to flag."""

from __future__ import annotations

import pytest

from tui.engine.findings.conflict import Conflict
from tui.engine.findings.contradictions import sentence_conflicts
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
