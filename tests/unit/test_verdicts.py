"""Verdicts: the words that say what a sentence judged its subject to be, read from
the grammar of their place, and the tone opposites they let through where a rewrite
moved the rest of the sentence."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import found
from tui.engine.findings.contradiction.verdicts import is_verdict
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def _verdict(sentence: str, word: str) -> bool:
    words = sentence_words(Sentence(0, 0, len(sentence), sentence))
    return is_verdict(words, next(k for k, w in enumerate(words) if w.norm == word))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The new ferry service was a success.", "success"),
        ("The new ferry service was a huge success, its owners said.", "success"),
        ("The ferry service was, in the view of its passengers, a failure.", "failure"),
        ("Passengers described the ferry service as a nightmare.", "nightmare"),
        ("Passengers called the new ferry service a disgrace.", "disgrace"),
        ("The ferry crossing proved a disaster for the island.", "disaster"),
        ("The crossing was very pleasant.", "pleasant"),
        ("The crossing was dreadful.", "dreadful"),
    ],
)
def test_a_complement_of_its_subject_is_a_verdict(sentence: str, word: str) -> None:
    assert _verdict(sentence, word)


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("The success of the ferry surprised its owners.", "success"),
        ("The ferry was a success story for the island.", "success"),
        ("The owners praised a success that few expected.", "success"),
        ("The ferry was welcomed by passengers.", "welcomed"),
        ("The ferry captain is smiling.", "smiling"),
        ("The ferry captain is calmly steering.", "calmly"),
        ("The ferry was worn by the storms.", "worn"),
        ("A disaster struck the ferry in May.", "disaster"),
    ],
)
def test_other_places_are_no_verdict(sentence: str, word: str) -> None:
    assert not _verdict(sentence, word)


def test_opposite_verdicts_on_one_subject_told_in_other_words_conflict() -> None:
    left = (
        "The first Ardmore book fair, held over two days in the old corn exchange, "
        "was a triumph according to its organisers."
    )
    right = (
        "Its organisers called the first Ardmore book fair, staged over two days at the "
        "former corn exchange, a disaster."
    )
    assert ("opposite", "triumph", "disaster") in found(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # verdicts on different things
        (
            "The first Ardmore book fair was a triumph, its organisers said.",
            "The parking at the corn exchange was a disaster, visitors said on Sunday.",
        ),
        # a name only one side holds: another subject
        (
            "Its organisers called the first Ardmore book fair, held over two days in the "
            "old corn exchange, a triumph.",
            "The first Kelty book fair, staged over two days at the former corn exchange, "
            "was a disaster according to its organisers.",
        ),
    ],
)
def test_opposite_verdicts_outside_one_claim_do_not_conflict(left: str, right: str) -> None:
    assert [c for c in found(left, right) if c[0] == "opposite"] == []
