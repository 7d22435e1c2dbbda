"""The compare view's model: one row list shared by both panes, wrapped per width.

Built once per comparison from the engine's ``PairRows`` (in a worker thread:
it imports no Textual), then wrapped on demand for a pane width. Both panes
read the same ``PairLayout``, so a row starts on the same line on both sides
and its height is the larger of its two wrapped heights: the panes scroll
together by construction.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from tui.engine.corpus import Article
from tui.engine.pair_rows import SIDES, PairRows
from tui.engine.view import Highlight, Side
from tui.engine.visible import visible_text
from widgets.highlight_styles import PRECEDENCE
from widgets.text_layout import wrap_offsets


@dataclass(frozen=True, slots=True)
class LineRef:
    """One display line: the part ``[start, end)`` of a sentence that fits the width."""

    sentence: int
    start: int
    end: int
    first: bool
    """True for the first line of its sentence."""


@dataclass(frozen=True)
class SideLines:
    """One side's display lines as three columns, not an object per line (a long pair
    has tens of thousands): the sentence of each line (-1 where the side shows no text)
    and the line's ``[start, end)`` in the display text."""

    sentence: array[int]
    start: array[int]
    end: array[int]

    def line(self, y: int) -> LineRef | None:
        sentence = self.sentence[y]
        if sentence < 0:
            return None
        first = y == 0 or self.sentence[y - 1] != sentence
        return LineRef(sentence, self.start[y], self.end[y], first)


@dataclass(frozen=True)
class PairLayout:
    """Both sides wrapped to one width; a blank spacer line follows each row."""

    width: int
    row_top: array[int]
    line_row: array[int]
    """The row of each line, or -1 for a spacer."""
    sides: dict[Side, SideLines]

    @property
    def height(self) -> int:
        return len(self.line_row)

    def line(self, side: Side, y: int) -> LineRef | None:
        """What ``side`` shows on line ``y``: part of a sentence, or nothing."""
        return self.sides[side].line(y)

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
        self._findings: dict[Side, dict[int, list[Highlight]]] = {
            side: self._by_sentence(side, pair.finding_highlights(side)) for side in SIDES
        }
        self._marks: dict[tuple[Side, int], tuple[Highlight, ...]] = {}
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
            merged = [
                *self._findings[side].get(sentence, ()),
                *self.pair.changed_highlights(side, sentence),
            ]
            found = tuple(sorted(merged, key=lambda mark: PRECEDENCE[mark.kind]))
            self._marks[key] = found
        return found

    def _by_sentence(self, side: Side, marks: Iterable[Highlight]) -> dict[int, list[Highlight]]:
        grouped: dict[int, list[Highlight]] = {}
        for mark in marks:
            for sentence in self.pair.sentence_ids(side, mark.span):
                grouped.setdefault(sentence, []).append(mark)
        return grouped

    def layout(self, width: int) -> PairLayout:
        """Both sides wrapped to ``width`` cells; the last two widths are kept."""
        if width not in self._layouts:
            if len(self._layouts) >= 2:
                self._layouts.pop(next(iter(self._layouts)))
            self._layouts[width] = self._wrap(max(width, 4))
        return self._layouts[width]

    def _wrap(self, width: int) -> PairLayout:
        row_top: array[int] = array("l")
        line_row: array[int] = array("l")
        columns = {side: (array("l"), array("l"), array("l")) for side in SIDES}
        pieces = {side: self._wrapper(side, width) for side in SIDES}
        for index, row in enumerate(self.pair.rows):
            wrapped = {side: pieces[side](getattr(row, side)) for side in SIDES}
            height = max(1, len(wrapped["left"]), len(wrapped["right"]))
            row_top.append(len(line_row))
            line_row.extend([index] * height)
            line_row.append(-1)
            for side in SIDES:
                sentence, start, end = columns[side]
                for sentence_id, line_start, line_end in wrapped[side]:
                    sentence.append(sentence_id)
                    start.append(line_start)
                    end.append(line_end)
                blank = [-1] * (height + 1 - len(wrapped[side]))
                sentence.extend(blank)
                start.extend(blank)
                end.extend(blank)
        if line_row:
            line_row.pop()  # no spacer after the last row
            for column in columns.values():
                for values in column:
                    values.pop()
        return PairLayout(width, row_top, line_row, {s: SideLines(*columns[s]) for s in SIDES})

    def _wrapper(
        self, side: Side, width: int
    ) -> Callable[[Sequence[int]], list[tuple[int, int, int]]]:
        """Wraps one side's sentences of a row: (sentence, start, end) of each line."""
        text = self.texts[side]
        sentences = self.article(side).sentences

        def wrap(ids: Sequence[int]) -> list[tuple[int, int, int]]:
            lines: list[tuple[int, int, int]] = []
            for sentence_id in ids:
                sentence = sentences[sentence_id]
                for start, end in wrap_offsets(text, sentence.start, sentence.end, width):
                    lines.append((sentence_id, start, end))
            return lines

        return wrap
