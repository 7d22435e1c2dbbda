"""The overview on a Dask LocalCluster beside this machine's process pool.

Run from the project root:  .venv/bin/python benchmarks/bench_dask.py
    [--articles 150] [--workers 2]

BASIL's first ``--articles`` articles (whole events) are written to a temporary folder
(never into the repository). The candidate pairs are compared three ways: the local
pool (``--workers`` processes), and a ``LocalCluster`` of ``--workers`` worker
processes, timed once with the cluster's start-up and once more on the warm cluster
(each worker then already holds the articles' modules imported). The summaries must
be equal.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from argparse import ArgumentParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_overview import write_basil  # noqa: E402
from distributed import LocalCluster  # noqa: E402

from tui.engine.corpus import load_corpus  # noqa: E402
from tui.engine.overview import overview  # noqa: E402


def main() -> int:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        write_basil(Path(folder), args.articles)
        articles = sorted(load_corpus(Path(folder)).articles, key=lambda a: a.name)
        started = time.perf_counter()
        local = overview(articles, workers=args.workers)
        local_s = time.perf_counter() - started
        print(
            f"{len(articles)} articles, {len(local.pairs):,} candidate pairs: "
            f"local pool of {args.workers}: {local_s:.1f} s"
        )
        started = time.perf_counter()
        with LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster:
            cold = overview(articles, scheduler=cluster.scheduler_address)
            cold_s = time.perf_counter() - started
            started = time.perf_counter()
            warm = overview(articles, scheduler=cluster.scheduler_address)
            warm_s = time.perf_counter() - started
        print(
            f"  LocalCluster of {args.workers} workers: {cold_s:.1f} s with its start-up, "
            f"{warm_s:.1f} s warm; same summaries: {cold.pairs == local.pairs == warm.pairs}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
