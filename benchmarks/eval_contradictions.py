"""Contradiction detectors on public sentence-pair sets: hit and false-alarm rates.

Each pair is treated as two aligned one-sentence articles and run through
``sentence_conflicts`` (the same code ``diptych compare`` runs per aligned pair).

- SICK (sick.tsv): CONTRADICTION pairs should be flagged (hit rate), ENTAILMENT
  pairs must almost never be (false alarms, at most 1 in 20); NEUTRAL shown too.
- FEVER symmetric: REFUTES (claim vs evidence) vs SUPPORTS pairs.
- MSR paraphrase: label 1 (paraphrase) pairs should rarely be flagged; label 0
  pairs often differ in a number or a date, so flags there are expected.
- BASIL: whole articles (NYT, Fox, HuffPost on one event) through ``compare``:
  contradiction findings per article pair, by type, with examples to read.
- Labelled real set (clusters 0-49, benchmarks/data/): precision per type of what
  is flagged at --min-score, and a calibration table (score bucket -> share true).
- Held-out (clusters 50-99): flags per same-event pair, counts only (never read).
- Different events: each article of cluster i against the same outlet's article of
  cluster i+1 (clusters 0-49): flags per pair, which should be near zero.
- Planted (planted_edits.py): real BASIL sentences of clusters 0-49 against a copy
  with one planted change of every type, or a trap: recall per type, false alarms
  on traps and on unchanged sentences.
- FEVER single-fact revisions (fever_revisions.py): a supported and a refuted claim
  about one evidence sentence: share found per type of the changed fact.

Usage (from the project root):
    .venv/bin/python benchmarks/eval_contradictions.py [--external DIR] [--show N]
        [--basil N] [--planted N] [--min-score X]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path

from basil_candidates import basil_article, basil_clusters, same_event_pairs
from fever_revisions import revisions
from labelled_set import report as labelled_report
from planted_edits import planted

from tui.engine.compare import compare
from tui.engine.corpus import Article, build_article
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence

DEFAULT_EXTERNAL = Path("../shared/eval/external")
MIN_SCORE = 0.5


def all_conflicts(a: str, b: str) -> list[Conflict]:
    """Every conflict between two sentences, at any score."""
    return sentence_conflicts(Sentence(0, 0, len(a), a), Sentence(0, 0, len(b), b))


def conflicts(a: str, b: str) -> list[Conflict]:
    return [c for c in all_conflicts(a, b) if c.score >= MIN_SCORE]


def sick(folder: Path) -> list[tuple[str, str, str]]:
    with (folder / "sick.tsv").open(encoding="utf-8") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["sentence_A"], r["sentence_B"], r["entailment_label"]) for r in rows]


def fever(folder: Path) -> list[tuple[str, str, str]]:
    pairs = []
    for name in ("fever_symmetric_dev.jsonl", "fever_symmetric_test.jsonl"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            evidence = _detok(row["evidence"])
            pairs.append((evidence, _detok(row["claim"]), row["gold_label"]))
    return pairs


def _detok(text: str) -> str:
    """FEVER text is tokenised: "-LRB- 2006 -RRB- ," -> "(2006),"."""
    for a, b in ((" -LRB- ", " ("), (" -RRB-", ")"), (" ,", ","), (" .", "."), (" 's", "'s")):
        text = text.replace(a, b)
    return text


def msr(folder: Path) -> list[tuple[str, str, str]]:
    pairs = []
    for name in ("msr_paraphrase_train.txt", "msr_paraphrase_test.txt"):
        lines = (folder / name).read_text(encoding="utf-8-sig").splitlines()[1:]
        for line in lines:
            parts = line.split("\t")
            if len(parts) == 5:
                pairs.append((parts[3], parts[4], parts[0]))
    return pairs


def report(name: str, pairs: list[tuple[str, str, str]], show: int) -> None:
    flagged: Counter[str] = Counter()
    total: Counter[str] = Counter()
    types: dict[str, Counter[str]] = {}
    examples: dict[str, list[str]] = {}
    start = time.perf_counter()
    for a, b, label in pairs:
        total[label] += 1
        found = conflicts(a, b)
        if found:
            flagged[label] += 1
            types.setdefault(label, Counter()).update(c.type for c in found)
            examples.setdefault(label, []).append(f"{found[0].message}  ||  {a}  ||  {b}")
    elapsed = time.perf_counter() - start
    print(f"\n{name}: {len(pairs)} pairs in {elapsed:.1f} s")
    for label in sorted(total):
        rate = flagged[label] / total[label]
        kinds = ", ".join(f"{t} {n}" for t, n in types.get(label, Counter()).most_common())
        print(f"  {label:14} flagged {flagged[label]:5}/{total[label]:5} = {rate:6.1%}  ({kinds})")
        for example in examples.get(label, [])[:show]:
            print(f"      {example}")


def basil(folder: Path, clusters: int, show: int) -> None:
    """Contradiction findings (score >= MIN_SCORE) per article pair of BASIL clusters."""
    lines = (folder / "basil_clusters.jsonl").read_text(encoding="utf-8").splitlines()
    pairs = 0
    per_type: Counter[str] = Counter()
    flagged_pairs = 0
    examples: list[str] = []
    start = time.perf_counter()
    for line in lines[:clusters]:
        articles = [_article(a) for a in json.loads(line)["articles"]]
        for i in range(len(articles)):
            for j in range(i + 1, len(articles)):
                pairs += 1
                found = [
                    f
                    for f in compare(articles[i], articles[j]).findings
                    if f.kind == "contradiction" and f.score >= MIN_SCORE
                ]
                flagged_pairs += bool(found)
                per_type.update(f.type for f in found)
                examples += [f"{f.type} {f.score}: {f.message}" for f in found]
    elapsed = time.perf_counter() - start
    total = sum(per_type.values())
    kinds = ", ".join(f"{t} {n}" for t, n in per_type.most_common())
    print(f"\nBASIL: {pairs} article pairs from {clusters} clusters in {elapsed:.1f} s")
    print(f"  pairs with a contradiction: {flagged_pairs}/{pairs}; findings {total} ({kinds})")
    print(f"  findings per pair: {total / max(pairs, 1):.2f}")
    for example in examples[:show]:
        print(f"      {example}")


def flags_per_pair(pairs: list[tuple[Article, Article]], min_score: float) -> tuple[float, str]:
    """Contradiction findings per article pair, and their count by type."""
    per_type: Counter[str] = Counter()
    for left, right in pairs:
        per_type.update(
            f.type
            for f in compare(left, right).findings
            if f.kind == "contradiction" and f.score >= min_score
        )
    kinds = ", ".join(f"{t} {n}" for t, n in per_type.most_common())
    return sum(per_type.values()) / max(len(pairs), 1), kinds


def heldout(folder: Path, min_score: float) -> None:
    """Clusters 50-99: counts only, no finding is printed (they are never read)."""
    pairs = [
        (basil_article(a), basil_article(b)) for _, a, b in same_event_pairs(folder, range(50, 100))
    ]
    rate, kinds = flags_per_pair(pairs, min_score)
    print(
        f"\nHeld-out BASIL 50-99: {len(pairs)} same-event pairs, {rate:.3f} flags a pair ({kinds})"
    )


def different_events(folder: Path, min_score: float) -> None:
    clusters = [records for _, records in basil_clusters(folder, range(50))]
    pairs = []
    for records, following in itertools.pairwise(clusters):
        others = {r["source"].lower(): r for r in following}
        for record in records:
            if (other := others.get(record["source"].lower())) is not None:
                pairs.append((basil_article(record), basil_article(other)))
    rate, kinds = flags_per_pair(pairs, min_score)
    print(f"\nDifferent events (BASIL 0-49, cluster i vs i+1): {len(pairs)} pairs, ", end="")
    print(f"{rate:.3f} flags per pair ({kinds})")


def _article(record: dict[str, str]) -> Article:
    text = record["text"]
    path = Path(f"basil-{record['uuid']}.txt")
    return build_article(path, text.encode("utf-8"), text, "utf-8", False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--show", type=int, default=0, help="example flags to print per label")
    parser.add_argument("--basil", type=int, default=30, help="BASIL clusters to compare")
    parser.add_argument("--planted", type=int, default=50, help="BASIL clusters to plant in")
    parser.add_argument("--min-score", type=float, default=MIN_SCORE, help="labelled/held-out")
    args = parser.parse_args()
    if not (args.external / "sick.tsv").exists():
        print(f"{args.external}: no sick.tsv here; pass --external DIR", file=sys.stderr)
        return 2
    report("SICK", sick(args.external), args.show)
    report("FEVER symmetric (evidence vs claim)", fever(args.external), args.show)
    report("MSR paraphrase (1 = paraphrase)", msr(args.external), args.show)
    basil(args.external, args.basil, args.show)
    labelled_report(args.external, args.min_score, args.show)
    heldout(args.external, args.min_score)
    different_events(args.external, args.min_score)
    revisions(args.external, conflicts, args.show)
    planted(args.external, args.planted, all_conflicts, MIN_SCORE, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
