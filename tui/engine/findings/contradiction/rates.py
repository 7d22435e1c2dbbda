"""Spans of time and how often something happens: the units of time a duration is told
in ("three decades", "45 years", "ninety minutes" are one measure, seconds) and the
rates said in words ("twice a day", "three times daily", "four times an hour", "every
ten minutes", "once a week"), read as how many times a day.

Read by quantities.py: a duration is a unit of measure there (``DURATIONS``, converted
to seconds, so "three decades" and "30 years" agree; two spans told in two units that
differ are not paired as one, as they often are two: "over 15 months" / "in six
weeks"); a rate is a quantity of unit ``PER_DAY`` (``repeat_period``,
``every_count_period`` and ``period_after``), so "twice a day" and "every twelve hours"
agree and "every ten minutes" (144 a day) and "four times an hour" (96) differ.

A calendar month and year are their mean lengths; "night" is no duration ("three
nights" may be two days), but "a night" gives a rate ("twice a night").
"""

from __future__ import annotations

SECONDS = "s"
"""The unit every duration is converted to."""
PER_DAY = "per day"
"""The unit of a rate: how many times a day."""

_MINUTE = 60.0
_HOUR = 60 * _MINUTE
_DAY = 24 * _HOUR
_WEEK = 7 * _DAY
_YEAR = 365.25 * _DAY
_SINGULAR = {
    "second": 1.0, "minute": _MINUTE, "hour": _HOUR, "day": _DAY, "week": _WEEK,
    "fortnight": 2 * _WEEK, "month": _YEAR / 12, "year": _YEAR, "decade": 10 * _YEAR,
    "century": 100 * _YEAR,
}  # fmt: skip
_PLURAL = {"centuries": _SINGULAR["century"]} | {
    f"{word}s": seconds for word, seconds in _SINGULAR.items() if word != "century"
}
DURATIONS = {word: (SECONDS, seconds) for word, seconds in (_SINGULAR | _PLURAL).items()}
"""Words of a unit of time after a count -> (``SECONDS``, seconds in one)."""
_PERIODS = _SINGULAR | {"night": _DAY}
"""A unit of time after "a", "per", "each" in a rate ("twice *a night*")."""
_PER = frozenset(("a", "an", "per", "each", "every"))
_ADVERBS = {
    "hourly": _HOUR, "daily": _DAY, "nightly": _DAY, "weekly": _WEEK, "fortnightly": 2 * _WEEK,
    "monthly": _SINGULAR["month"], "yearly": _YEAR, "annually": _YEAR,
}  # fmt: skip
"""Adverbs of a period after a count of times ("three times *daily*")."""
REPEATS = {"once": 1.0, "twice": 2.0, "thrice": 3.0}
"""Words that are a count of times by themselves."""
TIMES = "times"
EVERY = "every"
STARTS = frozenset([*REPEATS, EVERY])
"""Words a rate may start with that start no other quantity."""


def period_after(lows: list[str], joined: list[bool], i: int) -> tuple[float, int] | None:
    """(seconds, index after) of the period a count of times is told over at token
    ``i``: "a day", "an hour", "per week", "each month", "daily"; None if none is
    there (``joined``: only spaces or hyphens part a token from the one before)."""
    if i >= len(lows) or not joined[i]:
        return None
    if lows[i] in _ADVERBS:
        return _ADVERBS[lows[i]], i + 1
    if lows[i] in _PER and i + 1 < len(lows) and joined[i + 1] and lows[i + 1] in _PERIODS:
        return _PERIODS[lows[i + 1]], i + 2
    return None


def times_period(lows: list[str], joined: list[bool], i: int) -> tuple[float, int] | None:
    """The period after "times" at token ``i`` ("three *times a day*"), if any."""
    if i >= len(lows) or lows[i] != TIMES or not joined[i]:
        return None
    return period_after(lows, joined, i + 1)


def duration_word(lows: list[str], joined: list[bool], i: int) -> float | None:
    """Seconds in the unit of time at token ``i`` ("minutes" after "every ten")."""
    if i >= len(lows) or not joined[i]:
        return None
    found = DURATIONS.get(lows[i])
    return None if found is None else found[1]


def unit_word(seconds: float) -> str | None:
    """The singular word of the unit of time of ``seconds`` in one ("year" for a year's
    seconds), if one is that long."""
    return next((word for word, length in _SINGULAR.items() if abs(length - seconds) < 1), None)


def per_day(count: float, period: float) -> float:
    """How many times a day ``count`` times every ``period`` seconds is."""
    return count * _DAY / period
