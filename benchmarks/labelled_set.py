"""The labelled real set (benchmarks/data/basil_contradiction_labels.tsv) against
what the pipeline flags now: per-type precision, a calibration table, and the
findings no label covers (to read and label).

A finding is judged by the label whose spans overlap its own on both sides (same
cluster and outlets), preferring a label of the same type, then the smallest; a
finding that overlaps no label is "unlabelled" and left out of precision.

The articles are read as a user's files hold them, title line first
(``basil_candidates.title_prefix``): labels on the text alone are shifted past the
title, labels with offsets into the file (on titles) are taken as they are.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import dataclass, replace
from pathlib import Path

from basil_candidates import (
    LABELLED_CLUSTERS,
    basil_article,
    basil_clusters,
    relaxed,
    same_event_pairs,
    title_prefix,
)

from tui.engine.compare import compare
from tui.engine.findings.model import Finding

LABELS = Path(__file__).resolve().parent / "data" / "basil_contradiction_labels.tsv"
BUCKETS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


@dataclass(frozen=True)
class Label:
    cluster: int
    outlets: tuple[str, str]
    type: str
    left: tuple[int, int]
    right: tuple[int, int]
    source: str
    true: bool
    reason: str
    in_file: bool = False
    """Offsets into the file (title line first), not into the text alone."""


@dataclass(frozen=True)
class Judged:
    """A finding of the pipeline with the label that covers it (None: unlabelled)."""

    cluster: int
    outlets: tuple[str, str]
    finding: Finding
    label: Label | None


def labels(path: Path = LABELS) -> list[Label]:
    with path.open(encoding="utf-8") as handle:
        return [
            Label(
                int(row["cluster"]),
                (row["left_outlet"], row["right_outlet"]),
                row["type"],
                (int(row["left_start"]), int(row["left_end"])),
                (int(row["right_start"]), int(row["right_end"])),
                row["source"],
                row["label"] == "true",
                row["reason"],
                row["offsets"] == "file",
            )
            for row in csv.DictReader(handle, delimiter="\t")
        ]


def as_read(known: list[Label], external: Path, with_titles: bool) -> list[Label]:
    """The labels in the offsets of the articles as read: with ``with_titles`` every
    label in file offsets; without, only the labels on the text alone."""
    if not with_titles:
        return [label for label in known if not label.in_file]
    titles = {
        (cluster, record["source"]): len(title_prefix(record))
        for cluster, records in basil_clusters(external, LABELLED_CLUSTERS)
        for record in records
    }
    return [label if label.in_file else _past_titles(label, titles) for label in known]


def _past_titles(label: Label, titles: dict[tuple[int, str], int]) -> Label:
    left = titles[label.cluster, label.outlets[0]]
    right = titles[label.cluster, label.outlets[1]]
    return replace(
        label,
        left=(label.left[0] + left, label.left[1] + left),
        right=(label.right[0] + right, label.right[1] + right),
        in_file=True,
    )


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def judge(cluster: int, outlets: tuple[str, str], finding: Finding, known: list[Label]) -> Judged:
    left = (finding.left.start, finding.left.end)
    right = (finding.right.start, finding.right.end)
    covering = [
        label
        for label in known
        if label.cluster == cluster
        and label.outlets == outlets
        and _overlap(label.left, left)
        and _overlap(label.right, right)
    ]
    covering.sort(
        key=lambda lb: (
            lb.type != finding.type,
            lb.left[1] - lb.left[0] + lb.right[1] - lb.right[0],
        )
    )
    return Judged(cluster, outlets, finding, covering[0] if covering else None)


def _width(label: Label) -> int:
    return label.left[1] - label.left[0] + label.right[1] - label.right[0]


def judged_findings(external: Path, wide: bool = False) -> Iterator[Judged]:
    """Every contradiction finding (at any score) on the labelled clusters, each article
    title first, judged; ``wide``: of the pipeline with its detectors' thresholds relaxed."""
    known = as_read(labels(), external, with_titles=True)
    for cluster, left, right in same_event_pairs(external, LABELLED_CLUSTERS):
        with relaxed() if wide else nullcontext():
            comparison = compare(basil_article(left, True), basil_article(right, True))
        outlets = (left["source"], right["source"])
        for finding in comparison.findings:
            if finding.kind == "contradiction":
                yield judge(cluster, outlets, finding, known)


def report(external: Path, min_score: float, show: int) -> None:
    judged = list(judged_findings(external))
    shown = [j for j in judged if j.finding.score >= min_score]
    print(
        f"\nLabelled real set (BASIL clusters 0-49 titles first, {len(labels())} labels), "
        f"score >= {min_score}"
    )
    types = sorted({j.finding.type for j in shown})
    for kind in [*types, "all"]:
        mine = [j for j in shown if kind in ("all", j.finding.type)]
        true = sum(1 for j in mine if j.label and j.label.true)
        false = sum(1 for j in mine if j.label and not j.label.true)
        unlabelled = sum(1 for j in mine if j.label is None)
        precision = f"{true / (true + false):.2f}" if true + false else "  - "
        print(
            f"  {kind:10} flags {len(mine):4}  true {true:3}  false {false:3}  "
            f"unlabelled {unlabelled:3}  precision {precision}"
        )
    known_true = sum(1 for label in labels() if label.true)
    found_true = {id(j.label) for j in shown if j.label and j.label.true}
    print(f"  true labels flagged: {len(found_true)}/{known_true}")
    _calibration("pipeline findings at any score", judged)
    _calibration("findings with relaxed thresholds", list(judged_findings(external, wide=True)))
    for j in [j for j in shown if j.label is None][:show]:
        f = j.finding
        print(f"    unlabelled c{j.cluster} {'/'.join(j.outlets)} {f.type} {f.score}: {f.message}")


def _calibration(what: str, judged: list[Judged]) -> None:
    """Confidence bucket -> share of the labelled findings in it that are true."""
    print(f"  calibration ({what}; labelled ones):")
    for low, high in zip(BUCKETS, BUCKETS[1:], strict=False):
        bucket = [j for j in judged if low <= j.finding.score < high and j.label]
        if bucket:
            share = sum(j.label.true for j in bucket if j.label) / len(bucket)
            bounds = f"{low:.1f}-{min(high, 1.0):.1f}"
            print(f"    {bounds}  count {len(bucket):4}  share true {share:.2f}")
