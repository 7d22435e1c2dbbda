"""Negation after "no": the claim falls back to the next word of the scope when the
other sentence words the first one differently."""

from __future__ import annotations

from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence


def _types(left: str, right: str) -> list[str]:
    found = sentence_conflicts(Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right))
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
