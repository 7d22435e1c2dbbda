"""The compare view's model: one row list shared by both panes, wrapped per width.

Built once per comparison from the engine's ``PairRows`` (in a worker thread:
it imports no Textual), then laid out on demand for a pane width: every row's
height is counted, and a row's lines are built when it is first drawn. Both panes
read the same ``PairLayout``, so a row starts on the same line on both sides
and its height is the larger of its two wrapped heights: the panes scroll
together by construction.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass
from operator import attrgetter

from tui.engine.corpus import Article
from tui.engine.intervals import IntervalIndex
from tui.engine.pair_rows import SIDES, PairRows
from tui.engine.segment import Sentence
from tui.engine.view import Highlight, Row, Side
from tui.engine.visible import visible_text
from widgets.highlight_styles import PRECEDENCE
from widgets.text_layout import line_counts, wrap_offsets


@dataclass(frozen=True, slots=True)
class LineRef:
    """One display line: the part ``[start, end)`` of a sentence that fits the width."""

    sentence: int
    start: int
    end: int
    first: bool
    """True for the first line of its sentence."""


@dataclass(frozen=True)
class RowText:
    """What wrapping a row takes: the rows, and each side's display text and sentences.

    Layouts hold this, not the model that keeps them: with no reference cycle, a model
    let go is freed at once rather than at the collector's next full walk.
    """

    rows: tuple[Row, ...]
    texts: dict[Side, str]
    sentences: dict[Side, tuple[Sentence, ...]]

    def lines(self, side: Side, row: int, width: int) -> tuple[LineRef, ...]:
        """The display lines of one side of a row: its sentences wrapped, one after another."""
        text = self.texts[side]
        sentences = self.sentences[side]
        lines: list[LineRef] = []
        for sentence_id in getattr(self.rows[row], side):
            sentence = sentences[sentence_id]
            wrapped = wrap_offsets(text, sentence.start, sentence.end, width)
            for index, (start, end) in enumerate(wrapped):
                lines.append(LineRef(sentence_id, start, end, index == 0))
        return tuple(lines)


class PairLayout:
    """Both sides wrapped to one width; a blank spacer line follows each row.

    Every row's height (its taller side's line count) is counted when the layout is
    built: that is what the scroll height, the row-to-line maps and the cursor need.
    A row's lines themselves are wrapped when first drawn, so a long pair (tens of
    thousands of lines) opens without building lines nobody scrolls to.
    """

    __slots__ = ("width", "row_top", "height", "_text", "_lines")

    def __init__(self, width: int, row_top: array[int], height: int, text: RowText) -> None:
        self.width = width
        self.row_top = row_top
        """The first line of each row."""
        self.height = height
        self._text = text
        self._lines: dict[tuple[Side, int], tuple[LineRef, ...]] = {}

    def line(self, side: Side, y: int) -> LineRef | None:
        """What ``side`` shows on line ``y``: part of a sentence, or nothing."""
        row = self.row_at(y)
        if row < 0:
            return None
        key = (side, row)
        lines = self._lines.get(key)
        if lines is None:
            lines = self._lines[key] = self._text.lines(side, row, self.width)
        index = y - self.row_top[row]
        return lines[index] if index < len(lines) else None

    def row_of_line(self, y: int) -> int:
        """The row shown on line ``y``, or -1 for the spacer after a row."""
        row = self.row_at(y)
        if row < 0:
            return -1
        top, height = self.row_span(row)
        return row if y < top + height else -1

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
    """A ``PairRows`` ready for the panes: display texts, marks by sentence, wrapped layouts.

    Marks are looked up by sentence (see ``marks``).
    """

    def __init__(self, pair: PairRows) -> None:
        self.pair = pair
        self.texts: dict[Side, str] = {s: visible_text(pair.article(s).text) for s in SIDES}
        findings = pair.comparison.findings
        self._findings: dict[Side, IntervalIndex] = {
            side: IntervalIndex(
                [(part.start, part.end) for part in map(attrgetter(side), findings)]
            )
            for side in SIDES
        }
        """Each side's parts of the findings, looked up by the sentence drawn (see ``marks``)."""
        self._marks: dict[tuple[Side, int], tuple[Highlight, ...]] = {}
        self._row_text = RowText(
            pair.rows, self.texts, {side: self.article(side).sentences for side in SIDES}
        )
        self._layouts: dict[int, PairLayout] = {}

    def article(self, side: Side) -> Article:
        return self.pair.article(side)

    def marks(self, side: Side, sentence: int) -> tuple[Highlight, ...]:
        """The marks on one sentence, lowest precedence first (paint order).

        Findings, then word changes; the word changes are diffed when a sentence is
        first drawn, so opening a long pair does not wait for every diff.
        """
        key = (side, sentence)
        found = self._marks.get(key)
        if found is None:
            findings = self.pair.comparison.findings
            merged = [
                Highlight(getattr(findings[index], side).span, findings[index].kind, index)
                for index in self._findings[side].overlapping(*self._reach(side, sentence))
            ]
            merged += self.pair.changed_highlights(side, sentence)
            found = tuple(sorted(merged, key=lambda mark: PRECEDENCE[mark.kind]))
            self._marks[key] = found
        return found

    def _reach(self, side: Side, sentence: int) -> tuple[int, int]:
        """The characters a finding's part must touch to be marked on ``sentence``: from its
        start to the next sentence's (the space after it included), the first sentence from
        the text's start and the last to its end, as ``PairRows.sentence_ids`` counts."""
        sentences = self.article(side).sentences
        start = sentences[sentence].start if sentence > 0 else 0
        if sentence + 1 < len(sentences):
            return start, sentences[sentence + 1].start
        return start, len(self.texts[side])

    def layout(self, width: int) -> PairLayout:
        """Both sides wrapped to ``width`` cells; the last two widths are kept."""
        if width not in self._layouts:
            if len(self._layouts) >= 2:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[width] = self._stack(max(width, 4))
        return self._layouts[width]

    def _stack(self, width: int) -> PairLayout:
        """Stack the rows, each as tall as its taller side, a spacer after all but the last."""
        counts = {side: self._line_counts(side, width) for side in SIDES}
        left, right = counts["left"].__getitem__, counts["right"].__getitem__
        row_top: array[int] = array("l")
        top = 0
        for row in self.pair.rows:
            row_top.append(top)
            top += 1 + max(1, sum(map(left, row.left)), sum(map(right, row.right)))
        return PairLayout(width, row_top, max(0, top - 1), self._row_text)

    def _line_counts(self, side: Side, width: int) -> list[int]:
        """The number of display lines of each of ``side``'s sentences."""
        spans = [(sentence.start, sentence.end) for sentence in self.article(side).sentences]
        return line_counts(self.texts[side], spans, width)
