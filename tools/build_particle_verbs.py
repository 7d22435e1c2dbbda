"""Build ``tui/engine/data/wordnet_particle_verbs.txt``: the two-word verbs of WordNet 3.0
whose second word is a particle of direction ("take on", "lay off", "set up", "shut
down", "bring in", "phase out", "cut back"), with the senses they mean.

opposite_particle.py reads two such verbs with particles of opposite direction ("took
*on* six apprentices" / "six apprentices were laid *off*") in one slot as opposites.
WordNet links antonyms word to word and lacks most of these pairs, and many of the
verbs reporters write ("scale back", "wind down", "pare back"); the particle carries
the direction, and a verb WordNet gives one particle of the up/down family ("scale
up", "wind up", "pare down") takes the others there too. The senses (the synsets of
a verb's first ``SENSES`` senses and the synsets those are a kind of) let two verbs
that share one be read as one meaning ("close up" / "shut down").

Line format: ``verb<TAB>particle<TAB>synset offsets`` (space-separated), for everyday
verbs only (build_lexicons._usable on the verb's first word).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_particle_verbs.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

from pathlib import Path

from build_lexicons import DATA, WORDNET_NOTICE, _usable, has_wordnet, wordnet_parser

PARTICLES = frozenset("up down back on off in out".split())
"""Particles of direction on the three axes opposite_particle.py reads."""
SENSES = 2
"""A two-word verb's senses: its first SENSES (WordNet's most frequent)."""
OUTPUT = DATA / "wordnet_particle_verbs.txt"


def hypernyms(folder: Path) -> dict[str, list[str]]:
    """Verb synset offset -> the offsets of the synsets it is a kind of."""
    found: dict[str, list[str]] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        count = int(fields[3], 16)
        k = 4 + 2 * count
        above = []
        for p in range(int(fields[k])):
            symbol, target = fields[k + 1 + 4 * p], fields[k + 2 + 4 * p]
            if symbol == "@":
                above.append(target)
        found[fields[0]] = above
    return found


def particle_verbs(folder: Path) -> list[tuple[str, str, list[str]]]:
    """(verb, particle, sense offsets) of each everyday two-word verb of a particle."""
    above = hypernyms(folder)
    rows = []
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        parts = fields[0].split("_")
        if len(parts) != 2 or parts[1] not in PARTICLES or not _usable(parts[0]):
            continue
        senses = fields[-int(fields[2]) :][:SENSES]
        offsets = sorted({*senses, *(h for s in senses for h in above.get(s, ()))})
        rows.append((parts[0], parts[1], offsets))
    return rows


def main() -> int:
    args = wordnet_parser(__doc__ or "").parse_args()
    if not has_wordnet(args.wordnet, "index.verb"):
        return 1
    rows = particle_verbs(args.wordnet)
    notice = WORDNET_NOTICE.replace("tools/build_lexicons.py", "tools/build_particle_verbs.py")
    body = "".join(f"{verb}\t{particle}\t{' '.join(offsets)}\n" for verb, particle, offsets in rows)
    OUTPUT.write_text(
        notice
        + "# verb<TAB>particle<TAB>WordNet verb synsets of its first senses and their kinds\n"
        + body,
        encoding="utf-8",
    )
    print(f"{OUTPUT}: {len(rows)} two-word verbs")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
