"""The words around an amount: its currency sign is part of its clause, so the gate
that tells apart sums of different measures (same_claim.other_measure) reads the verb
before it."""

from __future__ import annotations

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.same_claim import other_measure
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.findings.model import Contrast
from tui.engine.segment import Sentence


def sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def test_a_currency_sign_does_not_break_the_clause_but_a_comma_does() -> None:
    words = sentence_words(sentence("The board will move about $200 million, or €180 million."))
    breaks = {w.text: w.break_before for w in words}
    assert breaks["200"] is False
    assert breaks["180"] is False
    assert breaks["or"] is True


def test_two_sums_taken_from_different_sources_are_different_measures() -> None:
    left = (
        "The agency also plans to move about $200 million from its disaster fund and "
        "another $600 million from the Treasury account."
    )
    right = (
        "The president will tap $2.5 billion from anti-drug programmes and $600 million "
        "from a Treasury fund."
    )
    spans = (
        (left.index("$200"), left.index(" from its")),
        (right.index("$2.5"), right.index(" from anti")),
    )
    conflict = Conflict("number", spans[0], spans[1], Contrast("number differs", "", ""), 0.9)
    assert other_measure(SentencePair(sentence(left), sentence(right)), conflict)
