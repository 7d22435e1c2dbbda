"""List WordNet 3.0's kinds of head, leader, executive, coach and manager: the candidates
for the offices one person holds per organisation (``holders organisation`` in
``tui/engine/data/offices.txt``).

The list is read by hand, not shipped: a role goes into offices.txt only where one person
holds it per organisation at a time (a company's chief executive, a club's coach, a
school's principal), not where many do (a director of a board, a vice president, a
captain of industry). Each line gives the role's words, the synset it comes from and
its gloss, so that the choice can be checked.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/organisation_roles.py [--wordnet /usr/share/wordnet] [--depth 2]
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SEEDS = (
    "head",
    "leader",
    "executive",
    "chief executive officer",
    "administrator",
    "coach",
    "manager",
    "principal",
    "presiding officer",
    "chairman",
)
"""Nouns whose first sense is a person who runs something."""


PERSON_FILE = "18"
"""WordNet's lexicographer file of nouns for people (noun.person)."""


@dataclass(frozen=True)
class Synset:
    person: bool
    """A kind of person (not "head" the body part)."""
    words: tuple[str, ...]
    gloss: str
    hyponyms: tuple[str, ...]
    """Offsets of the synsets that are kinds of this one."""


def read_nouns(folder: Path) -> dict[str, Synset]:
    synsets = {}
    for line in (folder / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields, _, gloss = line.partition(" | ")
        parts = fields.split()
        count = int(parts[3], 16)
        words = tuple(parts[4 + 2 * k].replace("_", " ") for k in range(count))
        k = 4 + 2 * count
        pointers = [parts[k + 1 + 4 * p : k + 5 + 4 * p] for p in range(int(parts[k]))]
        hyponyms = tuple(target for symbol, target, pos, _ in pointers if symbol == "~")
        synsets[parts[0]] = Synset(parts[1] == PERSON_FILE, words, gloss.strip(), hyponyms)
    return synsets


def person_sense(folder: Path, synsets: dict[str, Synset], lemma: str) -> str | None:
    """The offset of ``lemma``'s most frequent noun sense that is a person (WordNet lists
    the most frequent first: "head" the person, not the body part)."""
    key = lemma.replace(" ", "_")
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(key + " "):
            parts = line.split()
            senses = parts[6 + int(parts[3]) :]
            return next((offset for offset in senses if synsets[offset].person), None)
    return None


def kinds(synsets: dict[str, Synset], offset: str, depth: int) -> Iterator[tuple[str, Synset]]:
    """The synset at ``offset`` and its kinds, ``depth`` levels down."""
    yield offset, synsets[offset]
    if depth:
        for hyponym in synsets[offset].hyponyms:
            yield from kinds(synsets, hyponym, depth - 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--depth", type=int, default=2)
    args = parser.parse_args()
    synsets = read_nouns(args.wordnet)
    seen: set[str] = set()
    for seed in SEEDS:
        offset = person_sense(args.wordnet, synsets, seed)
        if offset is None:
            continue
        for found, synset in kinds(synsets, offset, args.depth):
            if found not in seen:
                seen.add(found)
                print(f"{'; '.join(synset.words)}\t{seed}:{found}\t{synset.gloss}")


if __name__ == "__main__":
    main()
