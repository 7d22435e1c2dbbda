"""Closed-class words that place a claim on a scale: how much of a group ("*all* of our
members" / "*only half* of our members") and which side of a moment ("reopen *before*
Easter" / "*after* Easter").

WordNet holds no antonyms for determiners and prepositions, so a quotation retold with
another quantifier or the other side of a date reads as a rewording to the word tables.
These are grammar words, a closed class, read here by their place on the scale:

- a quantifier names a band of the share of a group it speaks of, from none to all
  (``SHARE_BANDS``); "fewer than" / "more than" before it keep the bands below or above
  it, "nearly" / "almost" the band under it. Two readings conflict when their bands
  share nothing: "all" / "half", "most" / "few", "none" / "some", "every" / "fewer
  than half"; "most" / "almost all" or "some" / "half" do not.
- "before" / "after" and "earlier" / "later" put a claim on two sides of one moment.

A run of words may hold at most one reading of each kind; a run with none, or two, is
no evidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tui.engine.findings.contradiction.words import Word

NONE, FEW, HALF, MOST, ALL = range(5)
"""Bands of a share of a group, from nothing to everything."""
SHARE_BANDS: dict[str, frozenset[int]] = {
    "none": frozenset({NONE}),
    "no": frozenset({NONE}),
    "few": frozenset({FEW}),
    "some": frozenset({FEW, HALF, MOST}),
    "half": frozenset({HALF}),
    "most": frozenset({MOST}),
    "majority": frozenset({MOST}),
    "minority": frozenset({FEW}),
    "all": frozenset({ALL}),
    "every": frozenset({ALL}),
    "each": frozenset({ALL}),
}
"""A quantifier -> the bands of the share it names."""
FEWER = frozenset(("fewer", "less"))
MORE = frozenset(("more",))
BELOW, ABOVE = "under", "over"
"""One-word modifiers: "under half", "over half"."""
NEARLY = frozenset(("nearly", "almost"))
THAN = "than"
SIDES: dict[str, int] = {"before": -1, "earlier": -1, "after": 1, "later": 1}
"""A word of time order -> the side of a moment it puts a claim on."""


def scale_opposition(
    left: Sequence[Word], right: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The words of two runs of changed words that name shares of a group that cannot
    both hold ("*fewer than half*" / "*all*"), or two sides of one moment ("*before*" /
    "*after*"), as (left, right) character spans; None where they do not."""
    shares = _share(left), _share(right)
    if shares[0] and shares[1] and shares[0].bands.isdisjoint(shares[1].bands):
        return shares[0].span, shares[1].span
    sides = _side(left), _side(right)
    if sides[0] and sides[1] and sides[0].side != sides[1].side:
        return sides[0].span, sides[1].span
    return None


class _Share(NamedTuple):
    bands: frozenset[int]
    span: tuple[int, int]
    """The quantifier with its modifier ("fewer than half")."""


class _Side(NamedTuple):
    side: int
    span: tuple[int, int]


def _share(words: Sequence[Word]) -> _Share | None:
    """The bands of the one quantifier of ``words`` with its modifier ("fewer than half":
    none or few), or None where the run holds no quantifier or several."""
    norms = [w.norm for w in words]
    found = [k for k, norm in enumerate(norms) if norm in SHARE_BANDS]
    if len(found) != 1:
        return None
    k = found[0]
    bands = SHARE_BANDS[norms[k]]
    first = k - 2 if k >= 2 and norms[k - 1] == THAN else k - 1
    modifier = norms[first] if first >= 0 else ""
    if modifier in FEWER | MORE | {BELOW, ABOVE}:
        below = modifier in FEWER or modifier == BELOW
        edge = min(bands) if below else max(bands)
        bands = frozenset(b for b in range(NONE, ALL + 1) if (b < edge if below else b > edge))
    elif modifier in NEARLY:
        bands = frozenset(b - 1 for b in bands if b > NONE)
    else:
        first = k
    return _Share(bands, (words[first].start, words[k].end)) if bands else None


def _side(words: Sequence[Word]) -> _Side | None:
    """The one side of a moment ``words`` name, or None (no word of time order, or two)."""
    found = [w for w in words if w.norm in SIDES]
    if len({SIDES[w.norm] for w in found}) != 1:
        return None
    return _Side(SIDES[found[0].norm], (found[0].start, found[-1].end))
