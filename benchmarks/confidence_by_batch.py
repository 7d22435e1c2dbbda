"""Leave-one-batch-out check of the contradiction confidence model on the fresh batches.

Every pair case of the fresh batches (tests/data/contradiction_cases/, and any
``--file``) gives examples: each finding the pipeline proposes and its gates keep
between a left and a right sentence, true when it points at the planted words, false
on a trap or anywhere else. For each batch the model is fitted on the examples of
fit_confidence.py and of every OTHER batch, then judged on that batch's pairs at the
default threshold: planted pairs found (a flag at >= threshold points at the words),
pairs held (found, nothing else shown), traps flagged. The shipped coefficients are
judged alike (they saw no fresh batch) as the "before" figure. The model fitted on
every batch is then judged in-sample (what it would ship: a batch that loses a case or
gains a trap there blocks it) and on the ``--file`` sets, which no fit sees.

``--anchors`` adds the experimental ``anchors`` feature (fresh_case_findings.py).

Reports (end to end through ``compare``) are left out: their alignment scores come
from the aligner, not from one sentence pair.

Usage (from the project root):
    .venv/bin/python benchmarks/confidence_by_batch.py [--drop FEATURES] [--write]
        [--file benchmarks/data/unseen_confidence_cscore19.yaml] [--anchors] [--fresh-weight W]

``--write`` writes the coefficients fitted on every batch (fit_confidence.py's
examples and all of them) to tui/engine/data/contradiction_confidence.json.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import fit_confidence  # noqa: E402
from eval_contradictions import fever, sick  # noqa: E402
from fit_confidence import (  # noqa: E402
    DEFAULT_EXTERNAL,
    DROPPED,
    MISS_COST,
    aligned_planted_examples,
    basil_examples,
    fit,
    names,
    pair_examples,
    planted_examples,
    predict,
    write_coefficients,
)
from fresh_case_findings import (  # noqa: E402
    Describe,
    Scorer,
    as_examples,
    case_findings,
    judged,
    with_anchors,
)

from tests.contradiction_cases import CASE_FILES  # noqa: E402
from tui.engine.findings.contradiction.confidence import (  # noqa: E402
    COEFFICIENTS,
    confidence,
    evidence,
)

FRESH_WEIGHT = 5.0
"""Each example of a fresh batch counts this many times: hand-written pairs of one
event in another outlet's words, the text the model is for, closer to it than the
public sets."""


def fitted(beta: list[float], features: list[str]) -> Scorer:
    """The confidence of a model fitted here (``confidence`` is the shipped one's)."""
    return lambda found: predict(beta, features, found)


def line(name: str, counts: Counter[str]) -> str:
    return (
        f"  {name:32} found {counts['found']:3}/{counts['planted']:<3} held {counts['held']:3}"
        f"  trap flags {counts['trap flags']}/{counts['traps']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--drop", default=DROPPED, help="features to leave out (comma-separated)")
    parser.add_argument(
        "--file", type=Path, action="append", default=[], help="judged, never fitted"
    )
    parser.add_argument("--write", action="store_true", help=f"write {COEFFICIENTS.name}")
    parser.add_argument(
        "--anchors", action="store_true", help="add the experimental anchors feature"
    )
    parser.add_argument("--fresh-weight", type=float, default=FRESH_WEIGHT)
    args = parser.parse_args()
    describe: Describe = evidence
    if args.anchors:
        describe = fit_confidence.evidence = with_anchors  # the base examples' features too
    base = [
        *basil_examples(args.external),
        *aligned_planted_examples(args.external),
        *planted_examples(args.external),
        *pair_examples(
            sick(args.external),
            {"CONTRADICTION": True, "ENTAILMENT": False, "NEUTRAL": False},
            "sick",
        ),
        *pair_examples(fever(args.external), {"REFUTES": True, "SUPPORTS": False}, "fever"),
    ]
    batches = {file.name: case_findings(file, describe) for file in CASE_FILES}
    outside = {file.name: case_findings(file, describe) for file in args.file}
    features = names(
        [*base, *as_examples([f for b in batches.values() for f in b])],
        frozenset(args.drop.split(",")),
    )
    print(f"features: {', '.join(features)}")
    totals = {"shipped": Counter[str](), "held out": Counter[str]()}
    for name, findings in batches.items():
        others = [f for other, fs in batches.items() if other != name for f in fs]
        beta = fit(
            [*base, *as_examples(others)], features, MISS_COST, fresh_weight=args.fresh_weight
        )
        before, after = judged(findings, confidence), judged(findings, fitted(beta, features))
        totals["shipped"] += before
        totals["held out"] += after
        print(line(f"{name} shipped", before))
        print(line(f"{name} refit without it", after))
    print(line("ALL shipped", totals["shipped"]))
    print(line("ALL refit, each batch held out", totals["held out"]))
    everything = [*base, *as_examples([f for b in batches.values() for f in b])]
    beta = fit(everything, features, MISS_COST, fresh_weight=args.fresh_weight)
    in_sample = Counter[str]()
    for name, findings in batches.items():
        counts = judged(findings, fitted(beta, features))
        in_sample += counts
        if counts != judged(findings, confidence):
            print(line(f"{name} refit on all (in-sample)", counts))
    print(line("ALL refit on all (in-sample)", in_sample))
    for name, findings in outside.items():
        print(line(f"{name} shipped", judged(findings, confidence)))
        print(line(f"{name} refit on all batches", judged(findings, fitted(beta, features))))
    weights = dict(zip(features, beta[1:], strict=True))
    print(f"\nintercept {beta[0]:+.3f}")
    for name, weight in sorted(weights.items()):
        print(f"  {name:16} {weight:+.3f}")
    if args.write:
        counts = Counter((source, truth) for _, truth, source in everything)
        write_coefficients("benchmarks/confidence_by_batch.py", counts, beta[0], weights)
    return 0


if __name__ == "__main__":
    sys.exit(main())
