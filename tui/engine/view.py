"""What every view shows of a Comparison: rows side by side and highlight spans.

Shared by the text report and the Textual panes so both show the same thing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from tui.engine.compare import Comparison
from tui.engine.diff import DiffOp
from tui.engine.spans import Span

Side = Literal["left", "right"]
HighlightKind = Literal["shared", "contradiction", "name", "changed"]


@dataclass(frozen=True, slots=True)
class Row:
    """Sentences that stand side by side; one side is empty for a gap."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    alignment: int | None
    """Index into ``Comparison.alignments``, or None for an unaligned sentence."""


@dataclass(frozen=True, slots=True)
class Highlight:
    span: Span
    kind: HighlightKind
    finding: int | None
    """Index into ``Comparison.findings``; None for a diff highlight."""


def build_rows(comparison: Comparison) -> list[Row]:
    """Rows in left-article order, each aligned group on one row.

    An unaligned right sentence stands after the row of the right sentence before
    it. Between two aligned rows, the unaligned sentences of both sides are
    interleaved by their relative place, so both panes read on together even
    where nothing aligns (two articles with no shared sentence at all).
    """
    by_left: dict[int, int] = {}
    for index, alignment in enumerate(comparison.alignments):
        by_left.setdefault(min(alignment.left), index)
    grouped = {i for a in comparison.alignments for i in a.left}
    rows: list[Row] = []
    for sentence in comparison.left.sentences:
        aligned = by_left.get(sentence.id)
        if aligned is not None:
            alignment = comparison.alignments[aligned]
            rows.append(Row(alignment.left, alignment.right, aligned))
        elif sentence.id not in grouped:
            rows.append(Row((sentence.id,), (), None))
    row_of_right = {r: n for n, row in enumerate(rows) for r in row.right}
    right_gaps: dict[int, list[Row]] = {}
    anchor = -1
    for sentence in comparison.right.sentences:
        if sentence.id in row_of_right:
            anchor = row_of_right[sentence.id]
        else:
            right_gaps.setdefault(anchor, []).append(Row((), (sentence.id,), None))
    ordered: list[Row] = []
    left_gaps: list[Row] = []
    anchor = -1
    for n, row in enumerate(rows):
        if row.alignment is None:
            left_gaps.append(row)
            continue
        ordered.extend(_interleave(left_gaps, right_gaps.get(anchor, [])))
        ordered.append(row)
        left_gaps, anchor = [], n
    ordered.extend(_interleave(left_gaps, right_gaps.get(anchor, [])))
    return ordered


def _interleave(lefts: list[Row], rights: list[Row]) -> list[Row]:
    """Merge two runs of gap rows by relative position (left first on a tie)."""
    if not lefts or not rights:  # most runs between two aligned rows: nothing to merge
        return lefts + rights
    keyed = [((i + 0.5) / len(lefts), 0, i, row) for i, row in enumerate(lefts)]
    keyed += [((j + 0.5) / len(rights), 1, j, row) for j, row in enumerate(rights)]
    return [row for *_, row in sorted(keyed, key=lambda item: item[:3])]


def equal_share(ops: tuple[DiffOp, ...]) -> float:
    """The share of both passages' characters that a word diff found equal."""
    equal = changed = 0
    for op in ops:
        size = 0
        if op.left is not None:
            size += op.left.end - op.left.start
        if op.right is not None:
            size += op.right.end - op.right.start
        if op.op == "equal":
            equal += size
        else:
            changed += size
    return equal / (equal + changed) if equal + changed else 1.0


def highlights(comparison: Comparison, side: Side, min_equal_share: float = 0.0) -> list[Highlight]:
    """Every highlight on one side: findings first, then the changed words of diffs.

    ``min_equal_share`` leaves out the diff of loosely aligned pairs (paraphrases),
    where nearly every word differs and marking them all says nothing.
    """
    found = finding_highlights(comparison, side)
    for ops in comparison.diffs:
        found.extend(changed_highlights(ops, side, min_equal_share))
    return found


def finding_highlights(comparison: Comparison, side: Side) -> list[Highlight]:
    """The marks of the findings on one side, in the order of the findings."""
    found: list[Highlight] = []
    for index, finding in enumerate(comparison.findings):
        part = finding.left if side == "left" else finding.right
        if part.end > part.start:
            found.append(Highlight(part.span, finding.kind, index))
    return found


def changed_highlights(
    ops: tuple[DiffOp, ...], side: Side, min_equal_share: float = 0.0
) -> list[Highlight]:
    """The changed words of one diff on one side (none below ``min_equal_share``)."""
    if min_equal_share and equal_share(ops) < min_equal_share:
        return []
    changed_op = "delete" if side == "left" else "insert"
    found: list[Highlight] = []
    for op in ops:
        span = op.left if side == "left" else op.right
        if op.op == changed_op and span is not None and span.end > span.start:
            found.append(Highlight(span, "changed", None))
    return found


def swap_sides(comparison: Comparison) -> Comparison:
    """The same comparison seen from the other side: no re-alignment, same findings.

    Its diffs are the source's, flipped when first asked for (see ``Comparison.diff``).
    """
    alignments = tuple(replace(a, left=a.right, right=a.left) for a in comparison.alignments)
    findings = sorted(
        (finding.swapped() for finding in comparison.findings),
        key=lambda f: (f.left.start, f.right.start, f.kind),
    )
    return Comparison(
        comparison.right, comparison.left, alignments, tuple(findings), mirror_of=comparison
    )
