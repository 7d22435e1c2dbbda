"""Work on many pairs of articles, on every available core when there are enough.

Pairs go to worker processes in chunks of neighbouring pairs (mostly sharing
their left article); each worker computes an article's own work
(``per_article``) once and reuses it for every later pair. So that an article's
pairs meet in one worker, each worker works through its own run of the sorted
chunks and only then takes chunks from the end of another's run (``_Runs``); at
1,000 articles this halves the articles whose own work is done twice. The articles
and chunks reach each worker once, when it starts; a job names no chunk, the
worker takes the next of its run. A few pairs are worked on in this process:
starting workers costs more.

``map_pairs`` runs any module-level ``PairWork`` (it must pickle by name);
``summarise_pairs`` is the overview's.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from typing import Any, TypeVar

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

Chunk = list[tuple[int, int]]

_articles: tuple[Article, ...] = ()
"""The corpus a worker process compares (set once per worker)."""
_chunks: list[Chunk] = []
"""Every chunk of the run (set once per worker)."""
_runs: _Runs | None = None
"""Which chunks are taken (shared by the workers)."""
_run = 0
"""The run this worker works through first."""


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
    batches = chunks(pairs)
    runs = _Runs(len(batches), workers)
    with ProcessPoolExecutor(
        workers, initializer=_start_worker, initargs=(articles, batches, runs)
    ) as pool:
        jobs = [pool.submit(_work_next_chunk, work) for _ in batches]
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


def chunks(pairs: Sequence[tuple[int, int]]) -> list[Chunk]:
    """Runs of ``CHUNK_PAIRS`` pairs in sorted order, so a run mostly shares its left
    article."""
    ordered = sorted(pairs)
    return [ordered[k : k + CHUNK_PAIRS] for k in range(0, len(ordered), CHUNK_PAIRS)]


class _Runs:
    """The chunks cut into one run of neighbours per worker, in memory the workers
    share: ``take`` hands out the next chunk of a worker's own run, and once that is
    done, the last chunk of the run with the most left. Every chunk is taken once."""

    def __init__(self, count: int, workers: int) -> None:
        bounds = [count * k // workers for k in range(workers + 1)]
        # fronts and ends of the runs, then how many workers have started
        self._state: Any = multiprocessing.Array("i", [*bounds[:-1], *bounds[1:], 0])
        self._workers = workers

    def join(self) -> int:
        """The run of a worker that starts (one run each, in turn)."""
        with self._state.get_lock():
            joined = self._state[2 * self._workers]
            self._state[2 * self._workers] = joined + 1
        return int(joined) % self._workers

    def take(self, run: int) -> int | None:
        """The chunk the worker of ``run`` does next, ``None`` when all are taken."""
        state, workers = self._state, self._workers
        with state.get_lock():
            if state[run] < state[workers + run]:
                state[run] += 1
                return int(state[run] - 1)
            left = [state[workers + r] - state[r] for r in range(workers)]
            fullest = max(range(workers), key=left.__getitem__)
            if left[fullest] <= 0:
                return None
            state[workers + fullest] -= 1
            return int(state[workers + fullest])


def _start_worker(articles: tuple[Article, ...], batches: list[Chunk], runs: _Runs) -> None:
    global _articles, _chunks, _runs, _run
    _articles, _chunks, _runs = articles, batches, runs
    _run = runs.join()


def _work_next_chunk(work: PairWork[T]) -> list[tuple[tuple[int, int], T]]:
    """``work`` on each pair of the next chunk this worker takes."""
    assert _runs is not None, "called outside a worker"
    taken = _runs.take(_run)
    chunk = [] if taken is None else _chunks[taken]
    return [((i, j), work(_articles[i], _articles[j])) for i, j in chunk]
