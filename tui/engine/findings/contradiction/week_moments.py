"""Moments of the week: a weekday read with the part of the day or the clock time bound
to it ("in the early hours of Saturday", "late on Friday", "Tuesday evening", "at 9
p.m. on Sunday"), as one span of the week.

date.py reads the weekday and the time apart and compares them field by field, so
"late on Saturday night" and "in the early hours of Sunday" differ in their weekday,
though one night holds both, and "late on Friday" / "in the early hours of Sunday"
cannot be paired at all (one side states two dates). Read as spans of the week, two
moments agree when they overlap (a night runs into the next day) and conflict when
they do not: typed_slots.py proposes the only moment each side does not share, and
same_claim.py's ``one_night`` refuses a date conflict between two moments that
overlap.
"""

from __future__ import annotations

from typing import NamedTuple

from tui.engine.findings.contradiction.date import WEEKDAYS, DateMention, date_mentions
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

DAY = 24 * 60
WEEK = 7 * DAY

_PARTS = {
    "morning": (5 * 60, 12 * 60),
    "afternoon": (12 * 60, 18 * 60),
    "evening": (17 * 60, DAY),
    "night": (19 * 60, DAY + 6 * 60),
}
"""The minutes after a day's midnight each part of it may span, wide enough for any
reading ("Saturday night" runs into Sunday's early hours)."""
_LATE = (18 * 60, DAY + 3 * 60)
"""'late on Friday': the evening and the night after it."""
_EARLY = (0, 10 * 60)
"""'early on Friday', 'early Friday': the night's end and the morning."""
_SMALL_HOURS = (0, 6 * 60)
"""'in the early hours of Saturday'."""

CLOCK_MARGIN = 60
"""How far from a clock time a part of the day may start or end and still hold it
("11.30 a.m." / "early on Monday afternoon"): clock times themselves date.py compares."""

_WEEKDAY = "|".join(WEEKDAYS)
_WEEK_MOMENT = regex(
    r"\b(?i:(?:the\s+)?(?P<hours>early|small|wee)\s+hours\s+of\s+(?:on\s+)?)"
    rf"(?P<wd>{_WEEKDAY})\b"
    r"|\b(?:(?P<edge>(?i:late|early))\s+(?:(?i:on)\s+)?)?"
    rf"(?P<wd2>{_WEEKDAY})(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?\b"
    r"|\b(?i:(?:the\s+)?(?P<part2>morning|afternoon|evening|night)\s+of\s+)"
    rf"(?P<wd3>{_WEEKDAY})\b"
)
"""A weekday with the part of the day bound to it, before or after."""
_CLOCK_BEFORE = regex(r"\s*,?\s+(?i:on)\s+$")
"""Between a clock time and the weekday after it ("at 3.40 a.m. *on* Thursday")."""
_CLOCK_AFTER = regex(r"^\s*,?\s+(?i:at|around|about|shortly\s+(?:before|after))\s+")
"""Between a weekday and the clock time after it ("on Sunday *at* 9 p.m.")."""


class WeekMoment(NamedTuple):
    """A span of the week a sentence names: its characters, its weekday and its
    minutes after Monday's midnight (``last`` may pass the week's end: Sunday night)."""

    start: int
    end: int
    weekday: str
    first: int
    last: int

    def overlaps(self, other: WeekMoment) -> bool:
        """Whether the two spans share a minute, the week read as a circle."""
        return any(
            self.first <= other.last + shift and other.first + shift <= self.last
            for shift in (-WEEK, 0, WEEK)
        )


def week_moments(sentence: Sentence) -> tuple[WeekMoment, ...]:
    """The moments of the week the sentence names with a part of the day or a clock
    time (a weekday named alone is no moment: date.py reads it)."""
    facts = facts_of(sentence)
    found = facts.week_moments
    if found is None:
        found = facts.week_moments = _read(sentence) if _may_name(sentence.text) else ()
    return found


def _may_name(text: str) -> bool:
    return any(day in text for day in WEEKDAYS)


def _read(sentence: Sentence) -> tuple[WeekMoment, ...]:
    text = sentence.text
    clocks = [m for m in date_mentions(sentence) if "time" in dict(m.fields)]
    found = []
    for match in _WEEK_MOMENT.finditer(text):
        weekday = match["wd"] or match["wd2"] or match["wd3"]
        day = WEEKDAYS.index(weekday) * DAY
        span = _span_of_day(match.groupdict())
        start, end = match.start(), match.end()
        clock = _clock_bound(sentence, clocks, start, end)
        if clock is not None:
            minutes, start, end = clock
            span = (minutes - CLOCK_MARGIN, minutes + CLOCK_MARGIN)
        if span is None:
            continue
        found.append(
            WeekMoment(
                sentence.start + start,
                sentence.start + end,
                weekday,
                day + span[0],
                day + span[1],
            )
        )
    return tuple(found)


def _span_of_day(groups: dict[str, str | None]) -> tuple[int, int] | None:
    """The minutes of its day a weekday's part or edge spans, or None for a weekday
    named alone."""
    if groups["hours"]:
        return _SMALL_HOURS
    part = groups["part"] or groups["part2"]
    if part:
        return _PARTS[part.lower()]
    edge = groups["edge"]
    if edge:
        return _LATE if edge.lower() == "late" else _EARLY
    return None


def _clock_bound(
    sentence: Sentence, clocks: list[DateMention], start: int, end: int
) -> tuple[int, int, int] | None:
    """A clock time told right before the weekday ("at 3.40 a.m. on Thursday") or right
    after it ("on Sunday at 9 p.m."): its minutes and the span of both, else None."""
    text = sentence.text
    for clock in clocks:
        first, after = clock.start - sentence.start, clock.end - sentence.start
        minutes = dict(clock.fields)["time"]
        if not isinstance(minutes, int):
            continue
        if after <= start and _CLOCK_BEFORE.search(text[after:start]):
            return minutes, first, end
        if end <= first and _CLOCK_AFTER.match(text[end:first]):
            return minutes, start, after
    return None


def moment_at(sentence: Sentence, span: tuple[int, int]) -> WeekMoment | None:
    """The moment of the week whose words hold the character span, if any."""
    return next(
        (m for m in week_moments(sentence) if m.start <= span[0] and span[1] <= m.end), None
    )
