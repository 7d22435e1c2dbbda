""" "no <noun> <be> <predicate>" denies the predicate of the noun, not the noun."""

from __future__ import annotations

from tests.sentence_conflicts import reported


def test_the_noun_alone_in_the_other_sentence_is_no_claim_against_it() -> None:
    left = "A gas leak forced the evacuation of the Marlow depot, but no workers were injured."
    right = "The Marlow depot was evacuated after a gas leak, and its workers were sent home."
    assert reported(left, right) == []


def test_the_predicate_said_of_the_noun_still_conflicts() -> None:
    left = "A gas leak forced the evacuation of the Marlow depot, but no workers were injured."
    right = "A gas leak forced the evacuation of the Marlow depot, and two workers were injured."
    assert [found[0] for found in reported(left, right)] == ["negation"]
