"""Turn one line of Rich text into a Strip of exactly the pane's width."""

from __future__ import annotations

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.strip import Strip


def line_strip(text: Text, console: Console, base: Style, width: int) -> Strip:
    """Render ``text`` over ``base`` and crop or pad it to ``width`` cells.

    Every segment carries a style and none is empty: Textual's NO_COLOR
    (monochrome) filter fails on a segment whose style is ``None``.
    """
    segments = [
        segment for segment in Segment.apply_style(text.render(console), base) if segment.text
    ]
    return Strip(segments, text.cell_len).crop_extend(0, width, base)
