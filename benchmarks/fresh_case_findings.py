"""The fresh batches' pair cases as examples for the contradiction confidence model:
each finding the pipeline proposes and its gates keep between a left and a right
sentence of a case, with its features and whether it points at the planted words,
and per batch how many cases a scorer gets right at the default threshold.
Used by benchmarks/confidence_by_batch.py (leave-one-batch-out check of a refit).

``with_anchors`` adds an experimental feature, ``anchors``: how many names, figures
and dates the two sentences share outside the finding's spans (saturating at three),
a sign of one event that survives rewording. Measured by leave-one-batch-out
(session 19: confidence_by_batch.py --anchors) it changed no case's outcome against
the same refit without it, and that refit gains a trap flag held out, so the engine
does not compute it; it lives here to be measured again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tests.contradiction_cases import AGREE, Flag, load, words_at
from tui.engine.findings.contradiction.confidence import evidence
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.pipeline import gated_conflicts
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.findings.contradiction.words import Word
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence, segment
from tui.engine.textnorm import STOPWORDS

Scorer = Callable[[dict[str, float]], float]
"""A finding's confidence from its features."""
Describe = Callable[[Conflict, SentencePair, float], dict[str, float]]
"""What gives a finding's features: ``evidence``, or it with ``anchors`` added."""
MANY_ANCHORS = 3
"""Shared anchors at which the experimental ``anchors`` feature saturates."""


def anchors(sentence: Sentence, words: Sequence[Word], span: tuple[int, int]) -> set[str]:
    """What ties a sentence to one event however it is worded, outside ``span``: the
    lemma keys of its capitalised words (names, places, weekdays, months; a first word
    too, unless a stopword) and the values of its figures ("twelve" and "12" alike,
    "£2.1m" and "2.1 million pounds" alike, years included)."""
    outside = [w for w in words if not span[0] <= w.start < span[1]]
    found = {w.lemma for w in outside if w.text[:1].isupper() and w.norm not in STOPWORDS}
    found |= {
        f"#{q.value:g}" for q in quantities(sentence) if q.end <= span[0] or q.start >= span[1]
    }
    found |= {f"#{float(w.norm):g}" for w in outside if w.norm.isdigit()}
    return found


def with_anchors(
    conflict: Conflict, pair: SentencePair, alignment: float = 1.0
) -> dict[str, float]:
    """``evidence`` and the experimental ``anchors`` feature."""
    shared = anchors(pair.left, pair.left_words, conflict.left) & anchors(
        pair.right, pair.right_words, conflict.right
    )
    return {
        **evidence(conflict, pair, alignment),
        "anchors": min(len(shared), MANY_ANCHORS) / MANY_ANCHORS,
    }


@dataclass(frozen=True)
class CaseFinding:
    case: str
    planted: bool
    """The case has a planted disagreement (not a trap)."""
    features: dict[str, float]
    true: bool


def case_findings(file: Path, describe: Describe = evidence) -> list[CaseFinding]:
    found: list[CaseFinding] = []
    for case in load(file).get("pairs", []):
        planted = case["type"] != AGREE
        expected = (
            words_at(case["left"], case["right"], case["words"], case["type"]) if planted else None
        )
        for left in segment(case["left"]):
            for right in segment(case["right"]):
                pair = SentencePair(left, right)
                for conflict in gated_conflicts(pair):
                    flag = Flag(conflict.type, conflict.left, conflict.right, "")
                    true = expected is not None and expected.pointed_at_by(flag)
                    found.append(
                        CaseFinding(case["id"], planted, describe(conflict, pair, 1.0), true)
                    )
        if not any(f.case == case["id"] for f in found):
            found.append(CaseFinding(case["id"], planted, {}, False))  # nothing proposed
    return found


def judged(findings: list[CaseFinding], score: Scorer) -> Counter[str]:
    """Per batch: planted pairs, found, held; traps, flagged."""
    counts: Counter[str] = Counter()
    for case in dict.fromkeys(f.case for f in findings):
        mine = [f for f in findings if f.case == case]
        shown = [f for f in mine if f.features and score(f.features) >= DEFAULT_MIN_SCORE]
        if mine[0].planted:
            counts["planted"] += 1
            hit = any(f.true for f in shown)
            counts["found"] += hit
            counts["held"] += hit and all(f.true for f in shown)
        else:
            counts["traps"] += 1
            counts["trap flags"] += bool(shown)
    return counts


def as_examples(findings: list[CaseFinding]) -> list[tuple[dict[str, float], bool, str]]:
    """The findings as fit_confidence.py's examples (features, truth, source "fresh");
    a case with nothing proposed gives none."""
    return [(f.features, f.true, "fresh") for f in findings if f.features]
