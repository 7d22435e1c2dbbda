"""Which articles of a corpus can share claims: candidate pairs for the overview.

Comparing every pair of a thousand articles means half a million comparisons;
almost all of them are two unrelated reports. Articles about one event share
its rare words (names, places, figures, the event's own vocabulary), so each
article is reduced to the stems of its content words, weighted by TF-IDF over
the corpus (``1 + log`` of the sentences holding the stem, times ``log`` of
the inverse share of articles holding it) and scaled to unit length. Each
article is indexed under its ``TOP_STEMS`` heaviest stems only: an inverted
index then visits only pairs sharing one of them, and two articles score the
sum of the products of their weights there (the cosine, cut to the words that
say most about each). Stems held by more than ``COMMON_SHARE`` of the articles
are never indexed (they would visit nearly every pair and weigh little).

Each article keeps its ``PARTNERS`` best partners, and every partner scoring at
least ``CLOSE`` (an event told by many articles); a pair is a candidate when
either article keeps the other. Chosen on BASIL events 0-49 only (150 articles,
and a 1,000-article corpus of them and their rewrites, about 20 articles an
event): every pair with at least 10% of its sentences aligned was kept at 150
articles (517 of 11,175 pairs kept), 99.7% of them at 1,000 (11,132 of 499,500
kept). ``benchmarks/bench_overview.py`` measures it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from tui.engine.corpus import Article
from tui.engine.similarity import article_profiles

TOP_STEMS = 100
"""Stems an article is indexed under: its heaviest."""
PARTNERS = 5
"""Best-scoring partners every article keeps, however low they score."""
CLOSE = 0.08
"""Score at which a partner is kept whatever its rank (an event told by many articles)."""
COMMON_SHARE = 0.2
"""Stems in more than this share of the articles are not indexed..."""
COMMON_MIN = 20
"""... unless they are in at most this many (a small corpus has no common stems)."""


@dataclass(frozen=True)
class Candidates:
    """The pairs worth comparing, as sorted (i, j) positions with i < j."""

    pairs: tuple[tuple[int, int], ...]
    scores: dict[tuple[int, int], float]
    """Score of every candidate pair (see the module's docstring)."""


def candidate_pairs(
    articles: Sequence[Article], partners: int = PARTNERS, close: float = CLOSE
) -> Candidates:
    """The pairs of ``articles`` (by position) that may share claims. Two articles
    are always paired: every stem they share is in all the articles, so it weighs
    nothing, and their score alone would leave them out."""
    if len(articles) == 2:
        return Candidates(((0, 1),), {(0, 1): 0.0})
    vectors = [_weights(article) for article in articles]
    idf = _idf(vectors, len(articles))
    unit = [_normalised(counts, idf) for counts in vectors]
    scores = _scores(unit)
    best: dict[int, list[tuple[float, int]]] = defaultdict(list)
    for (i, j), score in scores.items():
        best[i].append((score, j))
        best[j].append((score, i))
    kept: dict[tuple[int, int], float] = {}
    for i, found in best.items():
        found.sort(key=lambda entry: (-entry[0], entry[1]))
        for rank, (score, j) in enumerate(found):
            if rank >= partners and score < close:
                break
            kept[min(i, j), max(i, j)] = score
    return Candidates(tuple(sorted(kept)), kept)


def _weights(article: Article) -> Counter[str]:
    """How many of the article's content sentences hold each stem."""
    return Counter(stem for profile in article_profiles(article) for stem in profile.stems)


def _idf(vectors: Sequence[Counter[str]], size: int) -> dict[str, float]:
    """``log(size / articles holding the stem)`` for the stems worth indexing: in at
    least two articles (else they pair nothing) and not common."""
    frequency: Counter[str] = Counter()
    for counts in vectors:
        frequency.update(counts.keys())
    common = max(COMMON_MIN, COMMON_SHARE * size)
    return {
        stem: math.log(size / count) for stem, count in frequency.items() if 2 <= count <= common
    }


def _normalised(counts: Counter[str], idf: dict[str, float]) -> dict[str, float]:
    """TF-IDF weights of the indexed stems, scaled to unit length."""
    weights = {
        stem: (1 + math.log(count)) * idf[stem] for stem, count in counts.items() if stem in idf
    }
    norm = math.sqrt(math.fsum(w * w for w in weights.values()))
    return {stem: w / norm for stem, w in weights.items()} if norm else {}


def _scores(unit: Sequence[dict[str, float]]) -> dict[tuple[int, int], float]:
    """Score of every pair sharing an indexed stem, through the inverted index."""
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for i, weights in enumerate(unit):
        heaviest = sorted(weights.items(), key=lambda entry: (-entry[1], entry[0]))
        for stem, weight in heaviest[:TOP_STEMS]:
            index[stem].append((i, weight))
    scores: dict[tuple[int, int], float] = defaultdict(float)
    for stem in sorted(index):  # a fixed order: the sums must not depend on string hashing
        postings = index[stem]
        for n, (i, wi) in enumerate(postings):
            for j, wj in postings[n + 1 :]:
                scores[i, j] += wi * wj
    return scores
