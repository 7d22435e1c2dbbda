"""An aligned unit read with the free sentence one outlet split off next to it
(tui/engine/findings/contradiction/split_units.py), through
``find_held_contradictions`` and ``compare``."""

from __future__ import annotations

from tests.contradiction_cases import article
from tui.engine.align import Alignment
from tui.engine.findings.contradiction.pipeline import find_held_contradictions
from tui.engine.findings.model import DEFAULT_MIN_SCORE

ONE_SENTENCE = (
    "Glassworks Wins Cathedral Contract\n\n"
    "The Orrel glassworks will restore the rose window of Hallam cathedral over the next "
    "two years, a job the chapter gave it after a firm from {city} withdrew in the spring.\n\n"
    "The window has 212 panels of medieval glass.\n"
)
TWO_SENTENCES = (
    "Orrel Firm To Restore Rose Window\n\n"
    "Hallam cathedral has chosen the Orrel glassworks to restore its rose window over the "
    "next two years.\n\n"
    "The chapter turned to Orrel after a firm from {city} {pulled_out} in the spring.\n\n"
    "There are 212 panels of medieval glass in the window.\n"
)
ALIGNED = (
    Alignment((0,), (0,), 0.3, "paraphrase"),
    Alignment((1,), (1,), 0.6, "paraphrase"),
    Alignment((2,), (3,), 0.8, "paraphrase"),
)
"""The second half of the split sentence (right 2) left free, as the aligner leaves
a short half whose words are mostly its neighbour's partner's."""


def _held(left: str, right: str, alignments: tuple[Alignment, ...]) -> list[tuple[str, str, str]]:
    found = find_held_contradictions(
        article("left.txt", left), article("right.txt", right), alignments
    )
    return [(f.type, f.left.quote, f.right.quote) for f in found if f.score >= DEFAULT_MIN_SCORE]


def _right(city: str, pulled_out: str = "withdrew") -> str:
    return TWO_SENTENCES.format(city=city, pulled_out=pulled_out)


def test_an_entity_in_the_free_half_of_a_split_sentence_is_read_with_its_neighbours_unit() -> None:
    shown = _held(ONE_SENTENCE.format(city="Lyon"), _right("Antwerp"), ALIGNED)
    assert ("entity", "Lyon", "Antwerp") in shown


def test_the_free_half_agreeing_with_the_merged_sentence_is_not_flagged() -> None:
    assert _held(ONE_SENTENCE.format(city="Lyon"), _right("Lyon"), ALIGNED) == []


def test_a_negation_in_the_free_half_is_left_to_the_alignment() -> None:
    """Numbers, dates and entities only: a free neighbour is often a new claim about the
    same things, where a negation or an opposite reads as a conflict."""
    stayed = _right("Lyon", pulled_out="did not withdraw")
    assert _held(ONE_SENTENCE.format(city="Lyon"), stayed, ALIGNED) == []


def test_a_value_the_other_article_states_elsewhere_is_of_another_claim() -> None:
    """The left report names the Antwerp firm too: the free half's Antwerp is that
    firm, not a rewording of the firm from Lyon."""
    left = ONE_SENTENCE.format(city="Lyon") + "A firm from Antwerp had also bid for the job.\n"
    assert _held(left, _right("Antwerp"), ALIGNED) == []


def test_a_free_sentence_saying_only_what_its_own_unit_says_is_not_read() -> None:
    """Every word of the free sentence but its name is in the right unit it follows: it
    holds nothing of what the merged sentence adds, so it is no half of it."""
    right = _right("Lyon").replace(
        "The chapter turned to Orrel after a firm from Lyon withdrew in the spring.",
        "Hallam cathedral has chosen Orrel over Antwerp.",
    )
    assert _held(ONE_SENTENCE.format(city="Lyon"), right, ALIGNED) == []


GROUNDING = (
    "Ferry Runs Aground\n\n"
    "The Danish ferry Alda ran aground on a sandbank off Skarn on Saturday evening.\n\n"
    "Lifeboat crews took all 80 passengers off the ship within two hours.\n"
)
RESCUE = (
    "Passengers Rescued From Stranded Ferry\n\n"
    "Lifeboat crews took all 80 passengers off the {flag} ferry Alda within two hours after it "
    "ran aground on a sandbank off Skarn on Saturday evening.\n"
)
LEDE_WITH_TITLE = (
    Alignment((1,), (0,), 0.2, "paraphrase"),
    Alignment((2,), (1,), 0.7, "paraphrase"),
)
"""The left lede aligned with the right title alone, as the aligner may pair a title
with the sentence it shares most words with."""


def test_a_sentence_aligned_with_a_title_alone_is_read_as_free() -> None:
    """A title states no claim in full: the lede it is aligned with is still read with
    its neighbour's unit."""
    shown = _held(GROUNDING, RESCUE.format(flag="Swedish"), LEDE_WITH_TITLE)
    assert ("entity", "Danish", "Swedish") in shown


def test_a_lede_aligned_with_a_title_and_agreeing_is_not_flagged() -> None:
    assert _held(GROUNDING, RESCUE.format(flag="Danish"), LEDE_WITH_TITLE) == []
