"""Speed of the claim matrix on BASIL corpora (300 articles by default).

Run from the project root:  .venv/bin/python benchmarks/bench_claims.py [--sizes 300]
    [--workers N]

Each corpus is the first N BASIL articles (whole events, as in ``bench_overview``),
written to a temporary folder (never into the repository). Figures per corpus:

* **build_claims**: candidate pairs, alignment and contradiction work in the process
  pool, units and clustering: wall time, pairs compared, progress calls, claims.
* **diptych claims --format json**: the command end to end in a fresh process
  (loading, the matrix, the JSON), wall time and output size.

Timings only: no example from BASIL is read or shown (clusters 50-99 are a
held-out check; their time is an aggregate figure).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from argparse import ArgumentParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_overview import write_basil  # noqa: E402

from tui.engine.claims.build import build_claims  # noqa: E402
from tui.engine.corpus import load_corpus  # noqa: E402


def run(size: int, workers: int | None) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_basil(folder, size)
        started = time.perf_counter()
        articles = sorted(load_corpus(folder).articles, key=lambda a: a.name)
        loaded = time.perf_counter() - started
        calls: list[tuple[int, int]] = []
        started = time.perf_counter()
        matrix = build_claims(articles, lambda d, t: calls.append((d, t)), workers=workers)
        built = time.perf_counter() - started
        shared = sum(1 for claim in matrix.claims if len(claim.members) > 1)
        pairs = calls[-1][1] if calls else 0
        print(
            f"{len(articles)} articles: load {loaded:.1f} s; build_claims {built:.1f} s "
            f"({pairs:,} pairs, {len(calls):,} progress calls); {len(matrix.claims):,} claims, "
            f"{shared:,} held by 2+ articles, {matrix.refused_chains:,} merges refused"
        )
        command = [str(ROOT / ".venv" / "bin" / "diptych"), "claims", tmp, "--format", "json"]
        if workers:
            command += ["--jobs", str(workers)]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=True)
        wall = time.perf_counter() - started
        print(f"  diptych claims --format json: {wall:.1f} s, {len(done.stdout) / 1e6:.1f} MB")


def main() -> int:
    parser = ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[300])
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    for size in args.sizes:
        run(size, args.workers)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
