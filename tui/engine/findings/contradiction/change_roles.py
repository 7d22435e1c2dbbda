"""The parts amounts play in a change a sentence states, and units a change leaves out.

"The fee rose *from* six euros *to* eight" and "visitors pay eight euros *instead of*
six" state one change in two orders: six is the value before it (``OLD``) on both
sides, eight the value after it (``NEW``). Read by position alone they pair six with
eight; read by their parts they agree. A change also writes its unit once ("from six
euros to eight", "between 20 and 30 km"): the other amount takes it.

quantities.py calls ``change_roles`` on every sentence with two amounts or more;
Quantity.same_role never pairs an old value with a new one, and same_claim's
other_measure gate reads two ends of changes from one start as one measure
(``one_change``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

if TYPE_CHECKING:
    from tui.engine.findings.contradiction.quantities import Quantity

OLD = "old"
NEW = "new"

_BOUND = r"(?:(?:about|around|nearly|almost|some|roughly|just|only)\s+)?"
_OLD_BEFORE = regex(
    r"\b(?:from|instead\s+of|rather\s+than|in\s+place\s+of|compared\s+(?:with|to))\s+"
    + _BOUND
    + r"$"
)
"""Words before the value a change starts from ("rose *from* 6", "8 *instead of* 6")."""
_NEW_AFTER = regex(r"^\s*,?\s*(?:instead\s+of|rather\s+than|in\s+place\s+of)\b")
"""Words after the value a change ends at ("8 euros *instead of* 6")."""
_NEW_BEFORE = regex(r"\bto\s+" + _BOUND + r"$")
"""Words before the value a change ends at, where the sentence holds a value it starts
from ("from 6 *to* 8", "fell *to* 4.6% in March, down from 7.1%")."""
_SHARED_UNIT_GAP = regex(
    r"^\s*(?:-|\u2013|to|or|and|from|up\s+from|down\s+from|instead\s+of|rather\s+than)\s*$"
)
"""What may stand between two amounts of which one writes the unit for both."""
_FIGURE = regex(r"\d[\d,]*(?:\.\d+)?")
MAX_UNIT_RATIO = 100.0
"""Two amounts this far apart are of two scales ("from $6 million to 8"): no unit is
shared."""


def change_roles(sentence: Sentence, found: list[Quantity]) -> tuple[Quantity, ...]:
    """The amounts of ``found`` (in order, two or more) with the units a change leaves
    out and their parts in it."""
    text, origin = sentence.text, sentence.start
    amounts = _shared_units(text, origin, found)
    olds = [
        _OLD_BEFORE.search(text[max(0, q.start - origin - 30) : q.start - origin]) for q in amounts
    ]
    if not any(olds):
        return tuple(amounts)
    roles: list[str | None] = []
    for quantity, old in zip(amounts, olds, strict=True):
        before = text[max(0, quantity.start - origin - 30) : quantity.start - origin]
        after = text[quantity.end - origin : quantity.end - origin + 20]
        if old:
            roles.append(OLD)
        elif _NEW_AFTER.match(after) or _NEW_BEFORE.search(before):
            roles.append(NEW)
        else:
            roles.append(None)
    return tuple(q._replace(change=role) for q, role in zip(amounts, roles, strict=True))


def _shared_units(text: str, origin: int, found: list[Quantity]) -> list[Quantity]:
    """``found`` with a bare number next to an amount with a unit given that unit, where
    only a word of a change or a range parts them ("from six euros *to eight*", "*6*
    to 8 km")."""
    amounts = list(found)
    for k in range(len(amounts) - 1):
        a, b = amounts[k], amounts[k + 1]
        gap = text[a.end - origin : b.start - origin]
        if not _SHARED_UNIT_GAP.match(gap.lower()):
            continue
        if gap.strip() == "-" and "-" in text[a.start - origin : a.end - origin]:
            continue  # "5-feet-2": a compound measure, the second amount in a smaller unit
        if a.unit is not None and _bare(b) and _near(a, scaled := _in_unit_of(text, origin, b, a)):
            amounts[k + 1] = scaled
        elif (
            b.unit is not None and _bare(a) and _near(scaled := _in_unit_of(text, origin, a, b), b)
        ):
            amounts[k] = scaled
    return amounts


def _in_unit_of(text: str, origin: int, bare: Quantity, other: Quantity) -> Quantity:
    """A bare amount given the unit of the amount next to it, scaled as that one was
    from its written figure to its unit ("*40* to 50 centimetres": 0.4 m, not 40 m;
    "between *2* and 3 million euros": 2 million). A figure in words is whole, so
    its precision is that scale ("between *two* and three inches")."""
    written = _written(text, origin, other)
    factor = other.value / written if written else other.precision
    return bare._replace(
        unit=other.unit, value=bare.value * factor, precision=bare.precision * factor
    )


def _written(text: str, origin: int, quantity: Quantity) -> float | None:
    """The figure written in digits at the start of an amount, or None."""
    match = _FIGURE.search(text[quantity.start - origin : quantity.end - origin])
    return float(match.group().replace(",", "")) if match else None


def _bare(quantity: Quantity) -> bool:
    return quantity.unit is None and not quantity.head and not quantity.ordinal


def _near(a: Quantity, b: Quantity) -> bool:
    small, large = sorted((abs(a.value), abs(b.value)))
    return small > 0 and large / small <= MAX_UNIT_RATIO


def one_change(
    lefts: Sequence[Quantity],
    left: tuple[int, int],
    rights: Sequence[Quantity],
    right: tuple[int, int],
) -> bool:
    """Whether the amounts at the character spans ``left`` and ``right`` play one part
    in changes that agree on their other part: one measure told from the same start
    ("fell *to 6.4 percent* from 7.1 percent" / "dropped *to 4.6%*, down from 7.1%"),
    however the words before the two were reworded."""
    a = next((q for q in lefts if (q.start, q.end) == left), None)
    b = next((q for q in rights if (q.start, q.end) == right), None)
    if a is None or b is None or a.change is None or a.change != b.change:
        return False
    return any(
        c.agrees_with(d)
        for c in lefts
        if c.change not in (None, a.change)
        for d in rights
        if d.change == c.change
    )
