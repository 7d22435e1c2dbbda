"""Build ``wordnet_bodies.txt``: the lower-case nouns that head the name of a public body
written in lower case ("the foreign *ministry*", "the food safety *agency*", "the port
*authority*", "*police*"), for ``tui/engine/findings/contradiction/entity_bodies.py``.

From WordNet 3.0 (Debian: ``apt-get install wordnet-base``, database under
/usr/share/wordnet): everyday single lower-case nouns (wordfreq Zipf >= ``MIN_ZIPF``)
whose first sense (or a later one that is a government department or an agency:
``SENSES``) is a kind of an administrative unit (a ministry, agency, department,
board, committee or council), a police or military force, a legislature or a court of
law (``ROOTS``); not a government, which holds all of these ("the government" may
name its ministry).

And ``wordnet_body_names.txt``: the lower-case names of two words or more of those
bodies ("supreme court", "high court", "court of appeals", "foreign office"), each with
its synsets and the body synsets they are kinds of, so that two names of one body
("the supreme court" / "the high court") or of a body and its kind ("the circuit court
of appeals" / "the appeals court") are read as one.

Usage (from the project root):
    .venv/bin/python tools/build_public_bodies.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import has_wordnet, wordnet_parser
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tui" / "engine" / "data"

ROOTS = frozenset(
    (
        "08077292",  # administrative_unit.n.01: ministry, agency, department, board
        "08198137",  # military_service.n.01: army, navy, coastguard
        "08163273",  # legislature.n.01: parliament, congress, senate
        "08329453",  # court.n.01 (judicial assembly): court, tribunal
    )
)
"""The synsets whose kinds head the names of public bodies (WordNet 3.0 offsets)."""

SENSES = 3
"""A noun counts when its first sense is a body, or one of its first ``SENSES`` senses
is directly a kind of a government department or an agency (``DEPARTMENTS``:
"ministry", first the clergy; "office"), not a body of another kind a word names
less often than something else ("payroll", "jury", "palace", "state")."""
DEPARTMENTS = frozenset(("08119821", "08337324"))  # government_department.n.01, agency.n.01

MIN_ZIPF = 3.0
"""Everyday words only: rarer nouns ("commission" passes; "vestry" does not)."""

WORDNET_NOTICE = """\
# Derived from WordNet 3.0 by tools/build_public_bodies.py: do not edit by hand.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. Full licence: WORDNET-LICENSE.txt.
# Nouns that head the name of a public body, one a line.
"""


def hypernyms(folder: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, frozenset[str]]]:
    """Noun synset offset -> the offsets of the synsets it is a kind or instance of, and
    -> its words as written ("FBI", "Department_of_the_Interior", "ministry")."""
    table, written = {}, {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        k = 4 + 2 * count
        pointers = [fields[k + 1 + 4 * p : k + 5 + 4 * p] for p in range(int(fields[k]))]
        table[fields[0]] = tuple(target for symbol, target, _, _ in pointers if symbol in "@@i")
        written[fields[0]] = frozenset(fields[4 + 2 * w] for w in range(count))
    return table, written


def _is_body(offset: str, kinds: dict[str, tuple[str, ...]]) -> bool:
    seen, todo = set(), [offset]
    while todo:
        current = todo.pop()
        if current in ROOTS:
            return True
        if current not in seen:
            seen.add(current)
            todo += kinds.get(current, ())
    return False


def _body_kinds(offset: str, kinds: dict[str, tuple[str, ...]]) -> set[str]:
    """The synset and the synsets it is a kind of, below the roots (a root names every
    body of its kind: "court" is not one court)."""
    found, todo = set(), [offset]
    while todo:
        current = todo.pop()
        if current in ROOTS or current in found or not _is_body(current, kinds):
            continue
        found.add(current)
        todo += kinds.get(current, ())
    return found


def body_names(folder: Path) -> dict[str, tuple[set[str], set[str]]]:
    """Lower-case body name of two words or more -> (its body synsets, those and the
    body synsets they are kinds of)."""
    kinds, written = hypernyms(folder)
    found: dict[str, tuple[set[str], set[str]]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" ") or "_" not in line.split()[0]:
            continue
        fields = line.split()
        name, senses = fields[0], fields[-int(fields[2]) :]
        own = {o for o in senses if name in written[o] and _is_body(o, kinds) and o not in ROOTS}
        if own and all(part.isalpha() for part in name.split("_")):
            above = set().union(*(_body_kinds(o, kinds) for o in own))
            found[name.replace("_", " ")] = (own, above)
    return found


def body_nouns(folder: Path) -> list[str]:
    kinds, written = hypernyms(folder)
    found = []
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        noun, senses = fields[0], fields[-int(fields[2]) :]
        if not noun.isalpha() or not noun.islower() or zipf_frequency(noun, "en") < MIN_ZIPF:
            continue
        if any(
            noun in written[offset]  # written so in that sense: not "WHO", "FBI", "Interior"
            and (
                (rank == 0 and _is_body(offset, kinds))
                or not DEPARTMENTS.isdisjoint((offset, *kinds.get(offset, ())))
            )
            for rank, offset in enumerate(senses[:SENSES])
        ):
            found.append(noun)
    return sorted(found)


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.noun"):
        return 2
    nouns = body_nouns(args.wordnet)
    lines = "".join(f"{noun}\n" for noun in nouns)
    (DATA / "wordnet_bodies.txt").write_text(WORDNET_NOTICE + lines, encoding="utf-8")
    print(f"wordnet_bodies.txt: {len(nouns)} nouns")
    names = body_names(args.wordnet)
    lines = "".join(
        f"{name}\t{' '.join(sorted(own))}\t{' '.join(sorted(above))}\n"
        for name, (own, above) in sorted(names.items())
    )
    notice = WORDNET_NOTICE.replace(
        "# Nouns that head the name of a public body, one a line.",
        "# Names of public bodies: 'name<TAB>its synsets<TAB>those and the body synsets"
        " they are kinds of'.",
    )
    (DATA / "wordnet_body_names.txt").write_text(notice + lines, encoding="utf-8")
    print(f"wordnet_body_names.txt: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
