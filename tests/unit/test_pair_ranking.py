"""Ranked pairs: most shared claims first, or most disagreements first."""

from __future__ import annotations

from tui.engine.overview import PairNumbers, PairSummary
from tui.engine.pair_ranking import by_disagreements, by_shared_claims


def pair(
    left: int, right: int, share: float, contra: int = 0, names: int = 0, shared: int = 0
) -> PairSummary:
    return PairSummary(left, right, PairNumbers(share, share, contra, names, shared))


PAIRS = [
    pair(0, 1, 0.2, shared=1),
    pair(0, 2, 0.0, contra=1),
    pair(1, 2, 0.6, names=1),
    pair(2, 3, 0.0, shared=2),
    pair(3, 4, 0.0),
    pair(1, 4, 0.3, contra=1),
]


def test_by_shared_claims_keeps_pairs_sharing_something_most_aligned_first() -> None:
    ranked = by_shared_claims(PAIRS)
    assert [(p.left, p.right) for p in ranked] == [(1, 2), (1, 4), (0, 1), (2, 3)]


def test_by_disagreements_puts_contradictions_before_names_then_the_more_aligned() -> None:
    ranked = by_disagreements(PAIRS)
    assert [(p.left, p.right) for p in ranked] == [(1, 4), (0, 2), (1, 2)]
