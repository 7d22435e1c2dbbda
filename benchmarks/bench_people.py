"""CPU time of people and names (``cast_of`` of both articles, then ``find_name_findings``).

Run from the project root:  .venv/bin/python benchmarks/bench_people.py [--sizes 1000 5000]

For each synthetic pair of bench_compare.py (``synthetic_pair(size, seed_sentences())``)
and for every pair of seed articles, a fresh interpreter loads and aligns the two
articles, then, ``--runs`` times on freshly loaded copies (an article keeps its people
once found), times:

- **people**: the people of both articles (``cast_of``), found once per article and
  reused by every pair, overview and claim that needs them;
- **pair**: the name findings between the two (``find_name_findings`` with the
  alignments, the casts already found).

The lexicons are loaded before timing (they are paid once per run, as in ``diptych
compare``); the cyclic garbage collector is off, as ``compare`` turns it off. CPU time
(``time.process_time``) is steadier than wall time on a loaded machine; the best run
is the figure to compare (the target is 0.3 s for both at 5,000 sentences a side).
Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

Pair = tuple[str, str]


def _measure(pairs: list[Pair], runs: int) -> dict[str, Any]:
    """In a fresh interpreter: the best CPU seconds of people and names over ``pairs``."""
    from tui.engine.compare import _align
    from tui.engine.corpus import load_article
    from tui.engine.people.cast import cast_of
    from tui.engine.people.names import find_name_findings

    def load() -> list[tuple[Any, Any, Any]]:
        loaded = []
        for left_path, right_path in pairs:
            left, right = load_article(Path(left_path)), load_article(Path(right_path))
            loaded.append((left, right, alignments.get((left_path, right_path))))
        return loaded

    alignments: dict[Pair, Any] = {}
    for (left, right, _), pair in zip(load(), pairs, strict=True):
        alignments[pair] = _align(left, right, None)
        find_name_findings(left, right, alignments[pair])  # lexicons loaded
    gc.disable()  # as compare() does for the length of a comparison
    people, pair_times, found = [], [], 0
    for _ in range(runs):
        loaded = load()
        started = time.process_time()
        for left, right, _ in loaded:
            cast_of(left)
            cast_of(right)
        middle = time.process_time()
        found = sum(len(find_name_findings(left, right, a)) for left, right, a in loaded)
        people.append(middle - started)
        pair_times.append(time.process_time() - middle)
    gc.enable()
    totals = [a + b for a, b in zip(people, pair_times, strict=True)]
    best = totals.index(min(totals))
    return {
        "people": people[best],
        "pair": pair_times[best],
        "totals": totals,
        "found": found,
        "sentences": [f"{a.sentence_count}/{b.sentence_count}" for a, b, _ in loaded],
    }


def _report(label: str, pairs: list[Pair], runs: int) -> None:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        measured = pool.apply(_measure, (pairs, runs))
    total = measured["people"] + measured["pair"]
    every = ", ".join(f"{t:.3f}" for t in measured["totals"])
    print(
        f"{label}: {len(pairs)} pair(s), sentences {', '.join(measured['sentences'][:2])}"
        f"{' ...' if len(pairs) > 2 else ''}; {measured['found']} name findings\n"
        f"  people and names CPU, best of {runs}: {total:.3f} s "
        f"(people {measured['people']:.3f} s, pair {measured['pair']:.3f} s); runs: {every}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--no-seeds", action="store_true", help="skip the seed pairs")
    args = parser.parse_args()
    from bench_compare import synthetic_files

    with tempfile.TemporaryDirectory() as scratch:
        for size in args.sizes:
            left, right = synthetic_files(Path(scratch), size)
            _report(f"synthetic {size}", [(str(left), str(right))], args.runs)
    if not args.no_seeds:
        found = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
        _report("seed pairs", list(itertools.combinations(found, 2)), args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
