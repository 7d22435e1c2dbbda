"""The fields of each word the contradiction detectors read (words.py), and a sentence's
set of lemma keys: offsets into the article, the folded form, the lemma key, the clause
break before it, a capital inside the sentence, and whether it is a content word."""

from __future__ import annotations

from tui.engine.findings.contradiction.words import sentence_lemmas, sentence_words
from tui.engine.segment import Sentence

TEXT = "The ministers were not signing treaties, Ana said."


def test_each_word_keeps_its_offsets_forms_break_capital_and_content() -> None:
    sentence = Sentence(3, 100, 100 + len(TEXT), TEXT)
    assert [tuple(word) for word in sentence_words(sentence)] == [
        ("The", 100, 103, "the", "the", False, False, False),
        ("ministers", 104, 113, "ministers", "minist", False, False, True),
        ("were", 114, 118, "were", "be", False, False, False),
        ("not", 119, 122, "not", "not", False, False, False),
        ("signing", 123, 130, "signing", "sign", False, False, True),
        ("treaties", 131, 139, "treaties", "treati", False, False, True),
        ("Ana", 141, 144, "ana", "ana", True, True, True),
        ("said", 145, 149, "said", "say", False, False, False),
    ]


def test_a_sentences_lemma_keys_are_those_of_its_words() -> None:
    sentence = Sentence(0, 0, len(TEXT), TEXT)
    assert sentence_lemmas(sentence) == {w.lemma for w in sentence_words(sentence)}
    assert sentence_lemmas(sentence) == {
        "the", "minist", "be", "not", "sign", "treati", "ana", "say"
    }  # fmt: skip
