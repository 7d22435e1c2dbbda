"""Negation heads: after "no" the claim falls back to the next word of the scope when the
other sentence words the first one differently; a scope of names only denies the name."""

from __future__ import annotations

from tests.sentence_conflicts import conflicts


def _types(left: str, right: str) -> list[str]:
    found = conflicts(left, right)
    return [c.type for c in found]


def test_no_noun_falls_back_to_the_verb_the_other_side_affirms() -> None:
    assert _types(
        "There is no woman patrolling the gate of the old depot.",
        "Two women are patrolling the gate of the old depot.",
    ) == ["negation"]


def test_no_fallback_when_the_other_side_negates_too() -> None:
    assert (
        _types(
            "There is no woman patrolling the gate of the old depot.",
            "Nobody is patrolling the gate of the old depot.",
        )
        == []
    )


def test_a_scope_of_names_only_negates_the_name() -> None:
    assert _types(
        "Her first single of the year was from Nextlevelism.",
        "Her first single of the year was not from Nextlevelism.",
    ) == ["negation"]


def test_a_name_is_no_claim_where_the_scope_holds_another_word() -> None:
    # "meet" is what is denied; the other side affirms another act with Netanyahu
    assert (
        _types(
            "The envoy did not meet Netanyahu in Jerusalem last week.",
            "The envoy called Netanyahu in Jerusalem last week.",
        )
        == []
    )
