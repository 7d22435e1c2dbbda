"""A checkbox whose state reads without colour."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Checkbox

CHECKED_MARK = "✓"
"""What a chosen box shows; an unchosen one stays empty."""


class MarkedCheckbox(Checkbox):
    """``Checkbox`` drawing ✓ when checked and nothing when not: Textual draws the same X in
    both states and tells them apart by colour only, which NO_COLOR and some palettes lose."""

    @property
    def _button(self) -> Content:
        self.BUTTON_INNER = CHECKED_MARK if self.value else " "
        return super()._button
