"""Build ``tui/engine/data/wordnet_job_nouns.txt``: single nouns for a job ("archivist",
"editor", "organist", "registrar", "climatologist", "sheriff"), from WordNet 3.0.

A noun is taken when its most frequent sense (WordNet lists the most frequent first) is
a kind, at any depth, of one of ``JOB_ROOTS`` (a worker, a professional, an employee, an
official, a scientist, an administrator), and is not one of the roots themselves ("worker",
"official": whoever works there, not a post). The people model reads such a noun as a seat
only where a body is said with it ("the museum's archivist", "archivist at the Ashby
library", "State forester", "Harlan County clerk": ``people/job_seats.py``), never alone:
"a nurse, Kate Doyle" holds no seat anyone else could.

WordNet 3.0 Copyright 2006 by Princeton University (licence: data/WORDNET-LICENSE.txt).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_job_nouns.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import ancestors_of, has_wordnet, noun_hypernyms, noun_senses, wordnet_parser

ROOT = Path(__file__).resolve().parent.parent
PERSON_FILE = "18"
"""WordNet's lexicographer file of people (noun.person)."""
OUT = ROOT / "tui" / "engine" / "data" / "wordnet_job_nouns.txt"

JOB_ROOTS = (
    "worker",
    "professional",
    "employee",
    "official",
    "scientist",
    "administrator",
    "expert",
    "custodian",
    "lawman",
    "musician",
    "maker",
    "money handler",
    "adjudicator",
    "leader",
    "farmer",
    "collector",
    "engineer",
)
"""Kinds of person whose kinds are jobs: a worker ("clerk", "registrar"), a professional
("librarian", "nurse"), an official, a scientist ("geologist"), an administrator, an
expert ("climatologist"), a custodian ("curator"), a lawman ("sheriff"), a musician
("organist"), a maker ("distiller"), a money handler ("treasurer"), an adjudicator
("umpire"), a leader ("coach", "secretary"), a farmer ("forester"), a collector
("archivist"), an engineer. Every person sense of each counts ("musician" the performer
and the artist: "organist", "conductor")."""

GENERAL = frozenset(("worker", "professional", "employee", "official", "expert", "leader"))
"""Roots too general to be a seat of a body themselves: whoever works there."""

HEADER = """\
# Nouns for a job, one a line: 'noun<TAB>root' (the WordNet kind of job its most frequent
# sense is under). A seat only where a body is said with it (people/job_seats.py).
# Derived from WordNet 3.0 by tools/build_job_nouns.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
"""


def job_nouns(folder: Path) -> dict[str, str]:
    """Noun -> the root of ``JOB_ROOTS`` its first person sense is a kind of (a person
    sense of its own, not a named one: "forester" the farmer, not C. S. Forester):
    single lower-case words, the roots themselves left out."""
    above = ancestors_of(noun_hypernyms(folder))
    people = _person_senses(folder)
    first = {noun: [o for o in offsets if o in people] for noun, offsets, _ in noun_senses(folder)}
    roots = {offset: root for root in JOB_ROOTS for offset in first.get(root, ())}
    general = {offset for root in GENERAL for offset in first.get(root, ())}
    found: dict[str, str] = {}
    for noun, offsets in first.items():
        if not offsets or not noun.isalpha() or not noun.islower() or offsets[0] in general:
            continue
        kinds = [roots[o] for o in sorted(above(offsets[0]) & roots.keys())]
        if kinds:
            found[noun] = kinds[0]
    return found


def _person_senses(folder: Path) -> set[str]:
    """Offsets of the noun synsets of people (lexicographer file noun.person), named
    ones (an instance of a kind: "Forester" the writer) left out."""
    found = set()
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        fields = line.split(" | ")[0].split()
        if not line.startswith(" ") and fields[1] == PERSON_FILE and "@i" not in fields:
            found.add(fields[0])
    return found


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.noun"):
        return 1
    found = job_nouns(args.wordnet)
    lines = "".join(f"{noun}\t{root}\n" for noun, root in sorted(found.items()))
    OUT.write_text(HEADER + lines, encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(found)} nouns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
