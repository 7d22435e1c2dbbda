"""Build ``tui/engine/data/regions.txt``: the first-level subdivisions of every country
(states, provinces, regions: "Tamil Nadu", "Nuevo León", "Khyber Pakhtunkhwa",
"Bavaria") that an office's place may be ("the Chief Minister of Andhra Pradesh",
"Jalisco Governor", "the health minister of Khyber Pakhtunkhwa").

Source: ISO 3166-2 as the Debian iso-codes project keeps it (LGPL 2.1), shipped by the
``pycountry`` package 26.2.16 (LGPL 2.1), with the English names of its translation
catalogue where they differ ("Bayern" -> "Bavaria"). Only subdivisions with no parent
are read, and of them not the municipalities, communes, local councils and quarters
that some countries list first (small places whose names are mostly villages). A name
is kept as ISO writes it and without its accents ("Tamil Nādu", "Tamil Nadu"); an
inverted name keeps its head ("Murcia, Región de" -> "Murcia"), a bracket or a slash
gives two names ("Catalunya [Cataluña]", "Elgeyo/Marakwet"). Left out, because a
person or an ordinary word is written so too: a name of one word that is a census given
name, a word WordNet 3.0 writes in lower case or a person's name of WordNet ("Victoria",
"Central", "Lincoln"), a name of several words whose first is a given name ("Santiago
Rodríguez") or whose every word is such a word ("North West", "Western Cape"), names in
another script, with a digit, or of one letter a word.

    pip install pycountry==26.2.16 && python tools/build_regions.py [--wordnet DIR]
"""

from __future__ import annotations

import argparse
import gettext
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from build_cities import is_latin, without_accents

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "tui" / "engine" / "data"

SMALL_TYPES = frozenset(
    (
        "municipality",
        "urban municipality",
        "rural municipality",
        "district municipality",
        "special municipality",
        "autonomous municipality",
        "local council",
        "island council",
        "commune",
        "quarter",
    )
)
"""Subdivision types of the first level that are a town's, not a region's."""

HEADER = """\
# Regions: the first-level subdivisions of every country (states, provinces, regions), the
# place of an office ("the Chief Minister of Andhra Pradesh", "Jalisco Governor"). One a
# line, as ISO 3166-2 writes them and without accents, and their English names.
# Source: ISO 3166-2 as kept by the Debian iso-codes project, licensed under the GNU
# LGPL 2.1 (www.gnu.org/licenses/old-licenses/lgpl-2.1.html), as shipped by the pycountry
# package 26.2.16 (LGPL 2.1). Municipalities, communes, local councils and quarters are
# left out, as are names a person or an ordinary word is written so too (a census given
# name, a lower-case word or a person of WordNet 3.0 alone, a given name first, or only
# such words).
# Built by tools/build_regions.py; do not edit by hand.
"""

_SMALL_WORDS = frozenset("and of the de del la le y da do das dos di du des el al".split())


def _type_words(kind: str) -> str:
    return " ".join(kind.lower().split())


def written_names(name: str) -> Iterator[str]:
    """The names one ISO entry writes: "Catalunya [Cataluña]" -> Catalunya, Cataluña;
    "Murcia, Región de" -> Murcia; "Ilocos (Region I)" -> Ilocos; "Elgeyo/Marakwet" ->
    Elgeyo, Marakwet."""
    bracketed = re.findall(r"\[([^\]]+)\]", name)
    head = re.sub(r"\s*[\[(].*$", "", name).split(",")[0]
    for part in (head, *bracketed):
        for piece in part.split("/"):
            piece = " ".join(piece.split())
            if piece:
                yield piece


PERSON_FILE = "18"  # noun.person, WordNet's lexicographer file of people


def taken_words(folder: Path) -> frozenset[str]:
    """The words WordNet writes in lower case ("central", "orange", "cape") and the names
    it gives people ("Lincoln", "Bolivar"): a region written so is also a word or a
    person."""
    taken: set[str] = set()
    for pos_name in ("noun", "adj", "verb", "adv"):
        for line in (folder / f"data.{pos_name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            for k in range(int(fields[3], 16)):
                word = re.sub(r"\(\w+\)$", "", fields[4 + 2 * k]).replace("_", " ")
                if word == word.lower() or (pos_name == "noun" and fields[1] == PERSON_FILE):
                    taken.add(word.lower())
    return frozenset(taken)


def keep(name: str, given: frozenset[str], taken: frozenset[str]) -> bool:
    """A name a person or an ordinary word is not written as (see the module's note)."""
    if not is_latin(name) or any(c.isdigit() for c in name):
        return False
    words = name.replace("-", " ").split()
    if any(len(word.rstrip(".")) == 1 for word in words):
        return False
    if without_accents(words[0]).lower() in given:
        return False
    content = [w for w in words if w.lower() not in _SMALL_WORDS]
    if not content:
        return False
    return not all(without_accents(w).lower() in taken for w in content)


def main() -> None:
    import pycountry  # the build's only: the tests load this module without it

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    taken = taken_words(parser.parse_args().wordnet)
    english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"])
    given = frozenset(
        line.strip()
        for line in (DATA / "given_names.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )
    names: set[str] = set()
    for region in pycountry.subdivisions:
        if region.parent_code is not None or _type_words(region.type) in SMALL_TYPES:
            continue
        for written in {region.name, english.gettext(region.name)}:
            for name in written_names(written):
                if keep(name, given, taken):
                    names.add(name)
                    names.add(without_accents(name))
    out = DATA / "regions.txt"
    out.write_text(HEADER + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"{len(names)} names written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
