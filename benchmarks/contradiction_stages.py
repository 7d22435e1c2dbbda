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

``--reports`` traces the planted disagreements of the report cases instead, through
the report path of ``compare`` (office ones aside): for each, whether an alignment
joins the two sentences that hold the planted words, its shape (sentences a side)
and score, the stage reached in the passages that alignment joins (the pipeline's
``aligned_passages``, scored with the alignment's score), and the stage the two
sentences reach read as a lone pair. A miss whose lone pair is kept is lost to the
report path (a unit of several sentences, a moved sentence); one not proposed either
way is lost to the detectors. An entity in a free sentence is also traced through the
aligned unit next to it (split_units.py), and every type but numbers through the
frame pairs of the two sentences (frame_pairs.py: a sentence or a clause with the unit
of the other article that says most of what it says). The trace ends with a count of
the misses by cause: aligned and lost to the detectors or to the unit read (the lone
pair is proposed), not aligned and lost to the aligner alone (the lone pair is
proposed) or to both.

``--missed`` lists every planted pair not kept, with its stage and planted words, to be
read and grouped by cause across the batches.

Usage (from the project root):
    .venv/bin/python benchmarks/contradiction_stages.py [--batch fresh6.yaml ...] [--reports]
        [--missed]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.contradiction_cases import (  # noqa: E402
    AGREE,
    CASE_FILES,
    Expected,
    Flag,
    article,
    load,
    words_at,
)
from tui.engine.compare import compare  # noqa: E402
from tui.engine.corpus import Article  # noqa: E402
from tui.engine.findings.contradiction.confidence import confidence, evidence  # noqa: E402
from tui.engine.findings.contradiction.conflict import Conflict  # noqa: E402
from tui.engine.findings.contradiction.elsewhere import held_pairs  # noqa: E402
from tui.engine.findings.contradiction.frame_pairs import NOT_READ, frame_pairs  # noqa: E402
from tui.engine.findings.contradiction.pair import SentencePair  # noqa: E402
from tui.engine.findings.contradiction.pipeline import aligned_passages, propose  # noqa: E402
from tui.engine.findings.contradiction.same_claim import refused_by  # noqa: E402
from tui.engine.findings.contradiction.split_units import extended_units  # noqa: E402
from tui.engine.findings.model import DEFAULT_MIN_SCORE  # noqa: E402
from tui.engine.segment import Sentence, segment  # noqa: E402

STAGES = ("not proposed", "refused", "low score", "kept")
"""From the earliest loss to the end: a pair counts at the furthest stage it reached."""


def stage_of(case: dict[str, Any]) -> str:
    """The furthest stage a proposal at the planted words reached ("refused: <gate>")."""
    expected = words_at(case["left"], case["right"], case["words"], case["type"])
    furthest = "not proposed"
    for left in segment(case["left"]):
        for right in segment(case["right"]):
            furthest = max(furthest, pair_stage(SentencePair(left, right), expected), key=_rank)
    return furthest


def pair_stage(pair: SentencePair, expected: Expected, alignment: float = 1.0) -> str:
    """The furthest stage a proposal of ``pair`` at the planted words reached."""
    furthest = "not proposed"
    for conflict in propose(pair):
        if expected.pointed_at_by(Flag(conflict.type, conflict.left, conflict.right, "")):
            furthest = max(furthest, _stage(pair, conflict, alignment), key=_rank)
    return furthest


def _stage(pair: SentencePair, conflict: Conflict, alignment: float = 1.0) -> str:
    gate = refused_by(pair, conflict)
    if gate is not None:
        return f"refused: {gate}"
    kept = confidence(evidence(conflict, pair, alignment)) >= DEFAULT_MIN_SCORE
    return "kept" if kept else "low score"


def report_stages(case: dict[str, Any]) -> list[tuple[str, str]]:
    """One line per planted disagreement of a report case (office ones aside): where the
    report path loses it (see the module docstring), with its ``cause``."""
    left, right = article("left.txt", case["left"]), article("right.txt", case["right"])
    alignments = compare(left, right).alignments
    lefts = {s.id: s for s in left.sentences}
    rights = {s.id: s for s in right.sentences}
    lines = []
    for planted in case["expect"]:
        if planted["type"] == "office":
            continue
        expected = words_at(case["left"], case["right"], planted["words"], planted["type"])
        left_sentence = _holding(left, expected.left)
        right_sentence = _holding(right, expected.right)
        lone = pair_stage(SentencePair(left_sentence, right_sentence), expected)
        joined = next(
            (a for a in alignments if left_sentence.id in a.left and right_sentence.id in a.right),
            None,
        )
        where, reached = "not aligned", "not aligned"
        held = next(
            (
                h
                for h in held_pairs(left, right, alignments)
                if (h.pair.left.id, h.pair.right.id) == (left_sentence.id, right_sentence.id)
            ),
            None,
        )
        if held is not None:
            reached = pair_stage(held.pair, expected)
            where += f", held pair: {reached}"
        split = max(
            (
                pair_stage(unit.pair, expected, unit.score)
                for unit in extended_units(left, right, alignments)
                if planted["type"] == "entity"  # the only type split units read
                and left_sentence.id in _ids(unit.pair.left, left)
                and right_sentence.id in _ids(unit.pair.right, right)
            ),
            key=_rank,
            default=None,
        )
        if split is not None and joined is None:
            reached = max(reached, split, key=_rank) if held is not None else split
            where += f", split unit: {split}"
        framed = max(
            (
                pair_stage(SentencePair(f.left.span, f.right.span), expected, f.score)
                for f in frame_pairs(left, right, alignments)
                if planted["type"] not in NOT_READ
                and (f.left.sentence.id, f.right.sentence.id)
                == (left_sentence.id, right_sentence.id)
            ),
            key=_rank,
            default=None,
        )
        if framed is not None:
            where += f", frame pair: {framed}"
        if joined is not None:
            stage = max(
                (
                    pair_stage(SentencePair(a, b), expected, joined.score)
                    for a in aligned_passages(left, [lefts[i] for i in joined.left])
                    for b in aligned_passages(right, [rights[i] for i in joined.right])
                ),
                key=_rank,
                default="not proposed",
            )
            shape = f"{len(joined.left)}:{len(joined.right)}"
            where = (
                f"aligned {shape} (score {joined.score:.2f}): {stage}"
                + where.partition("not aligned")[2]
            )
            reached = stage
        if framed is not None:
            reached = max(reached, framed, key=_rank) if reached != "not aligned" else framed
        line = f"  {case['id']} {planted['type']}: {where}; lone pair: {lone}"
        lines.append((line, cause(joined is not None, reached, lone)))
    return lines


def cause(aligned: bool, reached: str, lone: str) -> str:
    """Why the report path loses a planted disagreement, from where it got (``reached``:
    the stage in the aligned passages, the held pair, the split unit or the frame pair,
    "not aligned" if none) and the stage of its two sentences read as a lone pair."""
    if reached.startswith(("kept", "low score", "refused")):
        return reached.partition(":")[0] + (" (aligned)" if aligned else " (held, split or frame)")
    proposed_alone = lone != "not proposed"
    if aligned:
        return "aligned, lost in the unit read" if proposed_alone else "aligned, detectors"
    return "not aligned, aligner" if proposed_alone else "not aligned, aligner and detectors"


def _ids(unit: Sentence, article_: Article) -> set[int]:
    """Ids of the sentences of ``article_`` inside ``unit`` (a span of its text)."""
    return {s.id for s in article_.sentences if unit.start <= s.start and s.end <= unit.end}


def _holding(article_: Article, span: tuple[int, int]) -> Sentence:
    return next(s for s in article_.sentences if s.start < span[1] and span[0] < s.end)


def _rank(stage: str) -> int:
    return STAGES.index(stage.partition(":")[0])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", action="append", help="case file name (default: every batch)")
    parser.add_argument("--reports", action="store_true", help="trace the report cases")
    parser.add_argument(
        "--missed", action="store_true", help="list each planted pair not kept, with its words"
    )
    args = parser.parse_args()
    files = [f for f in CASE_FILES if not args.batch or f.name in args.batch]
    if args.reports:
        causes: Counter[str] = Counter()
        for file in files:
            print(f"== {file.name}")
            for case in load(file).get("reports", []):
                for line, why in report_stages(case):
                    print(line)
                    causes[why] += 1
        print(f"causes over {sum(causes.values())} planted disagreements (office aside):")
        for why, count in causes.most_common():
            print(f"  {count:>3}  {why}")
        return 0
    for file in files:
        stages: Counter[tuple[str, str]] = Counter()
        missed = []
        for case in load(file).get("pairs", []):
            if case["type"] not in (AGREE, "office"):
                stage = stage_of(case)
                stages[(case["type"], stage)] += 1
                if stage != "kept":
                    missed.append(f"  {stage:<24} {case['id']}: {case['words']}")
        print(f"== {file.name}")
        if args.missed:
            print("\n".join(missed))
        for type_ in sorted({t for t, _ in stages}):
            found = ", ".join(f"{s} {n}" for (t, s), n in sorted(stages.items()) if t == type_)
            print(f"  {type_:<9} {found}")
        for stage in STAGES:
            total = sum(n for (_, s), n in stages.items() if s.startswith(stage))
            print(f"  {stage:<13} {total}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
