"""CPU time of the contradiction detectors (``find_contradictions``), stage by stage.

Run from the project root:  .venv/bin/python benchmarks/bench_detectors.py [--sizes 200 1000 5000]

For each synthetic pair of bench_compare.py (``synthetic_pair(size, seed_sentences())``)
and for the seed pairs, a fresh interpreter loads and aligns the two articles, then
times ``find_contradictions`` twice in separate processes:

- **total**: the call as the command runs it (CPU seconds of this process, table
  loads included: they are paid once per run, as in ``diptych compare``);
- **stages**: the same call with each stage wrapped in a timer, every stage charged
  only its own time (a detector that reads a sentence's words is not charged for the
  cutting). The timers add overhead, so the stage times add up to more than the total.
  Each detector's line also counts the pairs it proposed a conflict for (before the
  gates): only those need its per-sentence analyses, so a quick test can save at most
  the work spent on the others.

The cyclic garbage collector is off while they run, as ``compare`` turns it off.
Also printed: the import time of the contradiction pipeline (what ``compare`` pays
when it first needs it). CPU time (``time.process_time``) is steadier than wall time
on a loaded machine. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import itertools
import multiprocessing
import pkgutil
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

PACKAGE = "tui.engine.findings.contradiction"
STAGES = (
    # per-sentence analyses, then the detectors, then the gate and the score
    "sentence_tokens", "sentence_words", "sentence_norms", "sentence_lemmas", "quantities",
    "date_mentions", "entity_mentions", "polarity", "quoted_spans",
    "date_conflicts", "number_conflicts", "entity_conflicts", "negation_conflicts",
    "opposite_conflicts", "quote_conflicts", "refused_by", "confidence", "evidence",
)  # fmt: skip
"""Functions timed in stage mode, by name, wherever the package's modules use them
(a name a module lacks is skipped)."""

REPEATS = 3
"""Runs after the first, each with every per-sentence cache cleared (the steadier
figure on a busy machine is their best)."""

TARGET = 0.5
"""Issue 9: the detectors take at most this many CPU seconds at 5,000 sentences a side."""

Pair = tuple[str, str]


class _Timers:
    """Exclusive time per stage: a stage called inside another is charged to itself only."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)
        self.calls: dict[str, int] = defaultdict(int)
        self.proposing: dict[str, int] = defaultdict(int)
        """Calls of each detector that proposed a conflict (the pairs it must read)."""
        self._stack: list[list[float]] = []  # [started, time spent in nested stages]

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            frame = [time.process_time(), 0.0]
            self._stack.append(frame)
            try:
                found = function(*args, **kwargs)
                if name.endswith("_conflicts") and found:
                    self.proposing[name] += 1
                return found
            finally:
                self._stack.pop()
                spent = time.process_time() - frame[0]
                self.seconds[name] += spent - frame[1]
                self.calls[name] += 1
                if self._stack:
                    self._stack[-1][1] += spent

        return timed


@contextmanager
def _timed_stages(timers: _Timers) -> Iterator[None]:
    """Every STAGES function replaced by its timed wrapper in every module of the package."""
    modules = _modules()
    originals: dict[str, Any] = {}
    for module in modules:
        for name in STAGES:
            if name in module.__dict__ and name not in originals:
                originals[name] = module.__dict__[name]
    wrappers = {name: timers.wrap(name, function) for name, function in originals.items()}
    patched: list[tuple[Any, str, Any]] = []
    for module in modules:
        for name, function in originals.items():
            if module.__dict__.get(name) is function:
                patched.append((module, name, function))
                setattr(module, name, wrappers[name])
    pipeline = importlib.import_module(f"{PACKAGE}.pipeline")
    detectors = pipeline.DETECTORS
    pipeline.DETECTORS = tuple(
        wrappers.get(d.__name__, d) if d.__name__ in originals else d for d in detectors
    )
    try:
        yield
    finally:
        pipeline.DETECTORS = detectors
        for module, name, function in patched:
            setattr(module, name, function)


def _measure(pairs: list[Pair], stages: bool) -> dict[str, Any]:
    """In a fresh interpreter: CPU seconds of find_contradictions over ``pairs``."""
    from tui.engine.compare import _align
    from tui.engine.corpus import load_article

    loaded = []
    for left_path, right_path in pairs:
        left, right = load_article(Path(left_path)), load_article(Path(right_path))
        loaded.append((left, right, _align(left, right, None)))
    started = time.process_time()
    importlib.import_module(f"{PACKAGE}.pipeline")
    imported = time.process_time() - started
    from tui.engine.findings.contradiction.pipeline import find_contradictions

    gc.disable()  # as compare() does for the length of a comparison
    timers = _Timers()
    found = 0
    seconds: list[float] = []
    with _timed_stages(timers) if stages else _nothing():
        for left, right, alignments in loaded:
            started = time.process_time()
            found += len(find_contradictions(left, right, alignments))
            seconds.append(time.process_time() - started)
    again = []
    for _ in range(0 if stages else REPEATS):
        _clear_sentence_caches()
        started = time.process_time()
        for left, right, alignments in loaded:
            find_contradictions(left, right, alignments)
        again.append(time.process_time() - started)
    return {
        "import": imported,
        "seconds": seconds,
        "again": again,
        "found": found,
        "alignments": sum(len(a) for *_, a in loaded),
        "sentences": [f"{a.sentence_count}/{b.sentence_count}" for a, b, _ in loaded],
        "stages": dict(timers.seconds),
        "calls": dict(timers.calls),
        "proposing": dict(timers.proposing),
    }


def _clear_sentence_caches() -> None:
    """Forget every per-sentence analysis (tables and per-word forms stay loaded)."""
    from tui.engine.findings.contradiction.facts import forget_all

    forget_all()


def _modules() -> list[Any]:
    package = importlib.import_module(PACKAGE)
    return [
        importlib.import_module(f"{PACKAGE}.{info.name}")
        for info in pkgutil.iter_modules(package.__path__)
    ]


@contextmanager
def _nothing() -> Iterator[None]:
    yield


def _fresh(pairs: list[Pair], stages: bool) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    with context.Pool(1) as pool:
        return pool.apply(_measure, (pairs, stages))


def _report(label: str, pairs: list[Pair]) -> None:
    total = _fresh(pairs, stages=False)
    staged = _fresh(pairs, stages=True)
    seconds = total["seconds"]
    print(
        f"\n{label}: {len(pairs)} pair(s), sentences {', '.join(total['sentences'][:3])}"
        f"{' ...' if len(pairs) > 3 else ''}; {total['alignments']} alignments, "
        f"{total['found']} contradictions"
    )
    first = f" (first pair {seconds[0]:.3f} s, table loads included)" if len(seconds) > 1 else ""
    print(f"  find_contradictions CPU: {sum(seconds):.3f} s{first}")
    again = ", ".join(f"{t:.3f}" for t in total["again"])
    print(f"  again, per-sentence caches cleared, tables loaded: {again} s")
    best = min(total["again"], default=sum(seconds))
    print(f"  best: {best:.3f} s CPU (issue 9's target: {TARGET} s at 5,000 sentences a side)")
    print(f"  import of the pipeline: {total['import']:.3f} s")
    print(f"  stages (timed run, {sum(staged['seconds']):.3f} s with timer overhead):")
    ranked = sorted(staged["stages"].items(), key=lambda item: -item[1])
    for name, spent in ranked:
        proposing = staged["proposing"].get(name, 0) if name.endswith("_conflicts") else None
        pairs = "" if proposing is None else f", {proposing} proposing"
        print(f"    {name:<20} {spent:>7.3f} s {staged['calls'][name]:>8} calls{pairs}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[200, 1000, 5000])
    parser.add_argument("--no-seeds", action="store_true", help="skip the seed pairs")
    parser.add_argument(
        "--keep", type=Path, help="write the synthetic pairs to this folder (and reuse them)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        _run(folder, args.sizes, seeds=not args.no_seeds)
    return 0


def _run(folder: Path, sizes: list[int], seeds: bool) -> None:
    from bench_compare import synthetic_files

    for size in sizes:
        left, right = synthetic_files(folder, size)
        _report(f"synthetic {size}", [(str(left), str(right))])
    if seeds:
        found = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
        _report("seed pairs", list(itertools.combinations(found, 2)))


if __name__ == "__main__":
    sys.exit(main())
