"""tools/build_countries.py: countries of two words or more, from GeoNames."""

from __future__ import annotations

from tests.tools import load_tool


def test_countries_of_two_words_or_more_with_their_codes() -> None:
    tool = load_tool("build_countries")
    countries = {
        "1": {"name": "Sri Lanka", "iso": "LK"},
        "2": {"name": "Jordan", "iso": "JO"},
        "3": {"name": "Bonaire, Saint Eustatius and Saba ", "iso": "BQ"},
        "4": {"name": "Curaçao Islands", "iso": "CW"},
    }
    # not "Jordan" (one word: a given name too), nor a name with a comma; a name with
    # accents both as written and without them
    assert tool.country_names(countries) == {
        "Sri Lanka": "LK",
        "Curaçao Islands": "CW",
        "Curacao Islands": "CW",
    }
