"""Article and tag text made safe to show: nothing in it can drive a terminal.

Every character a terminal acts on or that changes how the cells after it are
laid out (C0 and C1 controls, so ESC-started CSI/OSC/DCS sequences and their
one-byte forms, DEL, bidi overrides and isolates, zero-width and other
invisible format characters, Unicode tag characters, lone surrogates) is
replaced one-for-one by a visible character. The length never changes, so an
offset into the article is an offset into the display text, and what an
escape sequence would have done is shown as text ("␛[2J") instead of done.

Markup is a separate matter: the UI builds ``rich.text.Text`` from these
strings (never parsing markup), and the Markdown report escapes its own syntax.
"""

from __future__ import annotations

import re

_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff\U000e0000-\U000e007f]"
)
_WHITESPACE_CONTROLS = frozenset("\t\n\r\x0b\x0c")
_UNSAFE_BEYOND_ASCII = re.compile(_UNSAFE.pattern.replace("\x00-\x1f", ""))
"""The unsafe characters that ``json.dumps(..., ensure_ascii=False)`` writes raw."""


def _placeholder(match: re.Match[str]) -> str:
    char = match.group()
    if char in _WHITESPACE_CONTROLS:
        return " "  # a hard wrap or tab inside a sentence reads as a space
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # Control Pictures: ESC shows as "␛", NUL as "␀"
    if code == 0x7F:
        return "\u2421"  # "␡"
    return "\ufffd"


def visible_text(text: str) -> str:
    """``text`` with every unsafe character replaced one-for-one by a visible one.

    Whitespace controls (newline, tab, CR) become spaces: one line of text.

    Every unsafe character is one ``str.isprintable`` refuses, and that check runs in C
    several times faster than the pattern's search: a whole article is checked line by
    line, and only a line holding an unprintable character is searched.
    """
    if "\n" in text:
        return " ".join(map(_visible_line, text.split("\n")))
    return _visible_line(text)


def _visible_line(line: str) -> str:
    return line if line.isprintable() else _UNSAFE.sub(_placeholder, line)


def visible_lines(text: str) -> str:
    """Like :func:`visible_text`, but newlines stay: for notes and CSV cells."""
    return "\n".join(visible_text(line) for line in text.split("\n"))


def _json_escape(match: re.Match[str]) -> str:
    encoded = match.group().encode("utf-16-be", "surrogatepass")
    units = (int.from_bytes(encoded[i : i + 2], "big") for i in range(0, len(encoded), 2))
    return "".join(f"\\u{unit:04x}" for unit in units)


def terminal_safe_json(document: str) -> str:
    """JSON text (from ``json.dumps(..., ensure_ascii=False)``) with the unsafe characters
    it leaves raw written as ``\\uXXXX`` escapes: the same JSON value, safe to print.
    Only lines holding an unprintable character are searched (see ``visible_text``)."""
    return "\n".join(map(_safe_json_line, document.split("\n")))


def _safe_json_line(line: str) -> str:
    return line if line.isprintable() else _UNSAFE_BEYOND_ASCII.sub(_json_escape, line)
