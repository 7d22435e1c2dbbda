"""Build ``wordnet_name_heads.txt``: lower-case nouns a name is given as ("the Korvel
*valley*", "the Dravec *mine*", "the *brewery* Altwasser") by the class of thing they
make the name name, for ``tui/engine/findings/contradiction/entity_types.py``: two
names given as nouns of one class ("the Korvel *valley*" / "the Tessen *gorge*") name
two things of one kind, which may fill one role with two answers.

From WordNet 3.0 (Debian: ``apt-get install wordnet-base``, database under
/usr/share/wordnet): everyday single nouns (wordfreq Zipf >= ``MIN_ZIPF``) whose first
sense is a kind of one class's root (``ROOTS``: an organisation; a structure, facility
or excavation, a site; a geological formation or dry land, land; a body of water;
a vessel, ship), checked in the
order of ``ROOTS``, where that sense writes the noun in lower case (not "WHO", "CIA",
"Hollywood": no noun a name is given as).

Usage (from the project root):
    .venv/bin/python tools/build_name_heads.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from build_lexicons import ancestors_of, wordnet_parser
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tui" / "engine" / "data"

ROOTS: dict[str, tuple[str, ...]] = {
    "water": ("09225146",),  # body_of_water.n.01: river, lake, bay, sea
    "land": (
        "09287968",  # geological_formation.n.01: valley, mountain, gorge, cave
        "09334396",  # land.n.04 (dry land): island, isle, mainland
    ),
    "ship": ("04530566",),  # vessel.n.02 (watercraft): boat, yacht, lifeboat, ship
    "organisation": ("08008335",),  # organization.n.01: company, bank (2), union
    "site": (
        "04341686",  # structure.n.01: bridge, dam, hall, stadium, brewery (a plant)
        "03315023",  # facility.n.01 (installation): airport, base, station
        "03302121",  # excavation.n.03: mine, quarry, pit
    ),
}
"""The synsets whose kinds the classes stand for (WordNet 3.0 offsets)."""

MIN_ZIPF = 2.5
"""Everyday words only ("gorge", "quarry", "brewery" pass; "estuarine" nouns do not)."""

WORDNET_NOTICE = """\
# Derived from WordNet 3.0 by tools/build_name_heads.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
# Nouns a name is given as, by the class of thing they name: 'class<TAB>noun'
# (classes: water, land, ship, organisation, site).
"""


def _synsets(folder: Path) -> tuple[dict[str, list[str]], set[tuple[str, str]]]:
    """Synset offset -> its hypernyms (instance hypernyms too); and the (offset, noun)
    pairs of the synsets that write a noun in lower case."""
    parents: dict[str, list[str]] = {}
    lower: set[tuple[str, str]] = set()
    for line in (folder / "data.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        words = int(fields[3], 16)
        lower |= {(fields[0], w) for w in fields[4 : 4 + 2 * words : 2] if w.islower()}
        at = 4 + 2 * words
        count = int(fields[at])
        pointers = fields[at + 1 : at + 1 + 4 * count]
        parents[fields[0]] = [
            pointers[k + 1] for k in range(0, len(pointers), 4) if pointers[k] in ("@", "@i")
        ]
    return parents, lower


def _senses(folder: Path) -> Iterator[tuple[str, list[str]]]:
    """(noun, offsets of its senses, most frequent first) for every single-word noun."""
    for line in (folder / "index.noun").read_text(encoding="utf-8").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        if "_" in fields[0] or "-" in fields[0] or not fields[0].isalpha():
            continue
        count = int(fields[2])
        yield fields[0], fields[len(fields) - count :]


def name_heads(folder: Path) -> dict[str, str]:
    """Noun -> class, for nouns whose first sense, written in lower case, is a kind of
    a root."""
    parents, lower = _synsets(folder)
    above = ancestors_of(parents)

    def class_of(offset: str) -> str | None:
        kinds = above(offset)
        return next((c for c, roots in ROOTS.items() if any(r in kinds for r in roots)), None)

    heads: dict[str, str] = {}
    for noun, offsets in _senses(folder):
        if (offsets[0], noun) not in lower or zipf_frequency(noun, "en") < MIN_ZIPF:
            continue
        found = class_of(offsets[0])
        if found is not None:
            heads[noun] = found
    return heads


def main(argv: list[str] | None = None) -> int:
    args = wordnet_parser(__doc__).parse_args(argv)
    heads = name_heads(args.wordnet)
    lines = sorted(f"{kind}\t{noun}" for noun, kind in heads.items())
    out = DATA / "wordnet_name_heads.txt"
    out.write_text(WORDNET_NOTICE + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} nouns -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
