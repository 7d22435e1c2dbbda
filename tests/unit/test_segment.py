"""Sentence segmentation: boundaries, exact spans, and coverage properties."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.boilerplate import detect
from tui.engine.segment import _word_before, segment, sentence_at
from tui.engine.spans import Span


def texts(text: str) -> list[str]:
    return [s.text for s in segment(text)]


def test_abbreviations_initials_and_decimals_do_not_split() -> None:
    text = "Mr. J. Smith met Dr. Jones at 3 p.m. on Jan. 5. It cost $3.5 billion, he said."
    assert texts(text) == [
        "Mr. J. Smith met Dr. Jones at 3 p.m. on Jan. 5.",
        "It cost $3.5 billion, he said.",
    ]


def test_dotted_acronym_splits_only_before_a_sentence_start() -> None:
    assert texts("Talks with the U.S. The end.") == ["Talks with the U.S.", "The end."]
    assert texts("U.S. officials said so. It was late.") == [
        "U.S. officials said so.",
        "It was late.",
    ]
    assert texts("It left the U.S. at a loss.") == ["It left the U.S. at a loss."]


def test_ellipsis_and_closing_quotes() -> None:
    assert texts("He paused... and went on. Next one.") == [
        "He paused... and went on.",
        "Next one.",
    ]
    assert texts('"Is it?" she asked. "Yes." He left.') == [
        '"Is it?" she asked.',
        '"Yes."',
        "He left.",
    ]


def test_headings_and_captions_are_their_own_units() -> None:
    text = (
        "I. Besant Bids Farewell\nThe minister left early. Talks went on.\n"
        "US Treasury Secretary X\n"
    )
    assert texts(text) == [
        "I. Besant Bids Farewell",
        "The minister left early.",
        "Talks went on.",
        "US Treasury Secretary X",
    ]


def test_hard_wrapped_lines_are_joined() -> None:
    text = "The talks in London\nwere long and hard. Then\nthey ended."
    assert texts(text) == ["The talks in London\nwere long and hard.", "Then\nthey ended."]


def test_spans_are_exact_offsets_with_crlf() -> None:
    text = "First one.\r\nSecond one.\r\n\r\nThird."
    for sentence in segment(text):
        assert text[sentence.start : sentence.end] == sentence.text
    assert texts(text) == ["First one.", "Second one.", "Third."]


def test_boilerplate_sentences_are_flagged() -> None:
    text = "A real sentence about the talks.\nShare\nReply0\nDisclaimer: not advice.\n"
    sentences = segment(text, detect(text))
    assert [s.boilerplate for s in sentences] == [False, True, True, True]


def test_footer_lines_are_found_in_any_case() -> None:
    text = (
        "A real sentence about the talks.\nCOPYRIGHT 2024 THE DAILY.\n"
        "Then the talks went on for many more hours.\n"
    )
    sentences = segment(text, detect(text))
    assert [s.boilerplate for s in sentences] == [False, True, False]


@pytest.mark.parametrize(
    ("first", "splits"),
    [("A", True), ("\u65e5", True), ("\u00d7", True), ("\ufffd", True), ("\U00020000", True)]
    + [("\u00bf", False), ("\U0001f600", False), ("-", False)],
)
def test_a_sentence_starts_with_a_word_character_or_one_from_u00c0_in_the_basic_plane(
    first: str, splits: bool
) -> None:
    assert len(texts(f"It ended. {first} then more")) == (2 if splits else 1)


def test_sentence_at_finds_the_holder() -> None:
    sentences = segment("One. Two three. Four.")
    assert sentence_at(sentences, 6) is sentences[1]
    assert sentence_at(sentences, 4) is None  # the space between sentences


_alphabet = st.sampled_from(
    list("abc XYZ.!?\n\r\t\"'()-,;:0123456789") + ["Mr.", "U.S.", "...", "é", "\u201c"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet, max_size=80).map("".join))
def test_spans_are_ordered_inside_and_cover_every_visible_character(text: str) -> None:
    boiler = detect(text)
    sentences = segment(text, boiler)
    previous_end = 0
    for sentence in sentences:
        assert previous_end <= sentence.start < sentence.end <= len(text)
        assert text[sentence.start : sentence.end] == sentence.text
        previous_end = sentence.end
    covered = [False] * len(text)
    for sentence in sentences:
        for i in range(sentence.start, sentence.end):
            covered[i] = True
    for i, char in enumerate(text):
        in_boilerplate = any(Span(i, i + 1).overlaps(b) for b in boiler)
        if char.isprintable() and not char.isspace() and not in_boilerplate:
            assert covered[i], (i, char, text)


_WORD_BEFORE_STOP = re.compile(r"([\w.'\u2019-]+)$")
"""The word before a full stop as a regular expression: what ``_word_before`` scans for."""


@settings(max_examples=300, deadline=None)
@given(st.lists(_alphabet | st.sampled_from(["_", "\u2019", "Zoë", "٣", "x" * 70]), max_size=40))
def test_the_word_before_a_stop_is_its_longest_run_of_word_characters(parts: list[str]) -> None:
    block = "".join(parts)
    found = _WORD_BEFORE_STOP.search(block, max(0, len(block) - 64))
    expected = (found.start(), found.group(1)) if found else None
    assert _word_before(block, len(block)) == expected
