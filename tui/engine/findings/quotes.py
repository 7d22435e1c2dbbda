"""Quotations: the same remark quoted with different words in two aligned sentences.

Quoted passages are found between matching quote marks (straight, curly or
single). Quotes with the same words (up to spelling, punctuation and order), or
where one quotes a part of the other, agree. Otherwise a pair of quotes is
reported when the sentences around them agree (the same speaker and setting) and
the quotes share content: a reworded remark. This is the weakest kind of
contradiction (the wording differs, the meaning may not), so it scores lower than
the others (0.45 to 0.6; numbers, dates, negation and antonyms score 0.5 to 0.95).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapidfuzz import fuzz

from tui.engine.findings.conflict import Conflict
from tui.engine.findings.model import Contrast
from tui.engine.findings.pair import SentencePair
from tui.engine.findings.words import Word, agreement
from tui.engine.segment import Sentence
from tui.engine.textnorm import fold, tokenize

_QUOTED = re.compile(
    r'"(?P<a>[^"]+)"|\u201c(?P<b>[^\u201d]+)\u201d|\u2018(?P<c>[^\u2019]+)\u2019(?!\w)'
    r"|(?<!\w)'(?P<d>[^']+)'(?!\w)"
)
_OPEN_ONLY = re.compile(r'(?:^|(?<=\s))["\u201c](?=\w)')
_CLOSE_ONLY = re.compile(r'(?<=[^\W\d]|[.,!?])["\u201d](?=\s|$)')
_MARKS = ('"', "\u201c", "\u201d", "\u2018", "'")
"""Every quote mark the patterns above start from: without one, no quotation."""
MIN_WORDS = 3
"""Scare quotes of one or two words ("America First") are names, not remarks."""
MIN_SHARED = 0.25
"""Least overlap (content lemmas) of two quotes of one remark; below it they are two
different remarks, not one reworded."""
MIN_FRAME = 0.3
"""Least overlap of the words around the quotes: the same speaker and setting."""
SAME_RATIO = 90
"""Letter-string similarity (0-100) above which two quotes are the same words."""


def quoted_spans(sentence: Sentence) -> list[tuple[int, int]]:
    """Quoted passages of at least MIN_WORDS words, without their quote marks. A quote
    that runs over a sentence boundary (an opening mark with no closing one, or the
    reverse) is read to the end or from the start of the sentence."""
    text = sentence.text
    if not any(mark in text for mark in _MARKS):
        return []
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
        if len(tokenize(text[start:end])) >= MIN_WORDS:
            spans.append((sentence.start + start, sentence.start + end))
    return spans


def quote_conflicts(pair: SentencePair) -> list[Conflict]:
    lefts = quoted_spans(pair.left)
    rights = quoted_spans(pair.right) if lefts else []
    if not rights:
        return []
    frame = agreement(
        _lemmas(pair.left_words, lefts, inside=False),
        _lemmas(pair.right_words, rights, inside=False),
    )
    conflicts = []
    for left_span in lefts:
        left_quote = pair.left_quote(left_span)
        best: tuple[float, tuple[int, int]] | None = None
        for right_span in rights:
            if _same_words(left_quote, pair.right_quote(right_span)):
                best = None
                break
            shared = agreement(
                _lemmas(pair.left_words, [left_span]), _lemmas(pair.right_words, [right_span])
            )
            if shared >= MIN_SHARED and (best is None or shared > best[0]):
                best = (shared, right_span)
        if best is None or frame < MIN_FRAME:
            continue
        score = round(min(0.6, 0.45 + 0.15 * frame + 0.1 * best[0]), 2)
        contrast = Contrast(
            "quote differs", f'"{pair.left_quote(left_span)}"', f'"{pair.right_quote(best[1])}"'
        )
        conflicts.append(Conflict("quote", left_span, best[1], contrast, score))
    return conflicts


def _letters(text: str) -> str:
    return "".join(c for c in fold(text) if c.isalnum())


def _same_words(left: str, right: str) -> bool:
    """Equal but for spelling, hyphens, punctuation or word order, or one a part of
    the other."""
    a, b = _letters(left), _letters(right)
    shorter, longer = sorted((a, b), key=len)
    return (
        fuzz.ratio(a, b) >= SAME_RATIO
        or shorter in longer
        or fuzz.partial_ratio(shorter, longer) >= SAME_RATIO + 5
        or fuzz.token_sort_ratio(fold(left), fold(right)) >= SAME_RATIO
    )


def _lemmas(words: Sequence[Word], spans: list[tuple[int, int]], inside: bool = True) -> set[str]:
    def within(word: Word) -> bool:
        return any(start <= word.start and word.end <= end for start, end in spans)

    return {w.lemma for w in words if w.is_content and within(w) == inside}
