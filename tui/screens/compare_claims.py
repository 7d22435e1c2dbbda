"""What ``y`` copies and ``t`` tags on the compare screen: the focused claim, as spans."""

from __future__ import annotations

from dataclasses import dataclass

from tui.engine.corpus import Article
from tui.engine.pair_rows import PairRows
from tui.engine.view import Side


@dataclass(frozen=True)
class Claim:
    """``article.text[start:end]``, with what faces it in the other article (if anything)."""

    article: Article
    start: int
    end: int
    related_article: Article
    related_quote: str | None

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


def other_side(side: Side) -> Side:
    return "right" if side == "left" else "left"


def row_claim(model: PairRows, side: Side, row: int) -> Claim | None:
    """The sentences of ``row`` on ``side``, facing the other side's sentences."""
    if not 0 <= row < len(model.rows):
        return None
    ids = getattr(model.rows[row], side)
    if not ids:
        return None
    other = other_side(side)
    sentences = model.article(side).sentences
    facing = [model.article(other).sentences[i].text for i in getattr(model.rows[row], other)]
    return Claim(
        model.article(side),
        sentences[ids[0]].start,
        sentences[ids[-1]].end,
        model.article(other),
        " ".join(facing) or None,
    )


def finding_claim(model: PairRows, side: Side, index: int) -> Claim:
    """One side of a finding, facing the other side's quote."""
    finding = model.comparison.findings[index]
    part, related = getattr(finding, side), getattr(finding, other_side(side))
    return Claim(
        model.article(side), part.start, part.end, model.article(other_side(side)), related.quote
    )


def sentences_text(model: PairRows, side: Side, row: int) -> str:
    """The row's sentences on ``side`` as one line (what ``y`` copies)."""
    sentences = model.article(side).sentences
    return " ".join(sentences[i].text for i in getattr(model.rows[row], side))


def quotes_text(model: PairRows, index: int) -> str:
    """A finding's two quotes, each after its article's name (what ``y`` copies)."""
    comparison = model.comparison
    finding = comparison.findings[index]
    return (
        f"{comparison.left.name}: {finding.left.quote}\n"
        f"{comparison.right.name}: {finding.right.quote}"
    )
