"""How much two sentences (or small groups of sentences) say the same thing.

A sentence is reduced to the set of stems of its content words. Each stem is
weighted by how informative it is *in this pair of articles*: a word found in
most sentences of an article ("China" in a report on China) says little about
which sentences match, a word found once on each side says a lot. The score of
two sentences is the weighted Dice overlap of their stems (spelling variants
of names are unified beforehand, in ``name_variants``). Small edits are left to
the character-level ``edit_similarity``, which tells verbatim and near copies
from paraphrase.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from rapidfuzz.fuzz import ratio
from rapidfuzz.utils import default_process

from tui.engine.corpus import Article
from tui.engine.memo_table import MemoTable
from tui.engine.per_article import per_article
from tui.engine.segment import Sentence
from tui.engine.textnorm import WORD_PATTERN, word_forms

PRIOR_SENTENCES = 5.0
"""Sentences assumed to lack every word, so that IDF stays meaningful for tiny
articles (one or two sentences a side) instead of calling every word common."""


@dataclass(frozen=True, slots=True)
class Profile:
    """What the aligner compares of one sentence."""

    id: int
    position: int
    """Index among the article's content (non-boilerplate) sentences."""
    stems: frozenset[str]
    text: str
    names: frozenset[str] = frozenset()
    """Stems of capitalised words past the first: most likely names."""


def _stem(word: str) -> str:
    return word_forms(word)[1]


def _content_stem(word: str) -> str | None:
    """The word's stem, or None for a stopword."""
    _, stem, stopword = word_forms(word)
    return None if stopword else stem


def _name_stem(word: str) -> str | None:
    """The stem of a capitalised alphabetic word that is no stopword (past a sentence's
    first word, most likely a name); None for any other word."""
    return _content_stem(word) if word[0].isupper() and word.isalpha() else None


MAX_WORDS = 131072
"""Distinct words whose stems are remembered (then forgotten at once)."""
_STEMS = MemoTable(_stem, MAX_WORDS)
_CONTENT_STEMS = MemoTable(_content_stem, MAX_WORDS)
_NAME_STEMS = MemoTable(_name_stem, MAX_WORDS)
"""Each word's stems as ``profile`` keeps them, looked up in C (``map``): an article of
5,000 sentences has a hundred thousand words and few distinct ones."""


def _stems_of(table: MemoTable[str, str | None], words: Iterable[str]) -> frozenset[str]:
    """The stems ``table`` gives ``words``, None (no stem kept) left out."""
    found = set(map(table.__getitem__, words))
    found.discard(None)
    return frozenset(cast(set[str], found))


def profile(sentence: Sentence, position: int) -> Profile:
    words = WORD_PATTERN.findall(sentence.text)
    # A sentence of function words only ("Nor should we.") is known by those.
    stems = _stems_of(_CONTENT_STEMS, words) or frozenset(map(_STEMS.__getitem__, words))
    names = _stems_of(_NAME_STEMS, words[1:])
    return Profile(sentence.id, position, stems, sentence.text, names)


def profiles(sentences: Sequence[Sentence]) -> list[Profile]:
    """Profiles of the content sentences, in order; boilerplate is left out."""
    content = [s for s in sentences if not s.boilerplate]
    return [profile(s, position) for position, s in enumerate(content)]


@per_article
def article_profiles(article: Article) -> tuple[Profile, ...]:
    """``profiles`` of an article's sentences, computed once however many articles it
    is compared with."""
    return tuple(profiles(article.sentences))


def pair_idf(left: Sequence[Profile], right: Sequence[Profile]) -> dict[str, float]:
    """Inverse sentence frequency of each stem, averaged over the two articles.

    Computed per article and averaged, so a word that every aligned pair shares
    is not mistaken for a common one (as a pooled document frequency would).
    """
    left_counts = Counter(stem for p in left for stem in p.stems)
    right_counts = Counter(stem for p in right for stem in p.stems)
    # Few distinct counts: one logarithm per count, not per stem (same values).
    left_logs = _log_ratios(len(left) + PRIOR_SENTENCES, left_counts)
    right_logs = _log_ratios(len(right) + PRIOR_SENTENCES, right_counts)
    left_count, right_count = left_counts.get, right_counts.get
    return {
        stem: (left_logs[left_count(stem, 0)] + right_logs[right_count(stem, 0)]) / 2
        for stem in left_counts.keys() | right_counts.keys()
    }


def _log_ratios(size: float, counts: Counter[str]) -> dict[int, float]:
    """``log(size / (count + 0.5))`` for each count in ``counts`` and for 0."""
    return {count: math.log(size / (count + 0.5)) for count in {0, *counts.values()}}


def weight_of(stems: Iterable[str], weights: Mapping[str, float]) -> float:
    """Total weight of ``stems``; ``weights`` must hold every one of them.

    ``fsum`` is exact, so the total does not depend on the order a set happens to
    yield its stems in (which changes with Python's string hashing): the same
    articles always align the same way.
    """
    return math.fsum(map(weights.__getitem__, stems))


def dice(a: frozenset[str], b: frozenset[str], weights: Mapping[str, float]) -> float:
    """Weighted Dice overlap of two stem sets, in [0, 1]."""
    total = weight_of(a, weights) + weight_of(b, weights)
    return 2 * weight_of(a & b, weights) / total if total > 0 else 0.0


def containment(part: frozenset[str], whole: frozenset[str], weights: Mapping[str, float]) -> float:
    """Share of ``part``'s weight that ``whole`` also holds, in [0, 1]."""
    total = weight_of(part, weights)
    return weight_of(part & whole, weights) / total if total > 0 else 0.0


def comparable_text(text: str) -> str:
    """``text`` lower-cased, each character that is not a letter or a digit made a
    space: quotes, dashes and punctuation do not count as edits."""
    return str(default_process(text))


def edit_similarity(left: str, right: str) -> float:
    """Character-level similarity of two ``comparable_text`` strings, in [0, 1]."""
    return ratio(left, right) / 100.0
