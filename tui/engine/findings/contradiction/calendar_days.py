"""Dates read as days of the calendar, counted from the day each report was published.

Without that day, "yesterday" and "on Saturday" or "next month" and "in May" cannot be
compared (date.py's ``RelativeDate`` refuses most such pairs). With it (published.py:
a dateline, a date line at the top, or the user's ``--published``), a relative date
becomes a span of days: "yesterday" the day before publication, "last Tuesday" the last
Tuesday before it, "this weekend" that week's Saturday and Sunday, "next month" the
calendar month after, "two weeks ago" the days 11 to 17 back. A calendar date without
its year ("4 March", "in May") is read in the year before, of or after publication, as
the words and tense around it tell ("last May", "opened on 4 March", "will open in
May"), else the one nearest publication. Two dates conflict when no candidate of one can
overlap one of the other, never when they can.

Where the reading depends on what the text leaves open, every reading is a candidate: a
weekday named alone ("on Friday") is the last such day up to publication in a clause in
the past, the next one from publication in a clause about the future, either where the
clause tells no tense; "next Friday" is the first Friday after publication or the
Friday of the week after. Spans of a week or more are taken wide ("last week": from the
Monday of the week before to the day before publication).

A relative date counts from the day it was spoken, which may not be the publication
day: one inside a quotation is not read (None); one in a sentence whose verb of saying
carries its own date ("said *on Friday* the ferry would sail *next Monday*") counts from
that day where it is one day (date.py's ``resolved_mentions``), else is not read.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from tui.engine.findings.contradiction.qualifiers import DETERMINERS
from tui.engine.findings.contradiction.quotations import quoted_spans
from tui.engine.findings.contradiction.slots import SAY, says
from tui.engine.findings.contradiction.wordlists import COUNT_WORDS, irregular_base
from tui.engine.findings.contradiction.words import (
    POSSESSIVE_ENDINGS,
    Word,
    clause_break,
    sentence_words,
)
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKS_AGO_SPREAD = 3
"""Days either side of "N weeks ago"'s nominal day."""
MONTHS_AGO_SPREAD = 15
"""Days either side of "N months ago"'s nominal day (and of "in N months' time")."""
YEARS_AGO_SPREAD = 182
"""Days either side of "N years ago"'s nominal day, besides its calendar year."""
SPEECH_DATE_REACH = 3
"""Words after a verb of saying within which a date is its own ("said *on Friday*",
"told reporters *last week*")."""
SPEECH_DATE_BEFORE = 2
"""Words before a verb of saying within which a date is its own ("officials *on Friday*
said")."""

_FUTURE = frozenset("will shall would won't upcoming".split())
"""Words that put a clause in the future ("*will* reopen on Monday")."""
_FUTURE_AFTER_BE = frozenset("due scheduled expected set slated poised going".split())
"""Words that put a clause in the future after a form of "be" ("is *due* to sail on
Friday", "is *set* to close on Saturday")."""
_FUTURE_BEFORE_TO = frozenset("plan plans intend intends aim aims hope hopes".split())
"""Verbs that put a clause in the future before "to" ("*plans to* open on Monday")."""
_BE = frozenset("is are am be was were been".split())
_PRESENT_PARTICIPLE = "ing"
MIN_PAST_LENGTH = 5

_COUNTS = {**COUNT_WORDS, "a": 1, "an": 1}
_COUNT = r"\d{1,2}|" + "|".join(sorted(_COUNTS, key=lambda word: (-len(word), word)))
_UNIT_DAYS = {"day": (1, 0), "week": (7, WEEKS_AGO_SPREAD), "month": (30, MONTHS_AGO_SPREAD)}
"""Days in each unit of "in two weeks' time", and how far either side its day may lie."""
_EXTRA = regex(
    r"\b(?i:(?P<tonight>tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<lastnight>last\s+night)"
    r"|(?P<weekend>(?P<wdir>this|last|next)\s+weekend)"
    r"|(?:at|over|during|on)\s+the\s+(?P<theweekend>weekend)"
    rf"|(?P<hence>(?P<hcount>{_COUNT})\s+(?P<hunit>day|week|month)s?['\u2019]?\s+time)"
    rf"|(?P<fortnight>(?P<fcount>{_COUNT})\s+fortnights?\s+ago))\b"
)
"""Relative dates date.py does not read as mentions: "tonight", "this morning", "last
night", "this weekend", "at the weekend", "in two weeks' time", "a fortnight ago"."""
_BEFORE_WEEKDAY = regex(r"(?i:\b(?P<dir>last|next|this|coming|past)\s+)$")
_DAY_BEFORE = regex(r"\bday\s+before\s+$")
_DAY_AFTER = regex(r"\bday\s+after\s+$")
_NAME_BEFORE = regex(r"\b([A-Z][a-z]+)\s+$")
_BEFORE_A_DAY = frozenset(
    "on last next this coming past by until till since from before after late early every "
    "each and or but of the that through".split()
)
"""Capitalised words that may stand before a weekday of the report's week ("*On*
Friday", "*Late* on Friday"); another ("*Black* Friday") makes it a name."""
_EVERY = regex(r"(?i:\b(?:every|each)\s+)$")
_AFTER_WEEKDAY = regex(r"^(?i:\s+week\b|['\u2019]s?\s+week\b)")
"""'Friday week': a week after Friday, not read."""


class CalendarDays(NamedTuple):
    """Candidate spans of days (first, last day ordinals): a date means one of them."""

    spans: tuple[tuple[int, int], ...]
    relative: bool
    """Counted from the publication day (not a calendar date): only then is it compared
    as days, a calendar date with another keeping date.py's field by field reading."""
    weekday: str | None = None
    """The weekday a weekday named alone names: two reports naming one weekday alone
    name one day, whatever tense each clause is read in."""

    def overlaps(self, other: CalendarDays) -> bool:
        if self.weekday is not None and self.weekday == other.weekday:
            return True
        return any(a <= d and c <= b for a, b in self.spans for c, d in other.spans)


class ExtraDate(NamedTuple):
    """A relative date date.py does not read, with its days."""

    start: int
    end: int
    days: CalendarDays


def _span(first: datetime.date, last: datetime.date) -> tuple[int, int]:
    return first.toordinal(), last.toordinal()


def _month(year: int, month: int) -> tuple[int, int]:
    """The days of a month; a month number out of 1-12 rolls into the next or last year."""
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    first = datetime.date(year, month, 1)
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    return first.toordinal(), following.toordinal() - 1


def _year(year: int) -> tuple[int, int]:
    return _span(datetime.date(year, 1, 1), datetime.date(year, 12, 31))


def _hull(*spans: tuple[int, int]) -> tuple[int, int]:
    return min(s[0] for s in spans), max(s[1] for s in spans)


def calendar_of_fields(
    fields: dict[str, object],
    text: str,
    sentence: Sentence,
    span: tuple[int, int],
    day: datetime.date,
) -> CalendarDays | None:
    """The days a date mention of ``sentence`` (its fields as date.py reads them, its
    ``text`` and ``span``) may mean, counted from ``day`` (of publication, or of the
    speaking a relative date is counted from: date.py's ``resolved_mentions``); None
    where it names no day, month or year, or is quoted (counted from a day of speaking
    the text does not tell)."""
    relative = fields.get("relative")
    if relative is not None:
        if in_quotation(sentence, span):
            return None
        return _relative_days(fields, text, sentence, span, day)
    return _calendar_days(fields, sentence, span, day)


def _calendar_days(
    fields: dict[str, object], sentence: Sentence, span: tuple[int, int], day: datetime.date
) -> CalendarDays | None:
    """A calendar date's days: a day, a month or a year; one without its year in the
    year ``_without_year`` picks."""
    year, month, days = fields.get("year"), fields.get("month"), fields.get("days")
    if isinstance(year, tuple):
        years = range(year[0], year[1] + 1)
        if month is None:
            return CalendarDays((_hull(_year(year[0]), _year(year[1])),), relative=False)
    elif year is None and month is not None:
        years = range(day.year - 1, day.year + 2)
    else:
        return None
    if not isinstance(month, int):
        return None
    spans = []
    for y in years:
        if isinstance(days, tuple):
            try:
                first, last = datetime.date(y, month, days[0]), datetime.date(y, month, days[1])
            except ValueError:
                continue  # "29 February" in another year
            spans.append(_span(first, last))
        else:
            spans.append(_month(y, month))
    if year is None and spans:
        chosen = _without_year(spans, sentence, span, day)
        return None if not chosen else CalendarDays(chosen, relative=False)
    return CalendarDays(tuple(spans), relative=False) if spans else None


def _without_year(
    spans: list[tuple[int, int]], sentence: Sentence, span: tuple[int, int], day: datetime.date
) -> tuple[tuple[int, int], ...]:
    """Of the days a date without its year names in the years around publication (in
    order), the ones it may mean: "last May" the last May before the month of
    publication, "next May" the first after it, "this May" the year's; else the one
    nearest publication, and the last up to it in a clause in the past or the first
    from it in a clause about the future ("was held in May", "will open on 4 March").
    None for "every May"."""
    p = day.toordinal()
    before = sentence.text[: span[0] - sentence.start]
    if _EVERY.search(before):
        return ()
    word = _BEFORE_WEEKDAY.search(before)
    direction = word.group("dir").lower() if word else None
    month_start, month_end = _month(day.year, day.month)
    if direction in ("last", "past"):
        return tuple([s for s in spans if s[1] < month_start][-1:])
    if direction in ("next", "coming"):
        return tuple([s for s in spans if s[0] > month_end][:1])
    if direction == "this":
        first, last = _year(day.year)
        return tuple([s for s in spans if first <= s[0] <= last][:1])
    chosen = [min(spans, key=lambda s: abs((s[0] + s[1]) / 2 - p))]
    tense = clause_tense(sentence, span)
    if tense == "past":
        chosen += [s for s in spans if s[0] <= p][-1:]
    elif tense == "future":
        chosen += [s for s in spans if s[1] >= p][:1]
    return tuple(sorted(set(chosen)))


def _relative_days(
    fields: dict[str, object],
    text: str,
    sentence: Sentence,
    span: tuple[int, int],
    day: datetime.date,
) -> CalendarDays | None:
    relative = fields["relative"]
    unit, offset = getattr(relative, "unit", None), getattr(relative, "offset", 0)
    p = day.toordinal()
    monday = p - day.weekday()
    ago = "ago" in text.lower()
    if "weekday" in fields:
        return _weekday_days(str(fields["weekday"]), sentence, span, day)
    if unit == "day":
        before = sentence.text[: span[0] - sentence.start].lower()
        if _DAY_BEFORE.search(before):  # "the day before yesterday"
            offset -= 1
        elif _DAY_AFTER.search(before):  # "the day after tomorrow"
            offset += 1
        return CalendarDays(((p + offset, p + offset),), relative=True)
    if unit == "week":
        if ago:
            nominal = p + 7 * offset
            spans = ((nominal - WEEKS_AGO_SPREAD, nominal + WEEKS_AGO_SPREAD),)
        elif offset < 0:
            spans = ((monday - 7, p - 1),)
        elif offset == 0:
            spans = ((monday, monday + 6),)
        else:
            spans = ((min(monday + 7, p + 1), monday + 13),)
        return CalendarDays(spans, relative=True)
    if unit == "month":
        month = _month(day.year, day.month + offset)
        if ago:
            nominal = p + 30 * offset
            month = _hull(month, (nominal - MONTHS_AGO_SPREAD, nominal + MONTHS_AGO_SPREAD))
        return CalendarDays((month,), relative=True)
    if unit == "year":
        year = _year(day.year + offset)
        if ago:
            nominal = p + 365 * offset
            year = _hull(year, (nominal - YEARS_AGO_SPREAD, nominal + YEARS_AGO_SPREAD))
        return CalendarDays((year,), relative=True)
    return None


def _weekday_days(
    weekday: str, sentence: Sentence, span: tuple[int, int], day: datetime.date
) -> CalendarDays | None:
    """The days a weekday named alone may be: by the word before it ("last", "next",
    "this") or the tense of its clause."""
    before = sentence.text[: span[0] - sentence.start]
    after = sentence.text[span[1] - sentence.start :]
    if _AFTER_WEEKDAY.match(after):
        return None  # "Friday week"
    named = _NAME_BEFORE.search(before)
    if named and named.group(1).lower() not in _BEFORE_A_DAY:
        return None  # "Black Friday", "Super Tuesday": a day's name, not the report's week
    p = day.toordinal()
    target = WEEKDAY_NAMES.index(weekday.lower())
    back = (day.weekday() - target) % 7  # days back to the last such day, 0 today
    ahead = (target - day.weekday()) % 7  # days ahead to the next one, 0 today
    last = p - (back or 7)
    coming = p + (ahead or 7)
    word = _BEFORE_WEEKDAY.search(before)
    direction = word.group("dir").lower() if word else None
    if direction in ("last", "past"):
        spans = [(last, last)]
        if back in (1, 2):  # "last Saturday" said on Monday: two days ago, or nine
            spans.append((last - 7, last - 7))
    elif direction == "next":  # the first one to come, or the one of next week
        following_week = p - day.weekday() + 7 + target
        spans = [(coming, coming), (following_week, following_week)]
    elif direction in ("this", "coming"):
        spans = [(p + ahead, p + ahead)]
        if clause_tense(sentence, span) != "future":
            spans.append((p - back, p - back))
    else:
        tense = clause_tense(sentence, span)
        spans = []
        if tense != "future":
            spans += [(p - back, p - back)] + ([(p - 7, p - 7)] if back == 0 else [])
        if tense != "past":
            spans += [(p + ahead, p + ahead)] + ([(p + 7, p + 7)] if ahead == 0 else [])
    return CalendarDays(tuple(spans), relative=True, weekday=weekday.lower())


def extra_dates(sentence: Sentence, day: datetime.date) -> Iterator[ExtraDate]:
    """The relative dates of ``sentence`` date.py does not read ("tonight", "last night",
    "this weekend") with their days, those counted from publication only."""
    text = sentence.text
    low = text.lower()
    if not any(word in low for word in ("night", "this", "weekend", "time", "fortnight")):
        return
    p = day.toordinal()
    saturday = p - day.weekday() + 5
    for match in _EXTRA.finditer(text):
        span = sentence.start + match.start(), sentence.start + match.end()
        if not countable_from_publication(sentence, span):
            continue
        if match.group("tonight"):
            spans: tuple[tuple[int, int], ...] = ((p, p),)
        elif match.group("lastnight"):
            spans = ((p - 1, p),)  # the night runs into the day of publication
        elif match.group("theweekend"):
            spans = _the_weekend(sentence, span, day)
        elif match.group("hence"):  # "in two weeks' time"
            length, spread = _UNIT_DAYS[match.group("hunit").lower()]
            nominal = p + _count(match.group("hcount")) * length
            spans = ((nominal - spread, nominal + spread),)
        elif match.group("fortnight"):
            nominal = p - 14 * _count(match.group("fcount"))
            spans = ((nominal - WEEKS_AGO_SPREAD, nominal + WEEKS_AGO_SPREAD),)
        else:
            direction = match.group("wdir").lower()
            if direction == "this":
                spans = ((saturday, saturday + 1),)
            elif direction == "last":
                spans = ((saturday - 7, saturday - 6),)
            else:
                spans = ((saturday, saturday + 1), (saturday + 7, saturday + 8))
        yield ExtraDate(*span, CalendarDays(spans, relative=True))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _the_weekend(
    sentence: Sentence, span: tuple[int, int], day: datetime.date
) -> tuple[tuple[int, int], ...]:
    """ "at the weekend": the last one up to publication in a clause in the past, the next
    one from it in a clause about the future, either where the clause tells no tense (on
    a Saturday or Sunday, the weekend of publication)."""
    saturday = day.toordinal() - day.weekday() + 5
    if day.weekday() >= 5:
        return ((saturday, saturday + 1),)
    last, coming = (saturday - 7, saturday - 6), (saturday, saturday + 1)
    tense = clause_tense(sentence, span)
    return (last,) if tense == "past" else (coming,) if tense == "future" else (last, coming)


def in_quotation(sentence: Sentence, span: tuple[int, int]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in quoted_spans(sentence))


def countable_from_publication(sentence: Sentence, span: tuple[int, int]) -> bool:
    """Whether a relative date at ``span`` counts from the day of publication: not inside
    a quotation, nor in a sentence whose verb of saying has a date of its own other than
    this one (the day of speaking, which the relative date then counts from)."""
    if in_quotation(sentence, span):
        return False
    return not any(
        w.start >= span[1] or w.end < span[0] - 1  # "*last* Friday": its own
        for w in saying_dates(sentence)
    )


_SPEECH_DAY_WORDS = frozenset((*WEEKDAY_NAMES, "yesterday", "last", "ago"))
"""Words that date a saying on another day than publication ("said *Friday*", "said
*last* week", "*yesterday* said"); "said today" is the day of publication."""


def saying_dates(sentence: Sentence) -> list[Word]:
    """The words that date a saying of ``sentence`` on another day than publication,
    next to its verb of saying ("said *on Friday*", "told reporters *last* week")."""
    words = sentence_words(sentence)
    found = []
    for k, word in enumerate(words):
        if word.lemma == SAY or (word.is_content and says(word.lemma)):
            near = (
                *words[max(0, k - SPEECH_DATE_BEFORE) : k],
                *words[k + 1 : k + 1 + SPEECH_DATE_REACH],
            )
            found += [w for w in near if w.norm in _SPEECH_DAY_WORDS]
    return found


def clause_tense(sentence: Sentence, span: tuple[int, int]) -> str | None:
    """ "future" or "past": the verb form nearest ``span`` in its clause that tells a
    time, before it first ("said it *will* reopen on Friday": future; "*said* on Friday
    it will": past), else after it; None where none does, or where the date is what
    the clause moves something to ("was postponed *until* Friday": either week)."""
    words = sentence_words(sentence)
    inside = [k for k, w in enumerate(words) if span[0] <= w.start < span[1]]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    while first > 0 and not clause_break(words, first):
        first -= 1
    while last + 1 < len(words) and not clause_break(words, last + 1):
        last += 1
    k = inside[0] - 1
    while k >= first and words[k].norm in _BEFORE_A_DATE:
        k -= 1
    if k >= first and words[k].norm in _TARGETS:
        return None
    for k in (*range(inside[0] - 1, first - 1, -1), *range(inside[-1] + 1, last + 1)):
        told = _time_told(words, k, first, last)
        if told is not None:
            return told
    return None


_BEFORE_A_DATE = frozenset("on this next last coming late early the".split())
_TARGETS = frozenset("to until till for before by".split())
"""Words that make a date the end of a move or a wait ("postponed *until* Friday",
"moved *to* Saturday", "scheduled *for* Monday"), whatever the verb's tense."""
_PRESENT = frozenset("is are am has have does do be".split())
"""Present forms an irregular verb's table would read as other than their base."""


def _time_told(words: Sequence[Word], k: int, first: int, last: int) -> str | None:
    """The time word ``k`` of a clause (``first`` to ``last``) tells: "future" for a
    modal ("will"), "be" before "due", "set", "expected"..., or "plans to"; "past" for
    a verb in the past that is no passive after "be" ("will *be opened*")."""
    word = words[k]
    if word.norm in _FUTURE or word.norm.endswith("'ll"):
        return "future"
    if word.norm in _FUTURE_AFTER_BE and k > first and _be(words[k - 1]):
        return "future"
    if word.norm in _FUTURE_BEFORE_TO and k < last and words[k + 1].norm == "to":
        return "future"
    if _past(word) and not (k > first and _before_a_modifier(words[k - 1])):
        return "past"
    return None


def _before_a_modifier(word: Word) -> bool:
    """Whether a past form after ``word`` is no verb of the clause: a passive after "be"
    ("will *be opened*"), or a modifier after a determiner or a possessive ("onto
    *Hesketh's disused* depot", "*the closed* road")."""
    return word.norm == "be" or word.norm in DETERMINERS or word.norm.endswith(POSSESSIVE_ENDINGS)


def _be(word: Word) -> bool:
    """A form of "be", contracted too ("they*'re* due to")."""
    return word.norm in _BE or word.norm.endswith("'re")


def _past(word: Word) -> bool:
    """A verb form in the past: regular ("clos*ed*") or irregular ("sank", "was"); not
    a present form the irregular table holds ("goes", "does")."""
    norm = word.norm
    if norm.endswith(_PRESENT_PARTICIPLE) or norm in _PRESENT:
        return False
    regular = len(norm) >= MIN_PAST_LENGTH and norm.endswith("ed") and not norm.endswith("eed")
    base = irregular_base(norm)
    return regular or (base != norm and norm not in (base + "s", base + "es"))
