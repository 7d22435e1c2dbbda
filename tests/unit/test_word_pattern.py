"""The word pattern of textnorm: possessive quantifiers, the same words as plain ones."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.textnorm import WORD_PATTERN, tokenize, word_forms

BACKTRACKING = re.compile(r"\w+(?:(?:['\u2019\-]|(?<=\d)[.,](?=\d)|(?<=\b\w)\.(?=\w\b))\w+)*")
"""The pattern with plain (backtracking) quantifiers, as it was first written."""

PIECES = st.sampled_from(
    [
        "a",
        "Z",
        "7",
        "\u00e9",
        "\u0416",
        "_",
        ".",
        ",",
        "'",
        "\u2019",
        "-",
        " ",
        "\n",
        "U.S.",
        "e.g.",
    ]
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_the_possessive_pattern_finds_the_words_the_backtracking_one_finds(text: str) -> None:
    assert [m.span() for m in WORD_PATTERN.finditer(text)] == [
        m.span() for m in BACKTRACKING.finditer(text)
    ]


def test_joined_words_stay_whole() -> None:
    text = "The U.S. don't sell rare-earth 1,000 t at 3.5% - or do they? end.Next"
    assert [token.text for token in tokenize(text)] == [
        "The", "U.S", "don't", "sell", "rare-earth", "1,000", "t", "at", "3.5", "or", "do",
        "they", "end", "Next",
    ]  # fmt: skip


@settings(max_examples=2000, deadline=None)
@given(st.lists(PIECES, min_size=1, max_size=12).map("".join))
def test_word_forms_are_the_forms_of_the_first_token(text: str) -> None:
    """``word_forms`` cuts a word without building a token: the same norm, stem and
    stopword flag as ``tokenize``'s first token (a text without one has none)."""
    tokens = tokenize(text)
    if not tokens:
        with pytest.raises(IndexError):
            word_forms(text)
        return
    first = tokens[0]
    assert word_forms(text) == (first.norm, first.stem, first.is_stopword)


def test_word_forms_keep_the_stopword_rule() -> None:
    assert word_forms("it")[2] and word_forms("It")[2] and word_forms("A")[2]
    assert not word_forms("IT")[2]  # written in capitals: a name, not the pronoun
    assert word_forms("Running") == ("running", "run", False)
