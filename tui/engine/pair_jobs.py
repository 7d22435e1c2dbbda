"""Compare many pairs of articles, on every available core when there are enough.

Pairs go to worker processes in chunks of neighbouring pairs (mostly sharing
their left article); each worker computes an article's own work
(``per_article``) once and reuses it for every later pair. The
articles reach each worker once, when it starts; a chunk is a list of positions.
A few pairs are compared in this process: starting workers costs more.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed

from tui.engine.compare import compare
from tui.engine.corpus import Article
from tui.engine.overview import PairNumbers, PairSummary, Progress

POOL_MIN_PAIRS = 200
"""Fewer pairs than this are compared in this process (about a second of work)."""
CHUNK_PAIRS = 32
"""Pairs per job: enough to amortise sending it, few enough to spread the work."""

_articles: tuple[Article, ...] = ()
"""The corpus a worker process compares (set once per worker)."""


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def summarise_pairs(
    articles: Sequence[Article],
    pairs: Sequence[tuple[int, int]],
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[PairSummary]:
    """The summary of each pair (positions into ``articles``), in the order of ``pairs``."""
    articles = tuple(articles)
    workers = min(workers or available_cores(), max(1, len(pairs) // CHUNK_PAIRS))
    if workers <= 1 or len(pairs) < POOL_MIN_PAIRS:
        return _in_process(articles, pairs, progress)
    found: dict[tuple[int, int], PairSummary] = {}
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(articles,)) as pool:
        jobs = [pool.submit(_summarise_chunk, chunk) for chunk in _chunks(pairs)]
        for job in as_completed(jobs):
            for summary in job.result():
                found[summary.left, summary.right] = summary
            if progress is not None:
                progress(len(found), len(pairs))
    return [found[pair] for pair in pairs]


def _in_process(
    articles: tuple[Article, ...], pairs: Sequence[tuple[int, int]], progress: Progress | None
) -> list[PairSummary]:
    summaries = []
    for done, (i, j) in enumerate(pairs, 1):
        summaries.append(PairSummary(i, j, PairNumbers.of(compare(articles[i], articles[j]))))
        if progress is not None:
            progress(done, len(pairs))
    return summaries


def _chunks(pairs: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of ``CHUNK_PAIRS`` pairs in sorted order, so a run mostly shares its left
    article."""
    ordered = sorted(pairs)
    return [ordered[k : k + CHUNK_PAIRS] for k in range(0, len(ordered), CHUNK_PAIRS)]


def _start_worker(articles: tuple[Article, ...]) -> None:
    global _articles
    _articles = articles


def _summarise_chunk(chunk: list[tuple[int, int]]) -> list[PairSummary]:
    return [
        PairSummary(i, j, PairNumbers.of(compare(_articles[i], _articles[j]))) for i, j in chunk
    ]
