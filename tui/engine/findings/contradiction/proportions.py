"""Shares and multiples written in words: "half of", "a third of", "two-thirds of",
"three quarters of", "a third full", "one in four", "3 out of 5" (a share, read as a
percentage, so "half" and "50%" agree) and "doubled", "tripled", "halved" (how many
times over: unit ``TIMES``).

Read by quantities.py where a quantity may start. A fraction word counts only before
"of", not before "of a" ("a third of a centime" is a part of one unit) and not after
an ordinal or an article ("the second half of the year", "the third quarter" say
when, not how much).
"""

from __future__ import annotations

from typing import NamedTuple

from tui.engine.findings.contradiction.wordlists import COUNT_WORDS

PERCENT = "%"
TIMES = "times"
FRACTIONS = {
    "half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0,
    "fifth": 20.0, "fifths": 20.0, "tenth": 10.0, "tenths": 10.0,
}  # fmt: skip
"""A fraction word -> its share in percent (of one part; "two thirds" multiplies)."""
MULTIPLIERS = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0,
    "tripling": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5, "halves": 0.5,
}  # fmt: skip
"""A verb of multiplying -> how many times over."""
_ORDINAL_FRACTIONS = frozenset(("third", "fifth", "tenth"))
"""Fraction words that are ordinals when no count stands before them ("the *fifth*
day")."""
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
"""The count of parts before a fraction word ("*two* thirds")."""
_NOT_AFTER = frozenset(
    "the this that first second third fourth last final latter former next".split()
)
"""Words before a fraction word that make it a part of time or of a series."""
OF = "of"
IN = "in"
FULL = "full"
"""After a fraction, a share of what holds it ("a third full")."""
MAX_WHOLE = 1000
"""The largest whole of a share told as a count ("one in a thousand" is written so)."""
_COUNT_WORDS = COUNT_WORDS | {"hundred": 100, "thousand": 1000}
_SPANS_OF_TIME = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years".split()
)
_ONE = frozenset(("a", "an", "one"))
STARTS = frozenset([*FRACTIONS, *MULTIPLIERS, *_COUNTS])
"""Words a share or multiple in words may start with."""


class Proportion(NamedTuple):
    value: float
    unit: str
    after: int
    """Index of the token after it."""


def proportion(lows: list[str], joined: list[bool], i: int) -> Proportion | None:
    """The share or multiple written in words at token ``i`` (``lows``: the lower-cased
    tokens; ``joined``: only spaces or hyphens part each from the one before)."""
    low = lows[i]
    if low in MULTIPLIERS:
        return Proportion(MULTIPLIERS[low], TIMES, i + 1)
    ratio = _ratio(lows, i)
    if ratio is not None:
        return ratio
    count, k = 1, i
    if low in _COUNTS and i + 1 < len(lows) and joined[i + 1] and lows[i + 1] in FRACTIONS:
        count, k = _COUNTS[low], i + 1
    fraction = lows[k]
    if fraction not in FRACTIONS or (fraction in _ORDINAL_FRACTIONS and k == i):
        return None  # a bare "third" is an ordinal
    if k + 1 < len(lows) and lows[k + 1] == FULL and (k > i or fraction == "half"):
        return Proportion(count * FRACTIONS[fraction], PERCENT, k + 1)  # "a third full"
    if k + 1 >= len(lows) or lows[k + 1] != OF:
        if not (_change_by(lows, i, k) or _compared(lows, i, k)):
            return None
        return Proportion(count * FRACTIONS[fraction], PERCENT, k + 1)
    if k + 2 < len(lows) and lows[k + 2] in _ONE:
        return None  # "a third of a centime", "half of an hour": a part of one unit
    if i > 0 and lows[i - 1] in _NOT_AFTER:
        return None
    if fraction.endswith("s") == (count == 1):
        return None  # "two third", "a thirds"
    return Proportion(count * FRACTIONS[fraction], PERCENT, k + 1)


BY = "by"
_NOT_BEFORE_CHANGE = frozenset(
    "point points percentage mile miles inch inches hour hours century centuries length "
    "lengths past".split()
)
"""Words after "by a quarter" that make it a measure or a clock time ("cut rates *by a
quarter point*", "*a quarter past* nine"), not a share of what changed."""


_HEDGES = frozenset(
    "almost nearly about around roughly approximately some over under just more less "
    "than barely".split()
)
"""Words that hedge a share between "by" and its fraction ("cut *by almost* a tenth",
"rose *by more than* a third")."""
MAX_HEDGES = 2
"""Most hedge words read between "by" and a fraction ("by *just over* a quarter")."""


def _change_by(lows: list[str], i: int, k: int) -> bool:
    """Whether the fraction at tokens ``i``..``k`` is the share by which something
    changed, with no "of" after it: "fell *by a quarter*", "cut *by two thirds*",
    "*by half*", "by almost a tenth" (a hedge or two may stand between: ``_HEDGES``);
    not a measure or a clock time ("*by a quarter to* nine")."""
    before = i - 1
    while before >= 0 and i - before <= MAX_HEDGES and lows[before] in _HEDGES:
        before -= 1
    if before < 0 or lows[before] != BY or not (k > i or lows[k] == "half"):
        return False
    after = lows[k + 1] if k + 1 < len(lows) else ""
    if after in _NOT_BEFORE_CHANGE or after in _ONE:
        return False  # "by half *a* percentage point": a part of one unit
    return not (after == "to" and k + 2 < len(lows) and _count(lows[k + 2]) is not None)


_COMPARED = frozenset(
    "below above under over fewer less more higher lower smaller larger bigger greater "
    "cheaper dearer down up short".split()
)
"""Words after a fraction that make it the share by which one amount differs from
another ("*a quarter below* the forecast", "*a third more* than last year")."""


def _compared(lows: list[str], i: int, k: int) -> bool:
    """Whether the fraction at tokens ``i``..``k``, with its count ("a", "two"), is the
    share by which an amount lies above or below another: "a quarter below the
    forecast", "two thirds higher" (not a bare "quarter": "the third quarter")."""
    return k > i and k + 1 < len(lows) and lows[k + 1] in _COMPARED


def _ratio(lows: list[str], i: int) -> Proportion | None:
    """A share told as a count of a whole: "one in four", "3 out of 5" (a share of
    what follows, not of a span of time: "two in ten minutes")."""
    part = _count(lows[i])
    if part is None:
        return None
    k = i + 1
    if lows[k : k + 2] == ["out", OF]:
        k += 2
    elif lows[k : k + 1] == [IN]:
        k += 1
    else:
        return None
    whole = _count(lows[k]) if k < len(lows) else None
    if whole is None or not part < whole <= MAX_WHOLE:
        return None
    if k + 1 < len(lows) and lows[k + 1] in _SPANS_OF_TIME:
        return None
    return Proportion(100 * part / whole, PERCENT, k + 1)


def _count(low: str) -> int | None:
    if low.isdigit():
        return int(low)
    return _COUNT_WORDS.get(low)
