"""Denying prefixes (opposite_affix.py): a word and its denial by a prefix in an
otherwise identical sentence are opposites; a prefix that makes another word, a
Latinate prefix on a word that does not take it, or a wider change is not."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import found


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        ("The song is associated with the singer.", "The song is disassociated from the singer.",
         ("associated", "disassociated")),
        ("The move was popular with voters in the state.",
         "The move was unpopular with voters in the state.", ("popular", "unpopular")),
        ("It is a partisan group of local lawyers.", "It is a non-partisan group of local lawyers.",
         ("partisan", "non-partisan")),
        ("The new ballot rules were legal in the state.",
         "The new ballot rules were illegal in the state.", ("legal", "illegal")),
    ],
)  # fmt: skip
def test_a_word_and_its_denial_by_a_prefix_are_opposites(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert [(t, a.split()[-1], b.split()[-1]) for t, a, b in found(left, right)] == [
        ("opposite", *words)
    ]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a prefix that makes another word
        ("Scientists covered the find in the spring.",
         "Scientists discovered the find in the spring."),
        ("The company will close the plant next year.",
         "The company will disclose the plant next year."),
        # in- on a word that does not take it as a denial
        ("The staff tend the garden every summer.", "The staff intend the garden every summer."),
        # a wider change
        ("The song is associated with the singer.",
         "The old song was disassociated from its writer."),
    ],
)  # fmt: skip
def test_other_words_made_by_a_prefix_and_wider_changes_are_not_opposites(
    left: str, right: str
) -> None:
    assert found(left, right) == []
