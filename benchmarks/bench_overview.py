"""Overview speed and candidate recall on BASIL corpora of 30, 150 and 300 articles and
on a 1,000-article corpus built from BASIL and the seeds.

Run from the project root:  .venv/bin/python benchmarks/bench_overview.py
    [--sizes 30 150 300] [--thousand] [--workers 2] [--sequential-only]

Each corpus is written to a temporary folder (never into the repository): BASIL
events in file order, three outlets each, as "title, blank line, text". The
1,000-article corpus adds the seeds and rewrites of BASIL articles and seeds
(paragraphs dropped and reordered, sentences dropped, words reworded, as in
``bench_compare``), so each event has about ten articles.

Figures per corpus:

* **one process**: every pair among 25 articles drawn at random, compared one
  after another with ``compare()`` in this process (each article's own work
  amortised as in a full run); ms per pair, and the time every pair of the corpus
  would take at that rate. This needs only ``compare`` and ``load_corpus``, so
  it also runs on older trees (``--sequential-only``) for before/after figures.
* **every pair**: ``overview(all_pairs=True)`` with the process pool: wall
  time, ms per pair. Past ``--max-pairs`` pairs it is not run; its time is then
  extrapolated from the candidate run's rate and marked ``~``.
* **candidates**: the candidate index (its own time, pairs kept), then
  ``overview()`` on those pairs with the pool: wall time.
* **recall**: of the related pairs (mean aligned share >= 10%; also shown for
  "either article >= 10%"), the share the candidates kept. With every pair
  compared this is exact; otherwise the truth is every pair within an event
  plus ``--cross-sample`` pairs across events drawn at random, and the figure is
  an estimate.
"""

from __future__ import annotations

import itertools
import json
import random
import re
import sys
import tempfile
import time
from argparse import ArgumentParser, Namespace
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from tui.engine.compare import compare  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.engine.segment import segment  # noqa: E402

BASIL = ROOT.parent / "shared" / "eval" / "external" / "basil_clusters.jsonl"
SAMPLE_ARTICLES = 25
RELATED = 0.10
"""Pairs with at least this share of sentences aligned are related."""


def basil_events() -> list[list[tuple[str, str]]]:
    """(title, text) of each outlet's article, per event, in file order."""
    if not BASIL.exists():
        raise SystemExit(f"{BASIL} not found: the BASIL corpus lives in ../shared/eval/external/")
    events = []
    for line in BASIL.read_text(encoding="utf-8").splitlines():
        cluster = json.loads(line)
        events.append([(a["title"], a["text"]) for a in cluster["articles"]])
    return events


def write_basil(folder: Path, articles: int) -> dict[str, int]:
    """The first ``articles`` BASIL articles (whole events); file name -> event."""
    families: dict[str, int] = {}
    for event, outlets in enumerate(basil_events()):
        for outlet, (title, text) in enumerate(outlets):
            if len(families) >= articles:
                return families
            name = f"{event:03d}_{outlet}.txt"
            (folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
            families[name] = event
    return families


_PARAGRAPHS = re.compile(r"\n\s*\n")


def rewrite(text: str, rng: random.Random, vocabulary: Sequence[str]) -> str:
    """Another outlet's version: paragraphs dropped and swapped, sentences dropped,
    words reworded."""
    from bench_compare import REWORD, perturb

    paragraphs = [p for p in _PARAGRAPHS.split(text) if p.strip()]
    kept = [p for p in paragraphs if rng.random() > 0.25] or paragraphs[:1]
    for k in range(len(kept) - 1):
        if rng.random() < 0.3:
            kept[k], kept[k + 1] = kept[k + 1], kept[k]
    out = []
    for paragraph in kept:
        sentences = [s.text for s in segment(paragraph)]
        sentences = [s for s in sentences if rng.random() > 0.15] or sentences[:1]
        out.append(" ".join(perturb(s, REWORD, vocabulary, rng) for s in sentences))
    return "\n\n".join(out) + "\n"


def write_thousand(folder: Path, total: int = 1000) -> dict[str, int]:
    """BASIL's 300 articles, the seeds as one more event, and rewrites up to ``total``."""
    families = write_basil(folder, 300)
    seed_event = 1 + max(families.values())
    for seed in sorted((ROOT / "seeds").glob("*.txt")):
        name = f"seed_{seed.stem}.txt"
        (folder / name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
        families[name] = seed_event
    originals = sorted(families)
    rng = random.Random(1000)
    texts = {name: (folder / name).read_text(encoding="utf-8") for name in originals}
    vocabulary = sorted({w for t in texts.values() for w in t.split() if w.isalpha()})
    for k in range(total - len(originals)):
        source = originals[k % len(originals)]
        name = f"{Path(source).stem}_r{k // len(originals)}.txt"
        (folder / name).write_text(rewrite(texts[source], rng, vocabulary), encoding="utf-8")
        families[name] = families[source]
    return families


T = TypeVar("T")


CorpusRun = Callable[[str, Path, "dict[str, int]"], None]
"""Measures one corpus: its label, its folder and each file's event."""


def for_each_corpus(sizes: Sequence[int], thousand: bool, measure: CorpusRun) -> None:
    """``measure`` each BASIL corpus of ``sizes`` articles, then (``thousand``) the
    1,000-article corpus, each written to a temporary folder."""
    for size in sizes:
        with tempfile.TemporaryDirectory() as folder:
            measure(f"BASIL {size}", Path(folder), write_basil(Path(folder), size))
    if thousand:
        with tempfile.TemporaryDirectory() as folder:
            measure("BASIL + seeds + rewrites", Path(folder), write_thousand(Path(folder)))


def timed(run: Callable[[], T]) -> tuple[float, T]:
    started = time.perf_counter()
    result = run()
    return time.perf_counter() - started, result


def one_process(articles: Sequence[Article]) -> tuple[float, float]:
    """(wall, CPU) seconds per pair: every pair among ``SAMPLE_ARTICLES`` random
    articles, in turn. CPU time is the steadier figure on a busy machine."""
    sample = random.Random(0).sample(list(articles), min(SAMPLE_ARTICLES, len(articles)))
    pairs = list(itertools.combinations(sample, 2))
    cpu = time.process_time()
    seconds, _ = timed(lambda: [compare(a, b) for a, b in pairs])
    return seconds / len(pairs), (time.process_time() - cpu) / len(pairs)


Shares = dict[tuple[int, int], tuple[float, float]]
"""(left share, right share) aligned, per pair of article positions."""


def recall_line(truth: Shares, kept: set[tuple[int, int]]) -> str:
    """Share of the related pairs of ``truth`` that ``kept`` holds, by both definitions."""
    parts = []
    for label, is_related in (
        ("mean share", lambda a, b: (a + b) / 2 >= RELATED),
        ("either article", lambda a, b: max(a, b) >= RELATED),
    ):
        found = [pair for pair, shares in truth.items() if is_related(*shares)]
        hit = sum(1 for pair in found if pair in kept)
        parts.append(f"{label} >= 10%: {hit}/{len(found)} = {hit / max(1, len(found)):.3f}")
    return "; ".join(parts)


def run_corpus(label: str, folder: Path, families: dict[str, int], args: Namespace) -> None:
    load_s, corpus = timed(lambda: load_corpus(folder))
    articles = sorted(corpus.articles, key=lambda a: a.name)
    every = len(articles) * (len(articles) - 1) // 2
    print(f"\n{label}: {len(articles)} articles, {every:,} pairs, loaded in {load_s:.2f} s")
    per_pair, cpu = one_process(articles)
    print(
        f"  one process, compare() per pair: {per_pair * 1000:.2f} ms a pair "
        f"(CPU {cpu * 1000:.2f} ms) -> every pair ~{per_pair * every:.0f} s"
    )
    if not args.sequential_only:
        overview_figures(articles, families, args)


def overview_figures(articles: list[Article], families: dict[str, int], args: Namespace) -> None:
    from tui.engine.overview import overview, pairs_to_compare
    from tui.engine.pair_jobs import summarise_pairs

    every = len(articles) * (len(articles) - 1) // 2
    index_s, (chosen, _) = timed(lambda: pairs_to_compare(articles))
    print(
        f"  candidate index: {len(chosen):,} pairs kept ({len(chosen) / every:.1%}) "
        f"in {index_s:.2f} s"
    )
    workers = f"{args.workers} workers"
    cand_s, _ = timed(lambda: overview(articles, workers=args.workers))
    rate = cand_s / max(1, len(chosen))
    print(f"  overview, candidates, {workers}: {cand_s:.1f} s (index included)")
    kept = set(chosen)
    if every <= args.max_pairs:
        all_s, full = timed(lambda: overview(articles, all_pairs=True, workers=args.workers))
        print(
            f"  overview, every pair, {workers}: {all_s:.1f} s "
            f"({all_s / every * 1000:.2f} ms a pair)"
        )
        truth = {
            (s.left, s.right): (s.numbers.left_share, s.numbers.right_share) for s in full.pairs
        }
        print(f"  recall: {recall_line(truth, kept)}")
        return
    print(f"  overview, every pair: ~{rate * every:.0f} s at the candidate run's rate (not run)")
    within: list[tuple[int, int]] = []
    across: list[tuple[int, int]] = []
    for i, j in itertools.combinations(range(len(articles)), 2):
        same = families[articles[i].name] == families[articles[j].name]
        (within if same else across).append((i, j))
    sample = random.Random(1).sample(across, min(args.cross_sample, len(across)))
    truth_s, summaries = timed(
        lambda: summarise_pairs(articles, within + sample, workers=args.workers)
    )
    truth = {(s.left, s.right): (s.numbers.left_share, s.numbers.right_share) for s in summaries}
    print(
        f"  truth: {len(within):,} pairs within events + {len(sample):,} across, "
        f"compared in {truth_s:.1f} s"
    )
    for where, pairs in (("within", within), ("across", sample)):
        print(
            f"  recall (estimate) {where} events: {recall_line({p: truth[p] for p in pairs}, kept)}"
        )


def main() -> int:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[30, 150, 300])
    parser.add_argument("--thousand", action="store_true", help="also the 1,000-article corpus")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--max-pairs",
        type=int,
        default=50_000,
        help="compare every pair only up to this many (default 50,000)",
    )
    parser.add_argument("--cross-sample", type=int, default=3000)
    parser.add_argument(
        "--sequential-only",
        action="store_true",
        help="only the one-process figure (runs on trees without the overview)",
    )
    args = parser.parse_args()
    for_each_corpus(
        args.sizes,
        args.thousand,
        lambda label, folder, families: run_corpus(label, folder, families, args),
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
