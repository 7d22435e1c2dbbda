"""A comparison as the rows both panes show, indexed for the compare view (no Textual).

``PairRows`` is built once per comparison (in a worker thread): the rows side
by side, the highlights of each side, which rows hold moved sentences, and the
look-ups between character spans, sentences and rows that the cursor, the
findings, search and tagging need. Wrapping it for a pane width is the
widgets' job (``widgets.pair_model``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter

from tui.engine.compare import Comparison
from tui.engine.corpus import Article
from tui.engine.intervals import IntervalIndex
from tui.engine.moves import moved_rows
from tui.engine.spans import Span
from tui.engine.view import (
    Highlight,
    Row,
    Side,
    build_rows,
    changed_highlights,
)

SIDES: tuple[Side, Side] = ("left", "right")
MIN_DIFF_SHARE = 0.4
"""Word diffs are marked only in pairs at least this much alike (see ``equal_share``)."""


@dataclass(frozen=True, slots=True)
class Partner:
    """The other side of a shared passage: its finding and the row it is shown in."""

    finding: int
    row: int


class PairRows:
    """The rows of a comparison and the look-ups between spans, sentences and rows."""

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.rows: tuple[Row, ...] = tuple(build_rows(comparison))

    def article(self, side: Side) -> Article:
        return self.comparison.left if side == "left" else self.comparison.right

    def changed_highlights(self, side: Side, sentence: int) -> list[Highlight]:
        """The word changes marked on one sentence, where its pair is alike enough.

        Only the alignments around the sentence are diffed, on first use: a long
        pair opens without diffing thousands of alignments nobody scrolls to.
        """
        found: list[Highlight] = []
        for index in self._passages[side].overlapping(sentence, sentence + 1):
            ops = self.comparison.diff(index)
            for mark in changed_highlights(ops, side, MIN_DIFF_SHARE):
                if sentence in self.sentence_ids(side, mark.span):
                    found.append(mark)
        return found

    @cached_property
    def _passages(self) -> dict[Side, IntervalIndex]:
        """Each alignment's passage on each side, as sentence ids from its first to its last.

        A passage's word changes fall on those sentences only: a sentence looks up the
        alignments whose passage holds it.
        """
        alignments = self.comparison.alignments
        return {
            side: IntervalIndex([_passage(ids) for ids in map(attrgetter(side), alignments)])
            for side in SIDES
        }

    @cached_property
    def moved(self) -> frozenset[int]:
        """Rows whose right sentences sit out of the right article's order (see moves.py)."""
        return moved_rows(self.rows)

    def move_note(self, row: int) -> str:
        """Where a moved row's right sentences stand in their article, for the status line."""
        if row not in self.moved:
            return ""
        ids = self.rows[row].right
        total = len(self.article("right").sentences)
        where = (
            f"sentence {ids[0] + 1}" if len(ids) == 1 else f"sentences {ids[0] + 1}-{ids[-1] + 1}"
        )
        return f"\u2195 moved: {where} of {total} on the right"

    @cached_property
    def row_of_sentence(self) -> dict[Side, dict[int, int]]:
        return {
            "left": {i: n for n, row in enumerate(self.rows) for i in row.left},
            "right": {i: n for n, row in enumerate(self.rows) for i in row.right},
        }

    def first_claim_row(self, side: Side) -> int:
        """The first row holding a sentence of ``side`` that is not boilerplate (else 0).

        The cursor starts there, so ``t`` and ``y`` act on a claim at once rather
        than on a gap row or a line of web cruft.
        """
        sentences = self.article(side).sentences
        for index, row in enumerate(self.rows):
            if any(not sentences[i].boilerplate for i in getattr(row, side)):
                return index
        return next((n for n, row in enumerate(self.rows) if getattr(row, side)), 0)

    @cached_property
    def _starts(self) -> dict[Side, list[int]]:
        return {side: [s.start for s in self.article(side).sentences] for side in SIDES}

    def sentence_ids(self, side: Side, span: Span) -> range:
        """Ids of the sentences that ``span`` overlaps (the one before it for a gap)."""
        return self.sentences_between(side, span.start, span.end)

    def sentences_between(self, side: Side, start: int, end: int) -> range:
        """``sentence_ids`` of the span ``[start, end)``."""
        starts = self._starts[side]
        first = max(0, bisect.bisect_right(starts, start) - 1)
        last = max(first, bisect.bisect_left(starts, max(end, start + 1)) - 1)
        return range(first, last + 1) if starts else range(0)

    def row_of_span(self, side: Side, span: Span) -> int | None:
        """The first row showing any part of ``span`` on ``side``."""
        rows = self.row_of_sentence[side]
        found = [rows[i] for i in self.sentence_ids(side, span) if i in rows]
        return min(found) if found else None

    def partner(self, side: Side, row: int) -> Partner | None:
        """The first shared passage on ``row`` of ``side`` whose other side is in another row."""
        other: Side = "right" if side == "left" else "left"
        for index, finding in enumerate(self.comparison.findings):
            if finding.kind != "shared":
                continue
            if self.row_of_span(side, getattr(finding, side).span) != row:
                continue
            target = self.row_of_span(other, getattr(finding, other).span)
            if target is not None and target != row:
                return Partner(index, target)
        return None

    def spans_by_sentence(self, side: Side, spans: Sequence[Span]) -> dict[int, list[Span]]:
        """Group plain spans (search matches) by the sentences they touch."""
        grouped: dict[int, list[Span]] = {}
        for span in spans:
            for sentence in self.sentence_ids(side, span):
                grouped.setdefault(sentence, []).append(span)
        return grouped

    def search(self, query: str, side: Side) -> list[Span]:
        """Case-insensitive literal matches of ``query`` in one article's text."""
        if not query:
            return []
        pattern = re.compile(re.escape(query), re.IGNORECASE)
        return [Span(m.start(), m.end()) for m in pattern.finditer(self.article(side).text)]


def _passage(ids: tuple[int, ...]) -> tuple[int, int]:
    """Sentence ids ``[first, last + 1)`` of one side of an alignment (empty for none)."""
    return (min(ids), max(ids) + 1) if ids else (0, 0)
