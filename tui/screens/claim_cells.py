"""What a cell of the claims screen means: the pair enter opens, the tags t places.

A cell is one claim against one article. Its member faces a partner: the
member it contradicts if it contradicts one, else the claim's summary (its most
central member), else the first other member.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.engine.claims.model import Claim, ClaimMember
from tui.engine.corpus import Article
from tui.screens.compare_claims import Claim as TaggedSpan


@dataclass(frozen=True)
class CellPair:
    """Open ``left`` against ``right`` with the cursor on offset ``at`` of ``left``."""

    left: int
    right: int
    at: int


def partner(claim: Claim, member: ClaimMember) -> ClaimMember | None:
    """The member ``member`` is best read against; ``None`` for a one-article claim."""
    for contradiction in claim.contradictions:
        sides = (contradiction.left.article, contradiction.right.article)
        if member.article in sides:
            other = sides[1] if sides[0] == member.article else sides[0]
            found = claim.member(other)
            if found is not None:
                return found
    if claim.summary.article != member.article:
        return claim.summary
    return next((m for m in claim.members if m.article != member.article), None)


def cell_pair(claim: Claim, column: int) -> CellPair | None:
    """The comparison enter opens on the cell (claim, article ``column``).

    A member opens against its partner, on the member's sentence. An article
    that omits the claim opens on the right, the summary's article on the left,
    on the summary's sentence: the reader sees what the column left out.
    ``None`` when the only member is the column's own (nothing to compare).
    """
    member = claim.member(column)
    if member is None:
        summary = claim.summary
        return CellPair(summary.article, column, summary.start)
    other = partner(claim, member)
    if other is None:
        return None
    return CellPair(member.article, other.article, member.start)


def tagged_spans(claim: Claim, articles: tuple[Article, ...]) -> tuple[TaggedSpan, ...]:
    """One span per member to tag, each linked to its partner's text (summary first)."""
    ordered = [claim.summary] + [m for m in claim.members if m != claim.summary]
    spans = []
    for member in ordered:
        other = partner(claim, member)
        article = articles[member.article]
        if other is None:
            spans.append(TaggedSpan(article, member.start, member.end, article, None))
            continue
        related = articles[other.article]
        quote = related.text[other.start : other.end]
        spans.append(TaggedSpan(article, member.start, member.end, related, quote))
    return tuple(spans)
