"""Literal display text and word wrapping by character offsets.

Article text is shown exactly as written: Rich markup stays text because it is
never parsed (widgets build ``rich.text.Text`` from plain strings), and every
character a terminal would act on (C0/C1 controls such as ESC, bidi overrides,
zero-width format characters) is replaced by a visible placeholder of the same
length, so an offset into the article is an offset into the display text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from rich.cells import cell_len

# Characters a terminal interprets or that change how following cells are laid out.
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_WORD = re.compile(r"\S+")


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    if char in _WHITESPACE_CONTROLS:
        return " "  # a hard wrap or tab inside a sentence reads as a space
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ESC shows as "␛"
    if code == 0x7F:
        return "\u2421"  # "␡"
    return "\ufffd"


def visible_text(text: str) -> str:
    """``text`` with every unsafe character replaced one-for-one by a visible one."""
    return _UNSAFE.sub(_placeholder, text)


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text[start:end]`` into lines at most ``width`` cells wide.

    Returns (start, end) offsets into ``text`` for each line; spaces at a break
    are dropped and a word wider than the line is cut by cells. ``text`` must
    be display text (see :func:`visible_text`): whitespace is plain spaces.
    """
    width = max(width, 1)
    if text[start:end].isascii():
        if end - start <= width:
            return [(start, end)]
        return [match.span() for match in _ascii_lines(width).finditer(text, start, end)]
    if cell_len(text[start:end]) <= width:
        return [(start, end)]
    return wrap_words(text, start, end, width)


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
def _ascii_lines(width: int) -> re.Pattern[str]:
    """One match per line of ASCII text: the longest run of whole words that fits,
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
