"""The per-sentence patterns that look behind their first character read the start of
a text and the character before a match as the words around them require."""

from __future__ import annotations

from tui.engine.findings.contradiction.entity import _CAPITALISED
from tui.engine.findings.contradiction.quotations import _CLOSE_ONLY, _OPEN_ONLY, quoted_spans
from tui.engine.segment import Sentence


def test_capitalised_runs_start_at_the_text_start_and_after_spaces_only() -> None:
    text = "New York's O'Neill met the Bank of England; x-Ray and .Net, 3M too."
    assert _CAPITALISED.findall(text) == ["New York's O'Neill", "Bank of England"]


def test_an_opening_mark_opens_at_the_text_start_or_after_a_space() -> None:
    assert _OPEN_ONLY.search('"We will go on') is not None
    assert _OPEN_ONLY.search('he said "we will') is not None
    assert _OPEN_ONLY.search('he said:"we will') is None
    assert _OPEN_ONLY.search('a 5" screen') is None


def test_a_closing_mark_closes_after_a_letter_or_a_stop_before_a_space_or_the_end() -> None:
    assert _CLOSE_ONLY.search('we will win," he said') is not None
    assert _CLOSE_ONLY.search("we will win\u201d") is not None
    assert _CLOSE_ONLY.search('a 5" screen') is None
    assert _CLOSE_ONLY.search('"x"y') is None


def test_a_quotation_open_at_the_sentence_start_runs_to_its_end() -> None:
    text = '"We will not stop the talks now, he said.'
    assert quoted_spans(Sentence(0, 10, 10 + len(text), text)) == ((11, 10 + len(text) - 1),)
