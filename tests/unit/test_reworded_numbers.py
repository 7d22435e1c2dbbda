"""Numbers in reworded sentences: units of measure, thousands parted by a space, and
quantities paired as the only amounts their sides do not share."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import sentence_pair
from tests.unit.test_contradictions import conflicts, only, quotes
from tui.engine.findings.contradiction.number import lone_pair
from tui.engine.findings.contradiction.quantities import quantities
from tui.engine.segment import Sentence


def _read(text: str) -> list[tuple[float, str | None, str]]:
    sentence = Sentence(0, 0, len(text), text)
    return [(round(q.value, 3), q.unit, text[q.start : q.end]) for q in quantities(sentence)]


@pytest.mark.parametrize(
    ("text", "value", "unit", "quote"),
    [
        ("The tunnel is 3.5 kilometres long.", 3500.0, "m", "3.5 kilometres"),
        ("The runner covered 12km before noon.", 12000.0, "m", "12km"),
        ("Officers seized 40 kilos of cocaine.", 40.0, "kg", "40 kilos"),
        ("The flood covered 2 square miles of farmland.", 5179976.221, "m2", "2 square miles"),
        ("The estate spans 300 acres of forest.", 1214058.0, "m2", "300 acres"),
        ("Winds reached 90 mph on the coast.", 144.841, "km/h", "90 mph"),
        ("The tunnel makes winds of 320 km/h for tests.", 320.0, "km/h", "320 km/h"),
        ("The train reached 300km/h on the test run.", 300.0, "km/h", "300km/h"),
        ("Gusts of 70 miles an hour hit the pier.", 112.654, "km/h", "70 miles an hour"),
        ("Cars may do 30 km per hour in the centre.", 30.0, "km/h", "30 km per hour"),
        ("The ferry sails at 18 knots.", 33.336, "km/h", "18 knots"),
    ],
)
def test_a_measure_is_read_in_one_unit_of_its_dimension(
    text: str, value: float, unit: str, quote: str
) -> None:
    assert _read(text) == [(value, unit, quote)]


def test_thousands_parted_by_a_space_are_one_number() -> None:
    assert _read("The wildfire has burned 45 210 hectares so far.") == [
        (452100000.0, "m2", "45 210 hectares")
    ]


def test_a_measure_converted_agrees_with_the_same_length_in_another_unit() -> None:
    left = "The pipeline runs 6 miles under the bay, the company said."
    right = "The company said the pipeline runs 10 km under the bay."
    assert conflicts(left, right) == []


def test_a_speed_agrees_with_the_same_speed_in_another_unit() -> None:
    left = "The storm brought gusts of 70 miles an hour to the coast, forecasters said."
    right = "Forecasters said gusts on the coast reached 113 km/h during the storm."
    assert conflicts(left, right) == []


def test_a_speed_is_not_a_length() -> None:
    left = "The line runs 320 km from the capital, and its trains reach 320 km/h."
    right = "The line runs 320 km from the capital, and its trains reach 250 km/h."
    assert only(left, right, "number") == ("320 km/h", "250 km/h")


def test_a_measure_reworded_around_it_conflicts_in_another_unit() -> None:
    left = "The new dam is 1.5 kilometres wide and took ten years to build."
    right = "Ten years in the making, the dam stretches 900 metres across."
    assert only(left, right, "number") == ("1.5 kilometres", "900 metres")


def test_the_only_unshared_amounts_of_sentences_agreeing_in_meaning_conflict() -> None:
    left = "Nearly 40 percent of the harvest was lost to the drought, the ministry said."
    right = "The ministry said the drought destroyed almost 25 percent of the crop."
    assert only(left, right, "number") == ("40 percent", "25 percent")


def _lone(left: str, right: str, left_quote: str, right_quote: str) -> bool:
    """``lone_pair`` of the quantities quoted so in the two sentences."""
    pair = sentence_pair(left, right)
    lefts, rights = quantities(pair.left), quantities(pair.right)
    a = next(q for q in lefts if left[q.start : q.end] == left_quote)
    b = next(q for q in rights if right[q.start : q.end] == right_quote)
    return lone_pair(pair, lefts, rights, a, b)


def test_the_only_unshared_amounts_are_a_lone_pair_whatever_words_surround_them() -> None:
    left = "About 300 families have been evacuated from villages along the river."
    right = "Some 3,000 families were evacuated from villages by the river on Monday."
    assert _lone(left, right, "300 families", "3,000 families")


def test_a_third_unshared_amount_leaves_the_pairing_in_doubt() -> None:
    left = "Four other boats in the harbour were sunk on Tuesday."
    right = "Three boats inside the harbour and one just outside it sank on Tuesday."
    assert not _lone(left, right, "Four other boats", "Three boats inside")


def test_an_amount_both_sides_write_leaves_the_pairing_in_doubt() -> None:
    left = "The latest shipment brings the aid sent this year to 80,000 tonnes."
    right = "A shipment of 30,000 tons brought this year's aid to 80,000."
    assert not _lone(left, right, "80,000 tonnes", "30,000 tons")


def test_sentences_that_agree_little_in_meaning_are_no_lone_pair() -> None:
    left = "About 300 families have been evacuated from villages along the river."
    right = "Some 3,000 families gathered in the square to hear the mayor speak."
    assert not _lone(left, right, "300 families", "3,000 families gathered")


def test_two_shares_each_side_are_not_paired_by_synonyms_alone() -> None:
    left = "The council raised fees by 3 percent for residents, 5 percent for visitors."
    right = "The council proposed increases of 5 percent for residents and 8 percent for firms."
    found = [quotes(c, left, right) for c in conflicts(left, right)]
    assert ("3 percent", "8 percent") not in found


@pytest.mark.parametrize(
    ("text", "unit", "quote"),
    [
        ("The shipyard was sold for 90 million Danish kroner.", "KR", "90 million Danish kroner"),
        ("A ticket costs 15 Hong Kong dollars.", "$", "15 Hong Kong dollars"),
        ("The estate fetched 12 million Swiss francs.", "CHF", "12 million Swiss francs"),
    ],
)
def test_a_currency_word_after_the_name_of_its_country_is_read(
    text: str, unit: str, quote: str
) -> None:
    assert [(u, q) for _, u, q in _read(text)] == [(unit, quote)]


def test_a_capitalised_noun_after_a_count_is_no_currency() -> None:
    assert _read("Volunteers collected 12 Swiss Army knives.")[0][1] is None


def test_an_amount_qualified_by_its_country_conflicts_with_the_bare_currency() -> None:
    left = (
        "The vineyard near Sion was sold to a Zurich bank for 48 million Swiss francs "
        "last week, the seller said."
    )
    right = (
        "A Zurich bank bought the vineyard near Sion last week for 55 million francs, "
        "the seller said."
    )
    assert only(left, right, "number") == ("48 million Swiss francs", "55 million francs")
