"""Where the contradiction pipeline loses each planted disagreement of the case files.

For every planted sentence pair of tests/data/contradiction_cases/*.yaml (office cases
aside: they come from the people tables, not the pipeline), the furthest stage any
proposal pointing at the two planted words reached, over every left and right sentence:

- ``not proposed``: no detector proposed a conflict at those words;
- ``refused: <gate>``: proposed, and refused by that same-claim gate (same_claim.py);
- ``low score``: kept by the gates, scored below the default ``--min-score``;
- ``kept``: reported.

It tells whether recall is lost in the detectors' own tests of a pair (their proposal)
or in the gates and the score, batch by batch: a batch written blind against one whose
misses were read and fixed shows where fixes did not transfer.

Usage (from the project root):
    .venv/bin/python benchmarks/contradiction_stages.py [--batch fresh6.yaml ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.contradiction_cases import AGREE, CASE_FILES, Flag, load, words_at  # noqa: E402
from tui.engine.findings.contradiction.confidence import confidence, evidence  # noqa: E402
from tui.engine.findings.contradiction.conflict import Conflict  # noqa: E402
from tui.engine.findings.contradiction.pair import SentencePair  # noqa: E402
from tui.engine.findings.contradiction.pipeline import propose  # noqa: E402
from tui.engine.findings.contradiction.same_claim import refused_by  # noqa: E402
from tui.engine.findings.model import DEFAULT_MIN_SCORE  # noqa: E402
from tui.engine.segment import segment  # noqa: E402

STAGES = ("not proposed", "refused", "low score", "kept")
"""From the earliest loss to the end: a pair counts at the furthest stage it reached."""


def stage_of(case: dict[str, Any]) -> str:
    """The furthest stage a proposal at the planted words reached ("refused: <gate>")."""
    expected = words_at(case["left"], case["right"], case["words"], case["type"])
    furthest = "not proposed"
    for left in segment(case["left"]):
        for right in segment(case["right"]):
            pair = SentencePair(left, right)
            for conflict in propose(pair):
                if expected.pointed_at_by(Flag(conflict.type, conflict.left, conflict.right, "")):
                    furthest = max(furthest, _stage(pair, conflict), key=_rank)
    return furthest


def _stage(pair: SentencePair, conflict: Conflict) -> str:
    gate = refused_by(pair, conflict)
    if gate is not None:
        return f"refused: {gate}"
    kept = confidence(evidence(conflict, pair, 1.0)) >= DEFAULT_MIN_SCORE
    return "kept" if kept else "low score"


def _rank(stage: str) -> int:
    return STAGES.index(stage.partition(":")[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", action="append", help="case file name (default: every batch)")
    args = parser.parse_args()
    files = [f for f in CASE_FILES if not args.batch or f.name in args.batch]
    for file in files:
        stages: Counter[tuple[str, str]] = Counter()
        for case in load(file).get("pairs", []):
            if case["type"] not in (AGREE, "office"):
                stages[(case["type"], stage_of(case))] += 1
        print(f"== {file.name}")
        for type_ in sorted({t for t, _ in stages}):
            found = ", ".join(f"{s} {n}" for (t, s), n in sorted(stages.items()) if t == type_)
            print(f"  {type_:<9} {found}")
        for stage in STAGES:
            total = sum(n for (_, s), n in stages.items() if s.startswith(stage))
            print(f"  {stage:<13} {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
