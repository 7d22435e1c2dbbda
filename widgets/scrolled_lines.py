"""Keep a scrolled widget's finished lines: a scroll of a few lines draws only the lines exposed.

Textual's ``ScrollView`` marks every line dirty when it scrolls, and its styles cache (the
widget's lines with border and padding, cached by their row on screen) draws them all
again: for an article pane, 2 x 57 lines asked of ``render_line`` and put through the
border at 200x60 for a ``j`` that scrolls one row. A line's look does not depend on where
it stands in the view, so after a scroll of ``delta`` lines the finished line at row
``y + delta`` is the one due at row ``y``: this moves the cache along and leaves dirty only
the rows that come into view and those already dirty (a changed cursor row). The whole
widget is still repainted on screen (the compositor asks for every row; it gets them from
the cache). Textual is pinned, so the private names used here hold.
"""

from __future__ import annotations

from textual._styles_cache import StylesCache
from textual.strip import Strip


def carry_scrolled_lines(
    cache: StylesCache, stale: set[int], delta: int, content: range, height: int
) -> None:
    """Move the cached lines of the ``content`` rows (those between the border rows) up by
    ``delta`` rows (down when negative); rows left without a line are dirty, as are those
    in ``stale`` (the rows dirty before the scroll, which marked them all dirty). Rows
    outside the widget's ``height`` are forgotten: they are never drawn. Call it after the
    scroll's refresh."""
    old: dict[int, Strip] = cache._cache
    carried = {
        y: old[y + delta]
        for y in content
        if y + delta in content and y + delta in old and y + delta not in stale
    }
    edges = {y: strip for y, strip in old.items() if y not in content}
    cache._cache = edges | carried
    cache._dirty_lines = {y for y in stale if 0 <= y < height and y not in content} | {
        y for y in content if y not in carried
    }
