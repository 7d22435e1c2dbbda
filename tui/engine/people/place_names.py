"""Whether a name as written is a place an office may belong to: the one reading of "is
this a place" for the words before an office ("New Mexico's governor", "Denver fire
chief") and for an office's "of" phrase ("the ombudsman of Costa Rica").

A place is a country of places.txt (its names, codes and demonyms), a state of the United
States, a place of places.txt, a city of places.txt or of the gazetteer (cities.txt), a
region of any country (regions.txt, ISO 3166-2: "Tamil Nadu", "Jalisco"), or a country of
two words or more of GeoNames (countries.txt: "Sri Lanka", "Puerto Rico").
Organisation words and times of places.txt are not places.
"""

from __future__ import annotations

from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.people.lexicon import places


def is_place_name(name: str) -> bool:
    """``name`` (as written, words separated by single spaces) names a place."""
    lexicon = places()
    return (
        bool(lexicon.country_of(name))
        or name in _place_forms()
        or name in lexicon.cities
        or name in lexicon.gazetteer
        or name in _countries()
    )


def country_code(name: str) -> str | None:
    """The country code of a country's name, code or demonym ("U.S.", "Sri Lanka"), or
    None."""
    return places().country_of(name) or _countries().get(name)


@cache
def _place_forms() -> frozenset[str]:
    """The forms of places.txt less its organisation words and times."""
    lexicon = places()
    return frozenset(lexicon.forms) - lexicon.org_words - lexicon.time_words


@cache
def _countries() -> dict[str, str]:
    """Countries of two words or more (data/countries.txt) -> their codes."""
    return dict(line.split("\t") for line in data_lines("countries.txt"))
