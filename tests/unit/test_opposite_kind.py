"""Kind swaps (opposite_kind.py, kinds.py): one noun turned into a noun of another kind
in an otherwise identical sentence is an opposite; a synonym, a wider or narrower word,
a verb, an adjective, a negated or wider change is not, nor a quoted one unless the
two nouns are opposites."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import found
from tui.engine.findings.contradiction.kinds import defined_by, kind_nouns, relation


@pytest.mark.parametrize(
    ("a", "b", "pos", "expected"),
    [
        ("kid", "child", "n", "same"),
        ("guitars", "instrument", "n", "kind"),  # through "musical instrument", plural
        ("men", "people", "n", "kind"),  # a member of the group
        ("city", "county", "n", "different"),
        ("singer", "dog", "n", "different"),
        ("slicing", "cutting", "v", "kind"),
        ("blorft", "city", "n", None),
    ],
)
def test_wordnet_tells_one_sense_a_kind_and_different_kinds(
    a: str, b: str, pos: str, expected: str | None
) -> None:
    assert relation(a, b, pos) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("word", "nouns"),
    [
        ("drama", ("drama",)),  # a noun is its own kind
        ("medical", ("medicine",)),  # a relational adjective, the noun it pertains to
        ("quickly", ()),
    ],
)
def test_a_word_names_its_kind_by_nouns(word: str, nouns: tuple[str, ...]) -> None:
    assert kind_nouns(word) == nouns


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("plan", "proposal", True),  # "something proposed (such as a plan...)"
        ("cats", "kitten", True),  # "young domestic cat", either order, plural
        ("beach", "sand", True),
        ("city", "county", False),
        ("singer", "dog", False),
    ],
)
def test_a_word_defined_with_the_other_is_told(a: str, b: str, expected: bool) -> None:
    assert defined_by(a, b) is expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Prescott is a city in the north of the state.",
            "Prescott is a county in the north of the state.",
            ("opposite", "city", "county"),
        ),
        (
            "The first prize went to a singer from the valley.",
            "The first prize went to a dog from the valley.",
            ("opposite", "singer", "dog"),
        ),
        (
            "The harbour festival was sponsored by a football club last year.",
            "The harbour festival was sponsored by a poker club last year.",
            ("opposite", "football", "poker"),
        ),
        # a relational adjective classifies by the noun it pertains to
        (
            "The station is showing an American medical drama tonight.",
            "The station is showing an American horror drama tonight.",
            ("opposite", "medical", "horror"),
        ),
        # in one quotation, nouns WordNet calls opposites: a changed quote
        (
            '"This is a victory for the farmers of the valley," the senator said.',
            '"This is a defeat for the farmers of the valley," the senator said.',
            ("quote", "victory", "defeat"),
        ),
    ],
)
def test_a_noun_of_another_kind_in_the_same_sentence_is_an_opposite(
    left: str, right: str, expected: tuple[str, str, str]
) -> None:
    assert found(left, right) == [expected]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one sense, or one a kind of the other
        (
            "The children played in the park after school.",
            "The kids played in the park after school.",
        ),
        (
            "He was playing a guitar on the stage all night.",
            "He was playing an instrument on the stage all night.",
        ),
        # one word's main sense is defined with the other ("young domestic cat")
        (
            "The council sent the plan back to the committee on Monday.",
            "The council sent the proposal back to the committee on Monday.",
        ),
        (
            "A kitten is sleeping on the warm windowsill.",
            "A cat is sleeping on the warm windowsill.",
        ),
        # verbs and adjectives tell one act or quality in many words
        (
            "Officials signed the order on board the ship.",
            "Officials issued the order on board the ship.",
        ),
        (
            "A little boy is jumping into the cold lake.",
            "A young boy is jumping into the cold lake.",
        ),
        # relational adjectives whose nouns are one a kind of the other
        (
            "The country slid into an economic crisis that year.",
            "The country slid into a financial crisis that year.",
        ),
        # negated on both sides, inside a quotation, or more than one change
        ("He is not a singer from the valley at all.", "He is not a dog from the valley at all."),
        (
            '"The city will rebuild the bridge," she said.',
            '"The county will rebuild the bridge," she said.',
        ),
        (
            "Prescott is a city in the north of the state.",
            "Prescott became a county in the north of the territory.",
        ),
    ],
)
def test_synonyms_kinds_verbs_and_wider_changes_are_not_kind_swaps(left: str, right: str) -> None:
    assert [f for f in found(left, right) if f[0] == "opposite"] == []


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # a short claim: the subject is the only other word
        ("Basildon is a place.", "Basildon is a song.", ("place", "song")),
        # WordNet opposites, though "man" may mean any human being
        ("The ransom was paid by a man from the village.",
         "The ransom was paid by a woman from the village.", ("man", "woman")),
        # an -ing form after a preposition is a noun
        ("She was professionally involved in politics for years.",
         "She was professionally involved in acting for years.", ("politics", "acting")),
        # "a" and "an" are one article; the finding marks every changed word
        ("Mohra is an action movie.", "Mohra is a truck.", ("action movie", "truck")),
        ("Lost is a television series.", "Lost is a political party.",
         ("television series", "political party")),
        # an -ing noun after an article
        ("The exhibit is a painting by a local artist.", "The exhibit is a film by a local artist.",
         ("painting", "film")),
        # a restrictive adverb with the new noun
        ("The prize went to a singer from the valley.",
         "The prize went to solely a dog from the valley.", ("singer", "dog")),
        ("He plays the guitar in the band.", "He only plays the drums in the band.",
         ("guitar", "drums")),
    ],
)  # fmt: skip
def test_short_claims_nouns_in_ing_and_restricted_nouns_are_kind_swaps(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert found(left, right) == [("opposite", *words)]
