"""Number conflicts: two aligned sentences that count the same thing differently.

Quantities are read by ``quantities.py``; here they are paired one to one
(same role, same setting) and a pair that disagrees beyond rounding is reported.
The setting is the words around the two (``words.same_setting``), or, where another
outlet reworded all of them ("is 1.2 kilometres long" / "stretches 2.1 km", "about
300 families have been evacuated" / "some 3,000 families were moved out"), the two
are the only quantities of their kind each side holds and the rest of the sentences
agrees in meaning (``lone_pair``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tui.engine.findings.contradiction.conflict import Conflict, one_to_one
from tui.engine.findings.contradiction.entity_roles import meaning_agreement
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import Quantity, may_count, quantities
from tui.engine.findings.contradiction.words import (
    Word,
    agreement,
    content_lemmas,
    same_setting,
)

MIN_MEANING_AGREEMENT = 0.6
"""Least agreement in meaning of the rest of two sentences whose quantities are paired
as the only ones of their kind, not by the words around them (``lone_pair``)."""


def number_conflicts(pair: SentencePair) -> list[Conflict]:
    if not (may_count(pair.left) and may_count(pair.right)):
        return []
    lefts = quantities(pair.left)
    rights = quantities(pair.right) if lefts else ()
    if not any(a.same_role(b) and not a.agrees_with(b) for a in lefts for b in rights):
        return []  # only such a pair can conflict: the sentences need not be cut into words
    pairs = _paired(pair, lefts, rights)
    settled_left = {id(a) for a, b in pairs if a.agrees_with(b)}
    settled_right = {id(b) for a, b in pairs if a.agrees_with(b)}
    rest = agreement(content_lemmas(pair.left_words), content_lemmas(pair.right_words))
    conflicts = []
    for quantity, other in pairs:
        if quantity.agrees_with(other):
            continue
        if any(quantity.agrees_with(r) for r in rights if id(r) not in settled_right) or any(
            other.agrees_with(q) for q in lefts if id(q) not in settled_left
        ):
            continue  # the same amount is there, counting something worded otherwise
        strong = bool(quantity.unit or quantity.head)
        score = (0.6 if strong else 0.5) + 0.35 * rest
        left_span, right_span = (quantity.start, quantity.end), (other.start, other.end)
        contrast = pair.contrast("number differs", left_span, right_span)
        conflicts.append(Conflict("number", left_span, right_span, contrast, round(score, 2)))
    return conflicts


def _paired(
    pair: SentencePair, lefts: Sequence[Quantity], rights: Sequence[Quantity]
) -> list[tuple[Quantity, Quantity]]:
    """One-to-one pairs of quantities that count the same thing in the same setting:
    agreeing pairs first, then the same word before, then the closest values."""
    candidates = sorted(
        (not a.agrees_with(b), a.before != b.before, _log_ratio(a, b), i, j)
        for i, a in enumerate(lefts)
        for j, b in enumerate(rights)
        if a.same_role(b)
        and (
            same_setting(
                pair.left_words,
                (a.start, a.end),
                pair.right_words,
                (b.start, b.end),
                anchored=bool(a.head) and a.head == b.head,
            )
            or lone_pair(pair, lefts, rights, a, b)
        )
    )
    return one_to_one(candidates, lefts, rights)


def lone_pair(
    pair: SentencePair,
    lefts: Sequence[Quantity],
    rights: Sequence[Quantity],
    left: Quantity,
    right: Quantity,
) -> bool:
    """Whether ``left`` and ``right`` are the only amounts their sides do not share
    (an ordinal is no amount: "the third quarter") and the rest of the two sentences
    agrees in meaning (a WordNet synonym counts as a shared word): which of them
    counts what is then not in doubt, whatever words surround them. An amount both
    sides write, whatever it counts ("100,000 tonnes" / "60,000 tons ... to 100,000"),
    and a third amount on one side ("three fires" / "two fires inside and one
    outside") leave it in doubt."""
    if _unshared(lefts, rights) != [left] or _unshared(rights, lefts) != [right]:
        return False
    li = _word_range(pair.left_words, left)
    ri = _word_range(pair.right_words, right)
    return meaning_agreement(pair.left_words, li, pair.right_words, ri) >= MIN_MEANING_AGREEMENT


def _unshared(quantities_: Sequence[Quantity], others: Sequence[Quantity]) -> list[Quantity]:
    """The amounts (not ordinals) of ``quantities_`` whose value none of ``others`` has."""
    values = [o.value for o in others]
    return [
        q
        for q in quantities_
        if not q.ordinal and not any(math.isclose(q.value, v, rel_tol=1e-9) for v in values)
    ]


def _word_range(words: Sequence[Word], quantity: Quantity) -> tuple[int, int]:
    """(first, last) index of the words a quantity's span covers."""
    inside = [k for k, w in enumerate(words) if quantity.start <= w.start < quantity.end]
    return (inside[0], inside[-1]) if inside else (-1, -2)


def _log_ratio(a: Quantity, b: Quantity) -> float:
    return abs(math.log((abs(a.value) + 1) / (abs(b.value) + 1)))
