"""Shares and multiples written in words: "half of", "a third of", "two-thirds of",
"three quarters of" (a share, read as a percentage, so "half" and "50%" agree) and
"doubled", "tripled", "halved" (how many times over: unit ``TIMES``).

Read by quantities.py where a quantity may start. A fraction word counts only before
"of", not before "of a" ("a third of a centime" is a part of one unit) and not after
an ordinal or an article ("the second half of the year", "the third quarter" say
when, not how much).
"""

from __future__ import annotations

from typing import NamedTuple

PERCENT = "%"
TIMES = "times"
FRACTIONS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0}
"""A fraction word -> its share in percent (of one part; "two thirds" multiplies)."""
MULTIPLIERS = {
    "doubled": 2.0, "doubles": 2.0, "doubling": 2.0, "tripled": 3.0, "triples": 3.0,
    "tripling": 3.0, "trebled": 3.0, "quadrupled": 4.0, "halved": 0.5, "halves": 0.5,
}  # fmt: skip
"""A verb of multiplying -> how many times over."""
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
"""The count of parts before a fraction word ("*two* thirds")."""
_NOT_AFTER = frozenset(
    "the this that first second third fourth last final latter former next".split()
)
"""Words before a fraction word that make it a part of time or of a series."""
OF = "of"
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
    count, k = 1, i
    if low in _COUNTS and i + 1 < len(lows) and joined[i + 1] and lows[i + 1] in FRACTIONS:
        count, k = _COUNTS[low], i + 1
    fraction = lows[k]
    if fraction not in FRACTIONS or (fraction == "third" and k == i):
        return None  # a bare "third" is an ordinal
    if k + 1 >= len(lows) or lows[k + 1] != OF:
        return None
    if k + 2 < len(lows) and lows[k + 2] in _ONE:
        return None  # "a third of a centime", "half of an hour": a part of one unit
    if i > 0 and lows[i - 1] in _NOT_AFTER:
        return None
    if fraction.endswith("s") == (count == 1):
        return None  # "two third", "a thirds"
    return Proportion(count * FRACTIONS[fraction], PERCENT, k + 1)
