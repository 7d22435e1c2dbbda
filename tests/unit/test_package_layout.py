"""The `tui` root holds only the entry points; everything else lives in a package with one job."""

from __future__ import annotations

import pkgutil

import tui

ENTRY_POINTS = {"__main__", "cli"}


def test_tui_root_holds_only_entry_points() -> None:
    loose = {m.name for m in pkgutil.iter_modules(tui.__path__) if not m.ispkg}
    assert loose == ENTRY_POINTS


def test_tui_packages_are_the_layers() -> None:
    packages = {m.name for m in pkgutil.iter_modules(tui.__path__) if m.ispkg}
    assert packages == {"app", "commands", "engine", "screens", "tags"}
