"""Two aligned sentences, cut into words once for every detector, and their word
diff: the folded words one side holds and the other lacks, where any changed slot
lies (the detectors' quick tests read it)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import NamedTuple

from tui.engine.findings.contradiction.words import Word, sentence_norms, sentence_words
from tui.engine.findings.model import Contrast
from tui.engine.once_property import once_property
from tui.engine.segment import Sentence


class PublicationDays(NamedTuple):
    """The days the two reports were published (published.py): relative dates count
    from them."""

    left: datetime.date
    right: datetime.date


@dataclass(frozen=True)
class SentencePair:
    left: Sentence
    right: Sentence
    days: PublicationDays | None = None
    """Both reports' publication days where both are known: dates are then compared as
    days of the calendar (date.py, calendar_days.py)."""

    @once_property
    def left_words(self) -> tuple[Word, ...]:
        """Cut on first use: most pairs hold nothing a detector reads words for."""
        return sentence_words(self.left)

    @once_property
    def right_words(self) -> tuple[Word, ...]:
        return sentence_words(self.right)

    @once_property
    def left_only(self) -> frozenset[str]:
        """Folded words of the left sentence the right one lacks."""
        return sentence_norms(self.left) - sentence_norms(self.right)

    @once_property
    def right_only(self) -> frozenset[str]:
        """Folded words of the right sentence the left one lacks."""
        return sentence_norms(self.right) - sentence_norms(self.left)

    def left_quote(self, span: tuple[int, int]) -> str:
        return _slice(self.left, span)

    def right_quote(self, span: tuple[int, int]) -> str:
        return _slice(self.right, span)

    def contrast(self, topic: str, left: tuple[int, int], right: tuple[int, int]) -> Contrast:
        """``topic: <left words> vs <right words>``, each side's words as written."""
        return Contrast(topic, self.left_quote(left), self.right_quote(right))


def _slice(sentence: Sentence, span: tuple[int, int]) -> str:
    return sentence.text[span[0] - sentence.start : span[1] - sentence.start]
