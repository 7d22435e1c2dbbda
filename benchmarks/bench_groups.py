"""How well the overview's event groups recover BASIL's events: adjusted Rand index and purity.

Run from the project root:  .venv/bin/python benchmarks/bench_groups.py
    [--sizes 150 300] [--join-at 0.05 0.1 0.2] [--thousand] [--workers 2]

Each corpus is written to a temporary folder as in ``bench_overview`` (BASIL events
in file order, three outlets each; ``--thousand`` adds the seeds and rewrites up to
1,000 articles). The overview compares the candidate pairs once, then the groups are
built from its numbers at each ``--join-at`` and scored against the events:

* **ARI**: adjusted Rand index of the partition (an article in no group is its own
  group), 1 = the events exactly, about 0 = chance.
* **purity**: share of articles whose group's most common event is their own.
* **inverse purity**: the same with events and groups swapped (1 = no event split).
* **in groups**: share of articles placed in a group of two or more.

The same figures are printed for connected components of the pairs aligning at least
the threshold, the greedy baseline. Choose thresholds on BASIL 150 (events 0-49);
300 includes the held-out events 50-99 and is only read as a whole.
"""

from __future__ import annotations

import sys
import time
from argparse import ArgumentParser, Namespace
from collections import Counter
from collections.abc import Sequence
from math import comb
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_overview import for_each_corpus  # noqa: E402

from tui.engine.corpus import load_corpus  # noqa: E402
from tui.engine.event_groups import event_groups  # noqa: E402
from tui.engine.overview import PairSummary, overview  # noqa: E402


def adjusted_rand(truth: Sequence[int], found: Sequence[int]) -> float:
    """Hubert and Arabie's adjusted Rand index of two labellings of the same items."""
    pairs_in = sum(comb(n, 2) for n in Counter(zip(truth, found, strict=True)).values())
    truth_pairs = sum(comb(n, 2) for n in Counter(truth).values())
    found_pairs = sum(comb(n, 2) for n in Counter(found).values())
    expected = truth_pairs * found_pairs / comb(len(truth), 2)
    top = (truth_pairs + found_pairs) / 2
    return (pairs_in - expected) / (top - expected) if top != expected else 1.0


def purity(truth: Sequence[int], found: Sequence[int]) -> float:
    """Share of items whose cluster's most common true label is their own."""
    by_cluster: dict[int, Counter[int]] = {}
    for label, cluster in zip(truth, found, strict=True):
        by_cluster.setdefault(cluster, Counter())[label] += 1
    return sum(c.most_common(1)[0][1] for c in by_cluster.values()) / len(truth)


def components(count: int, pairs: Sequence[PairSummary], at: float) -> list[int]:
    """Connected components of the pairs aligning at least ``at``, as a label per article."""
    parent = list(range(count))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for pair in pairs:
        if pair.numbers.aligned_share >= at:
            parent[root(pair.left)] = root(pair.right)
    return [root(i) for i in range(count)]


def grouped_labels(count: int, pairs: Sequence[PairSummary], join_at: float) -> list[int]:
    """A label per article: its group's index, or a label of its own."""
    labels = list(range(count, 2 * count))
    for k, group in enumerate(event_groups(pairs, join_at)):
        for member in group.members:
            labels[member] = k
    return labels


def scores(truth: list[int], found: list[int]) -> str:
    sizes = Counter(found)
    placed = sum(1 for label in found if sizes[label] > 1) / len(found)
    return (
        f"ARI {adjusted_rand(truth, found):.3f}  purity {purity(truth, found):.3f}  "
        f"inverse purity {purity(found, truth):.3f}  in groups {placed:.0%}  "
        f"groups {sum(1 for n in sizes.values() if n > 1)}"
    )


def run(label: str, folder: Path, families: dict[str, int], args: Namespace) -> None:
    corpus = load_corpus(folder)
    articles = sorted(corpus.articles, key=lambda a: a.name)
    truth = [families[a.name] for a in articles]
    started = time.perf_counter()
    result = overview(articles, workers=args.workers)
    compared = time.perf_counter() - started
    print(
        f"\n{label}: {len(articles)} articles, {len(set(truth))} events, "
        f"{len(result.pairs):,} candidate pairs compared in {compared:.1f} s"
    )
    for at in args.join_at:
        started = time.perf_counter()
        found = grouped_labels(len(articles), result.pairs, at)
        took = (time.perf_counter() - started) * 1000
        print(f"  average link  >= {at:<5} {scores(truth, found)}  ({took:.1f} ms)")
        greedy = components(len(articles), result.pairs, at)
        print(f"  components    >= {at:<5} {scores(truth, greedy)}")


def main() -> int:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[150, 300])
    parser.add_argument("--join-at", type=float, nargs="*", default=[0.02, 0.03, 0.05, 0.1])
    parser.add_argument("--thousand", action="store_true", help="also the 1,000-article corpus")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    for_each_corpus(
        args.sizes,
        args.thousand,
        lambda label, folder, families: run(label, folder, families, args),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
