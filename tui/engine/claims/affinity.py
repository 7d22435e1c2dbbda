"""How close two units of different articles are when no alignment joined them.

The aligner matches each sentence once per pair of articles, and only above its
thresholds; two passages of a claim can fail to be aligned with each other yet
plainly share the claim's informative words. When clustering asks whether two
claims agree, such a cross pair counts as agreeing when its weighted Dice
overlap (the aligner's own score, with the two articles' inverse sentence
frequencies) reaches ``AGREE`` and the two share two content words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.claims.units import Unit
from tui.engine.corpus import Article
from tui.engine.similarity import article_profiles, dice, pair_idf

AGREE = 0.15
"""Overlap at which an unaligned cross pair still agrees (the aligner's weak floor)."""
SHARED_WORDS = 2
"""Content words two units must share to agree without an alignment."""


class Affinity:
    """``similar(u, v)`` for unit positions ``u`` and ``v`` of different articles."""

    def __init__(self, articles: Sequence[Article], units: Sequence[Unit]) -> None:
        self._articles = articles
        self._units = units
        self._idf = cache(self._pair_idf)
        self._stems = cache(self._unit_stems)

    def similar(self, u: int, v: int) -> bool:
        a, b = self._units[u].article, self._units[v].article
        left, right = self._stems(u), self._stems(v)
        if len(left & right) < SHARED_WORDS:
            return False
        return dice(left, right, self._idf(min(a, b), max(a, b))) >= AGREE

    def _pair_idf(self, a: int, b: int) -> dict[str, float]:
        return pair_idf(article_profiles(self._articles[a]), article_profiles(self._articles[b]))

    def _unit_stems(self, u: int) -> frozenset[str]:
        unit = self._units[u]
        by_id = {p.id: p for p in article_profiles(self._articles[unit.article])}
        return frozenset().union(*(by_id[s].stems for s in unit.sentences if s in by_id))
