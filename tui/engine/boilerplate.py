"""Find web cruft around an article body: share widgets, disclaimers, comments.

General signals only, scored per line:

* *footer phrasing*: disclaimers, "original source", "follow me", cookie and
  subscription notices (strong evidence on its own);
* *UI-like lines*: very short lines of widget words ("Reply0", "Share",
  "0/400"), counters, timestamps, user handles, language menus;
* *corpus repetition*: a line that recurs in several articles of the corpus.

A trailing block is boilerplate when, read from the end, it holds only cruft
and short non-prose lines and at least one line of strong evidence: this takes
whole comment sections while leaving short headings inside the body alone.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tui.engine.prepared_regex import regex
from tui.engine.spans import Span

_FOOTER = regex(
    # Matched against the lower-cased line: twice as fast as re.IGNORECASE. The
    # lookahead (every alternative's first letter) rejects most positions before the
    # alternation is tried: it halves the time of a long article's footer scan.
    r"""\b(?=[acdfnoprstv])(disclaimer|all\s+rights\s+reserved|copyright|third[-\s]party\s+content|
    not\s+(be\s+)?considered\s+(as\s+)?an?\s+endorsement|financial\s+or\s+professional\s+advice|
    original\s+(source|article|link)|view\s+original|source\s*:\s*https?://|
    (please\s+)?follow\s+(me|us)\b|subscribe|sign\s+up\s+for|newsletter|cookie|
    download\s+(the\s+)?\w*\s*app|scan\s+to\s+download|click\s+(here|the)|
    represents\s+the\s+author'?s?\s+(personal\s+)?views?|reprinted\s+with\s+permission|
    share\s+this\s+article|read\s+more\s*:|related\s+articles?|advertisement)\b""",
    re.VERBOSE,
)
_WIDGET_WORDS = frozenset(
    """reply replies comment comments share shares repost reposts reward like likes pin report
    follow following followers login log sign register menu home community more less retweet
    upvote downvote vote votes qrcode print email copy link top""".split()
)
_TIMESTAMP = regex(r"\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}|\b\d+\s*(min|h|hours?|days?)\s+ago\b")
_HANDLE = regex(r"^[@\w.-]*\d[\w.-]*$")  # "GateUser-b056faf3vip", "Chong8888"
_BULLET = "\u2022\u00b7*-\u25aa\u25cf|"
_PROSE_END = regex(r"""[.!?]['"\u2019\u201d)]*$""")
_WORD = regex(r"\w+")


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str

    @property
    def words(self) -> list[str]:
        return _WORD.findall(self.text)


def lines_of(text: str) -> list[_Line]:
    """Non-blank lines, stripped, with their offsets into ``text``."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        stripped = raw.strip()
        if stripped:
            start = match.start() + raw.index(stripped)
            found.append(_Line(start, start + len(stripped), stripped))
    return found


def normalise_line(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def is_footer(line: str) -> bool:
    return bool(_FOOTER.search(line.lower()))


def is_ui_like(line: str) -> bool:
    """A short line that reads like a widget, a counter, a handle or a menu entry."""
    body = line.strip().lstrip(_BULLET).strip()
    words = _WORD.findall(body)
    if not words:
        return True  # punctuation or symbols only
    if len(body) <= 40 and _TIMESTAMP.search(body) and not _PROSE_END.search(body):
        return True
    if len(words) > 4 or _PROSE_END.search(body):
        return False
    lowered = [re.sub(r"\d+$", "", w.lower()) for w in words]
    if all(w in _WIDGET_WORDS or not w or w.isdigit() for w in lowered):
        return True
    if len(words) == 1 and _HANDLE.match(body):
        return True
    return line.lstrip().startswith(tuple(_BULLET)) and len(words) <= 3


def _is_prose(line: _Line) -> bool:
    return len(line.words) >= 8 and bool(_PROSE_END.search(line.text))


def detect(text: str, shared_lines: Iterable[str] = ()) -> list[Span]:
    """Spans of ``text`` that are boilerplate, one per line, in order."""
    lines = lines_of(text)
    repeated = set(shared_lines)
    marked = [
        is_footer(line.text) or (bool(repeated) and normalise_line(line.text) in repeated)
        for line in lines
    ]
    _mark_edge(lines, marked, reversed(range(len(lines))))
    _mark_edge(lines, marked, range(len(lines)))
    return [Span(line.start, line.end) for line, m in zip(lines, marked, strict=True) if m]


def _mark_edge(lines: Sequence[_Line], marked: list[bool], order: Iterable[int]) -> None:
    """Mark a run of cruft at one edge of the text, if it holds strong evidence."""
    run: list[int] = []
    strong = False
    for index in order:
        line = lines[index]
        if marked[index]:
            strong = True
        elif _is_prose(line) or not (is_ui_like(line.text) or len(line.words) <= 4):
            break
        elif is_ui_like(line.text) and len(run) >= 2:
            strong = strong or sum(is_ui_like(lines[i].text) for i in run) >= 3
        run.append(index)
    if strong:
        for index in run:
            marked[index] = True


def shared_lines(texts: Sequence[str], min_articles: int = 3) -> set[str]:
    """Normalised lines that recur in at least ``min_articles`` of ``texts``."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalise_line(line.text) for line in lines_of(text)})
    return {line for line, n in counts.items() if n >= min_articles and line}
