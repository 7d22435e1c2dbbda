"""Build ``wordnet_named_after.txt``: nouns for the things people's names are given to
(facilities, buildings and other structures, roads, prizes and awards), for
``tui/engine/people/things.py``: a name with one of them right beside it ("the Rosalía de
Castro airport", "the Hotel Hans Egede") names the thing, not the person.

A noun is kept when one of its first two WordNet 3.0 senses is a kind of
facility.n.01 ("airport", "museum"), structure.n.01 ("stadium", "bridge", "hotel"),
way.n.06 ("road", "avenue", "highway"), prize.n.01 ("scholarship", "prize") or
award.n.02 ("medal", "trophy"): single lower-case words, wordfreq Zipf >= ``MIN_ZIPF``.
WordNet 3.0 (Debian: ``apt-get install wordnet-base``, or ``apt-get download
wordnet-base`` and ``dpkg-deb -x`` it anywhere; the database under usr/share/wordnet).

Usage (from the project root):
    .venv/bin/python tools/build_named_after.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import ancestors_of, has_wordnet, noun_hypernyms, noun_senses, wordnet_parser
from wordfreq import zipf_frequency

DATA = Path(__file__).resolve().parent.parent / "tui" / "engine" / "data"

ROOTS = {
    "03315023": "facility",  # facility.n.01 (installation): airport, museum, station
    "04341686": "structure",  # structure.n.01 (construction): building, bridge, stadium
    "04564698": "way",  # way.n.06: road, street, avenue, highway
    "13268146": "prize",  # prize.n.01 (award): scholarship, fellowship
    "06696483": "award",  # award.n.02 (accolade): medal, trophy
}
"""The synsets (WordNet 3.0 offsets) whose kinds a name is given to."""

SENSES = 2
"""Senses looked at, most frequent first ("avenue" is first an approach, then a road)."""

MIN_ZIPF = 2.0
"""Nouns at least this frequent (about one in ten million words): rarer ones are hardly
written after a name."""

NOTICE = """\
# Derived from WordNet 3.0 by tools/build_named_after.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
# Nouns for things named after people (facilities, structures, roads, prizes, awards):
# 'kind<TAB>noun'.
"""


def named_after_nouns(folder: Path) -> dict[str, str]:
    """Noun -> the kind (of ``ROOTS``) one of its first senses is."""
    above = ancestors_of(noun_hypernyms(folder))
    table = {}
    for noun, offsets, _ in noun_senses(folder):
        if not noun.isalpha() or noun != noun.lower() or zipf_frequency(noun, "en") < MIN_ZIPF:
            continue
        for offset in offsets[:SENSES]:
            kinds = [kind for root, kind in ROOTS.items() if root in above(offset)]
            if kinds:
                table[noun] = kinds[0]
                break
    return table


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.noun"):
        return 2
    table = named_after_nouns(args.wordnet)
    lines = "".join(f"{kind}\t{noun}\n" for noun, kind in sorted(table.items()))
    (DATA / "wordnet_named_after.txt").write_text(NOTICE + lines, encoding="utf-8")
    print(f"wordnet_named_after.txt: {len(table)} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
