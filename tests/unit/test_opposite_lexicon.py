"""opposite.py's lexicon opposites: pairs from the antonym tables that oppose nothing."""

from __future__ import annotations

from tui.engine.findings.contradiction.opposite import lexicon_opposites
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.segment import Sentence


def _pair(left: str, right: str) -> SentencePair:
    return SentencePair(Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right))


def test_a_verb_of_saying_opposes_nothing() -> None:
    """WordNet makes "said" (aforesaid) an indirect antonym of "other"."""
    left = "The tablets must not be used to prevent heart disease or any other chronic illness."
    right = "The message is the tablets must not be used to prevent heart disease, Okafor said."
    assert lexicon_opposites(_pair(left, right)) == []
