"""How the contradiction detectors do on the fresh hand-written cases
(tests/data/contradiction_cases/*.yaml: invented wire text, each batch written before the
detectors were run on it).

Prints, per batch: per planted type, how many pairs got a flag pointing at the two
differing words (and how many of those flags have the planted type), how many got any
flag; false alarms on the agreeing traps; precision (flags pointing at planted words /
all flags); then the short reports run end to end through ``diptych compare --format
json`` at the default --min-score. Cases marked open are counted like the others.

    .venv/bin/python benchmarks/eval_fresh_contradictions.py [--batch fresh.yaml] [--list]
        [--file benchmarks/data/unseen_reports_creport6.yaml]

``--file`` reads a case file of the same format outside the team's batches (a helper's
own unseen set) instead. A case file's top-level ``published: "YYYY-MM-DD"`` (the day
both outlets publish) is given to the engine with every case (``--published``).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.contradiction_cases import (  # noqa: E402
    AGREE,
    CASE_FILES,
    PUBLISHED,
    Expected,
    Outcome,
    check_pair,
    check_report,
    load,
)

DIPTYCH = Path(sys.executable).parent / "diptych"


def command_output(case: dict[str, Any], folder: Path) -> dict[str, Any]:
    """What ``diptych compare --format json`` prints for the case's reports."""
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(case["left"], encoding="utf-8")
    right.write_text(case["right"], encoding="utf-8")
    day = case.get(PUBLISHED)
    published = ["--published", day] if day is not None else []
    printed = subprocess.run(
        [str(DIPTYCH), "compare", "--format", "json", *published, str(left), str(right)],
        capture_output=True,
        text=True,
        check=True,
    )
    output: dict[str, Any] = json.loads(printed.stdout)
    return output


def aligned(output: dict[str, Any], planted: Expected) -> bool:
    """Whether an alignment joins the sentences holding the planted words: a miss there
    is the aligner's, elsewhere the detectors'."""
    lefts, rights = (
        {s["id"] for s in output[side]["sentences"] if s["start"] < span[1] and span[0] < s["end"]}
        for side, span in (("left", planted.left), ("right", planted.right))
    )
    return any(lefts & set(a["left"]) and rights & set(a["right"]) for a in output["alignments"])


def _describe(outcome: Outcome) -> str:
    flags = "; ".join(f"{f.type}: {f.message}" for f in outcome.flags) or "nothing flagged"
    mark = f"  [open: {outcome.open}]" if outcome.open else ""
    return f"  {outcome.case}: {flags}{mark}"


def report_pairs(outcomes: list[Outcome], listing: bool) -> None:
    by_type: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_type[outcome.type].append(outcome)
    print(f"{'type':<10} {'pairs':>5} {'pointed':>8} {'recall':>7} {'typed':>6} {'any flag':>9}")
    planted = [o for o in outcomes if o.type != AGREE]
    for type_ in sorted(t for t in by_type if t != AGREE):
        group = by_type[type_]
        pointed = sum(bool(o.found) for o in group)
        print(
            f"{type_:<10} {len(group):>5} {pointed:>8} {pointed / len(group):>7.2f} "
            f"{sum(bool(o.typed) for o in group):>6} {sum(o.flagged_planted for o in group):>9}"
        )
    pointed = sum(bool(o.found) for o in planted)
    print(f"{'planted':<10} {len(planted):>5} {pointed:>8} {pointed / max(len(planted), 1):>7.2f}")
    traps = by_type.get(AGREE, [])
    alarmed = [o for o in traps if o.flags]
    print(f"traps: {len(alarmed)} of {len(traps)} flagged")
    true_flags = sum(len(o.flags) - len(o.flagged_elsewhere) for o in outcomes)
    all_flags = sum(len(o.flags) for o in outcomes)
    print(
        f"precision: {true_flags}/{all_flags} = {true_flags / max(all_flags, 1):.2f}"
        " of flags point at planted words"
    )
    print(f"cases held: {sum(o.held for o in outcomes)}/{len(outcomes)}")
    if listing:
        print("planted pairs not found or with other flags:")
        for o in planted:
            if not o.held:
                print(_describe(o))
        print("traps flagged:")
        for o in alarmed:
            print(_describe(o))


def report_reports(cases: list[dict[str, Any]], listing: bool) -> None:
    outcomes, outputs = [], []
    with tempfile.TemporaryDirectory() as folder:
        for case in cases:
            outputs.append(command_output(case, Path(folder)))
            outcomes.append(check_report(case, outputs[-1]["findings"]))
    planted = sum(len(o.expected) for o in outcomes)
    found = sum(len(o.found) for o in outcomes)
    typed = sum(len(o.typed) for o in outcomes)
    elsewhere = sum(len(o.flagged_elsewhere) for o in outcomes)
    print(
        f"reports (diptych compare --format json): {found}/{planted} planted found "
        f"({typed} with the planted type), {elsewhere} other contradiction flags, "
        f"{sum(o.held for o in outcomes)}/{len(outcomes)} reports fully right"
    )
    if listing:
        for o, output in zip(outcomes, outputs, strict=True):
            if not o.held:
                missed = [
                    f"{e.type} ({'aligned' if aligned(output, e) else 'not aligned'})"
                    for e in o.expected
                    if e not in o.found
                ]
                print(_describe(o) + f"  (missed: {missed})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", action="append", help="case file name (default: every batch)")
    parser.add_argument("--list", action="store_true", help="list every case that does not hold")
    parser.add_argument("--file", type=Path, action="append", help="a case file of that format")
    args = parser.parse_args()
    files = args.file or [f for f in CASE_FILES if not args.batch or f.name in args.batch]
    for file in files:
        cases = load(file)
        print(f"== {file.name}")
        if cases.get("pairs"):
            report_pairs([check_pair(case) for case in cases["pairs"]], args.list)
        if cases.get("reports"):
            report_reports(cases["reports"], args.list)


if __name__ == "__main__":
    main()
