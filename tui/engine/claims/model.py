"""The claim matrix's types: what ``build_claims`` returns and every view renders.

Articles are referred to by their position in ``ClaimMatrix.articles``; sentences
by ``Sentence.id`` (their position in ``Article.sentences``); every ``start``/``end``
is a character offset into that article's ``text``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from tui.engine.corpus import Article


class Stance(StrEnum):
    """What one article does with one claim."""

    STATES = "states"
    CONTRADICTS = "contradicts"
    OMITS = "omits"


@dataclass(frozen=True, slots=True)
class ClaimMember:
    """One article's passage in a claim: a unit of one to three sentences."""

    article: int
    sentences: tuple[int, ...]
    """Sentence ids in text order."""
    start: int
    """Start of the first sentence."""
    end: int
    """End of the last sentence."""

    def quote(self, articles: tuple[Article, ...]) -> str:
        return articles[self.article].text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class ClaimSide:
    """One side of a contradiction: the finding's tight span in one member."""

    article: int
    sentence: int | None
    """Id of the sentence holding the span (``Side.sentence`` of the finding)."""
    start: int
    end: int

    def quote(self, articles: tuple[Article, ...]) -> str:
        return articles[self.article].text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class ClaimContradiction:
    """A contradiction finding between two members of one claim."""

    left: ClaimSide
    right: ClaimSide
    """``left.article < right.article``; ``message`` names the left one's words first."""
    type: str
    message: str
    score: float


@dataclass(frozen=True, slots=True)
class Claim:
    id: int
    """Position in ``ClaimMatrix.claims``."""
    summary: ClaimMember
    """The most central member: the one most strongly aligned with the others."""
    members: tuple[ClaimMember, ...]
    """At most one per article, by article position."""
    contradictions: tuple[ClaimContradiction, ...]

    def member(self, article: int) -> ClaimMember | None:
        for member in self.members:
            if member.article == article:
                return member
        return None

    def stance(self, article: int) -> Stance:
        if self.member(article) is None:
            return Stance.OMITS
        if any(article in (c.left.article, c.right.article) for c in self.contradictions):
            return Stance.CONTRADICTS
        return Stance.STATES

    def contradictions_of(self, article: int) -> tuple[ClaimContradiction, ...]:
        """The contradictions one of whose sides is in ``article``."""
        return tuple(c for c in self.contradictions if article in (c.left.article, c.right.article))

    @property
    def articles(self) -> tuple[int, ...]:
        """Positions of the articles holding a member."""
        return tuple(member.article for member in self.members)


@dataclass(frozen=True, slots=True)
class ClaimMatrix:
    articles: tuple[Article, ...]
    claims: tuple[Claim, ...]
    """Claims held by several articles first (most members first), then each article's
    own, in text order."""
    refused_chains: int
    """Merges refused because the members would disagree: A~B and B~C, but not A~C
    (or two units of one article)."""
