"""A footer that drops its spacing and the palette hint on a narrow terminal, so the last keys
are not cut (`ctrl+p` still opens the palette, and `?` lists it), and that is rebuilt only
when what it shows changes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.widgets import Footer

if TYPE_CHECKING:
    from textual.app import ComposeResult
    from textual.screen import Screen

COMPACT_BELOW = 90
"""Columns under which the footer goes compact: the compare screen's keys and the palette
hint take 81 cells with spacing and 74 without, so at 80 columns only compact fits."""


class FittingFooter(Footer):
    """``Footer``, compact and without the palette hint below ``COMPACT_BELOW`` columns.

    Textual's footer mounts all its keys again each time the screen says its bindings
    changed (focus moved, a screen became ready), even when the same keys are shown: three
    times while the compare screen opens, 20-70 ms each. This one skips a rebuild that
    would show what is already shown.
    """

    _shown: object = None
    """What the footer was last composed from (``_showing``)."""

    def on_mount(self) -> None:
        self._fit(self.app.size.width)  # before the keys are first shown: no rebuild to fit

    def on_resize(self, event: events.Resize) -> None:
        self._fit(event.size.width)

    def _fit(self, width: int) -> None:
        narrow = width < COMPACT_BELOW
        self.compact = narrow
        if self.show_command_palette == narrow:
            self.show_command_palette = not narrow
            if self._bindings_ready and self.is_attached:  # shown already: show it without
                self.call_after_refresh(self.recompose)

    def compose(self) -> ComposeResult:
        if self._bindings_ready:
            self._shown = self._showing(self.screen)
        yield from super().compose()

    def bindings_changed(self, screen: Screen) -> None:
        if (
            self._bindings_ready
            and self.is_attached
            and screen is self.screen
            and self._showing(screen) == self._shown
        ):
            return
        super().bindings_changed(screen)

    def _showing(self, screen: Screen) -> object:
        """Everything ``Footer.compose`` reads that can change: each active binding, whether
        it is enabled, its tooltip, and whether the palette hint is shown."""
        bindings = [
            (binding, enabled, tooltip)
            for _, binding, enabled, tooltip in screen.active_bindings.values()
        ]
        return bindings, self.show_command_palette
