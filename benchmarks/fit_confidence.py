"""Fit the contradiction confidence model (tui/engine/findings/contradiction/confidence.py).

Examples are findings the pipeline proposes and its gates keep, each with its
features (``confidence.evidence``) and a truth value:

- basil: the labelled real set (benchmarks/data/, clusters 0-49, each article title
  first as a user's file holds it): every finding of
  the pipeline, and of the pipeline with relaxed thresholds (more real candidates),
  judged by the label that covers it; unlabelled findings are left out;
- planted: BASIL sentences of clusters 0-49 with one planted change (planted_edits.py):
  a finding of the planted type is true; any finding on a trap is false;
- sick / fever / msr: public sentence pairs: a finding on a CONTRADICTION (SICK) or
  REFUTES (FEVER) pair is true, on an ENTAILMENT or NEUTRAL (SICK) or SUPPORTS
  (FEVER) pair false;
- aligned: real aligned sentences of two outlets (clusters 0-49) with one change
  planted in one of them: a finding of the planted type that was not there before.

A logistic regression starting from each detector's own score (its log-odds, the
prior) with an L2 penalty is fitted by Newton's method (plain Python; ~10
iterations), real BASIL examples weighted BASIL_WEIGHT times and true ones MISS_COST
times. Five-fold
cross-validation reports held-out precision at 0.5 on the BASIL examples and on all.
With --write the coefficients go to tui/engine/data/contradiction_confidence.json.

Usage (from the project root):
    .venv/bin/python benchmarks/fit_confidence.py [--external DIR] [--write]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from basil_candidates import LABELLED_CLUSTERS, basil_article, relaxed, same_event_pairs
from eval_contradictions import fever, sick
from labelled_set import as_read, judge, labels
from logistic import fit_logistic, sigmoid
from planted_edits import OWN_CLUSTERS, basil_sentences, plants

from tui.engine.compare import compare
from tui.engine.findings.contradiction.confidence import COEFFICIENTS, evidence, prior
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.pipeline import aligned_passages, gated_conflicts
from tui.engine.findings.model import Finding, Side
from tui.engine.segment import Sentence

DEFAULT_EXTERNAL = Path("../shared/eval/external")
BASIL_WEIGHT = 20.0
"""Real reports of one event are what the model is for: each counts this many times."""
PER_KIND = 150
"""Planted examples kept per kind (evenly spaced), so no kind outweighs the rest."""
MISS_COST = 10.0
"""A true contradiction hidden costs this many false ones shown: the gates already
refuse most false proposals, and the public sets' true findings must stay shown
(SICK hit, every seed contradiction), so the model leans towards showing."""
DROPPED = "alignment,length"
"""Features left out: every public pair is one sentence a side (alignment 1.0) and
short, so both would tell public from real pairs rather than true from false."""
L2 = 1.0
"""Strong: the model adjusts the detectors' own scores (its prior), it does not replace them."""
FOLDS = 5
_PLANTED_TYPES = {"opposite": {"opposite"}, "quote": {"quote", "opposite"}}

Example = tuple[dict[str, float], bool, str]
"""(features, truth, source)."""


def basil_examples(external: Path) -> Iterator[Example]:
    known = as_read(labels(), external, with_titles=True)
    seen: set[tuple[int, str, str, str, int, int]] = set()
    for cluster, left_record, right_record in same_event_pairs(external, LABELLED_CLUSTERS):
        left, right = basil_article(left_record, True), basil_article(right_record, True)
        outlets = (left_record["source"], right_record["source"])
        alignments = compare(left, right).alignments
        lefts = {s.id: s for s in left.sentences}
        rights = {s.id: s for s in right.sentences}
        for wide in (False, True):
            for alignment in alignments:
                for a in aligned_passages(left, [lefts[i] for i in alignment.left]):
                    for b in aligned_passages(right, [rights[i] for i in alignment.right]):
                        pair = SentencePair(a, b)
                        if wide:
                            with relaxed():
                                found = gated_conflicts(pair)
                        else:
                            found = gated_conflicts(pair)
                        for conflict in found:
                            key = (cluster, *outlets, conflict.type, *conflict.left)
                            if key in seen:
                                continue
                            seen.add(key)
                            finding = _finding(conflict.type, conflict.left, conflict.right)
                            label = judge(cluster, outlets, finding, known).label
                            if label is not None:
                                yield evidence(conflict, pair, alignment.score), label.true, "basil"


def aligned_planted_examples(external: Path) -> Iterator[Example]:
    """Real aligned pairs of two outlets (clusters 0-49) with one change planted in the
    right sentence: a finding of the planted type that was not there before the
    change is true (the left sentence states the same thing, now contradicted).
    Real wording around the change, so real frame and alignment scores."""
    by_kind: dict[str, list[Example]] = {}
    for _, left_record, right_record in same_event_pairs(external, LABELLED_CLUSTERS):
        left, right = basil_article(left_record), basil_article(right_record)
        lefts = {s.id: s for s in left.sentences}
        rights = {s.id: s for s in right.sentences}
        for alignment in compare(left, right).alignments:
            if len(alignment.left) != 1 or len(alignment.right) != 1:
                continue
            a, b = lefts[alignment.left[0]], rights[alignment.right[0]]
            before = {(c.type, c.left) for c in gated_conflicts(SentencePair(a, b))}
            for kind, changed in plants(b.text):
                if kind.startswith("trap"):
                    continue
                pair = SentencePair(a, Sentence(b.id, 0, len(changed), changed))
                for conflict in gated_conflicts(pair):
                    accepted = conflict.type in _PLANTED_TYPES.get(kind, {kind})
                    if accepted and (conflict.type, conflict.left) not in before:
                        example = (evidence(conflict, pair, alignment.score), True, "aligned")
                        by_kind.setdefault(kind, []).append(example)
    for examples in by_kind.values():
        step = max(1.0, len(examples) / PER_KIND)
        yield from (examples[int(k * step)] for k in range(min(PER_KIND, len(examples))))


def _finding(kind: str, left: tuple[int, int], right: tuple[int, int]) -> Finding:
    """A finding with only what ``judge`` reads: its type and spans."""
    return Finding("contradiction", kind, Side(None, *left, ""), Side(None, *right, ""), "", 0.0)


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def pair_examples(
    pairs: list[tuple[str, str, str]], truth: dict[str, bool], source: str
) -> Iterator[Example]:
    for a, b, gold in pairs:
        if gold not in truth:
            continue
        pair = SentencePair(_sentence(a), _sentence(b))
        for conflict in gated_conflicts(pair):
            yield evidence(conflict, pair), truth[gold], source


def planted_examples(external: Path) -> Iterator[Example]:
    by_kind: dict[str, list[Example]] = {}
    for text in basil_sentences(external, OWN_CLUSTERS):
        for kind, changed in plants(text):
            pair = SentencePair(_sentence(text), _sentence(changed))
            for conflict in gated_conflicts(pair):
                if kind.startswith("trap"):
                    truth = False
                elif conflict.type in _PLANTED_TYPES.get(kind, {kind}):
                    truth = True
                else:
                    continue  # another finding on a planted pair: not judged
                by_kind.setdefault(kind, []).append((evidence(conflict, pair), truth, "planted"))
    for examples in by_kind.values():
        step = max(1.0, len(examples) / PER_KIND)
        yield from (examples[int(k * step)] for k in range(min(PER_KIND, len(examples))))


def names(examples: list[Example], dropped: frozenset[str]) -> list[str]:
    """Feature names to fit (the detector's score is the prior, not a feature)."""
    found = {name for features, _, _ in examples for name in features}
    return sorted(found - dropped - {"detector"})


SOURCE_WEIGHTS = {"basil": BASIL_WEIGHT}


def fit(
    examples: list[Example], features: list[str], miss_cost: float, fresh_weight: float = 1.0
) -> list[float]:
    """Weights (intercept first) of an L2-penalised logistic regression, by Newton's
    method; ``fresh_weight``: the weight of examples from the fresh batches
    (confidence_by_batch.py)."""
    source_weights = {**SOURCE_WEIGHTS, "fresh": fresh_weight}
    rows = [[1.0, *(f.get(n, 0.0) for n in features)] for f, _, _ in examples]
    offsets = [prior(f) for f, _, _ in examples]
    ys = [1.0 if truth else 0.0 for _, truth, _ in examples]
    ws = [
        source_weights.get(source, 1.0) * (miss_cost if truth else 1.0)
        for _, truth, source in examples
    ]
    return fit_logistic(rows, ys, l2=L2, iterations=25, tolerance=1e-6, weights=ws, offsets=offsets)


def predict(beta: list[float], features: list[str], f: dict[str, float]) -> float:
    """The fitted model's confidence, as confidence.py computes it: from the detector's
    own score (the prior the fit was offset by), not from even odds."""
    terms = sum(b * f.get(n, 0.0) for b, n in zip(beta[1:], features, strict=True))
    return sigmoid(prior(f) + beta[0] + terms)


def cross_validate(examples: list[Example], features: list[str], miss_cost: float) -> None:
    order = list(range(len(examples)))
    random.Random(0).shuffle(order)
    held: list[tuple[float, bool, str]] = []
    for fold in range(FOLDS):
        test = set(order[fold::FOLDS])
        train = [e for k, e in enumerate(examples) if k not in test]
        beta = fit(train, features, miss_cost)
        held += [
            (predict(beta, features, examples[k][0]), examples[k][1], examples[k][2]) for k in test
        ]
    print(f"\n{FOLDS}-fold cross-validation, held-out predictions at >= 0.5:")
    for source in [*sorted({s for _, _, s in held}), "all"]:
        mine = [(p, t) for p, t, s in held if source in ("all", s)]
        shown = [t for p, t in mine if p >= 0.5]
        positives = sum(t for _, t in mine)
        precision = f"{sum(shown) / len(shown):.2f}" if shown else "  - "
        recall = f"{sum(shown) / positives:.2f}" if positives else "  - "
        print(f"  {source:8} examples {len(mine):5} (true {positives:5})  shown {len(shown):5}  "
              f"precision {precision}  recall {recall}")  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--write", action="store_true", help=f"write {COEFFICIENTS.name}")
    parser.add_argument("--drop", default=DROPPED, help="features to leave out (comma-separated)")
    parser.add_argument("--miss", type=float, default=MISS_COST, help="cost of a hidden true one")
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no BASIL clusters; pass --external DIR", file=sys.stderr)
        return 2
    examples = [
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
    counts = Counter((source, truth) for _, truth, source in examples)
    print(
        "examples:",
        ", ".join(f"{s} {'true' if t else 'false'} {n}" for (s, t), n in sorted(counts.items())),
    )
    features = names(examples, frozenset(args.drop.split(",")))
    cross_validate(examples, features, args.miss)
    beta = fit(examples, features, args.miss)
    weights = dict(zip(features, beta[1:], strict=True))
    print(f"\nintercept {beta[0]:+.3f}")
    for name, weight in sorted(weights.items()):
        print(f"  {name:16} {weight:+.3f}")
    if args.write:
        write_coefficients("benchmarks/fit_confidence.py", counts, beta[0], weights)
    return 0


def write_coefficients(
    fitted_by: str, counts: Counter[tuple[str, bool]], intercept: float, weights: dict[str, float]
) -> None:
    """Ship a fit as the engine's coefficients (confidence.py reads them), with how many
    examples of each source and truth it saw."""
    data = {
        "model": f"logistic regression, fitted by {fitted_by}",
        "examples": {f"{s} {'true' if t else 'false'}": n for (s, t), n in sorted(counts.items())},
        "intercept": round(intercept, 4),
        "weights": {name: round(w, 4) for name, w in sorted(weights.items())},
    }
    COEFFICIENTS.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    print(f"written {COEFFICIENTS}")


if __name__ == "__main__":
    sys.exit(main())
