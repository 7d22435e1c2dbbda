"""A scrollbar that repaints when its thumb is drawn differently, not on every line scrolled.

A long pair is tens of thousands of lines: one line scrolled moves the thumb by a small
fraction of an eighth of a cell (the finest step it is drawn in), yet Textual's
``ScrollBar`` repaints every cell of the bar on each change of ``position``: 4.5 ms of a
``j`` for the two panes at 160x48, 5,000 sentences a side. This one works out the bar it
would draw (``ScrollBarRender.render_bar``, the same drawing, without the terminal) and
repaints only when that differs from the last one drawn.
"""

from __future__ import annotations

from math import ceil

from rich.segment import Segment
from textual.reactive import Reactive
from textual.scrollbar import ScrollBar

Drawing = tuple[int, int, int, tuple[Segment, ...]]


class SteadyScrollBar(ScrollBar):
    position: Reactive[float] = Reactive(0.0, repaint=False)
    """The scroll position; a change repaints only when the thumb moves (see ``watch``)."""

    def __init__(self, vertical: bool = True, name: str | None = None, *, thickness: int = 1):
        super().__init__(vertical, name, thickness=thickness)
        self._drawn: Drawing | None = None

    def watch_position(self) -> None:
        drawing = self.drawing()
        if drawing != self._drawn:
            self._drawn = drawing
            self.refresh()

    def drawing(self) -> Drawing:
        """What the bar shows: its length, the window's sizes and the bar's cells."""
        length = self.size.height if self.vertical else self.size.width
        virtual = ceil(self.window_virtual_size)
        window = ceil(self.window_size) if self.window_size < self.window_virtual_size else 0
        bar = self.renderer.render_bar(
            size=length,
            virtual_size=virtual,
            window_size=window,
            position=self.position,
            thickness=self.thickness,
            vertical=self.vertical,
        )
        return length, virtual, window, tuple(bar.segments)
