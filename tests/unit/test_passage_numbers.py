"""A number after a capitalised word that opens a sentence inside a passage of several
aligned sentences is a count, as it is in that sentence alone ("... said. *About 30
metres* of brickwork fell"); after a capitalised word inside a sentence it is part of a
name ("a Boeing 737")."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import flagged
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def _read(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quantities(Sentence(0, 0, len(text), text))]


@pytest.mark.parametrize(
    "text",
    [
        "The dam held, the board said. About 40 metres of the bank slipped.",
        'Rain fell all night. "Nearly 40 metres of the bank slipped," she said.',
    ],
)
def test_a_count_after_a_capital_that_opens_a_sentence(text: str) -> None:
    assert _read(text)[-1].endswith("40 metres")


def test_a_number_after_a_capital_inside_a_sentence_names_a_thing() -> None:
    assert _read("The board said. Pilots flew a Boeing 737 to Rome.") == []


def test_counts_in_two_sentence_passages_conflict() -> None:
    left = "The Rell dam held, the board said on Friday. About 40 metres of the bank slipped."
    right = (
        "The board said on Friday that the Rell dam held, though some 14 metres of the "
        "bank slipped."
    )
    assert flagged(left, right) == [("number", "40 metres", "14 metres")]
