"""The compared pairs a reviewer reads first: most shared claims, or most disagreements."""

from __future__ import annotations

from collections.abc import Iterable

from tui.engine.overview import PairSummary


def by_shared_claims(pairs: Iterable[PairSummary]) -> list[PairSummary]:
    """Pairs that align any sentence or share a passage: most aligned first."""
    found = [p for p in pairs if p.numbers.aligned_share > 0 or p.numbers.shared]
    found.sort(key=lambda p: (-p.numbers.aligned_share, -p.numbers.shared, p.left, p.right))
    return found


def by_disagreements(pairs: Iterable[PairSummary]) -> list[PairSummary]:
    """Pairs with a contradiction or a name finding: most findings first, contradictions
    before names, then the more aligned (the more likely one story told two ways)."""
    found = [p for p in pairs if disagreements(p)]
    found.sort(
        key=lambda p: (
            -disagreements(p),
            -p.numbers.contradictions,
            -p.numbers.aligned_share,
            p.left,
            p.right,
        )
    )
    return found


def disagreements(pair: PairSummary) -> int:
    """Contradictions and name findings of the pair."""
    return pair.numbers.contradictions + pair.numbers.names
