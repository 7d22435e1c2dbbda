"""Each article's sentences cut into units: the passages claims are made of.

An alignment joins one to three sentences of each article; different pairs may
cut an article differently (sentences 3-4 against one article, 3 alone against
another). Units are taken from the alignment sides, strongest first: a side
becomes a unit when none of its sentences is taken yet, and grows the one unit
it touches when the two together are still at most ``MAX_UNIT`` consecutive
sentences. Every content sentence left over is a unit of its own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.engine.corpus import Article

MAX_UNIT = 3
"""Most sentences in one unit (as in an alignment's side)."""


@dataclass(frozen=True, slots=True)
class Side:
    """One side of an alignment: sentences of one article, with the alignment's score."""

    article: int
    sentences: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Unit:
    article: int
    sentences: tuple[int, ...]
    """Sentence ids, ascending."""


@dataclass(frozen=True)
class Units:
    units: tuple[Unit, ...]
    """Ordered by article, then first sentence."""
    of_sentence: dict[tuple[int, int], int]
    """(article, sentence id) -> position in ``units``, for every content sentence."""


def cut_units(articles: Sequence[Article], sides: Iterable[Side]) -> Units:
    """The units of every article, from the sides of all its alignments."""
    by_article: dict[int, list[Side]] = defaultdict(list)
    for side in sides:
        by_article[side.article].append(side)
    found: list[Unit] = []
    for position, article in enumerate(articles):
        groups = _groups(by_article.get(position, []))
        taken = {s for group in groups for s in group}
        groups += [[s.id] for s in article.content_sentences if s.id not in taken]
        found += [Unit(position, tuple(sorted(group))) for group in groups]
    found.sort(key=lambda unit: (unit.article, unit.sentences))
    of_sentence = {
        (unit.article, sentence): n for n, unit in enumerate(found) for sentence in unit.sentences
    }
    return Units(tuple(found), of_sentence)


def _groups(sides: list[Side]) -> list[list[int]]:
    """Sentence groups of one article, built from its sides strongest first."""
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    for side in sorted(sides, key=lambda s: (-s.score, len(s.sentences), s.sentences)):
        touched = {group_of[s] for s in side.sentences if s in group_of}
        new = [s for s in side.sentences if s not in group_of]
        if not touched:
            target = len(groups)
            groups.append([])
        elif len(touched) == 1 and _fits(groups[next(iter(touched))] + new):
            target = next(iter(touched))
        else:
            continue
        groups[target] += new
        for sentence in new:
            group_of[sentence] = target
    return groups


def _fits(sentences: list[int]) -> bool:
    return max(sentences) - min(sentences) < MAX_UNIT
