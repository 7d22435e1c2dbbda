"""scale_words: the share of a group a run of words names, and whether two shares can
both hold."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.scale_words import scale_opposition
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def opposed(left: str, right: str) -> tuple[str, str] | None:
    """The words of the two runs ``scale_opposition`` pairs, or None."""
    found = scale_opposition(
        sentence_words(Sentence(0, 0, len(left), left)),
        sentence_words(Sentence(1, 0, len(right), right)),
    )
    if found is None:
        return None
    (a, b), (c, d) = found
    return left[a:b], right[c:d]


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        ("half", "a handful", ("half", "handful")),
        ("a third", "all", ("a third", "all")),
        ("two thirds", "a few", ("two thirds", "few")),
        ("three-quarters", "hardly any", ("three-quarters", "hardly any")),
        ("the majority", "a small minority", ("majority", "minority")),
        ("much", "little", ("much", "little")),
        ("nearly all", "only a few", ("nearly all", "few")),
        ("more than half", "a quarter", ("more than half", "a quarter")),
        ("none", "several", ("none", "several")),
    ],
)
def test_shares_that_cannot_both_hold_are_opposed(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert opposed(left, right) == words


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("two thirds", "most"),
        ("nearly all", "almost all"),
        ("a third", "some"),
        ("several", "half"),
        ("a few", "a quarter"),
        ("many", "half"),
        ("little", "none"),
        # a negated share is the negation reading's
        ("not all", "half"),
        # an ordinal after an article is no share
        ("the third", "all"),
        # two quantifiers in one run are no one share
        ("some but not all", "half"),
    ],
)
def test_shares_that_may_both_hold_are_not_opposed(left: str, right: str) -> None:
    assert opposed(left, right) is None
