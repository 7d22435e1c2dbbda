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
- Planted: real BASIL sentences against a copy with one planted change (a number,
  a weekday or day of the month, "not" after an auxiliary, a word swapped for its
  opposite) or a trap (the same number in words, the same date in another order):
  recall per type and false alarms on traps and on unchanged sentences.

Usage (from the project root):
    .venv/bin/python benchmarks/eval_contradictions.py [--external DIR] [--show N]
        [--basil N] [--planted N]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from tui.engine.compare import compare
from tui.engine.corpus import Article, build_article
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


_NUMBER_WORDS = "zero one two three four five six seven eight nine ten eleven twelve".split()
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTHS = "January February March April May June July August September October November December"
_COUNTED = "percent|people|days|years|months|weeks|votes|members|times|states|hours|points"
_SWAPS = (
    ("rose", "fell"), ("increased", "decreased"), ("raised", "lowered"),
    ("approved", "rejected"), ("supported", "opposed"), ("accepted", "rejected"),
    ("won", "lost"), ("higher", "lower"), ("strong", "weak"), ("large", "small"),
    ("early", "late"), ("allowed", "banned"), ("agreed", "refused"), ("continued", "stopped"),
    ("remained", "left"), ("opened", "closed"), ("gained", "lost"), ("public", "private"),
)  # fmt: skip


def plants(sentence: str) -> list[tuple[str, str]]:
    """(kind, changed sentence) for every change this sentence allows: one per type."""
    out = []
    digits = re.search(rf"(?<![\d.,$])\b(\d{{1,3}}(?:,\d{{3}})*|\d+)\s+(?:{_COUNTED})\b", sentence)
    if digits:
        n = int(digits.group(1).replace(",", ""))
        bigger = str(n + max(1, n // 10) * 3)
        out.append(("number", sentence[: digits.start(1)] + bigger + sentence[digits.end(1) :]))
        if 1 < n <= 12:
            words = sentence[: digits.start(1)] + _NUMBER_WORDS[n] + sentence[digits.end(1) :]
            out.append(("trap-number", words))
    day = re.search(r"\b(" + "|".join(_WEEKDAYS) + r")\b", sentence)
    if day:
        other = _WEEKDAYS[(_WEEKDAYS.index(day.group(1)) + 2) % 7]
        out.append(("date", sentence[: day.start()] + other + sentence[day.end() :]))
    month_day = re.search(rf"\b({_MONTHS.replace(' ', '|')}) (\d{{1,2}})\b", sentence)
    if month_day:
        d = int(month_day.group(2))
        moved = sentence[: month_day.start(2)] + str(d % 27 + 1) + sentence[month_day.end(2) :]
        out.append(("date", moved))
        swapped = f"{d} {month_day.group(1)}"
        out.append(
            ("trap-date", sentence[: month_day.start()] + swapped + sentence[month_day.end() :])
        )
    aux = re.search(
        r"\b(is|are|was|were|has|have|had|will|would|can|could)\s+(?!not\b)[a-z]+", sentence
    )
    if aux and not re.search(r"\bnot\b|n't|\bno\b|\bnever\b", sentence):
        out.append(("negation", sentence[: aux.end(1)] + " not" + sentence[aux.end(1) :]))
    for word, opposite in _SWAPS:
        found = re.search(rf"\b{word}\b", sentence)
        if found:
            out.append(("antonym", sentence[: found.start()] + opposite + sentence[found.end() :]))
            break
    return out


def planted(folder: Path, clusters: int) -> None:
    from tui.engine.segment import segment

    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    unchanged = unchanged_flagged = 0
    for line in (
        (folder / "basil_clusters.jsonl").read_text(encoding="utf-8").splitlines()[:clusters]
    ):
        for record in json.loads(line)["articles"]:
            for sentence in segment(record["text"], ()):
                text = sentence.text
                if not 40 <= len(text) <= 400:
                    continue
                unchanged += 1
                unchanged_flagged += bool(conflicts(text, text + " "))
                for kind, changed in plants(text):
                    totals[kind] += 1
                    found = conflicts(text, changed)
                    if kind.startswith("trap"):
                        hits[kind] += bool(found)
                    else:
                        hits[kind] += any(c.type == kind for c in found)
    print(f"\nPlanted changes in BASIL sentences ({clusters} clusters)")
    for kind in sorted(totals):
        what = "false alarms" if kind.startswith("trap") else "found"
        rate = hits[kind] / totals[kind]
        print(f"  {kind:12} {what:12} {hits[kind]:5}/{totals[kind]:5} = {rate:6.1%}")
    print(f"  unchanged    false alarms {unchanged_flagged:5}/{unchanged:5}")


def _article(record: dict[str, str]) -> Article:
    text = record["text"]
    path = Path(f"basil-{record['uuid']}.txt")
    return build_article(path, text.encode("utf-8"), text, "utf-8", False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--show", type=int, default=0, help="example flags to print per label")
    parser.add_argument("--basil", type=int, default=30, help="BASIL clusters to compare")
    parser.add_argument("--planted", type=int, default=100, help="BASIL clusters to plant in")
    args = parser.parse_args()
    if not (args.external / "sick.tsv").exists():
        print(f"{args.external}: no sick.tsv here; pass --external DIR", file=sys.stderr)
        return 2
    report("SICK", sick(args.external), args.show)
    report("FEVER symmetric (evidence vs claim)", fever(args.external), args.show)
    report("MSR paraphrase (1 = paraphrase)", msr(args.external), args.show)
    basil(args.external, args.basil, args.show)
    planted(args.external, args.planted)
    return 0


if __name__ == "__main__":
    sys.exit(main())
