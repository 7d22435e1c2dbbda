"""Contradiction detectors on public sentence-pair sets: hit and false-alarm rates.

Each pair is treated as two aligned one-sentence articles and run through
``sentence_conflicts`` (the same code ``diptych compare`` runs per aligned pair).

- SICK (sick.tsv): CONTRADICTION pairs should be flagged (hit rate), ENTAILMENT
  pairs must almost never be (false alarms, at most 1 in 20); NEUTRAL shown too.
- FEVER symmetric: REFUTES (claim vs evidence) vs SUPPORTS pairs.
- MSR paraphrase: label 1 (paraphrase) pairs should rarely be flagged; label 0
  pairs often differ in a number or a date, so flags there are expected.

Usage (from the project root):
    .venv/bin/python benchmarks/eval_contradictions.py [--external DIR] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections import Counter
from pathlib import Path

from tui.engine.findings.conflict import Conflict
from tui.engine.findings.contradictions import sentence_conflicts
from tui.engine.segment import Sentence

DEFAULT_EXTERNAL = Path("../shared/eval/external")
MIN_SCORE = 0.5


def conflicts(a: str, b: str) -> list[Conflict]:
    found = sentence_conflicts(Sentence(0, 0, len(a), a), Sentence(0, 0, len(b), b))
    return [c for c in found if c.score >= MIN_SCORE]


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--show", type=int, default=0, help="example flags to print per label")
    args = parser.parse_args()
    if not (args.external / "sick.tsv").exists():
        print(f"{args.external}: no sick.tsv here; pass --external DIR", file=sys.stderr)
        return 2
    report("SICK", sick(args.external), args.show)
    report("FEVER symmetric (evidence vs claim)", fever(args.external), args.show)
    report("MSR paraphrase (1 = paraphrase)", msr(args.external), args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
