"""The overview's pair jobs on a Dask cluster (``diptych overview --executor dask``).

A 1,000-article corpus keeps about 6,500 related pairs, a minute of work on two
cores; tens of thousands of articles are worth a cluster. The articles are sent
to every worker once (``scatter(broadcast=True)``), then each job is a chunk of
pair positions (``pair_jobs.chunks``), so a worker reuses each article's own work
for every later pair, as a local worker process does. Results come back as jobs
finish; the order of ``pairs`` is kept.

Dask is an optional extra (``diptych[dask]``), imported only here and only when
this executor is chosen.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tui.engine.compare import compare
from tui.engine.corpus import Article
from tui.engine.overview import PairNumbers, PairSummary, Progress
from tui.engine.pair_jobs import chunks


class DaskMissing(ImportError):
    """The dask executor was chosen without the optional extra installed."""


def summarise_on_dask(
    articles: Sequence[Article],
    pairs: Sequence[tuple[int, int]],
    scheduler: str,
    progress: Progress | None = None,
) -> list[PairSummary]:
    """The summary of each pair, compared on the cluster whose scheduler listens at
    ``scheduler`` (e.g. ``tcp://10.0.0.5:8786``), in the order of ``pairs``."""
    try:
        from distributed import Client, as_completed
    except ImportError as error:
        raise DaskMissing(
            "the dask executor needs the optional extra: pip install 'diptych[dask]'"
        ) from error
    found: dict[tuple[int, int], PairNumbers] = {}
    with Client(scheduler) as client:
        shared: Any = client.scatter(tuple(articles), broadcast=True)
        jobs = [client.submit(_chunk_numbers, shared, chunk, pure=False) for chunk in chunks(pairs)]
        for job in as_completed(jobs):
            found.update(job.result())
            if progress is not None:
                progress(len(found), len(pairs))
    return [PairSummary(i, j, found[i, j]) for i, j in pairs]


def _chunk_numbers(
    articles: tuple[Article, ...], chunk: list[tuple[int, int]]
) -> list[tuple[tuple[int, int], PairNumbers]]:
    """Runs on a worker: the numbers of each pair of the chunk."""
    return [((i, j), PairNumbers.of(compare(articles[i], articles[j]))) for i, j in chunk]
