"""Spellings of one name that romanisation families write differently
(tui/engine/people/spelling.py): the Gaelic Mac written short, a w sound French writes
"ou" and Spanish "hue", the Greek and Balkan "dj" written "tz" or "dz", the Greek first
"ch" written "h" in a long name, and a first "ge" or "yi" before a vowel for the Greek y
sound; and the names those rules must keep apart."""

from __future__ import annotations

import pytest

from tui.engine.people.spelling import block_keys, variant_score


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("mackintyre", "mcintyre"),
        ("macleish", "mcleish"),
        ("ouattari", "wattari"),
        ("huellmapu", "wellmapu"),
        ("hadjimarkou", "chatzimarkou"),
        ("hatzipetrou", "hadjipetrou"),
        ("yiannakou", "giannakou"),
        ("yiorgakis", "georgakis"),
    ],
)
def test_spellings_of_one_romanised_name_are_variants(a: str, b: str) -> None:
    assert variant_score(a, b) >= 0.6
    assert set(block_keys(a)) & set(block_keys(b))  # candidates meet before scoring


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("chan", "han"),  # a first ch and h in short names: two families
        ("chase", "hase"),
        ("huang", "wang"),  # a Chinese hu- is no w
        ("hui", "wei"),
        ("macron", "micron"),
        ("metzger", "mejger"),  # tz before a consonant stays
    ],
)
def test_names_the_rules_leave_apart(a: str, b: str) -> None:
    assert variant_score(a, b) == 0.0
