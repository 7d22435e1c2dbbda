"""A sentence one outlet split off: an aligned unit read with the free sentence next
to it, for entities.

An outlet that tells in two sentences what the other tells in one ("... ending a
two-year search that began when her predecessor left for *Vienna*" / "... will become
music director next season. The appointment ends a search of two years that started
when the previous director left for *Berlin*.") leaves the second half free when the
aligner pairs the merged sentence with the first half alone: the half says too little
of its own to be aligned, and its fact is compared with nothing, though its partner
sits next to it. Each alignment whose sides are each adjacent sentences is read again
with a free content sentence just before or after one side's unit added to that unit,
as one span of the text, where the free sentence holds a word of the other unit that
its own unit leaves unsaid (a half of the merged sentence says what the other half
does not). A conflict is kept where its span on the extended side lies in the free
sentence (the rest is the alignment's own reading) and neither value is stated
elsewhere in the other article (then the two values are of two claims). An alignment
with a title line alone on one side (the aligner may pair a lede with the other's
title) is no claim: its sentences count as free, and it is not extended.

Entities only. Read this way, dates and numbers found 3 more planted
disagreements of the in-sample report cases but added 3 flags to the held-out BASIL
same-event pairs (clusters 50-99, counted, never read; benchmarks/split_unit_flags.py
--held-out), whose guard allows none; negations and opposites made four flags on the
report cases, none at the planted words, and gained none ("Nobody was in the cars"
after "the road swallowed two parked cars" is a new claim about the same things).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.engine.align import Alignment
from tui.engine.corpus import Article
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.elsewhere import stated, title_id
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.segment import Sentence
from tui.engine.similarity import article_profiles, containment, pair_idf


@dataclass(frozen=True)
class ExtendedUnit:
    """An alignment's two units, one of them with a free neighbour added (``free``),
    and the two articles, the free sentence's first (``articles``)."""

    pair: SentencePair
    free: Sentence
    free_on_left: bool
    score: float
    """How well the two units are aligned: the weighted share of the free sentence's
    words the other unit holds (the alignment's score is the other half's)."""
    articles: tuple[Article, Article]

    def in_free(self, conflict: Conflict) -> bool:
        """Whether ``conflict``'s span on the extended side lies in the free sentence."""
        start, end = self._spans(conflict)[0]
        return self.free.start <= start and end <= self.free.end

    def answered(self, conflict: Conflict) -> bool:
        """Whether the free sentence's value is stated elsewhere in the other article,
        or the other unit's value elsewhere in the free sentence's article: the two
        values are then of two claims."""
        free_span, other_span = self._spans(conflict)
        own, other_article = self.articles
        other = self.pair.right if self.free_on_left else self.pair.left
        elsewhere = [s for s in other_article.sentences if not other.start <= s.start < other.end]
        rest = [s for s in own.sentences if s.id != self.free.id]
        return stated(self.free, free_span, elsewhere) or stated(other, other_span, rest)

    def _spans(self, conflict: Conflict) -> tuple[tuple[int, int], tuple[int, int]]:
        """``conflict``'s span on the free sentence's side, then on the other."""
        if self.free_on_left:
            return conflict.left, conflict.right
        return conflict.right, conflict.left


def extended_units(
    left: Article,
    right: Article,
    alignments: Sequence[Alignment],
    weights: Mapping[str, float] | None = None,
) -> list[ExtendedUnit]:
    """Each alignment of adjacent sentences read with each free neighbour of one side
    that holds a word of the other unit its own unit does not say (see the module
    docstring); ``alignments``: all of the pair's; ``weights``: the pair's ``pair_idf``
    of the two articles' profiles, computed for the first free neighbour when not given."""
    titles = title_id(left), title_id(right)
    claims = [a for a in alignments if a.left != (titles[0],) and a.right != (titles[1],)]
    aligned = {i for a in claims for i in a.left}, {i for a in claims for i in a.right}
    stems = _stems(left), _stems(right)
    found: list[ExtendedUnit] = []
    for alignment in claims:
        for side, article in enumerate((left, right)):
            own = sorted(alignment.right if side else alignment.left)
            others = alignment.left if side else alignment.right
            for n in (own[0] - 1, own[-1] + 1):
                if not 0 <= n < len(article.sentences) or n in aligned[side]:
                    continue  # most neighbours
                free = stems[side].get(n, frozenset())
                said = frozenset().union(*(stems[side].get(i, frozenset()) for i in own))
                other = frozenset().union(*(stems[1 - side].get(i, frozenset()) for i in others))
                if not free & (other - said):
                    continue  # no word of the other unit its own unit leaves unsaid
                units = _unit(left, alignment.left), _unit(right, alignment.right)
                extended = _unit(article, (*own, n))
                if units[0] is None or units[1] is None or extended is None:
                    continue  # boilerplate, or sentences apart
                if weights is None:
                    weights = pair_idf(article_profiles(left), article_profiles(right))
                pair = (
                    SentencePair(units[0], extended) if side else SentencePair(extended, units[1])
                )
                articles = (right, left) if side else (left, right)
                score = containment(free, other, weights)
                found.append(ExtendedUnit(pair, article.sentences[n], side == 0, score, articles))
    return found


def _stems(article: Article) -> dict[int, frozenset[str]]:
    """Each content sentence's stems, by id (as the aligner reads them)."""
    return {p.id: p.stems for p in article_profiles(article)}


def _unit(article: Article, ids: Sequence[int]) -> Sentence | None:
    """The sentences ``ids`` as one span of the text, if they are adjacent content
    sentences; None otherwise."""
    sentences = [article.sentences[i] for i in sorted(ids)]
    if any(s.boilerplate for s in sentences):
        return None
    if any(b.id != a.id + 1 for a, b in itertools.pairwise(sentences)):
        return None
    start, end = sentences[0].start, sentences[-1].end
    return Sentence(sentences[0].id, start, end, article.text[start:end])
