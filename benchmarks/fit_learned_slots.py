"""Fit the learned slot proposer (learned_slots.py) and judge it leave-one-batch-out.

Every candidate slot (slot_candidates.py) the same-claim gates keep is a row:

- the hand-written case files (tests/data/contradiction_cases/*.yaml, pairs and
  reports; reports read through ``compare``'s alignments): a candidate at the planted
  words of both sides is true, every other candidate false (traps above all); office
  cases are left out (the people model reads them, not the contradiction pipeline);
- public paraphrases that agree (MSR label 1, train file; SICK entailment): false;
- BASIL clusters 0-49, aligned same-event pairs of real reports: false, unless the
  labelled real set (benchmarks/data/) holds it as true.

**Leave one batch out**: for each of fresh8..fresh14 the model is fitted on every
other row, its threshold chosen on those training rows only (the lowest at which
no real-report candidate is false, public paraphrases flag at most MAX_PUBLIC_SHARE
and the case files' precision is at least MIN_PRECISION), and the left-out batch is
scored: planted found at the planted words and traps flagged, for today's pipeline
(tests/contradiction_cases.py at the default --min-score) and for today's pipeline
with the learned proposals added (after the hand readings: a proposal that overlaps
one of today's flags adds nothing; each is scored by confidence.py like the others).

Last, the model fitted on every row is printed (its weights and threshold).

    .venv/bin/python benchmarks/fit_learned_slots.py [--external DIR] [--cache FILE] [--list]
"""

from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs  # noqa: E402
from eval_contradictions import msr, sick  # noqa: E402
from labelled_set import as_read, judge, labels  # noqa: E402
from logistic import fit_logistic, sigmoid  # noqa: E402

from tests.contradiction_cases import (  # noqa: E402
    AGREE,
    CASE_FILES,
    Expected,
    Flag,
    article,
    check_pair,
    check_report,
    load,
    words_at,
)
from tui.engine.compare import compare  # noqa: E402
from tui.engine.corpus import Article  # noqa: E402
from tui.engine.findings.contradiction.confidence import confidence, evidence  # noqa: E402
from tui.engine.findings.contradiction.conflict import Conflict  # noqa: E402
from tui.engine.findings.contradiction.pair import SentencePair  # noqa: E402
from tui.engine.findings.contradiction.pipeline import (  # noqa: E402
    aligned_passages,
    gated_conflicts,
)
from tui.engine.findings.contradiction.same_claim import refused_by  # noqa: E402
from tui.engine.findings.contradiction.slot_candidates import (  # noqa: E402
    Candidate,
    candidates,
    slot_features,
)
from tui.engine.findings.model import DEFAULT_MIN_SCORE, Finding, Side  # noqa: E402
from tui.engine.segment import Sentence, segment  # noqa: E402

DEFAULT_EXTERNAL = Path("../shared/eval/external")
LEFT_OUT = tuple(f"fresh{n}" for n in range(8, 15))
FIRST_RUN = {"fresh8": 0.46, "fresh9": 0.50, "fresh10": 0.43, "fresh11": 0.39,
             "fresh12": 0.54, "fresh13": 0.41, "fresh14": 0.45}  # fmt: skip
"""Each batch's planted recall when it was first run blind (before anyone read it)."""
L2 = 1.0
THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
MIN_PRECISION = 0.9
MAX_PUBLIC_SHARE = 0.0005
"""Share of public-paraphrase candidates the threshold may let through."""
PUBLIC = frozenset(("msr", "sick"))
OFFICE = "office"
"""Two people named to one office: the people model's (tui/engine/people/), left out."""
POSITIVE_WEIGHT = 5.0
"""Weight of a true row: a few hundred against thousands of false ones."""


_TYPES = {"both:number": "number", "both:date": "date", "both:name": "entity"}
_TOPICS = {"number": "number differs", "date": "date differs", "entity": "entity differs"}


class Model:
    """A fitted model: intercept, weight by feature name, threshold."""

    def __init__(self, intercept: float, weights: dict[str, float], threshold: float) -> None:
        self.intercept = intercept
        self.weights = weights
        self.threshold = threshold

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(n, 0.0) * v for n, v in features.items())
        return sigmoid(z)


def slot_type(features: dict[str, float]) -> str:
    """The JSON type a candidate would be proposed as, by what its two slots are (two
    numbers ``number``, two dates ``date``, two names ``entity``, else ``opposite``)."""
    return next((t for name, t in _TYPES.items() if features.get(name)), "opposite")


def as_conflict(pair: SentencePair, candidate: Candidate, type_: str, score: float) -> Conflict:
    left, right = candidate.left_chars(pair), candidate.right_chars(pair)
    return Conflict(
        type_, left, right, pair.contrast(_TOPICS.get(type_, type_), left, right), score
    )


@dataclass(frozen=True)
class Row:
    features: dict[str, float]
    truth: bool
    group: str
    """A case file's stem, "msr", "sick" or "basil"."""
    case: str
    """The case's id (case files), else ""."""
    left: tuple[int, int]
    right: tuple[int, int]
    confidence_features: dict[str, float]
    """confidence.py's evidence for the proposal (its detector score set when scored)."""
    hand: bool
    """A hand reading's proposal that the gates keep overlaps it: the learned proposer
    comes after them in precedence, so such a row adds nothing."""
    words: tuple[str, str]
    """The two slots as written (to read the rows)."""


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def pair_rows(
    pair: SentencePair, group: str, case: str, planted: tuple[Expected, ...], alignment: float
) -> Iterator[Row]:
    """The candidates of one pair the gates keep."""
    found = candidates(pair)
    hand = gated_conflicts(pair) if found else []
    for candidate in found:
        features = slot_features(pair, candidate)
        conflict = as_conflict(pair, candidate, slot_type(features), 0.5)
        if refused_by(pair, conflict) is not None:
            continue
        flag = Flag(conflict.type, conflict.left, conflict.right, "")
        truth = any(e.pointed_at_by(flag) for e in planted)
        by_hand = any(conflict.overlaps(h) for h in hand)
        yield Row(
            features, truth, group, case, conflict.left, conflict.right,
            evidence(conflict, pair, alignment), by_hand,
            (conflict.contrast.left, conflict.contrast.right),
        )  # fmt: skip


def aligned_pairs(left: Article, right: Article) -> Iterator[tuple[SentencePair, float]]:
    """The passage pairs ``compare`` aligns, with the alignment's score."""
    lefts = {s.id: s for s in left.sentences}
    rights = {s.id: s for s in right.sentences}
    for alignment in compare(left, right).alignments:
        for a in aligned_passages(left, [lefts[i] for i in alignment.left]):
            for b in aligned_passages(right, [rights[i] for i in alignment.right]):
                yield SentencePair(a, b), alignment.score


def case_rows() -> Iterator[Row]:
    for file in CASE_FILES:
        cases = load(file)
        for case in cases.get("pairs", []):
            if case["type"] == OFFICE:
                continue
            left, right = case["left"], case["right"]
            planted = (
                ()
                if case["type"] == AGREE
                else (words_at(left, right, case["words"], case["type"]),)
            )
            for a in segment(left):
                for b in segment(right):
                    yield from pair_rows(SentencePair(a, b), file.stem, case["id"], planted, 1.0)
        for case in cases.get("reports", []):
            left, right = case["left"], case["right"]
            planted = tuple(words_at(left, right, e["words"], e["type"]) for e in case["expect"])
            office = [e for e in planted if e.type == OFFICE]
            articles = article("left.txt", left), article("right.txt", right)
            for pair, score in aligned_pairs(*articles):
                for row in pair_rows(pair, file.stem, case["id"], planted, score):
                    if not any(_overlap(row.left, e.left) for e in office):
                        yield row


def public_rows(external: Path) -> Iterator[Row]:
    train = {(a, b) for a, b, _ in _msr_file(external, "msr_paraphrase_train.txt")}
    for a, b, gold in msr(external):
        if gold == "1" and (a, b) in train:
            yield from pair_rows(SentencePair(_sentence(a), _sentence(b)), "msr", "", (), 1.0)
    for a, b, gold in sick(external):
        if gold == "ENTAILMENT":
            yield from pair_rows(SentencePair(_sentence(a), _sentence(b)), "sick", "", (), 1.0)


def _msr_file(external: Path, name: str) -> list[tuple[str, str, str]]:
    lines = (external / name).read_text(encoding="utf-8-sig").splitlines()[1:]
    return [(p[3], p[4], p[0]) for p in (line.split("\t") for line in lines) if len(p) == 5]


def basil_rows(external: Path) -> Iterator[Row]:
    known = as_read(labels(), external, with_titles=True)
    for cluster, left_record, right_record in same_event_pairs(external, LABELLED_CLUSTERS):
        left, right = basil_article(left_record, True), basil_article(right_record, True)
        outlets = (left_record["source"], right_record["source"])
        for pair, score in aligned_pairs(left, right):
            for row in pair_rows(pair, "basil", "", (), score):
                finding = Finding(
                    "contradiction", slot_type(row.features),
                    Side(None, *row.left, ""), Side(None, *row.right, ""), "", 0.0,
                )  # fmt: skip
                label = judge(cluster, outlets, finding, known).label
                yield replace(row, truth=bool(label and label.true), case=str(cluster))


def all_rows(external: Path, cache: Path | None) -> list[Row]:
    if cache and cache.exists():
        rows: list[Row] = pickle.loads(cache.read_bytes())
        return rows
    rows = [*case_rows(), *public_rows(external), *basil_rows(external)]
    if cache:
        cache.write_bytes(pickle.dumps(rows))
    return rows


def feature_names(rows: list[Row]) -> list[str]:
    return sorted({name for row in rows for name in row.features})


def fit(rows: list[Row], names: list[str]) -> Model:
    """The model fitted on ``rows`` with the threshold chosen on them."""
    xs = [[1.0, *(row.features.get(n, 0.0) for n in names)] for row in rows]
    ys = [1.0 if row.truth else 0.0 for row in rows]
    ws = [POSITIVE_WEIGHT if row.truth else 1.0 for row in rows]
    beta = fit_logistic(xs, ys, l2=L2, iterations=30, tolerance=1e-6, weights=ws)
    model = Model(beta[0], dict(zip(names, beta[1:], strict=True)), 1.0)
    model.threshold = choose_threshold(rows, model)
    return model


def choose_threshold(rows: list[Row], model: Model) -> float:
    scored = [(model.probability(row.features), row) for row in rows]
    public = sum(row.group in PUBLIC for row in rows)
    for threshold in THRESHOLDS:
        shown = [row for p, row in scored if p >= threshold]
        real_false = sum(row.group == "basil" and not row.truth for row in shown)
        public_false = sum(row.group in PUBLIC for row in shown)
        cases = [row for row in shown if row.group not in PUBLIC | {"basil"}]
        precision = sum(row.truth for row in cases) / max(len(cases), 1)
        if (
            not real_false
            and public_false <= MAX_PUBLIC_SHARE * public
            and precision >= MIN_PRECISION
        ):
            return threshold
    return 1.01


def proposals(rows: list[Row], model: Model) -> list[Row]:
    """The rows the model proposes and the confidence score keeps at the default."""
    kept = []
    for row in rows:
        p = model.probability(row.features)
        if p >= model.threshold:
            scored = confidence({**row.confidence_features, "detector": round(p, 2)})
            if scored >= DEFAULT_MIN_SCORE:
                kept.append(row)
    return kept


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass
class Tally:
    planted: int = 0
    found: int = 0
    found_with: int = 0
    traps: int = 0
    traps_flagged: int = 0
    traps_flagged_with: int = 0
    false_with: int = 0
    """Learned proposals that point at no planted words."""


def score_batch(file: Path, model: Model, rows: list[Row]) -> Tally:
    by_case: dict[str, list[Row]] = {}
    for row in proposals(rows, model):
        by_case.setdefault(row.case, []).append(row)
    tally = Tally()
    cases = load(file)
    outcomes = [check_pair(c) for c in cases.get("pairs", [])]
    outcomes += [check_report(c) for c in cases.get("reports", [])]
    for outcome in outcomes:
        added = [
            Flag("learned", r.left, r.right, "")
            for r in by_case.get(outcome.case, [])
            if not any(
                _overlap(r.left, f.left) and _overlap(r.right, f.right) for f in outcome.flags
            )
        ]
        if outcome.type == AGREE:
            tally.traps += 1
            tally.traps_flagged += bool(outcome.flags)
            tally.traps_flagged_with += bool(outcome.flags or added)
            continue
        flags = (*outcome.flags, *added)
        tally.planted += len(outcome.expected)
        tally.found += len(outcome.found)
        tally.found_with += sum(any(e.pointed_at_by(f) for f in flags) for e in outcome.expected)
        tally.false_with += sum(
            not any(e.pointed_at_by(f) for e in outcome.expected) for f in added
        )
    return tally


def leave_one_batch_out(rows: list[Row], names: list[str], listing: bool) -> None:
    print("\nleave one batch out (planted found at the planted words; traps flagged):")
    held: list[tuple[float, Row]] = []
    print(f"{'batch':8} {'first run':>9} {'threshold':>9} {'today':>12} {'with learned':>13}"
          f" {'traps today':>11} {'traps with':>10} {'new false':>9}")  # fmt: skip
    total = Tally()
    for name in LEFT_OUT:
        file = next(f for f in CASE_FILES if f.stem == name)
        model = fit([r for r in rows if r.group != name], names)
        left_out = [r for r in rows if r.group == name]
        held += [(model.probability(r.features), r) for r in left_out]
        tally = score_batch(file, model, left_out)
        for field in vars(total):
            setattr(total, field, getattr(total, field) + getattr(tally, field))
        _print_line(name, f"{FIRST_RUN[name]:.2f}", f"{model.threshold:.2f}", tally)
    _print_line("all", "", "", total)
    print("\nthe left-out batches' candidates by held-out probability, at any threshold:")
    for threshold in THRESHOLDS:
        shown = [r for p, r in held if p >= threshold]
        true = sum(r.truth for r in shown)
        print(f"  >= {threshold:.2f}: true {true:3} of {sum(r.truth for _, r in held)}, "
              f"false {len(shown) - true:3}")  # fmt: skip
    if listing:
        print("\ntrue candidates of the left-out batches (the hand readings miss them):")
        for p, row in sorted(held, key=lambda item: -item[0]):
            if row.truth:
                print(f"  {p:.2f} {row.case}: {row.words[0]!r} / {row.words[1]!r}  " + _named(row))


def _named(row: Row) -> str:
    """The row's features that hold, but the frame's agreement (given as a number)."""
    held = ", ".join(n for n, v in sorted(row.features.items()) if v and n != "frame")
    return f"frame {row.features['frame']:.2f}, {held}"


def _print_line(name: str, first: str, threshold: str, t: Tally) -> None:
    today = f"{t.found}/{t.planted} {t.found / max(t.planted, 1):.2f}"
    with_ = f"{t.found_with}/{t.planted} {t.found_with / max(t.planted, 1):.2f}"
    print(f"{name:8} {first:>9} {threshold:>9} {today:>12} {with_:>13} "
          f"{t.traps_flagged:>5}/{t.traps:<5} {t.traps_flagged_with:>4}/{t.traps:<5} "
          f"{t.false_with:>9}")  # fmt: skip


def describe(rows: list[Row]) -> None:
    counts = Counter((row.group, row.truth) for row in rows)
    groups = sorted({g for g, _ in counts})
    print(
        "rows:", ", ".join(f"{g} {counts[g, True]} true / {counts[g, False]} false" for g in groups)
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--cache", type=Path, help="rows pickled here and read back if present")
    parser.add_argument("--list", action="store_true", help="list the left-out true candidates")
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no BASIL clusters; pass --external DIR", file=sys.stderr)
        return 2
    rows = [row for row in all_rows(args.external, args.cache) if not row.hand]
    describe(rows)
    names = feature_names(rows)
    leave_one_batch_out(rows, names, args.list)
    model = fit(rows, names)
    print(f"\nfitted on every row: threshold {model.threshold}; rows shown at each threshold:")
    scored = [(model.probability(row.features), row) for row in rows]
    for threshold in THRESHOLDS:
        shown = Counter(
            "true" if row.truth else row.group if row.group in PUBLIC | {"basil"} else "false"
            for p, row in scored
            if p >= threshold
        )
        print(f"  >= {threshold:.2f}: " + ", ".join(f"{k} {n}" for k, n in sorted(shown.items())))
    for name, weight in sorted(model.weights.items(), key=lambda item: -abs(item[1])):
        print(f"  {name:20} {weight:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
