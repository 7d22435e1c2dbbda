"""A footer that drops its spacing and the palette hint on a narrow terminal, so the last keys
are not cut (`ctrl+p` still opens the palette, and `?` lists it)."""

from __future__ import annotations

from textual import events
from textual.widgets import Footer

COMPACT_BELOW = 90
"""Columns under which the footer goes compact: the compare screen's keys and the palette
hint take 81 cells with spacing and 74 without, so at 80 columns only compact fits."""


class FittingFooter(Footer):
    """``Footer``, compact and without the palette hint below ``COMPACT_BELOW`` columns."""

    def on_resize(self, event: events.Resize) -> None:
        narrow = event.size.width < COMPACT_BELOW
        self.compact = narrow
        self.show_command_palette = not narrow
