"""Serialise a ClaimMatrix: the JSON contract ``diptych.claims/1`` and CSV rows.

Every ``start``/``end`` is an offset into that file's decoded text and every
``quote`` is exactly ``text[start:end]``, as in ``diptych.comparison/1``. A
member's ``sentence`` is the first sentence of its unit; its span covers the
whole unit (one to three sentences).
"""

from __future__ import annotations

from typing import Any

from tui.engine.claims.model import Claim, ClaimMatrix, ClaimMember, ClaimSide, Stance

SCHEMA = "diptych.claims/1"


def to_json(matrix: ClaimMatrix, root: str, min_members: int = 1) -> dict[str, Any]:
    """The claims held by at least ``min_members`` articles, and every article."""
    return {
        "schema": SCHEMA,
        "root": root,
        "articles": [
            {"file": article.name, "title": article.title, "sha256": article.sha256}
            for article in matrix.articles
        ],
        "claims": [
            _claim(matrix, claim) for claim in matrix.claims if len(claim.members) >= min_members
        ],
    }


def _claim(matrix: ClaimMatrix, claim: Claim) -> dict[str, Any]:
    names = [article.name for article in matrix.articles]
    return {
        "id": claim.id,
        "summary": claim.summary.quote(matrix.articles),
        "members": [_member(matrix, member) for member in claim.members],
        "contradictions": [
            {
                "type": c.type,
                "left": _side(matrix, c.left),
                "right": _side(matrix, c.right),
                "message": c.message,
                "score": c.score,
            }
            for c in claim.contradictions
        ],
        "omitted_by": [name for n, name in enumerate(names) if claim.stance(n) is Stance.OMITS],
    }


def _member(matrix: ClaimMatrix, member: ClaimMember) -> dict[str, Any]:
    return {
        "file": matrix.articles[member.article].name,
        "sentence": member.sentences[0],
        "start": member.start,
        "end": member.end,
        "quote": member.quote(matrix.articles),
    }


def _side(matrix: ClaimMatrix, side: ClaimSide) -> dict[str, Any]:
    return {
        "file": matrix.articles[side.article].name,
        "sentence": side.sentence,
        "start": side.start,
        "end": side.end,
        "quote": side.quote(matrix.articles),
    }


def csv_header(matrix: ClaimMatrix) -> list[str]:
    """The matrix as a table: one column per article (its file name) after the claim's."""
    return ["id", "members", "contradictions", "summary"] + [a.name for a in matrix.articles]


def csv_row(matrix: ClaimMatrix, claim: Claim) -> list[Any]:
    """One claim: its numbers, its summary, then each article's stance."""
    return [
        claim.id,
        len(claim.members),
        len(claim.contradictions),
        claim.summary.quote(matrix.articles),
        *(claim.stance(n).value for n in range(len(matrix.articles))),
    ]
