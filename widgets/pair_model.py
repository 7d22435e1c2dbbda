"""The compare view's model: one row list shared by both panes, wrapped per width.

Built once per comparison (in a worker thread: it imports no Textual), then
wrapped on demand for a pane width. Both panes read the same ``PairLayout``,
so a row starts on the same line on both sides and its height is the larger
of its two wrapped heights: the panes scroll together by construction.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from tui.engine.compare import Comparison
from tui.engine.corpus import Article
from tui.engine.moves import moved_rows
from tui.engine.spans import Span
from tui.engine.view import Highlight, Row, Side, build_rows, highlights
from tui.engine.visible import visible_text
from widgets.highlight_styles import PRECEDENCE
from widgets.text_layout import wrap_offsets

SIDES: tuple[Side, Side] = ("left", "right")
MIN_DIFF_SHARE = 0.4
"""Word diffs are marked only in pairs at least this much alike (see ``equal_share``)."""


@dataclass(frozen=True, slots=True)
class LineRef:
    """One display line: the part ``[start, end)`` of a sentence that fits the width."""

    sentence: int
    start: int
    end: int
    first: bool
    """True for the first line of its sentence."""


@dataclass(frozen=True)
class PairLayout:
    """Both sides wrapped to one width; a blank spacer line follows each row."""

    width: int
    row_top: tuple[int, ...]
    line_row: tuple[int, ...]
    """The row of each line, or -1 for a spacer."""
    lines: dict[Side, tuple[LineRef | None, ...]]

    @property
    def height(self) -> int:
        return len(self.line_row)

    def row_at(self, y: int) -> int:
        """The row at line ``y``; a spacer belongs to the row above it."""
        if not self.row_top:
            return -1
        return max(0, bisect.bisect_right(self.row_top, y) - 1)

    def row_span(self, row: int) -> tuple[int, int]:
        """(first line, line count) of a row, spacer excluded."""
        top = self.row_top[row]
        bottom = self.row_top[row + 1] - 1 if row + 1 < len(self.row_top) else self.height
        return top, bottom - top


class PairModel:
    """Rows, display texts and highlights of a comparison, ready for the panes.

    Highlights are grouped by sentence, lowest precedence first (paint order).
    """

    def __init__(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.rows: tuple[Row, ...] = tuple(build_rows(comparison))
        self.texts: dict[Side, str] = {s: visible_text(self.article(s).text) for s in SIDES}
        self.highlights: dict[Side, dict[int, tuple[Highlight, ...]]] = {
            side: self._by_sentence(side, highlights(comparison, side, MIN_DIFF_SHARE))
            for side in SIDES
        }
        self._layouts: dict[int, PairLayout] = {}

    def article(self, side: Side) -> Article:
        return self.comparison.left if side == "left" else self.comparison.right

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
        starts = self._starts[side]
        first = max(0, bisect.bisect_right(starts, span.start) - 1)
        last = max(first, bisect.bisect_left(starts, max(span.end, span.start + 1)) - 1)
        return range(first, last + 1) if starts else range(0)

    def row_of_span(self, side: Side, span: Span) -> int | None:
        """The first row showing any part of ``span`` on ``side``."""
        rows = self.row_of_sentence[side]
        found = [rows[i] for i in self.sentence_ids(side, span) if i in rows]
        return min(found) if found else None

    def _by_sentence(
        self, side: Side, marks: Iterable[Highlight]
    ) -> dict[int, tuple[Highlight, ...]]:
        grouped: dict[int, list[Highlight]] = {}
        for mark in marks:
            for sentence in self.sentence_ids(side, mark.span):
                grouped.setdefault(sentence, []).append(mark)
        return {
            sentence: tuple(sorted(found, key=lambda mark: PRECEDENCE[mark.kind]))
            for sentence, found in grouped.items()
        }

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

    def layout(self, width: int) -> PairLayout:
        """Both sides wrapped to ``width`` cells; the last two widths are kept."""
        if width not in self._layouts:
            if len(self._layouts) >= 2:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[width] = self._wrap(max(width, 4))
        return self._layouts[width]

    def _wrap(self, width: int) -> PairLayout:
        row_top: list[int] = []
        line_row: list[int] = []
        lines: dict[Side, list[LineRef | None]] = {"left": [], "right": []}
        for index, row in enumerate(self.rows):
            wrapped = {
                "left": self._wrap_side("left", row.left, width),
                "right": self._wrap_side("right", row.right, width),
            }
            height = max(1, len(wrapped["left"]), len(wrapped["right"]))
            row_top.append(len(line_row))
            line_row.extend([index] * height + [-1])
            for side in SIDES:
                side_lines = wrapped[side]
                lines[side].extend(side_lines)
                lines[side].extend([None] * (height + 1 - len(side_lines)))
        if line_row:
            line_row.pop()  # no spacer after the last row
            for side in SIDES:
                lines[side].pop()
        return PairLayout(
            width, tuple(row_top), tuple(line_row), {s: tuple(lines[s]) for s in SIDES}
        )

    def _wrap_side(self, side: Side, ids: Sequence[int], width: int) -> list[LineRef]:
        text = self.texts[side]
        sentences = self.article(side).sentences
        out: list[LineRef] = []
        for sentence_id in ids:
            sentence = sentences[sentence_id]
            pieces = wrap_offsets(text, sentence.start, sentence.end, width)
            out.extend(LineRef(sentence_id, s, e, n == 0) for n, (s, e) in enumerate(pieces))
        return out
