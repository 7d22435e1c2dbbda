"""Shared passages: maximal runs of at least six words found in both articles.

Words are compared after folding case, quotes and punctuation (punctuation is
not a word), anywhere in the two texts, not only inside aligned sentences.
Seeds are found by hashing every six-word window of both articles: each article's
window hashes are computed once (an overview compares it with many others), a
pair intersects them, and only windows whose hashes meet are compared word by word.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from itertools import accumulate, chain, count, repeat
from operator import attrgetter

from tui.engine.corpus import Article
from tui.engine.findings.model import Finding, Side
from tui.engine.memo_table import MemoTable
from tui.engine.per_article import per_article
from tui.engine.textnorm import WORD_PATTERN, word_forms

MIN_WORDS = 6


def _norm(word: str) -> str:
    return word_forms(word)[0]


_NORMS = MemoTable(_norm, 131072)
"""Each word's norm, looked up in C (``map``) for the hundreds of thousands of words
of a long article."""

_TEXT = attrgetter("text")


class _Words:
    """The folded words of an article outside boilerplate, in text order.

    Only the norms are kept for every word: a long article has hundreds of
    thousands of them, and only the first and last word of each shared run need
    their offsets, which are found again from their sentence when asked for.
    """

    def __init__(self, article: Article) -> None:
        self.article = article
        self.sentences = article.content_sentences
        # Built by C code (map, chain, accumulate) rather than a loop over the sentences.
        words = list(map(WORD_PATTERN.findall, map(_TEXT, self.sentences)))
        counts = list(map(len, words))
        self.norms: list[str] = list(map(_NORMS.__getitem__, chain.from_iterable(words)))
        self.owner: list[int] = list(chain.from_iterable(map(repeat, count(), counts)))
        """Index into ``sentences`` of each word's sentence."""
        self.first: list[int] = list(accumulate(counts, initial=0))[:-1]
        """Index of each sentence's first word."""
        self.window_hashes = list(map(hash, _windows(self.norms, MIN_WORDS)))
        """The hash of the ``MIN_WORDS`` words from each position on."""
        self.hash_set = frozenset(self.window_hashes)

    def side(self, first: int, count: int) -> Side:
        """The run of ``count`` words from word ``first`` on, as a finding's side."""
        last = first + count - 1
        k, k_last = self.owner[first], self.owner[last]
        sentence = self.sentences[k]
        matches = WORD_PATTERN.finditer(sentence.text)
        opening = _nth(matches, first - self.first[k])
        if k_last == k:
            closing = _nth(matches, last - first - 1) if last > first else opening
            end = sentence.start + closing.end()
        else:
            closing_sentence = self.sentences[k_last]
            closing = _nth(WORD_PATTERN.finditer(closing_sentence.text), last - self.first[k_last])
            end = closing_sentence.start + closing.end()
        start = sentence.start + opening.start()
        return Side(sentence.id, start, end, self.article.text[start:end])


def _nth(matches: Iterator[re.Match[str]], skip: int) -> re.Match[str]:
    """The match after the next ``skip`` of ``matches`` (skipped in C: a run's ends are
    the only words whose offsets are needed, so no sentence's offsets are listed)."""
    return next(itertools.islice(matches, skip, None))


_words_of = per_article(_Words)
"""An article's words, cut once however many articles it is compared with."""


def shared_passages(left: Article, right: Article) -> list[Finding]:
    lefts = _words_of(left)
    rights = _words_of(right)
    left_words, right_words = lefts.norms, rights.norms
    left_hashes, right_hashes = lefts.window_hashes, rights.window_hashes
    common = lefts.hash_set & rights.hash_set
    if not common:
        return []
    positions: dict[int, list[int]] = defaultdict(list)
    for j in _meeting(right_hashes, common):
        positions[right_hashes[j]].append(j)

    findings = []
    for i in _meeting(left_hashes, common):
        for j in positions[left_hashes[i]]:
            if i and j and left_words[i - 1] == right_words[j - 1]:
                continue  # not the start of a maximal run (most meetings: asked first)
            if right_words[j : j + MIN_WORDS] != left_words[i : i + MIN_WORDS]:
                continue  # another window with the same hash
            n = MIN_WORDS
            while (
                i + n < len(left_words)
                and j + n < len(right_words)
                and left_words[i + n] == right_words[j + n]
            ):
                n += 1
            findings.append(_finding(lefts.side(i, n), rights.side(j, n), n))
    return findings


def _meeting(hashes: list[int], common: frozenset[int]) -> Iterator[int]:
    """The positions whose hash is in ``common``, in order (filtered in C)."""
    return itertools.compress(range(len(hashes)), map(common.__contains__, hashes))


def _windows(words: list[str], size: int) -> Iterator[tuple[str, ...]]:
    """Every run of ``size`` consecutive words, in order (zip builds them in C)."""
    return zip(*(words[k:] for k in range(size)), strict=False)


def _finding(left: Side, right: Side, words: int) -> Finding:
    return Finding(
        kind="shared",
        type="passage",
        left=left,
        right=right,
        message=f"{words} words shared",
        score=1.0,
    )
