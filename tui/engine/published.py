"""The day an article was published: the day the user gives (``diptych compare
--published``), else the one its top states, else unknown.

Relative dates ("yesterday", "last Friday", "next month") count from this day, so two
reports' relative dates can be compared as days of the calendar only when both days are
known (findings/contradiction/calendar_days.py). The finder is strict, since a wrong day
would turn agreeing reports into contradictions: it reads only

* a wire dateline opening the first paragraph of the body ("LONDON, May 10, 2027
  (Reuters) -", "PARIS, 10 May 2027 -"): a place in capitals, a date with its year, then a
  dash or an agency in brackets;
* a date line of its own among the lines above the body ("Monday 10 May 2027",
  "Published: 2027-05-10", "May 10, 2027 10:31 AM"): the whole line is the date, with at
  most a label ("Published", "Updated"...), a weekday and a clock time.

A date in the body is no publication day, nor a date without its year (the day of the
week of "May 10" is unknown), nor a weekday that does not fall on the date it names.
"""

from __future__ import annotations

import datetime
import re

from tui.engine.corpus import Article
from tui.engine.findings.contradiction.date import MONTHS, WEEKDAYS
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex

TOP_LINES = 6
"""Lines (not counting blank ones) the top of an article holds: a title, a byline, a date
line; the body starts at the latest after them."""
TOP_CHARACTERS = 4000
"""Characters read from the start: more than the top lines and a dateline need (a long
article is not cut into lines whole)."""
BODY_WORDS = 15
"""A line of this many words or more is body text: the date lines stand above it."""

_MONTHS = {name.lower(): number for name, number in MONTHS.items()}
_WEEKDAYS = tuple(name.lower() for name in WEEKDAYS)
_MONTH = r"(?P<m>(?i:" + "|".join(sorted(_MONTHS, key=lambda n: (-len(n), n))) + r"))\.?"
_WEEKDAY = (
    r"(?:(?P<wd>(?i:"
    + "|".join(_WEEKDAYS)
    + r")|(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?),?\s+)?"
)
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<y>(?:19|20)\d\d)"
_MONTH2, _DAY2, _YEAR2 = (
    pattern.replace("(?P<m>", "(?P<m2>").replace("(?P<d>", "(?P<d2>").replace("(?P<y>", "(?P<y2>")
    for pattern in (_MONTH, _DAY, _YEAR)
)
"""The same, named apart for the other order of day and month."""
_DATE = (
    rf"(?:{_WEEKDAY}(?:{_MONTH}\s+{_DAY},?\s+{_YEAR}|{_DAY2}\s+(?:of\s+)?{_MONTH2},?\s+{_YEAR2})"
    rf"|(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d))"
)
"""A date with its year: "Monday 10 May 2027", "May 10, 2027", "Mon, 10 May 2027",
"2027-05-10"."""
_LABEL = (
    r"(?:(?i:published|posted|updated|last\s+updated|first\s+published|date|dated)"
    r"(?:\s+on)?\s*:?\s*)?"
)
_CLOCK = (
    r"(?:\s*(?:,|\||-|\u2013|\u2014|at|T)?\s*[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,4}|[+-]\d\d:?\d\d|Z))?)?"
)
_DATE_LINE = regex(rf"\s*{_LABEL}{_DATE}{_CLOCK}\s*\.?\s*")
"""A line that is a date and nothing else but a label and a clock time."""
_DATELINE = regex(
    r"(?P<place>[A-Z][A-Z.'\u2019-]+(?:\s+[A-Z][A-Z.'\u2019-]+){0,3})"
    r"(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s+"
    rf"{_DATE}"
    r"\s*(?:\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\)\s*)?(?P<dash>-{1,2}|\u2013|\u2014)\s"
)
"""A wire dateline at the start of a paragraph: "LONDON, May 10, 2027 (Reuters) - ...",
"SAN JUAN, Puerto Rico, 10 May 2027 \u2014 ..."."""
_PUBLISHED_LABEL = regex(r"(?i:published|posted|first\s+published|date)")
_UPDATED_LABEL = regex(r"(?i:updated|last\s+updated)")


def parse_day(text: str) -> datetime.date:
    """A day written YYYY-MM-DD (``--published``); ValueError with the reason if not."""
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text.strip())
    if match is None:
        raise ValueError(f"{text!r} is not a date written YYYY-MM-DD")
    year, month, day = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{text!r} is no day of the calendar ({error})") from None


@per_article
def publication_day(article: Article) -> datetime.date | None:
    """The day ``article`` was published: the one the user gave, else its top's."""
    return article.published if article.published is not None else stated_day(article.text)


def stated_day(text: str) -> datetime.date | None:
    """The publication day the top of ``text`` states (see the module docstring), or
    None. A line labelled so ("Published: ...") wins over an unlabelled one, and that
    over the day of an update ("Updated: ..."); of two alike, the first."""
    found: list[tuple[int, datetime.date]] = []
    top = text[:TOP_CHARACTERS].splitlines()
    for count, line in enumerate((line for line in top if line.strip()), 1):
        dateline = _DATELINE.match(line.lstrip())
        if dateline is not None:
            day = _day_of(dateline)
            return day if day is not None else _first(found)
        if len(line.split()) >= BODY_WORDS:
            break  # the body starts: a date below is no publication day
        date_line = _DATE_LINE.fullmatch(line)
        if date_line is not None:
            day = _day_of(date_line)
            if day is not None:
                found.append((_rank(line.strip()), day))
        if count >= TOP_LINES:
            break
    return _first(found)


def _rank(line: str) -> int:
    """0 for a line that says it gives the publication day, 2 for an update's, else 1."""
    if _PUBLISHED_LABEL.match(line):
        return 0
    return 2 if _UPDATED_LABEL.match(line) else 1


def _first(found: list[tuple[int, datetime.date]]) -> datetime.date | None:
    return min(found, key=lambda item: item[0])[1] if found else None


def _day_of(match: re.Match[str]) -> datetime.date | None:
    """The day a date match names, or None where it names none (a 31 February) or its
    weekday is not that day's."""
    groups = match.groupdict()
    try:
        if groups.get("iy"):
            return datetime.date(int(groups["iy"]), int(groups["im"]), int(groups["id"]))
        year, month, day_of_month = (
            groups.get(name) or groups[name + "2"] for name in ("y", "m", "d")
        )
        day = datetime.date(int(year), _MONTHS[month.lower()], int(day_of_month))
    except ValueError:
        return None
    weekday = groups.get("wd")
    if weekday and _WEEKDAYS.index(weekday.lower()) != day.weekday():
        return None
    return day
