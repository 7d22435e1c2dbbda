"""A person's age as a quantity of its own, however a report writes it.

News gives an age in a few fixed ways: after the number ("a 71-year-old", "71 years
old", "an 18-month-old calf"), before it ("aged 83", "age 83", "at the age of 87"), in
apposition to a name ("Ilse Ravnholt, 67, will ...") or bare after "at" where the
sentence tells of a life ("died at 91", "who at 81 is the oldest"). Read as the unit
``AGE`` (in years), two ages of one person pair whatever other words surround them, and
an age never pairs with a count ("71 years old" / "71 years in office").
"""

from __future__ import annotations

from tui.engine.findings.contradiction.wordlists import lemma_key

AGE = "years of age"
"""The unit of an age, in years."""
OLDEST = 125
"""Above this a bare number after a name is no age."""
_SPANS = {
    "year": 1.0, "years": 1.0, "month": 1 / 12, "months": 1 / 12,
    "week": 7 / 365.25, "weeks": 7 / 365.25, "day": 1 / 365.25, "days": 1 / 365.25,
}  # fmt: skip
"""Spans of time an age is told in, as a share of a year ("an 18-month-old")."""
_OLD = "old"
_AGE_WORDS = frozenset(("aged", "age"))
"""Words right before the number of an age ("aged 83", "at the age of 87")."""
_AT = "at"
_LIFE_BEFORE_AT = frozenset((lemma_key("die"), "who"))
"""Lemma keys before "at" that make the bare number after it an age: a death ("died at
91") or a relative clause about a person ("who at 81 is ...")."""


def age_after(lows: list[str], joined: list[bool], i: int) -> tuple[float, int] | None:
    """(years per unit, index after) of "year-old", "years old", "month-old" at token
    ``i`` right after a number, else None."""
    if i + 1 >= len(lows) or not (joined[i] and joined[i + 1]):
        return None
    factor = _SPANS.get(lows[i])
    if factor is None or lows[i + 1] != _OLD:
        return None
    return factor, i + 2


def age_before(lows: list[str], first: int, value: float) -> bool:
    """Whether the words before a bare whole number at token ``first`` make it an age:
    "aged 83", "at the age of 87" ("age of"), "died at 91", "who at 81"."""
    if not (0 < value <= OLDEST and value == int(value)) or first == 0:
        return False
    previous = lows[first - 1]
    if previous in _AGE_WORDS:
        return True
    if previous == "of" and first >= 2 and lows[first - 2] == "age":
        return True
    return previous == _AT and first >= 2 and lemma_key(lows[first - 2]) in _LIFE_BEFORE_AT


def age_in_apposition(value: float, name_before: bool, set_off: bool) -> bool:
    """Whether a bare whole number set off by commas right after a capitalised name is
    that person's age ("Ilse Ravnholt, 67, will ...")."""
    return name_before and set_off and 0 < value <= OLDEST and value == int(value)
