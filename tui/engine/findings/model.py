"""The finding type every detector returns and every view renders."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

FindingKind = Literal["shared", "contradiction", "name"]


@dataclass(frozen=True, slots=True)
class Side:
    """One side of a finding: a tight span of the conflicting (or shared) words.

    ``sentence`` is the id of the sentence holding the span, or ``None`` when the
    span lies outside any sentence (never the case for the built-in detectors).
    ``quote`` is exactly ``text[start:end]`` of that side's article.
    """

    sentence: int | None
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    type: str
    left: Side
    right: Side
    message: str
    score: float
