"""Each article's sentences cut into units: the passages claims are made of.

An alignment joins one to three sentences of each article; different pairs may
cut an article differently (sentences 3-4 against one article, 3 alone against
another). Units are taken from the alignment sides, strongest first: a side
becomes a unit when none of its sentences is taken yet, and grows the one unit
it touches when the two together are still at most ``MAX_UNIT`` consecutive
sentences. Every content sentence left over is a unit of its own.

One pair may then align two neighbouring units of an article with one unit of
another (sentences 3 and 4 of a rewrite with the unit 4-5 its original was cut
into against a third report): the article told as two sentences what the other
told as one, and the two units become one (``join_split_units``), or the claim,
holding one unit per article, would leave one of them out.
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
    return _indexed(found)


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


def join_split_units(units: Units, links: Iterable[tuple[int, int]]) -> Units:
    """``units`` with every two neighbouring units of one article that ``links``
    (aligned unit positions) join to one unit of another article, and the one's other
    partners all partners of the other's too, made one unit, while it stays at most
    ``MAX_UNIT`` consecutive sentences."""
    partners: dict[int, set[int]] = defaultdict(set)
    for u, v in links:
        partners[u].add(v)
        partners[v].add(u)
    group = list(range(len(units.units)))
    sentences = {n: list(unit.sentences) for n, unit in enumerate(units.units)}
    for _, linked in sorted(partners.items()):
        for u in sorted(linked):
            v = u + 1
            if v not in linked or units.units[v].article != units.units[u].article:
                continue
            if not (partners[u] <= partners[v] or partners[v] <= partners[u]):
                continue  # each is aligned elsewhere too: two passages, not one split
            first, second = _root(group, u), _root(group, v)
            if first != second and _fits(sentences[first] + sentences[second]):
                group[second] = first
                sentences[first] += sentences.pop(second)
    if len(sentences) == len(units.units):
        return units
    return _indexed(
        [Unit(units.units[n].article, tuple(sorted(found))) for n, found in sentences.items()]
    )


def _root(group: list[int], n: int) -> int:
    while group[n] != n:
        n = group[n]
    return n


def _indexed(found: list[Unit]) -> Units:
    found.sort(key=lambda unit: (unit.article, unit.sentences))
    of_sentence = {
        (unit.article, sentence): n for n, unit in enumerate(found) for sentence in unit.sentences
    }
    return Units(tuple(found), of_sentence)
