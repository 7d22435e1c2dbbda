"""Shared passages: maximal runs of at least six words found in both articles.

Words are compared after folding case, quotes and punctuation (punctuation is
not a word), anywhere in the two texts, not only inside aligned sentences.
Seeds are found by hashing every six-word window of the right article.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from tui.engine.corpus import Article
from tui.engine.findings.model import Finding, Side
from tui.engine.textnorm import Token, tokenize

MIN_WORDS = 6


def _content_tokens(article: Article) -> list[tuple[Token, int]]:
    """(token, sentence id) for every word outside boilerplate, in text order."""
    return [
        (token, sentence.id)
        for sentence in article.content_sentences
        for token in tokenize(sentence.text, sentence.start)
    ]


def shared_passages(left: Article, right: Article, min_words: int = MIN_WORDS) -> list[Finding]:
    lefts = _content_tokens(left)
    rights = _content_tokens(right)
    left_words = [t.norm for t, _ in lefts]
    right_words = [t.norm for t, _ in rights]
    windows: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for j in range(len(right_words) - min_words + 1):
        windows[tuple(right_words[j : j + min_words])].append(j)

    findings = []
    for i in range(len(left_words) - min_words + 1):
        for j in windows.get(tuple(left_words[i : i + min_words]), ()):
            if i and j and left_words[i - 1] == right_words[j - 1]:
                continue  # not the start of a maximal run
            n = min_words
            while (
                i + n < len(left_words)
                and j + n < len(right_words)
                and left_words[i + n] == right_words[j + n]
            ):
                n += 1
            findings.append(_finding(left, lefts[i : i + n], right, rights[j : j + n]))
    return findings


def _side(article: Article, run: Sequence[tuple[Token, int]]) -> Side:
    start, end = run[0][0].start, run[-1][0].end
    return Side(run[0][1], start, end, article.text[start:end])


def _finding(
    left: Article,
    left_run: Sequence[tuple[Token, int]],
    right: Article,
    right_run: Sequence[tuple[Token, int]],
) -> Finding:
    words = len(left_run)
    return Finding(
        kind="shared",
        type="passage",
        left=_side(left, left_run),
        right=_side(right, right_run),
        message=f"{words} words shared",
        score=1.0,
    )
