"""A footer that drops its spacing on a narrow terminal, so the last keys are not cut."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

COMPACT_BELOW = 90
"""Columns under which the footer goes compact: the compare screen's keys and the palette
hint take 81 cells with spacing and 74 without, so at 80 columns only compact fits."""


class FittingFooter(Footer):
    """``Footer``, compact below ``COMPACT_BELOW`` columns."""

    def on_resize(self, event: events.Resize) -> None:
        self.compact = event.size.width < COMPACT_BELOW
