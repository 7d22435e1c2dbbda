"""opposite.py's lexicon opposites: pairs from the antonym tables that oppose nothing."""

from __future__ import annotations

from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.opposite import lexicon_opposites, may_oppose, phrases
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


def test_an_opposite_both_sides_use_elsewhere_is_read() -> None:
    """ "last" stands on both sides ("last winter"); the right holds it once more, in
    the place of the left's "first"."""
    left = "The Brenna ferry was the first to leave Ostrava harbour last winter."
    right = "The Brenna ferry was the last to leave Ostrava harbour last winter."
    assert may_oppose(_pair(left, right))
    found = lexicon_opposites(_pair(left, right))
    assert [(c.contrast.left, c.contrast.right) for c in found] == [("first", "last")]


def test_the_quick_test_lets_no_reordered_sentence_through() -> None:
    """Both sides hold "go up" as often: no word was turned into its opposite, so the
    sentences are not cut into words (the quick test once let through any right
    sentence holding the first word of a two-word verb)."""
    left = "Ticket prices will go up when the new tram line opens, the operator said."
    right = "When the new tram line opens, ticket prices will go up, the operator said."
    assert not may_oppose(_pair(left, right))
    assert may_oppose(_pair(left, right.replace("go up", "go down")))


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
