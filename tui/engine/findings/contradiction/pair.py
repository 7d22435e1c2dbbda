"""Two aligned sentences, cut into words once for every detector."""

from __future__ import annotations

from dataclasses import dataclass

from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.findings.model import Contrast
from tui.engine.once_property import once_property
from tui.engine.segment import Sentence


@dataclass(frozen=True)
class SentencePair:
    left: Sentence
    right: Sentence

    @once_property
    def left_words(self) -> tuple[Word, ...]:
        """Cut on first use: most pairs hold nothing a detector reads words for."""
        return sentence_words(self.left)

    @once_property
    def right_words(self) -> tuple[Word, ...]:
        return sentence_words(self.right)

    def left_quote(self, span: tuple[int, int]) -> str:
        return _slice(self.left, span)

    def right_quote(self, span: tuple[int, int]) -> str:
        return _slice(self.right, span)

    def contrast(self, topic: str, left: tuple[int, int], right: tuple[int, int]) -> Contrast:
        """``topic: <left words> vs <right words>``, each side's words as written."""
        return Contrast(topic, self.left_quote(left), self.right_quote(right))


def _slice(sentence: Sentence, span: tuple[int, int]) -> str:
    return sentence.text[span[0] - sentence.start : span[1] - sentence.start]
