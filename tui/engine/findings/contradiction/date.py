"""Dates, weekdays, months, years, decades, centuries and clock times, and where two
sentences differ on one.

A compact regular-expression reader rather than dateparser: dateparser is a heavy
import for the start-up budget of ``diptych compare``, and it returns datetimes,
filling in what the text leaves out (a bare "Friday" becomes a date relative to
today), while a comparison must keep only what the text states. Here each
mention keeps only those fields (weekday, month, days, year, time), so "June 6"
and "6 June" are equal, "Friday" and "June 6" are not comparable, and "Friday
(June 6)" conflicts with "Thursday (June 5)". A weekday named alone is also a date
relative to the report, a day of its week: "on Thursday" may be "yesterday" or "last
week", not "two weeks ago" or "last year".
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from tui.engine.findings.contradiction.calendar_days import (
    CalendarDays,
    calendar_of_fields,
    clause_tense,
    extra_dates,
    saying_dates,
)
from tui.engine.findings.contradiction.conflict import Conflict, one_to_one
from tui.engine.findings.contradiction.entity_roles import meaning_agreement
from tui.engine.findings.contradiction.event import opposed, reworded_event, same_event
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.kinds import relation
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.predicates import (
    SAY,
    agreeing_predicates,
    event_predicates,
)
from tui.engine.findings.contradiction.rates import SECONDS, unit_word
from tui.engine.findings.contradiction.wordlists import COUNT_WORDS, Phrase, lemma_key
from tui.engine.findings.contradiction.words import (
    Word,
    agreement,
    content_lemmas,
    same_setting,
    word_range,
)
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

if TYPE_CHECKING:  # quantities.py imports this module
    from tui.engine.findings.contradiction.quantities import Quantity

MIN_MEANING_AGREEMENT = 0.7
"""Least agreement in meaning of the rest of two sentences whose dates are paired as
the only ones each side does not share, not by the words around them (``lone_dates``)."""

_MONTH_NAMES = (
    ("January", "Jan"),
    ("February", "Feb"),
    ("March", "Mar"),
    ("April", "Apr"),
    ("May",),
    ("June", "Jun"),
    ("July", "Jul"),
    ("August", "Aug"),
    ("September", "Sept", "Sep"),
    ("October", "Oct"),
    ("November", "Nov"),
    ("December", "Dec"),
)
MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

_FULL_MONTHS = frozenset(names[0] for names in _MONTH_NAMES)


def _longest_first(name: str) -> tuple[int, str]:
    """Longer names first (an alternation takes the first that matches), then in
    alphabetical order: the pattern's text is the same in every run (prepared_regex)."""
    return -len(name), name


_MONTH = (
    r"(?P<m>(?:"
    + "|".join(sorted(_FULL_MONTHS, key=_longest_first))
    + r")\b|(?:"
    + "|".join(sorted(set(MONTHS) - _FULL_MONTHS, key=_longest_first))
    + r")\b\.?)"
)
"""A month's name, or its abbreviation with its full stop ("Sept."): the stop after a
full name ends the sentence and is no part of the date."""
_WEEKDAY = r"(?:(?P<wd>" + "|".join(WEEKDAYS) + r")\s*(?P<open>\()?,?\s*)"
_DAY = r"(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b"
_RANGE = r"(?:\s*(?:-|\u2013|to|through|and)\s*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b)?"
_YEAR_NUMBER = r"(?:1[1-9]|20)\d\d"
"""A year from 1100 to 2099: history is dated too ("finished in August 1895")."""
_YEAR = rf"(?:,?\s+(?P<y>{_YEAR_NUMBER})\b)?"
_CLOSE = r"(?(open)\))"
_YEAR_WORDS = r"in|since|by|until|till|from|during|before|after|through|of|early|late|mid-?"

_RELATIVE_COUNT = r"\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
_RELATIVE = (
    r"\b(?i:(?P<dir>last|this|next)\s+(?P<unit>week|month|year)"
    rf"|(?P<count>{_RELATIVE_COUNT})\s+(?P<unit2>day|week|month|year)s?\s+ago"
    r"|(?P<day>yesterday|today|tomorrow))\b"
)
"""Dates relative to the report: "last month", "two weeks ago", "yesterday"."""
_CENTURY_ORDINALS = {
    word: n
    for n, word in enumerate(
        "eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth "
        "nineteenth twentieth".split(),
        start=11,
    )
} | {"twenty-first": 21}
"""Centuries in words, by number (earlier ones are rare in news and read as digits)."""
_CLOCK_IN_WORDS = (
    r"\b(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?(?:\s*o['\u2019]clock)?"
    r"\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b"
)
"""A clock time told by its part of the day: "shortly after 11 in the morning", "at 9
o'clock at night"."""
_PAST_OR_TO = {"half": 30, "quarter": 15, "twenty-five": 25, "twenty": 20, "ten": 10, "five": 5}
"""Minutes a clock time in words names past or to its hour ("*half* past nine")."""
_CLOCK_WORDS = (
    r"\b(?i:at|by|until|till|before|after|around|about|from|since)\s+(?P<body>"
    r"(?i:(?:a\s+)?(?P<by>"
    + "|".join(sorted(_PAST_OR_TO, key=_longest_first))
    + r")\s+(?P<way>past|to)\s+)?"
    + r"(?P<h>(?i:"
    + "|".join(sorted(COUNT_WORDS, key=_longest_first))
    + r"))(?:\s*o['\u2019]clock)?"
    r"\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night))\b"
)
"""A clock time in words, told by a preposition and its part of the day: "at nine in
the morning", "at a quarter to six in the evening", "until half past ten at night"
(not "killed five in the evening attack": no preposition gives it a time)."""
_CLOCK_NAMES = {"noon": 12 * 60, "midday": 12 * 60, "midnight": 0}
"""Clock times named by a word, in minutes after midnight."""
_NAMED_CLOCK = r"\b(?P<clock>(?i:" + "|".join(sorted(_CLOCK_NAMES)) + r"))\b"
"""A clock time told by its name: "the doors opened at *noon*" ("afternoon" is a part
of the day, no clock time)."""
_PARTS_OF_DAY = {
    "dawn": (4 * 60, 9 * 60),
    "daybreak": (4 * 60, 9 * 60),
    "sunrise": (4 * 60, 9 * 60),
    "first light": (4 * 60, 9 * 60),
    "dusk": (16 * 60, 21 * 60),
    "sunset": (16 * 60, 21 * 60),
    "nightfall": (16 * 60, 21 * 60),
    "early hours": (0, 6 * 60),
    "small hours": (0, 6 * 60),
}
"""The times of day (minutes after midnight) a named part of it may span, wide enough
for any season ("at dawn" may be 8 a.m. in winter); morning, evening and night are
read as words by ``typed_slots``."""
_BEFORE_PART = frozenset(("before", "by", "until", "till"))
_AFTER_PART = frozenset(("after", "since", "from"))
_PART_OF_DAY = (
    r"\b(?P<rel>(?i:at|by|until|till|around|about|towards?|from|since|before|after|in))\s+"
    r"(?:the\s+)?(?P<body>(?P<dp>"
    + "|".join(name.replace(" ", r"\s+") for name in sorted(_PARTS_OF_DAY, key=_longest_first))
    + r"))\b"
)
"""A part of the day a preposition gives a time ("*before dawn*", "*at first light*",
"*in the early hours*"); not "the dawn of an era" nor a "dawn raid"."""
_PART_OF_DAY_WORDS = (
    "dawn",
    "daybreak",
    "sunrise",
    "light",
    "dusk",
    "sunset",
    "nightfall",
    "hours",
)
"""What a sentence naming a part of the day holds (``_may_name_part_of_day``)."""
_MID = r"\b(?i:mid)-"
""""mid-" joined to a month or a year ("in *mid-March*", "by *mid-2019*")."""
_CENTURY = (
    r"\b(?P<c>[1-9]|1\d|2[01])(?:st|nd|rd|th)(?:[-\s]|\u2011)(?i:century)\b"
    r"|\b(?i:(?P<cw>" + "|".join(_CENTURY_ORDINALS) + r"))(?:[-\s]|\u2011)(?i:century)\b"
)
"""A century by its ordinal: "the 15th century", "a nineteenth-century hall"."""
_HUNDREDS = r"\b(?P<dec>(?:1[1-9]|20)\d0)s\b"
"""A decade or a century by its first year: "the 1960s", "in the 1400s" (a year ending
in 00 names its century)."""
_FIXED_DAYS = {
    "New Year's Day": (1, 1),
    "Valentine's Day": (2, 14),
    "St Patrick's Day": (3, 17),
    "St. Patrick's Day": (3, 17),
    "Halloween": (10, 31),
    "Christmas Eve": (12, 24),
    "Christmas Day": (12, 25),
    "Boxing Day": (12, 26),
    "New Year's Eve": (12, 31),
}
"""Days of the year known by name, with their month and day: "on *New Year's Day*"
agrees with "on 1 January" and differs from "on 2 January". "Christmas" and "New Year"
alone name a season of holidays as often as a day, and are left out."""
_EASTER_DAYS = {
    "Shrove Tuesday": (-47, -47),
    "Ash Wednesday": (-46, -46),
    "Palm Sunday": (-7, -7),
    "Maundy Thursday": (-3, -3),
    "Good Friday": (-2, -2),
    "Holy Saturday": (-1, -1),
    "Easter Sunday": (0, 0),
    "Easter Day": (0, 0),
    "Easter Monday": (1, 1),
    "Easter": (-2, 1),
    "Ascension Day": (39, 39),
    "Whit Sunday": (49, 49),
    "Whitsunday": (49, 49),
    "Pentecost": (49, 49),
    "Whit Monday": (50, 50),
    "Whitsun": (49, 50),
}
"""Movable feasts of the Christian year, by their days from Easter Sunday (first, last):
"Easter" alone names the Easter weekend, Good Friday to Easter Monday. Two of them agree
where one day lies in the other's span ("at Easter" / "on Good Friday") and differ
otherwise ("before Easter" / "before Whitsun"); their date in a calendar depends on the
year, so they are compared with no month or day."""
_FEAST = (
    r"\b(?P<feast>"
    + "|".join(
        re.escape(name).replace(r"\ ", r"\s+").replace("'", "['\u2019]")
        for name in sorted((*_FIXED_DAYS, *_EASTER_DAYS), key=_longest_first)
    )
    + r")\b(?!\s+(?i:island|rising|egg|eggs|bunny|agreement|accords?|uprising|offensive))"
    + r"(?!,?\s*\d|\s+(?:Sunday|Monday|Day)\b)"
)
"""A day of the year or a feast by its name ("on *Good Friday*"); not "the Easter Rising"
nor "the Good Friday Agreement", which name an event, nor "Easter Island"; nor one a
day of the month follows ("Easter *Monday, 24 April*": the date is read as dates are)."""
_FEAST_WORDS = ("Christmas", "Boxing", "New Year", "Easter", "Whit", "Pentecost", "Good Fri",
                "Shrove", "Ash Wed", "Palm Sun", "Maundy", "Holy Sat", "Ascension",
                "Halloween", "Valentine", "Patrick")  # fmt: skip
"""What a sentence naming a feast holds (``_may_name_feast``)."""
_COUNT_WORDS = COUNT_WORDS | {"a": 1, "an": 1}

_PATTERNS = tuple(
    regex(p)
    for p in (
        _FEAST,  # first: "Easter *Monday*" is no weekday of the report's week
        rf"\b(?P<y>{_YEAR_NUMBER})-(?P<mo>[01]\d)-(?P<d1>[0-3]\d)\b",
        rf"\b{_WEEKDAY}?{_MONTH}\s+{_DAY}{_RANGE}{_YEAR}{_CLOSE}",
        rf"\b{_WEEKDAY}?(?:the\s+)?{_DAY}{_RANGE}\s+(?:of\s+)?{_MONTH}{_YEAR}{_CLOSE}",
        rf"\b{_MONTH}\s+(?P<y>{_YEAR_NUMBER})\b",
        rf"(?:\b(?i:{_YEAR_WORDS}|last|next|this|each|every)\s+|{_MID})(?P<body>{_MONTH})(?!\s*\d)",
        rf"\b(?P<wd>{'|'.join(WEEKDAYS)})\b",
        rf"(?:\b(?i:{_YEAR_WORDS})\s+|{_MID})(?P<body>(?P<y>{_YEAR_NUMBER})\b"
        rf"(?:\s*(?:-|\u2013|to|until|till|through)\s*(?P<y2>{_YEAR_NUMBER})\b)?)",
        r"\b(?P<h>[01]?\d)(?:[:.](?P<min>[0-5]\d))?\s*(?P<ap>[ap]\.m\.|[ap]m\b)",
        _RELATIVE,
        _CLOCK_IN_WORDS,
        _CLOCK_WORDS,
        _NAMED_CLOCK,
        _CENTURY,
        _HUNDREDS,
        _PART_OF_DAY,
    )
)

_MONTH_NAME = regex("|".join(MONTHS))
_WEEKDAY_NAME = regex("|".join(WEEKDAYS))
_YEAR_DIGITS = regex(_YEAR_NUMBER)
_CLOCK = regex(r"\d\s*[ap]\.?m")
_RELATIVE_WORD = regex(
    r"(?i:\bago\b|\b(?:last|next|this)\s+(?:week|month|year)|\b(?:yesterday|today|tomorrow)\b)"
)


def _may_be_relative(text: str) -> bool:
    """Whether ``_RELATIVE_WORD`` is found, the case-insensitive search (the slowest)
    only where one of its words is."""
    low = text.lower()
    return (
        "ago" in low
        or "week" in low
        or "month" in low
        or "year" in low
        or "day" in low
        or "tomorrow" in low
    ) and bool(_RELATIVE_WORD.search(text))


def _may_name_clock(text: str) -> bool:
    """Whether a clock time may be named by a word ("noon", "midnight")."""
    low = text.lower()
    return "noon" in low or "midday" in low or "midnight" in low


def _may_name_part_of_day(text: str) -> bool:
    """Whether a part of the day may be named ("at dawn", "in the early hours")."""
    low = text.lower()
    return any(word in low for word in _PART_OF_DAY_WORDS)


def _may_name_century(text: str) -> bool:
    return "entury" in text


def _may_name_feast(text: str) -> bool:
    """Whether a day of the year or a feast may be named by its name ("Good Friday")."""
    return any(word in text for word in _FEAST_WORDS)


def _may_tell_clock_in_words(text: str) -> bool:
    """Whether a number may be followed by its part of the day ("11 in the morning")."""
    return ("in the " in text or "at night" in text) and bool(_CLOCK_IN_WORDS_NEED.search(text))


_CLOCK_IN_WORDS_NEED = regex(_CLOCK_IN_WORDS)
_CLOCK_WORDS_NEED = regex(_CLOCK_WORDS)


def _may_tell_clock_by_words(text: str) -> bool:
    """Whether an hour in words may be followed by its part of the day ("at nine in the
    morning")."""
    return ("in the " in text or "at night" in text) and bool(_CLOCK_WORDS_NEED.search(text))


_NEEDS: tuple[Callable[[str], object], ...] = (
    _may_name_feast,
    _YEAR_DIGITS.search, _MONTH_NAME.search, _MONTH_NAME.search, _MONTH_NAME.search,
    _MONTH_NAME.search, _WEEKDAY_NAME.search, _YEAR_DIGITS.search, _CLOCK.search,
    _may_be_relative, _may_tell_clock_in_words, _may_tell_clock_by_words, _may_name_clock,
    _may_name_century,
    _YEAR_DIGITS.search, _may_name_part_of_day,
)  # fmt: skip
"""Tests of what each of ``_PATTERNS`` cannot match without: a pattern is run only on
a sentence that holds it."""
_MAYBE = regex(
    "(?=["
    + "".join(sorted({name[0] for name in (*MONTHS, *WEEKDAYS)}))
    + r"\d])(?:"
    + "|".join(sorted({name[:3] for name in (*MONTHS, *WEEKDAYS)}))
    + f"|{_YEAR_DIGITS.pattern}|{_CLOCK.pattern})"
)
"""A month's or weekday's first three letters, a year or a clock time: what every one of
``_PATTERNS`` but the relative dates needs (``_NEEDS``). A digit alone is not enough:
a day of the month needs its month, and most numbers are no year ("12,345", "$5m").
The lookahead of their first characters lets ``re`` pass over most positions at once
(twice as fast)."""


def _may_hold_date(text: str) -> bool:
    """A quick test: no year, clock time, month, weekday, relative date or century, no
    date."""
    return (
        bool(_MAYBE.search(text))
        or _may_be_relative(text)
        or _may_name_century(text)
        or _may_tell_clock_in_words(text)
        or _may_tell_clock_by_words(text)
        or _may_name_clock(text)
        or _may_name_part_of_day(text)
        or _may_name_feast(text)
    )


WEEKDAY_UNIT = "weekday"
"""The unit of a weekday named alone, read as a date relative to the report."""


_UNIT_DAYS = {
    "day": (1, 0),
    "week": (7, 3),
    "month": (30, 15),
    "year": (365, 182),
    WEEKDAY_UNIT: (0, 9),
}
"""Each unit of a relative date: its length in days, and how far either side of its
nominal day a date so stated may lie ("last week": 4 to 10 days back; a weekday named
alone, "on Thursday", "last Tuesday": within nine days of the report either way)."""


@dataclass(frozen=True, slots=True)
class RelativeDate:
    """A date counted from the day of the report: ``offset`` ``unit``s from it."""

    unit: str
    offset: int

    def comparable(self, other: RelativeDate) -> bool:
        """Days are never compared with days: reports of one event published a day
        apart say "today" and "yesterday" of the same day (on MSR paraphrase pairs
        such flags were nearly all paraphrases). Nor is a weekday with a month: "on
        Monday" may fall in "next month" or "last month" when the report is written
        near the turn of a month."""
        units = {self.unit, other.unit}
        return not (self.unit == other.unit == "day" or units == {WEEKDAY_UNIT, "month"})

    def agrees(self, other: RelativeDate) -> bool:
        """The same count of one unit, or, in two units, days that may overlap
        ("three weeks ago" / "last month" may be one day; "yesterday" / "last week",
        "two days ago" / "two weeks ago" are not)."""
        if self.unit == other.unit:
            return self.offset == other.offset
        (start, end), (other_start, other_end) = self.days(), other.days()
        return start <= other_end and other_start <= end

    def days(self) -> tuple[int, int]:
        length, spread = _UNIT_DAYS[self.unit]
        return self.offset * length - spread, self.offset * length + spread


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    fields: tuple[tuple[str, object], ...]
    """(field, value) pairs the text states: weekday, month, days, year, time."""

    def common(self, other: DateMention) -> list[tuple[object, object]]:
        """The values both mentions state; where both are read as days of the calendar
        and one is counted from publication (``resolved_mentions``), only those days."""
        days = self._days_with(other)
        return [days] if days is not None else self._stated_with(other)

    def shared(self, other: DateMention) -> tuple[int, bool]:
        """How many fields both mentions state, then whether both are read as days: the
        mentions of one date share the most ("in May" / "in June" before "in May" /
        "next year")."""
        return len(self._stated_with(other)), self._days_with(other) is not None

    def _days_with(self, other: DateMention) -> tuple[CalendarDays, CalendarDays] | None:
        """Both mentions' days, where one is counted from publication."""
        days, other_days = self.days(), other.days()
        if days is None or other_days is None:
            return None
        return (days, other_days) if days.relative or other_days.relative else None

    def days(self) -> CalendarDays | None:
        """The days read by ``resolved_mentions``: its last field, if any."""
        last = self.fields[-1][1] if self.fields else None
        return last if isinstance(last, CalendarDays) else None

    def _stated_with(self, other: DateMention) -> list[tuple[object, object]]:
        mine, theirs = dict(self.fields), dict(other.fields)
        return [
            (mine[k], theirs[k])
            for k in mine
            if k in theirs and k != CALENDAR and _comparable(mine[k], theirs[k])
        ]

    def same_as(self, other: DateMention) -> bool:
        pairs = self.common(other)
        return bool(pairs) and all(_agree(a, b) for a, b in pairs)

    def conflicts_with(self, other: DateMention) -> bool:
        pairs = self.common(other)
        return bool(pairs) and not all(_agree(a, b) for a, b in pairs)


class Period(NamedTuple):
    """The years of a decade or a century ("the 1960s", "the 15th century"): a year
    or a shorter period inside it agrees with it."""

    first: int
    last: int


DAY_MINUTES = 24 * 60


class PartOfDay(NamedTuple):
    """The times of day (minutes after midnight) a part of the day spans ("at dawn";
    "before dawn": from midnight to dawn's end): it agrees with a time in it and with a
    part it overlaps, and differs from a time outside it ("at dawn" / "at noon")."""

    first: int
    last: int

    def agrees(self, time: object) -> bool:
        if isinstance(time, PartOfDay):
            return time.first <= self.last and self.first <= time.last
        return isinstance(time, int) and self.first <= time <= self.last


def _comparable(a: object, b: object) -> bool:
    return not (isinstance(a, RelativeDate) and isinstance(b, RelativeDate)) or a.comparable(b)


def _agree(a: object, b: object) -> bool:
    """Equal values, or a single day or year inside the other's range ("2007" and
    "from 2007 to 2014"): a report may name a part of the span; relative dates that
    may be one day."""
    if a == b:
        return True
    if isinstance(a, CalendarDays) and isinstance(b, CalendarDays):
        return a.overlaps(b)
    if isinstance(a, RelativeDate) and isinstance(b, RelativeDate):
        return a.agrees(b)
    if isinstance(a, PartOfDay):
        return a.agrees(b)
    if isinstance(b, PartOfDay):
        return b.agrees(a)
    if isinstance(a, Period) or isinstance(b, Period):
        return isinstance(a, tuple) and isinstance(b, tuple) and _nested(a, b)
    if isinstance(a, tuple) and isinstance(b, tuple):
        return bool(
            (a[0] == a[1] and b[0] <= a[0] <= b[1]) or (b[0] == b[1] and a[0] <= b[0] <= a[1])
        )
    return False


def _nested(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether one span of years lies inside the other."""
    return (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1])


def may_hold_date(sentence: Sentence) -> bool:
    """``_may_hold_date`` of the sentence, asked once per sentence."""
    facts = facts_of(sentence)
    may = facts.may_hold_date
    if may is None:
        may = facts.may_hold_date = _may_hold_date(sentence.text)
    return may


def date_mentions(sentence: Sentence) -> tuple[DateMention, ...]:
    facts = facts_of(sentence)
    found = facts.dates
    if found is None:
        found = facts.dates = _read_dates(sentence) if may_hold_date(sentence) else ()
    return found


def _read_dates(sentence: Sentence) -> tuple[DateMention, ...]:
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    present: dict[Callable[[str], object], bool] = {}
    for pattern, need in zip(_PATTERNS, _NEEDS, strict=True):
        if need not in present:
            present[need] = bool(need(sentence.text))
        if not present[need]:
            continue
        for match in pattern.finditer(sentence.text):
            span = match.span("body") if "body" in pattern.groupindex else match.span()
            if any(span[0] < end and start < span[1] for start, end in taken):
                continue
            fields = dict(_fields(match))
            if "days" in fields and not all(1 <= d <= 31 for d in fields["days"]):  # type: ignore[attr-defined]
                continue
            taken.append(span)
            found.append(
                DateMention(
                    sentence.start + span[0], sentence.start + span[1], tuple(fields.items())
                )
            )
    return tuple(sorted(found, key=lambda m: m.start))


def _fields(match: re.Match[str]) -> Iterator[tuple[str, object]]:
    groups = {k: v for k, v in match.groupdict().items() if v and k != "body"}
    if "wd" in groups:
        yield "weekday", groups["wd"]
        if not ("m" in groups or "mo" in groups or "y" in groups):
            yield "relative", RelativeDate(WEEKDAY_UNIT, 0)  # a day of the report's week
    if "m" in groups:
        yield "month", MONTHS[groups["m"].rstrip(".")]
    if "mo" in groups:
        yield "month", int(groups["mo"])
    if "d1" in groups:
        yield "days", (int(groups["d1"]), int(groups.get("d2", groups["d1"])))
    if "y" in groups:
        yield "year", (int(groups["y"]), int(groups.get("y2", groups["y"])))
    if "dir" in groups:
        offset = {"last": -1, "this": 0, "next": 1}[groups["dir"].lower()]
        yield "relative", RelativeDate(groups["unit"].lower(), offset)
    if "count" in groups:
        count = groups["count"].lower()
        ago = int(count) if count.isdigit() else _COUNT_WORDS[count]
        yield "relative", RelativeDate(groups["unit2"].lower(), -ago)
    if "day" in groups:
        offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[groups["day"].lower()]
        yield "relative", RelativeDate("day", offset)
    if "h" in groups:
        afternoon = (
            groups["ap"].startswith("p") if "ap" in groups else "morning" not in groups["part"]
        )
        told = groups["h"].lower()
        hour = int(told) if told.isdigit() else COUNT_WORDS[told]
        minutes = (hour % 12 + (12 if afternoon else 0)) * 60 + int(groups.get("min", 0))
        if "by" in groups:  # "a quarter to six": 15 minutes before six
            past = _PAST_OR_TO[groups["by"].lower()]
            minutes += past if groups["way"].lower() == "past" else -past
        yield "time", minutes % DAY_MINUTES
    if "clock" in groups:
        yield "time", _CLOCK_NAMES[groups["clock"].lower()]
    if "dp" in groups:
        first, last = _PARTS_OF_DAY[" ".join(groups["dp"].lower().split())]
        rel = groups["rel"].lower()
        yield (
            "time",
            PartOfDay(
                0 if rel in _BEFORE_PART else first, DAY_MINUTES - 1 if rel in _AFTER_PART else last
            ),
        )
    if "c" in groups or "cw" in groups:
        century = int(groups["c"]) if "c" in groups else _CENTURY_ORDINALS[groups["cw"].lower()]
        yield "year", Period(century * 100 - 100, century * 100 - 1)
    if "dec" in groups:
        first = int(groups["dec"])
        yield "year", Period(first, first + (99 if first % 100 == 0 else 9))
    if "feast" in groups:
        name = " ".join(groups["feast"].replace("\u2019", "'").split())
        if name in _FIXED_DAYS:
            month, day = _FIXED_DAYS[name]
            yield "month", month
            yield "days", (day, day)
        else:
            yield "feast", _EASTER_DAYS[name]


CALENDAR = "calendar"
"""The field of a mention read as days of the calendar (``resolved_mentions``)."""


def resolved_mentions(sentence: Sentence, day: datetime.date) -> tuple[DateMention, ...]:
    """``date_mentions`` of a sentence of a report published on ``day``, each with the
    days of the calendar it may mean where it names any (calendar_days.py), and the
    relative dates only read so ("tonight", "this weekend")."""
    plain = date_mentions(sentence)
    spoken = _day_of_speaking(sentence, plain, day)
    found = []
    for mention in plain:
        fields = dict(mention.fields)
        relative = "relative" in fields and mention is not spoken.mention
        counted_from = spoken.day if relative else day
        days = None
        if counted_from is not None:
            days = calendar_of_fields(
                fields,
                _text(sentence, mention),
                sentence,
                (mention.start, mention.end),
                counted_from,
            )
        if days is not None:
            mention = DateMention(mention.start, mention.end, (*mention.fields, (CALENDAR, days)))
        found.append(mention)
    taken = [(m.start, m.end) for m in found]
    for extra in extra_dates(sentence, day):
        if not any(extra.start < end and start < extra.end for start, end in taken):
            found.append(DateMention(extra.start, extra.end, ((CALENDAR, extra.days),)))
    return tuple(sorted(found, key=lambda m: m.start))


class _Speaking(NamedTuple):
    """The mention dating a saying, and the day it names (None: not one known day)."""

    mention: DateMention | None
    day: datetime.date | None


def _day_of_speaking(
    sentence: Sentence, mentions: Sequence[DateMention], published: datetime.date
) -> _Speaking:
    """The day a sentence's relative dates count from: the day of publication, or the
    day its verb of saying is dated ("the zoo said *on Sunday*": the Sunday before
    publication); not one day where two sayings are dated or the one dates a span."""
    dating = saying_dates(sentence)
    if not dating:
        return _Speaking(None, published)
    holders = {m for w in dating for m in mentions if m.start <= w.start < m.end}
    if len(holders) != 1 or any(
        not any(m.start <= w.start < m.end for m in holders) for w in dating
    ):
        return _Speaking(None, None)
    mention = holders.pop()
    days = calendar_of_fields(
        dict(mention.fields),
        _text(sentence, mention),
        sentence,
        (mention.start, mention.end),
        published,
    )
    if (
        days is None
        or not days.relative
        or len(days.spans) != 1
        or days.spans[0][0] != days.spans[0][1]
    ):
        return _Speaking(mention, None)
    return _Speaking(mention, datetime.date.fromordinal(days.spans[0][0]))


def _text(sentence: Sentence, mention: DateMention) -> str:
    return sentence.text[mention.start - sentence.start : mention.end - sentence.start]


def pair_mentions(
    pair: SentencePair,
) -> tuple[tuple[DateMention, ...], tuple[DateMention, ...]]:
    """The date mentions of each side: read as days of the calendar where both
    publication days are known, else as the text states them."""
    if pair.days is None:
        return date_mentions(pair.left), date_mentions(pair.right)
    return resolved_mentions(pair.left, pair.days.left), resolved_mentions(
        pair.right, pair.days.right
    )


def date_conflicts(pair: SentencePair) -> list[Conflict]:
    if pair.days is None:
        if not (may_hold_date(pair.left) and may_hold_date(pair.right)):
            return []
        lefts = date_mentions(pair.left)
        rights = date_mentions(pair.right) if lefts else ()
    else:
        lefts, rights = pair_mentions(pair)
    if not any(a.conflicts_with(b) for a in lefts for b in rights):
        return []  # only such a pair can conflict: the sentences need not be cut into words
    score = 0.65 + 0.3 * agreement(
        content_lemmas(pair.left_words), content_lemmas(pair.right_words)
    )
    conflicts = []
    for mention, other in _paired(lefts, rights, partial(one_event, pair)):
        if not mention.conflicts_with(other):
            continue
        left_span, right_span = (mention.start, mention.end), (other.start, other.end)
        if happened_and_to_happen(pair, left_span, right_span):
            continue
        words = (pair.left_words, left_span, pair.right_words, right_span)
        if not (
            same_setting(*words, 2)
            or same_event(*words)
            or reworded_event(*words)
            or lone_dates(pair, left_span, right_span)
        ):
            continue
        contrast = pair.contrast("date differs", left_span, right_span)
        conflicts.append(Conflict("date", left_span, right_span, contrast, round(score, 2)))
    return conflicts


def happened_and_to_happen(
    pair: SentencePair, left_span: tuple[int, int], right_span: tuple[int, int]
) -> bool:
    """Whether, in two reports published on one day, one date's clause tells what has
    happened and the other's what will: two events ("the library *reopened
    yesterday*" / "a new reading room *will open on 1 June*"), not one told two ways."""
    if pair.days is None or pair.days.left != pair.days.right:
        return False
    tenses = {clause_tense(pair.left, left_span), clause_tense(pair.right, right_span)}
    return tenses == {"past", "future"}


def _paired(
    lefts: Sequence[DateMention],
    rights: Sequence[DateMention],
    one_event: Callable[[DateMention, DateMention], bool],
) -> list[tuple[DateMention, DateMention]]:
    """One-to-one pairs of comparable mentions: most fields in common first, then equal
    ones, then those given to one event (``one_event``: "co-founded the band in 1991"
    pairs with "co-founded it in 1962", not with "started in 1990"), then the nearest
    in the sentence. "February 28, 2019" pairs with "February 2, 2019" rather than
    with a later "in February"."""
    several = len(lefts) > 1 or len(rights) > 1
    candidates = sorted(
        (
            (
                *(-count for count in a.shared(b)),
                not a.same_as(b),
                several and not one_event(a, b),
                abs(i - j),
                i,
                j,
            )
            for i, a in enumerate(lefts)
            for j, b in enumerate(rights)
            if a.common(b)
        )
    )
    return one_to_one(candidates, lefts, rights)


def lone_dates(pair: SentencePair, left_span: tuple[int, int], right_span: tuple[int, int]) -> bool:
    """Whether the dates of the two spans are the only dates their sides do not share and
    the rest of the two sentences agrees in meaning (a WordNet synonym counts as a
    shared word; ``MIN_MEANING_AGREEMENT``): a reworded report of one event ("a storm
    *flattened* 23 homes ... on Sunday" / "23 houses *were destroyed* when the storm
    hit ... on Friday"), whichever words it gives the date to; not a date given to
    "say" (the report's own) nor two opposite predicates ("began" / "ended"), nor where
    an amount differs too (a report of another day)."""
    lefts, rights = pair_mentions(pair)
    only_left = [m for m in lefts if not any(m.same_as(o) for o in rights)]
    only_right = [m for m in rights if not any(m.same_as(o) for o in lefts)]
    if len(only_left) != 1 or len(only_right) != 1:
        return False
    if (only_left[0].start, only_left[0].end) != left_span:
        return False
    if (only_right[0].start, only_right[0].end) != right_span:
        return False
    if days_told_apart(pair, left_span, right_span):
        return False
    li = word_range(pair.left_words, left_span)
    ri = word_range(pair.right_words, right_span)
    return meaning_agreement(pair.left_words, li, pair.right_words, ri) >= MIN_MEANING_AGREEMENT


def days_told_apart(
    pair: SentencePair, left_span: tuple[int, int], right_span: tuple[int, int]
) -> bool:
    """Whether the two sentences tell the days of two dates apart, whatever the rest
    says: a date given to "say" (the report's own), two opposite predicates, or an
    amount that differs too."""
    left_predicates = event_predicates(pair.left_words, left_span)
    right_predicates = event_predicates(pair.right_words, right_span)
    if (SAY,) in left_predicates or (SAY,) in right_predicates:
        return True  # "the spokesman *said Sunday*": the report's date, not the event's
    if opposed(left_predicates, right_predicates):
        return True  # "*began* on Monday" / "*ended* on Friday": two events
    return _other_figures(pair)  # the figures differ too: a report of another day


def _other_figures(pair: SentencePair) -> bool:
    """Whether the figures of the two sentences differ: each side holds an amount the
    other does not, or one side an amount of something the other names without it
    ("2 stray *dogs*" / "the stray *dog*") or of a unit; not a count of what the other
    side does not speak of ("the *two governments* will sign" / "the treaty is due to
    be signed"). ``quantities.py`` reads this module's dates to tell them from amounts:
    it is imported here, where it is first needed."""
    from tui.engine.findings.contradiction.quantities import quantities

    lefts, rights = quantities(pair.left), quantities(pair.right)
    only_left = [a for a in lefts if not any(a.agrees_with(b) for b in rights)]
    only_right = [b for b in rights if not any(b.agrees_with(a) for a in lefts)]
    if only_left and only_right:
        return True
    left_lemmas = {w.lemma for w in pair.left_words}
    right_lemmas = {w.lemma for w in pair.right_words}
    return any(_counts_named(a, right_lemmas) for a in only_left) or any(
        _counts_named(b, left_lemmas) for b in only_right
    )


def _counts_named(quantity: Quantity, other_lemmas: set[str]) -> bool:
    """Whether an amount the other side lacks is a measure, or a count of something the
    other side names; an ordinal ranks what it names and does not count it ("welcomed
    its *first* visitors again" / "reopened to visitors": the same visitors)."""
    if quantity.unit == SECONDS:  # a span of time names its unit ("two *weeks*")
        unit = unit_word(quantity.value / quantity.figure) if quantity.figure else None
        return unit is not None and lemma_key(unit) in other_lemmas
    if quantity.unit is not None:
        return True
    return not quantity.ordinal and quantity.head[-1:] != () and quantity.head[-1] in other_lemmas


def verbs_of_one_kind(
    left_words: Sequence[Word],
    left: set[Phrase],
    right_words: Sequence[Word],
    right: set[Phrase],
) -> bool:
    """Whether a one-word predicate of each side names one kind of event in WordNet: the
    same verb sense, or one a kind of the other ("the trial *opened*" / "*began*", "the
    balloon *lifted off*" / "*rose*"), read from the words the predicates stand for.
    Two kinds of one wider event are not one ("*arrived*" / "*left*": both kinds of
    travel)."""
    lefts = _verbs(left_words, left)
    rights = _verbs(right_words, right)
    return any(relation(a, b, "v") in ("same", "kind") for a in lefts for b in rights)


def _verbs(words: Sequence[Word], predicates: set[Phrase]) -> set[str]:
    """The words of a sentence that stand for a one-word predicate of ``predicates``."""
    heads = {p[0] for p in predicates}
    return {w.norm for w in words if w.lemma in heads}


def one_event(pair: SentencePair, left: DateMention, right: DateMention) -> bool:
    """Whether the predicates the two dates are given to agree in meaning."""
    return (
        agreeing_predicates(
            event_predicates(pair.left_words, (left.start, left.end)),
            event_predicates(pair.right_words, (right.start, right.end)),
        )
        is not None
    )


def date_spans(sentence: Sentence) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in date_mentions(sentence)]
