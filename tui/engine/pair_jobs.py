"""Work on many pairs of articles, on every available core when there are enough.

Pairs go to worker processes in chunks of neighbouring pairs (mostly sharing
their left article); each worker computes an article's own work
(``per_article``) once and reuses it for every later pair. The
articles reach each worker once, when it starts; a chunk is a list of positions.
A few pairs are worked on in this process: starting workers costs more.

``map_pairs`` runs any module-level ``PairWork`` (it must pickle by name);
``summarise_pairs`` is the overview's.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import TypeVar

from tui.engine.compare import compare
from tui.engine.corpus import Article
from tui.engine.overview import PairNumbers, PairSummary, Progress

T = TypeVar("T")

PairWork = Callable[[Article, Article], T]
"""What is done with one pair (left, right); a module-level function."""

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
    numbers = map_pairs(_pair_numbers, articles, pairs, progress, workers)
    return [PairSummary(i, j, n) for (i, j), n in zip(pairs, numbers, strict=True)]


def _pair_numbers(left: Article, right: Article) -> PairNumbers:
    return PairNumbers.of(compare(left, right))


def map_pairs(
    work: PairWork[T],
    articles: Sequence[Article],
    pairs: Sequence[tuple[int, int]],
    progress: Progress | None = None,
    workers: int | None = None,
) -> list[T]:
    """``work(articles[i], articles[j])`` for each pair (i, j), in the order of ``pairs``."""
    articles = tuple(articles)
    workers = min(workers or available_cores(), max(1, len(pairs) // CHUNK_PAIRS))
    if workers <= 1 or len(pairs) < POOL_MIN_PAIRS:
        return _in_process(work, articles, pairs, progress)
    found: dict[tuple[int, int], T] = {}
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(articles,)) as pool:
        jobs = [pool.submit(_work_chunk, work, chunk) for chunk in chunks(pairs)]
        for job in as_completed(jobs):
            found.update(job.result())
            if progress is not None:
                progress(len(found), len(pairs))
    return [found[pair] for pair in pairs]


def _in_process(
    work: PairWork[T],
    articles: tuple[Article, ...],
    pairs: Sequence[tuple[int, int]],
    progress: Progress | None,
) -> list[T]:
    results = []
    for done, (i, j) in enumerate(pairs, 1):
        results.append(work(articles[i], articles[j]))
        if progress is not None:
            progress(done, len(pairs))
    return results


def chunks(pairs: Sequence[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Runs of ``CHUNK_PAIRS`` pairs in sorted order, so a run mostly shares its left
    article."""
    ordered = sorted(pairs)
    return [ordered[k : k + CHUNK_PAIRS] for k in range(0, len(ordered), CHUNK_PAIRS)]


def _start_worker(articles: tuple[Article, ...]) -> None:
    global _articles
    _articles = articles


def _work_chunk(work: PairWork[T], chunk: list[tuple[int, int]]) -> list[tuple[tuple[int, int], T]]:
    return [((i, j), work(_articles[i], _articles[j])) for i, j in chunk]
