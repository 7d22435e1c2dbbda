"""Word wrapping of display text by character offsets.

Display text comes from :func:`tui.engine.visible.visible_text`: the article
with every character a terminal would act on replaced one-for-one, so an
offset into the article is an offset into the display text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from rich.cells import cell_len

_WORD = re.compile(r"\S+")
_ONE_CELL = re.compile("[\x20-\x7e\xa0-\u02ff\u0370-\u0482\u2010-\u2027\u2030-\u205e]*")
"""A run of characters one cell wide each: Latin, Greek, Cyrillic, and the quotes, dashes
and ellipsis of news text. In such text a character is a cell, so a pattern counting
characters wraps it as the word-by-word path would."""


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` into lines at most ``width`` cells wide.

    Returns (start, end) offsets into ``text`` for each line; spaces at a break
    are dropped and a word wider than the line is cut by cells. ``text`` must
    be display text (see :func:`tui.engine.visible.visible_text`): whitespace is plain spaces.
    """
    width = max(width, 1)
    if _one_cell(text, start, end):
        if end - start <= width:
            return [(start, end)]
        return [match.span() for match in _one_cell_lines(width).finditer(text, start, end)]
    if cell_len(text[start:end]) <= width:
        return [(start, end)]
    return wrap_words(text, start, end, width)


def line_counts(text: str, spans: Iterable[tuple[int, int]], width: int) -> list[int]:
    """How many lines :func:`wrap_offsets` gives each ``(start, end)`` of ``text``.

    Counted without building the lines (an article of thousands of sentences is counted
    to lay out the rows; only the lines drawn are built), and an ASCII text is known to
    be one cell a character without a look at each span.
    """
    width = max(width, 1)
    all_ascii = text.isascii()
    findall = _one_cell_lines(width).findall
    counts: list[int] = []
    for start, end in spans:
        if not (all_ascii or _one_cell(text, start, end)):
            counts.append(len(wrap_offsets(text, start, end, width)))
        elif end - start <= width:
            counts.append(1)
        else:
            counts.append(len(findall(text, start, end)))
    return counts


def _one_cell(text: str, start: int, end: int) -> bool:
    """Whether every character of ``text[start:end]`` is one cell wide (see ``_ONE_CELL``)."""
    return text[start:end].isascii() or _ONE_CELL.fullmatch(text, start, end) is not None


def wrap_words(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """The general path of :func:`wrap_offsets`: word by word, measuring cells."""
    lines: list[tuple[int, int]] = []
    line_start = -1
    line_end = start
    used = 0
    for word_start, word_end, cells in _words(text, start, end):
        gap = _cells(text[line_end:word_start])
        if line_start >= 0 and used + gap + cells <= width:
            used += gap + cells
            line_end = word_end
            continue
        if line_start >= 0:
            lines.append((line_start, line_end))
        if cells <= width:
            line_start, line_end, used = word_start, word_end, cells
            continue
        pieces = list(_cut(text, word_start, word_end, width))
        lines.extend(pieces[:-1])
        line_start, line_end = pieces[-1]
        used = _cells(text[line_start:line_end])
    if line_start >= 0:
        lines.append((line_start, line_end))
    return lines or [(start, start)]


@lru_cache(maxsize=16)
def _one_cell_lines(width: int) -> re.Pattern[str]:
    """One match per line of text of one-cell characters: the longest run of whole words that fits,
    or ``width`` characters of a word longer than the line."""
    if width == 1:
        return re.compile(r"\S")
    return re.compile(rf"\S(?:.{{0,{width - 2}}}\S)?(?=\s|$)|\S{{{width}}}")


def _cells(text: str) -> int:
    return len(text) if text.isascii() else cell_len(text)


def _words(text: str, start: int, end: int) -> Iterator[tuple[int, int, int]]:
    """(start, end, cell width) of each run of non-spaces."""
    for match in _WORD.finditer(text, start, end):
        yield match.start(), match.end(), _cells(match.group())


def _cut(text: str, start: int, end: int, width: int) -> Iterator[tuple[int, int]]:
    """Cut one over-long word into pieces at most ``width`` cells wide."""
    piece_start = start
    used = 0
    for index in range(start, end):
        cells = cell_len(text[index])
        if used + cells > width and index > piece_start:
            yield piece_start, index
            piece_start, used = index, 0
        used += cells
    yield piece_start, end
