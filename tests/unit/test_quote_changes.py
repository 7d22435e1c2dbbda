"""Quote conflicts: the same speaker's remark quoted with words of another meaning."""

from __future__ import annotations

import pytest

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence

LEFT_OFFSET = 11
RIGHT_OFFSET = 23


def conflicts(left: str, right: str) -> list[Conflict]:
    return sentence_conflicts(
        Sentence(1, LEFT_OFFSET, LEFT_OFFSET + len(left), left),
        Sentence(2, RIGHT_OFFSET, RIGHT_OFFSET + len(right), right),
    )


def quote_words(left: str, right: str) -> list[tuple[str, str]]:
    """The (left, right) words of each quote finding, as written."""
    return [
        (
            left[c.left[0] - LEFT_OFFSET : c.left[1] - LEFT_OFFSET],
            right[c.right[0] - RIGHT_OFFSET : c.right[1] - RIGHT_OFFSET],
        )
        for c in conflicts(left, right)
        if c.type == "quote"
    ]


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # the quotation cut differently, reported speech on one side
        ('"We have enough fuel to last until spring," the minister told reporters.',
         'The minister told reporters that "we have enough fuel to last until the end of '
         'March".', ("spring", "the end of March")),
        # a partial quotation against the whole remark, the name in apposition
        ('Plant manager Ola Berg said the line "is safe and will restart within days".',
         '"It is safe, and it will restart within weeks," Ola Berg, the plant manager, said.',
         ("days", "weeks")),
        ('"The harbour will be dredged before the autumn storms," port chief Lina Moss said.',
         'Port chief Lina Moss said: "The harbour will be dredged before the spring tides."',
         ("autumn storms", "spring tides")),
    ],
)  # fmt: skip
def test_a_changed_word_inside_one_remark_is_a_quote_conflict_at_that_word(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert quote_words(left, right) == [words]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two named speakers, whatever the words around them share
        ('"The line will restart within days," Ola Berg told reporters on Monday.',
         '"The line will restart within weeks," Per Lund told reporters on Monday.'),
        # a rewording: a word and one WordNet defines it with
        ('"We will put our plan to the council in June," the mayor said.',
         '"We will put our proposal to the council in June," the mayor said.'),
        # the same word spelt two ways
        ('"Both sides must co-operate on the border," the envoy said.',
         '"Both sides must cooperate on the border," the envoy said.'),
        # two verbs of saying: one remark reported two ways
        ('"We reported the leak to the regulator at once," the company said.',
         '"We declared the leak to the regulator at once," the company said.'),
        # a reporter's aside in brackets is not the speaker's word
        ('"The debate (over the new bridge) has changed minds," Ada Moss said.',
         '"The debate and the vote have changed minds," Ada Moss said.'),
        # one word said in five: a rewording, not another value
        ('"The claims that were made against the officer are being examined," police said.',
         '"The claims surrounding the officer are being examined," police said.'),
    ],
)  # fmt: skip
def test_two_speakers_or_a_rewording_are_not_a_quote_conflict(left: str, right: str) -> None:
    assert quote_words(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # another share of the group: quantifiers hold no content word to compare
        ('"All of the nurses on the ward signed the letter," union rep Kai Olsen said.',
         'Union rep Kai Olsen said: "Only half of the nurses on the ward signed the letter."',
         ("All", "half")),
        ('"Most of the stalls will stay open through the winter," market manager Rita '
         'Sousa said.',
         'Market manager Rita Sousa said: "Few of the stalls will stay open through the '
         'winter."', ("Most", "Few")),
        ('"Every ferry left on time this summer," the harbour master, Jon Pell, said.',
         'The harbour master, Jon Pell, said: "Fewer than half of the ferries left on time '
         'this summer."', ("Every", "Fewer than half")),
        # a fraction, a handful, hardly any, a minority: shares by their ranges
        ('"A quarter of the hives were lost over the winter," beekeeper Ole Brandt said.',
         'Beekeeper Ole Brandt said: "All of the hives were lost over the winter."',
         ("A quarter", "All")),
        ('"Two-thirds of the choir are new this season," its conductor, Ida Wren, said.',
         'Its conductor, Ida Wren, said: "A handful of the choir are new this season."',
         ("Two-thirds", "handful")),
        ('"Many of the footpaths are blocked by fallen trees," ranger Tom Keel said.',
         'Ranger Tom Keel said: "Hardly any of the footpaths are blocked by fallen trees."',
         ("Many", "Hardly any")),
        ('"The majority of the tenants backed the plan," the association\'s chair, Ana '
         'Pires, said.',
         'The association\'s chair, Ana Pires, said: "A minority of the tenants backed the '
         'plan."', ("majority", "minority")),
        ('"Much of the grain was spoiled by the rain," farmer Eli Moss said.',
         'Farmer Eli Moss said: "Little of the grain was spoiled by the rain."',
         ("Much", "Little")),
        # the other side of one moment
        ('"The museum will reopen before the summer holidays," its director Eva Lund said.',
         'Its director Eva Lund said: "The museum will reopen after the summer holidays."',
         ("before", "after")),
    ],
)  # fmt: skip
def test_another_share_or_side_of_a_moment_inside_one_remark_is_a_quote_conflict(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert quote_words(left, right) == [words]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # shares that may both hold: "most" and "almost all", "some" and "half"
        ('"Most of the stalls will stay open," market manager Rita Sousa said.',
         'Market manager Rita Sousa said: "Almost all of the stalls will stay open."'),
        ('"Some of the nurses signed the letter," union rep Kai Olsen said.',
         'Union rep Kai Olsen said: "Half of the nurses signed the letter."'),
        # a fraction and a share word whose ranges meet, two words for one share
        ('"Two-thirds of the stalls will stay open," market manager Rita Sousa said.',
         'Market manager Rita Sousa said: "Most of the stalls will stay open."'),
        ('"Nearly all of the nurses signed the letter," union rep Kai Olsen said.',
         'Union rep Kai Olsen said: "Almost all of the nurses signed the letter."'),
        ('"Many of the footpaths are blocked," ranger Tom Keel said.',
         'Ranger Tom Keel said: "Most of the footpaths are blocked."'),
        # an ordinal is no fraction: "the third" names one of a series
        ('"The third of the ferries left late," the harbour master, Jon Pell, said.',
         'The harbour master, Jon Pell, said: "Every one of the ferries left late."'),
        # "every" and "each" name one share
        ('"Every ferry left on time," the harbour master, Jon Pell, said.',
         'The harbour master, Jon Pell, said: "Each ferry left on time."'),
    ],
)  # fmt: skip
def test_shares_that_may_both_hold_are_not_a_quote_conflict(left: str, right: str) -> None:
    assert quote_words(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # one remark opened alike, ended in two different clauses
        ('"The crew worked through the night, and the line is running again," said '
         'depot manager Ruth Ekman.',
         'Depot manager Ruth Ekman said: "The crew worked through the night, but the '
         'trains are still stuck at the depot."',
         ("the line is running again", "the trains are still stuck at the depot")),
        ('"Our volunteers searched every field, and the dog was found safe in a barn by '
         'the river," farmer Ian Cole told reporters.',
         'Farmer Ian Cole told reporters: "Our volunteers searched every field, and we '
         'have given up hope of seeing her again."',
         ("the dog was found safe in a barn by the river",
          "we have given up hope of seeing her again")),
    ],
)  # fmt: skip
def test_a_remark_ended_in_another_clause_is_a_quote_conflict_at_the_endings(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert quote_words(left, right) == [words]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one side cut shorter, or words left out with an ellipsis
        ('"The crew worked through the night," said depot manager Ruth Ekman.',
         'Depot manager Ruth Ekman said: "The crew worked through the night, and the line '
         'is running again."'),
        ('"The crew worked through the night ... and the line is running again," said '
         'depot manager Ruth Ekman.',
         'Depot manager Ruth Ekman said: "The crew worked through the night, and the '
         'service will be back to normal."'),
        # the ending reworded with synonyms
        ('"The crew worked through the night, and the repair is complete," said depot '
         'manager Ruth Ekman.',
         'Depot manager Ruth Ekman said: "The crew worked through the night, and the '
         'fix is finished."'),
    ],
)  # fmt: skip
def test_a_remark_cut_shorter_or_reworded_at_its_end_is_not_a_quote_conflict(
    left: str, right: str
) -> None:
    assert quote_words(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        # the cue's verb on both sides, not a word added before it that both sides hold
        ('"Without the rope she would not have reached the ledge," said the guide, Ben '
         'Holt.',
         'The guide, Ben Holt, said: "Even without the rope she would have reached the '
         'ledge."', ("would not have reached", "would have reached")),
        ('"We have never closed the shop on a Sunday," said the owner, Rhys Bell.',
         'The owner, Rhys Bell, said: "We have closed the shop on a Sunday before."',
         ("have never closed", "have closed")),
        # a contracted negator with its verb
        ('"The mill won\'t close this year," said the manager, Ann Lee.',
         'The manager, Ann Lee, said: "The mill will close this year."',
         ("won't close", "will close")),
        # a negative verb against its negation: "not avoided" holds no cue, so the
        # word after the inserted "not" is the change on the side that has its cue
        ('"So far we have avoided naming the suppliers," the director, Ines Roa, said.',
         'The director, Ines Roa, said: "So far we have not avoided naming the '
         'suppliers."', ("avoided", "have not avoided")),
    ],
)  # fmt: skip
def test_a_negation_inside_one_remark_points_at_its_verb(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert quote_words(left, right) == [words]
