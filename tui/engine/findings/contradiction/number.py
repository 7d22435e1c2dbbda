"""Number conflicts: two aligned sentences that count the same thing differently.

Quantities are read by ``quantities.py``; here they are paired one to one
(same role, same setting) and a pair that disagrees beyond rounding is reported.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from tui.engine.findings.contradiction.conflict import Conflict, one_to_one
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import Quantity, may_count, quantities
from tui.engine.findings.contradiction.words import agreement, content_lemmas, same_setting


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
        and same_setting(
            pair.left_words,
            (a.start, a.end),
            pair.right_words,
            (b.start, b.end),
            anchored=bool(a.head) and a.head == b.head,
        )
    )
    return one_to_one(candidates, lefts, rights)


def _log_ratio(a: Quantity, b: Quantity) -> float:
    return abs(math.log((abs(a.value) + 1) / (abs(b.value) + 1)))
