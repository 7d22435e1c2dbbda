"""The finding type every detector returns and every view renders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from tui.engine.spans import Span

FindingKind = Literal["shared", "contradiction", "name"]

DEFAULT_MIN_SCORE = 0.5
"""The confidence below which a finding is not shown unless asked for
(``compare --min-score``): the app's compare screen, the overview's counts and the
claims' contradictions all leave such findings out, so every view tells the same
story. The confidence model is fitted so that contradictions at or above it hold
precision >= 0.9 on the labelled real set (``benchmarks/eval_contradictions.py``)."""


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

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)

    def __reduce__(self) -> tuple[type[Side], tuple[int | None, int, int, str]]:
        """Pickled as its constructor's arguments, as are ``Contrast`` and ``Finding``: a
        long pair's findings come back from the forked child (``forked.py``) through
        pickle, and a slots dataclass's own state functions take twice as long."""
        return Side, (self.sentence, self.start, self.end, self.quote)


@dataclass(frozen=True, slots=True)
class Contrast:
    """What a finding sets against each other: ``"{topic}: {left} vs {right}{note}"``.

    Detectors give both sides' words rather than a finished sentence, so a view
    that swaps the articles can tell the message in the order it shows them.
    """

    topic: str
    left: str
    right: str
    note: str = ""

    @property
    def message(self) -> str:
        return f"{self.topic}: {self.left} vs {self.right}{self.note}"

    def swapped(self) -> Contrast:
        return replace(self, left=self.right, right=self.left)

    def __reduce__(self) -> tuple[type[Contrast], tuple[str, str, str, str]]:
        return Contrast, (self.topic, self.left, self.right, self.note)


@dataclass(frozen=True, slots=True)
class Finding:
    kind: FindingKind
    type: str
    left: Side
    right: Side
    message: str
    """Left article first; ``contrast.message`` when the finding has a contrast."""
    score: float
    contrast: Contrast | None = None
    """Both sides' words, for a message that sets them against each other."""

    @classmethod
    def contrasting(
        cls,
        kind: FindingKind,
        type: str,  # noqa: A002 - the field's name
        left: Side,
        right: Side,
        contrast: Contrast,
        score: float,
    ) -> Finding:
        """A finding whose message is told from ``contrast``."""
        return cls(kind, type, left, right, contrast.message, score, contrast)

    def swapped(self) -> Finding:
        """The same finding seen with the articles swapped: sides and message reversed."""
        if self.contrast is None:
            return replace(self, left=self.right, right=self.left)
        contrast = self.contrast.swapped()
        return replace(
            self, left=self.right, right=self.left, message=contrast.message, contrast=contrast
        )

    def __reduce__(self) -> tuple[Callable[..., Finding], tuple[object, ...]]:
        return Finding, (
            self.kind,
            self.type,
            self.left,
            self.right,
            self.message,
            self.score,
            self.contrast,
        )
