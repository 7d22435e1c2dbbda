"""Ranges of amounts: "between 2 and 5 degrees", "ranged from 1.8 to 4.4 points",
"three to four points", "10-12 people".

Two amounts joined as the two ends of a range state one span of values, not two
values. Read one by one, an end of a range on one side pairs with a single amount or
an end of another range on the other ("*5* degrees" / "three to *four* degrees") and
looks like a conflict; read as spans, the two claims agree wherever the spans meet.
So an amount that ends a range is compared as its range (``span_of``), and two spans
that overlap are no conflict (``spans_meet``): only ranges that cannot overlap differ,
or two ranges with one end the same and the other changed.

A "from X to Y" whose amounts play parts in a change ("rose from 6 to 8",
change_roles.py) is a change, not a range, and is left alone, unless a verb spreads it
("*ranged* from 1.8 to 4.4", "*varied* from"); so is "X to Y" after a verb of change
("*rose* $2.88 to $46.50": by X to Y).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tui.engine.findings.contradiction.opposite_change import change_words
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import APPROXIMATE, Quantity, near_span
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

_RANGE_GAP = regex(r"^\s*(?:to|-|\u2013|\u2014|and|or)\s*$")
"""What stands between the two ends of a range ("2 *to* 5", "10*-*12", "2 *and* 5"
after "between", "two *or* three")."""
_BETWEEN = regex(r"\bbetween\s+$")
_SPREAD = regex(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$")
"""A verb that spreads "from X to Y" over a range rather than moving from X to Y."""
_LAST_WORD = regex(r"([a-z]+)[^a-z]*$")
_MOVED = frozenset(("up", "down"))
_SAME = 1e-9
"""Relative slack of two values read as one."""
_JOINS_OWN = frozenset(("to", "-", "\u2013", "\u2014", "or"))
"""Gaps that make a range without "between" before it."""
Span = tuple[float, float]


def span_of(sentence: Sentence, found: Sequence[Quantity], quantity: Quantity) -> Span | None:
    """The (lowest, highest) values of the range ``quantity`` ends in ``sentence``
    (``found``: the sentence's quantities, in order), or None when it ends none."""
    for k, other in enumerate(found):
        if other is not quantity:
            continue
        if k > 0 and _joined(sentence, found[k - 1], quantity):
            return _span(found[k - 1], quantity)
        if k + 1 < len(found) and _joined(sentence, quantity, found[k + 1]):
            return _span(quantity, found[k + 1])
    return None


def agree_as_spans(
    pair: SentencePair,
    lefts: Sequence[Quantity],
    rights: Sequence[Quantity],
    left: Quantity,
    right: Quantity,
) -> bool:
    """Whether two amounts, at least one the end of a range, agree read as spans. Two
    ranges that share one end and not the other state one range with a bound changed
    ("46 to 57 months" / "46 to 72 months"): they do not agree."""
    left_span, right_span = span_of(pair.left, lefts, left), span_of(pair.right, rights, right)
    if left_span is None and right_span is None:
        return False
    if left_span is not None and right_span is not None:
        shared = [math.isclose(a, b) for a, b in zip(left_span, right_span, strict=True)]
        if any(shared) and not all(shared):
            return False
    return spans_meet(left_span or point_span(left), right_span or point_span(right))


def spans_meet(left: Span, right: Span) -> bool:
    """Whether two spans of values share a value ("about" already widened a bound:
    ``point_span``)."""
    slack = _SAME * max(abs(left[1]), abs(right[1]))
    return left[0] <= right[1] + slack and right[0] <= left[1] + slack


def point_span(quantity: Quantity) -> Span:
    """A single amount as a span: its value, widened by its bound ("about 5")."""
    value = quantity.value
    if quantity.bound == "approx":
        reach = APPROXIMATE * abs(value)
        return value - reach, value + reach
    if quantity.bound in ("under", "over"):
        return near_span(quantity)
    if quantity.bound == "min":
        return value, float("inf")
    if quantity.bound == "max":
        return float("-inf"), value
    return value, value


def _joined(sentence: Sentence, low: Quantity, high: Quantity) -> bool:
    """Whether two adjacent amounts are the two ends of one range: the same unit, a
    gap of a range between them, no part in a change, and "and" only after
    "between"."""
    if low.unit != high.unit or low.ordinal or high.ordinal or low.value >= high.value:
        return False  # "ruled 5 to 4", "won 3-1": a vote or a score, not a range
    origin = sentence.start
    before = sentence.text[max(0, low.start - origin - 20) : low.start - origin].lower()
    if (low.change is not None or high.change is not None) and not _SPREAD.search(before):
        return False
    moved = _LAST_WORD.search(before)
    if moved is not None and _moves(moved.group(1)):
        return False  # "rose *$2.88 to $46.50*", "ended down *0.41 cent to 70.74 cents*"
    gap = sentence.text[low.end - origin : high.start - origin]
    match = _RANGE_GAP.match(gap)
    if match is None:
        return False
    if gap.strip().lower() in _JOINS_OWN:
        return True
    return _BETWEEN.search(before) is not None


def _moves(word: str) -> bool:
    """Whether a word right before "X to Y" says an amount moved by X to Y: "up",
    "down", a verb of change (wordnet_change.txt) or any verb in the past ("plunged
    $1.99 to $3.23"), whose object is what it moved by, not a range ("take 50 to 70
    minutes")."""
    return word in _MOVED or word in change_words() or word.endswith("ed")


def _span(low: Quantity, high: Quantity) -> Span:
    a, b = point_span(low), point_span(high)
    return min(a[0], b[0]), max(a[1], b[1])
