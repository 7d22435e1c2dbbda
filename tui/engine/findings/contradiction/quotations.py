"""Quoted passages of a sentence: what stands between matching quote marks
(straight, curly or single), read once per sentence. The quote detector (quote.py)
compares them; the negation detector (negation.py) reads whether a claim is quoted.
"""

from __future__ import annotations

from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.textnorm import WORD_PATTERN

_QUOTED = regex(
    r'"(?P<a>[^"]+)"|\u201c(?P<b>[^\u201d]+)\u201d|\u2018(?P<c>[^\u2019]+)\u2019(?!\w)'
    r"|'(?<!\w')(?P<d>[^']+)'(?!\w)"
)
_OPEN_ONLY = regex(r'["\u201c](?<!\S["\u201c])(?=\w)')
"""An opening mark at the start or after a space, before a word."""
_CLOSE_ONLY = regex(r'["\u201d](?<=(?:[^\W\d]|[.,!?])["\u201d])(?=\s|$)')
"""A closing mark after a letter or a stop, at the end or before a space. Each pattern
starts with its quote mark and looks behind it (past the mark) for what must or must
not stand before: ``re`` then skips to the next mark, several times as fast."""
_MARKS = ('"', "\u201c", "\u201d", "\u2018", "'")
"""Every quote mark the patterns above start from: without one, no quotation."""
MIN_WORDS = 3
"""Scare quotes of one or two words ("America First") are names, not remarks."""


def quoted_spans(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """Quoted passages of at least MIN_WORDS words, without their quote marks. A quote
    that runs over a sentence boundary (an opening mark with no closing one, or the
    reverse) is read to the end or from the start of the sentence."""
    facts = facts_of(sentence)
    found = facts.quoted
    if found is None:
        found = facts.quoted = _read_quoted(sentence)
    return found


def _read_quoted(sentence: Sentence) -> tuple[tuple[int, int], ...]:
    text = sentence.text
    if not any(mark in text for mark in _MARKS):
        return ()
    found = [
        match.span(next(g for g in "abcd" if match.group(g))) for match in _QUOTED.finditer(text)
    ]
    rest = _QUOTED.sub(lambda m: " " * len(m.group()), text)
    if (opening := _OPEN_ONLY.search(rest)) is not None:
        found.append((opening.end(), len(text)))
    elif (closing := _CLOSE_ONLY.search(rest)) is not None:
        found.append((0, closing.start()))
    spans = []
    for start, end in found:
        inner = text[start:end]
        start += len(inner) - len(inner.lstrip())
        end -= len(inner) - len(inner.rstrip(" ,.;:"))
        if word_count(text[start:end]) >= MIN_WORDS:
            spans.append((sentence.start + start, sentence.start + end))
    return tuple(spans)


def in_quotation(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether ``span`` (offsets into the article) lies inside one quoted passage."""
    return quotation_holding(sentence, span) is not None


def quotation_holding(sentence: Sentence, span: tuple[int, int]) -> tuple[int, int] | None:
    """The quoted passage ``span`` (offsets into the article) lies inside, if any."""
    return next(
        (quote for quote in quoted_spans(sentence) if quote[0] <= span[0] and span[1] <= quote[1]),
        None,
    )


def word_count(text: str) -> int:
    """Words as ``tokenize`` cuts them, counted without building its tokens."""
    return len(WORD_PATTERN.findall(text))
