"""A free sentence read against the aligned sentence that holds its words
(tui/engine/findings/contradiction/elsewhere.py), through ``compare``."""

from __future__ import annotations

from tests.contradiction_cases import article
from tui.engine.compare import compare
from tui.engine.findings.model import DEFAULT_MIN_SCORE

MERGED = (
    "Flotilla Reaches Marrow\n\n"
    "A relief flotilla of nine fishing boats from the Sandvik cooperative reached the "
    "island of Marrow and its 400 residents on Tuesday, held up by a gale for {days} days.\n\n"
    "The boats carried drinking water, tents and blankets for the islanders.\n\n"
    "The harbour master said the crossing took eleven hours.\n"
)
SPLIT = (
    "Aid Boats Arrive On Marrow\n\n"
    "Nine fishing boats of the Sandvik cooperative carrying relief supplies arrived on "
    "Tuesday at Marrow island, home to 400 residents.\n\n"
    "Drinking water, tents and blankets for the islanders were on board.\n\n"
    "The crossing took eleven hours, according to the harbour master.\n\n"
    "The boats had been held up by a gale for {days} days.\n"
)


def _shown(left: str, right: str) -> list[tuple[str, str, str]]:
    comparison = compare(article("left.txt", left), article("right.txt", right))
    return [
        (f.type, f.left.quote, f.right.quote)
        for f in comparison.findings
        if f.kind == "contradiction" and f.score >= DEFAULT_MIN_SCORE
    ]


def test_a_number_of_a_merged_sentence_is_read_against_the_free_sentence_that_holds_it() -> None:
    shown = _shown(MERGED.format(days="three"), SPLIT.format(days="five"))
    assert ("number", "three days", "five days") in shown


def test_agreeing_values_of_a_merged_sentence_are_not_flagged() -> None:
    assert _shown(MERGED.format(days="three"), SPLIT.format(days="three")) == []


def test_a_value_the_holders_partner_states_is_left_to_the_alignment() -> None:
    """The lede states the gale's three days too: the value is answered there, and the
    free sentence's five days are not read against the merged sentence."""
    left = MERGED.format(days="three")
    right = SPLIT.format(days="five").replace(
        "400 residents.", "400 residents, after a gale held them up for three days."
    )
    assert ("number", "three days", "five days") not in _shown(left, right)
