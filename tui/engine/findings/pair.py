"""Two aligned sentences, cut into words once for every detector."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.engine.findings.words import Word, sentence_words
from tui.engine.segment import Sentence


@dataclass(frozen=True)
class SentencePair:
    left: Sentence
    right: Sentence
    left_words: tuple[Word, ...] = field(init=False)
    right_words: tuple[Word, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "left_words", sentence_words(self.left))
        object.__setattr__(self, "right_words", sentence_words(self.right))

    def left_quote(self, span: tuple[int, int]) -> str:
        return _slice(self.left, span)

    def right_quote(self, span: tuple[int, int]) -> str:
        return _slice(self.right, span)


def _slice(sentence: Sentence, span: tuple[int, int]) -> str:
    return sentence.text[span[0] - sentence.start : span[1] - sentence.start]
