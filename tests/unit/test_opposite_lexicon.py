"""opposite.py's lexicon opposites: pairs from the antonym tables that oppose nothing."""

from __future__ import annotations

from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.opposite import lexicon_opposites, phrases
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.segment import Sentence


def _pair(left: str, right: str) -> SentencePair:
    return SentencePair(Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right))


def test_a_verb_of_saying_opposes_nothing() -> None:
    """WordNet makes "said" (aforesaid) an indirect antonym of "other"."""
    left = "The tablets must not be used to prevent heart disease or any other chronic illness."
    right = "The message is the tablets must not be used to prevent heart disease, Okafor said."
    assert lexicon_opposites(_pair(left, right)) == []


def test_a_two_word_verb_whose_first_word_both_sides_use_is_read() -> None:
    """The word "votes" stands on both sides; "voted down"
    (tools/build_phrasal_opposites.py) opposes "approved" all the same."""
    left = "By 12 votes to 9, the Harwick district council approved the plan for a ferry pier."
    right = "The Harwick district council voted down the plan for a ferry pier by 12 votes to 9."
    found = lexicon_opposites(_pair(left, right))
    assert [(c.contrast.left, c.contrast.right) for c in found] == [("approved", "voted down")]


def test_no_phrase_runs_across_a_comma() -> None:
    """A sentence that ends "... the mountain pass, by 12 votes to 9" holds no "pass by"."""
    text = "The council approved a tunnel under the mountain pass, by 12 votes to 9."
    found = phrases(polarity(Sentence(0, 0, len(text), text)))
    assert ("pass", "by") not in found


def test_a_two_word_verb_opposes_no_word_that_modifies_a_noun() -> None:
    """A verb and its particle is the predicate of its clause; "grown" before "sons"
    says what they are like."""
    left = "The novel follows a widow in Tarrin whose sons move back home after war."
    right = "The novel follows a widow in Tarrin with grown sons who never write home after war."
    assert lexicon_opposites(_pair(left, right)) == []
