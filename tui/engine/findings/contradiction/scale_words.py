"""Closed-class words that place a claim on a scale: how much of a group ("*all* of our
members" / "*only half* of our members") and which side of a moment ("reopen *before*
Easter" / "*after* Easter").

WordNet holds no antonyms for determiners and prepositions, so a quotation retold with
another quantifier or the other side of a date reads as a rewording to the word tables.
These are grammar words, a closed class, read here by their place on the scale:

- a quantifier names a range of the share of a group it speaks of, in percent
  (``SHARES``): "none" nothing, "a handful", "a few" or "little" a small share, "half" about
  half, "a third" or "two-thirds" about that fraction (the fraction words
  proportions.py reads, after a count), "most" or "the majority" more than half, "all"
  or "every" the whole. "Fewer than" / "under" before it keep the shares below it,
  "more than" / "over" those above, "nearly" / "almost" those just under it, "hardly"
  / "scarcely" before "any" next to none. Two readings conflict when their ranges
  share nothing: "all" / "half", "most" / "a few", "none" / "some", "half" / "a
  handful", "a third" / "all", "every" / "fewer than half"; "most" / "almost all",
  "some" / "half" or "many" / "most" do not. A quantifier after "not" is the negation
  reading's ("not all"), no share here.
- "before" / "after" and "earlier" / "later" put a claim on two sides of one moment.

A run of words may hold at most one reading of each kind; a run with none, or two, is
no evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tui.engine.findings.contradiction.proportions import FRACTIONS
from tui.engine.findings.contradiction.words import Word

WHOLE = 100.0
SHARES: dict[str, tuple[float, float]] = {
    "none": (0.0, 0.0),
    "no": (0.0, 0.0),
    "few": (1.0, 25.0),
    "little": (0.0, 20.0),
    "handful": (1.0, 15.0),
    "several": (1.0, 60.0),
    "some": (1.0, 90.0),
    "many": (25.0, WHOLE),
    "much": (25.0, WHOLE),
    "half": (45.0, 55.0),
    "most": (51.0, 99.0),
    "majority": (51.0, 99.0),
    "bulk": (51.0, 99.0),
    "minority": (1.0, 49.0),
    "all": (WHOLE, WHOLE),
    "every": (WHOLE, WHOLE),
    "each": (WHOLE, WHOLE),
}
"""A quantifier -> the least and the most share of a group it names, in percent."""
FRACTION_SPREAD = 0.15
"""How far a fraction's share reaches either side of its value: "a third" is 28-38%,
near enough to "about a third" and clear of "half" and "a quarter"."""
FEWER = frozenset(("fewer", "less", "under", "below"))
MORE = frozenset(("more", "over", "above"))
NEARLY = frozenset(("nearly", "almost", "virtually", "practically"))
NEARLY_SPREAD = 0.2
"""How far under a share "nearly" reaches: "nearly all" is 80-99%."""
HARDLY = frozenset(("hardly", "scarcely", "barely"))
HARDLY_ANY = (0.0, 10.0)
"""The share "hardly any" names."""
ANY = "any"
NOT = "not"
THAN = "than"
STEP = 0.1
"""What "fewer than" and "nearly" keep off the edge of the share they are read from."""
SIDES: dict[str, int] = {"before": -1, "earlier": -1, "after": 1, "later": 1}
"""A word of time order -> the side of a moment it puts a claim on."""


def scale_opposition(
    left: Sequence[Word], right: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The words of two runs of changed words that name shares of a group that cannot
    both hold ("*fewer than half*" / "*all*"), or two sides of one moment ("*before*" /
    "*after*"), as (left, right) character spans; None where they do not."""
    shares = _share(left), _share(right)
    if shares[0] and shares[1] and _apart(shares[0], shares[1]):
        return shares[0].span, shares[1].span
    sides = _side(left), _side(right)
    if sides[0] and sides[1] and sides[0].side != sides[1].side:
        return sides[0].span, sides[1].span
    return None


class _Share(NamedTuple):
    low: float
    high: float
    span: tuple[int, int]
    """The quantifier with its modifier ("fewer than half")."""


class _Side(NamedTuple):
    side: int
    span: tuple[int, int]


def _apart(one: _Share, other: _Share) -> bool:
    """Whether two shares have no share of the group in common."""
    return one.high < other.low or other.high < one.low


def _share(words: Sequence[Word]) -> _Share | None:
    """The share the one quantifier of ``words`` names with its modifier ("fewer than
    half": below 45%), or None where the run holds no quantifier or several, or a
    negated one."""
    norms = [w.norm for w in words]
    found = [(k, r) for k in range(len(norms)) if (r := _quantifier(norms, k)) is not None]
    if len(found) != 1:
        return None
    k, (low, high) = found[0]
    first = k - 2 if k >= 2 and norms[k - 1] == THAN else k - 1
    modifier = norms[first] if first >= 0 else ""
    if modifier == NOT or (k and norms[k - 1] == NOT):
        return None
    if modifier in FEWER:
        low, high = 0.0, low - STEP
    elif modifier in MORE:
        low, high = high + STEP, WHOLE
    elif modifier in NEARLY:
        low, high = (low * (1 - NEARLY_SPREAD), low - STEP) if low else HARDLY_ANY
    elif modifier in HARDLY and norms[k] == ANY:
        low, high = HARDLY_ANY
    else:
        first = _count_before(norms, k)
    if high < low:
        return None  # "fewer than none"
    return _Share(low, high, (words[first].start, words[k].end))


def _quantifier(norms: Sequence[str], k: int) -> tuple[float, float] | None:
    """The share word ``k`` names: a quantifier of ``SHARES``, "any" after "hardly", or a
    fraction after a count ("a *third*", "two *thirds*", "*two-thirds*")."""
    norm = norms[k]
    if norm in SHARES:
        return SHARES[norm]
    if norm == ANY:
        return HARDLY_ANY if k and norms[k - 1] in HARDLY else None
    count, _, fraction = norm.rpartition("-")
    if not count and k:
        count = norms[k - 1]
    if fraction not in FRACTIONS or count not in _PARTS:
        return None
    value = _PARTS[count] * FRACTIONS[fraction]
    return value * (1 - FRACTION_SPREAD), min(WHOLE, value * (1 + FRACTION_SPREAD))


_PARTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "nine": 9}
"""The count of parts before a fraction word: "*a* third", "*two* thirds"."""


def _count_before(norms: Sequence[str], k: int) -> int:
    """Where a quantifier's words start: at the count of a fraction ("*a* third") or at
    the quantifier."""
    if norms[k].rpartition("-")[2] in FRACTIONS and k and norms[k - 1] in _PARTS:
        return k - 1
    return k


def _side(words: Sequence[Word]) -> _Side | None:
    """The one side of a moment ``words`` name, or None (no word of time order, or two)."""
    found = [w for w in words if w.norm in SIDES]
    if len({SIDES[w.norm] for w in found}) != 1:
        return None
    return _Side(SIDES[found[0].norm], (found[0].start, found[-1].end))
