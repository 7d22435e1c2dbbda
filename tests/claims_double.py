"""A fixed claim matrix standing in for ``build_claims``: the screen tests show the UI, not
the engine, so a change of the clustering never rewrites them.

``fixed_matrix`` holds four claims over the first four articles (sorted by name):
one disputed (articles 0, 1, 2; 0 and 1 contradict), one every article states,
one only article 3 holds, and one of articles 1 and 3.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tui.engine.claims.model import (
    Claim,
    ClaimContradiction,
    ClaimMatrix,
    ClaimMember,
    ClaimSide,
)
from tui.engine.corpus import Article

DISPUTED, EVERYWHERE, SINGLE, PAIR = 0, 1, 2, 3


def member(articles: Sequence[Article], article: int, sentence: int) -> ClaimMember:
    found = articles[article].sentences[sentence]
    return ClaimMember(article, (sentence,), found.start, found.end)


def side(of: ClaimMember) -> ClaimSide:
    return ClaimSide(of.article, of.sentences[0], of.start, of.end)


def fixed_matrix(articles: Sequence[Article]) -> ClaimMatrix:
    arts = tuple(articles)
    disputed = tuple(member(arts, a, 1) for a in (0, 1, 2))
    contradiction = ClaimContradiction(
        side(disputed[0]), side(disputed[1]), "number", "12 dead against 40 dead", 0.9
    )
    everywhere = tuple(member(arts, a, 2) for a in range(len(arts)))
    single = (member(arts, 3, 0),)
    pair = (member(arts, 1, 3), member(arts, 3, 3))
    claims = (
        Claim(DISPUTED, disputed[2], disputed, (contradiction,)),
        Claim(EVERYWHERE, everywhere[1], everywhere, ()),
        Claim(SINGLE, single[0], single, ()),
        Claim(PAIR, pair[0], pair, ()),
    )
    return ClaimMatrix(arts, claims, 1)


def synthetic_matrix(articles: Sequence[Article], claims: int) -> ClaimMatrix:
    """``claims`` claims over every article, with members, gaps and contradictions spread
    evenly (the same matrix for the same input): the benchmark's and the scale test's."""
    arts = tuple(articles)
    made = []
    for index in range(claims):
        holders = [a for a in range(len(arts)) if (a * 7 + index) % (2 + index % 5) == 0]
        members = tuple(
            member(arts, a, index % len(arts[a].sentences)) for a in holders or [index % len(arts)]
        )
        contradictions: tuple[ClaimContradiction, ...] = ()
        if index % 6 == 0 and len(members) > 1:
            contradictions = (
                ClaimContradiction(side(members[0]), side(members[1]), "number", "a and b", 0.8),
            )
        made.append(Claim(index, members[0], members, contradictions))
    return ClaimMatrix(arts, tuple(made), 0)


def builder(
    make: Callable[[Sequence[Article]], ClaimMatrix],
) -> Callable[..., ClaimMatrix]:
    """A ``build_claims`` replacement that reports progress and returns ``make(articles)``."""

    def build(
        articles: Sequence[Article],
        progress: Callable[[int, int], None] | None = None,
        **_options: object,
    ) -> ClaimMatrix:
        if progress is not None:
            progress(1, 1)
        return make(articles)

    return build
