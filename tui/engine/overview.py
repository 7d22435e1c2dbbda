"""The overview of a corpus: what each compared pair of articles has in common.

``overview`` picks the pairs worth comparing (``related.candidate_pairs``, or
every pair), compares them (``pair_jobs``: in a process pool when there are
enough) and keeps a few numbers per pair, the same the app's overview shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations

from tui.engine.compare import Comparison
from tui.engine.corpus import Article
from tui.engine.findings.model import DEFAULT_MIN_SCORE

Progress = Callable[[int, int], None]
"""Told (pairs done, pairs in all) as comparisons finish."""


@dataclass(frozen=True, slots=True)
class PairNumbers:
    """What the overview shows of one compared pair."""

    left_share: float
    """Share of the left article's content sentences aligned with the right one."""
    right_share: float
    contradictions: int
    names: int
    shared: int
    """Shared passages (runs of six or more words found in both)."""

    @property
    def aligned_share(self) -> float:
        """The mean share of each article's sentences that found a partner."""
        return (self.left_share + self.right_share) / 2

    @classmethod
    def of(cls, comparison: Comparison) -> PairNumbers:
        """The numbers of ``comparison``, counting the findings a view shows."""
        comparison = comparison.at_least(DEFAULT_MIN_SCORE)
        return cls(
            comparison.left_aligned_share,
            comparison.right_aligned_share,
            comparison.count("contradiction"),
            comparison.count("name"),
            comparison.count("shared"),
        )

    def swapped(self) -> PairNumbers:
        """The numbers seen from the other side (the counts do not change)."""
        return replace(self, left_share=self.right_share, right_share=self.left_share)


@dataclass(frozen=True, slots=True)
class PairSummary:
    """The numbers of one compared pair; ``left`` and ``right`` are article positions."""

    left: int
    right: int
    numbers: PairNumbers


@dataclass(frozen=True)
class Overview:
    articles: tuple[Article, ...]
    pairs: tuple[PairSummary, ...]
    """Compared pairs, by (left, right) position; left < right."""
    skipped: tuple[tuple[int, int], ...]
    """Pairs not compared: they share too few informative words to share claims."""
    all_pairs: bool = False
    """Every pair was asked for (nothing skipped)."""


def pairs_to_compare(
    articles: Sequence[Article], all_pairs: bool = False
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(pairs to compare, pairs skipped as unrelated), by position, each sorted."""
    every = list(combinations(range(len(articles)), 2))
    if all_pairs:
        return every, []
    from tui.engine.related import candidate_pairs

    chosen = set(candidate_pairs(articles).pairs)
    return [p for p in every if p in chosen], [p for p in every if p not in chosen]


def overview(
    articles: Sequence[Article],
    all_pairs: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Overview:
    """Compare the related pairs of ``articles`` (every pair with ``all_pairs``).

    ``workers`` caps the processes (default: one per available core; tiny
    inputs always run in this process). With ``scheduler``, the address of a Dask
    scheduler, the pairs are compared on that cluster instead (``dask_jobs``).
    """
    articles = tuple(articles)
    chosen, skipped = pairs_to_compare(articles, all_pairs)
    if scheduler is not None:
        from tui.engine.dask_jobs import summarise_on_dask

        summaries = summarise_on_dask(articles, chosen, scheduler, progress)
    else:
        from tui.engine.pair_jobs import summarise_pairs

        summaries = summarise_pairs(articles, chosen, progress, workers)
    return Overview(articles, tuple(summaries), tuple(skipped), all_pairs)
