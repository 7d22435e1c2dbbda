"""Build ``tui/engine/data/wordnet_change.txt``: verbs that say which way an amount
moved ("rose", "climbed", "slumped", "lost"), from WordNet 3.0.

A verb moves an amount up when one of its first ``SENSES`` senses is, through its
hypernyms, a kind of WordNet's "increase" (become bigger or greater in amount:
"rise", "climb", "soar", "jump") and down when one is a kind of "decrease" ("fall",
"drop", "slump", "sink"); a verb with senses of both kinds is left out. The direct
verb antonyms of a verb of one direction, among their first senses, move the other
way ("gain" / "lose"). Only single everyday words (build_lexicons.MIN_ZIPF) are kept.

Line format: ``verb<TAB>up`` or ``verb<TAB>down`` for the base form and its inflected
forms (regular ones and WordNet's verb.exc).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_change.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import (
    DATA,
    WORDNET_NOTICE,
    _clean,
    _usable,
    antonym_pairs,
    has_wordnet,
    wordnet_parser,
)
from build_tone import inflections, irregular_forms, read_links

SENSES = 10
"""A verb's senses that count: its most frequent ones (WordNet lists them first)."""
UP, DOWN = "up", "down"
_ROOTS = {"increase": UP, "decrease": DOWN}
"""Verbs whose first sense is the root of each direction."""


def verb_senses(folder: Path) -> dict[str, list[str]]:
    """Verb -> the offsets of its senses, most frequent first."""
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split()
        count = int(fields[2])
        senses[_clean(fields[0])] = fields[-count:]
    return senses


def directions(folder: Path) -> dict[str, str]:
    """Verb -> "up" or "down"."""
    synsets = read_links(folder, "verb")
    senses = verb_senses(folder)
    roots = {senses[word][0]: way for word, way in _ROOTS.items()}
    memo: dict[str, set[str]] = {}

    def ways(offset: str, seen: frozenset[str] = frozenset()) -> set[str]:
        if offset in memo:
            return memo[offset]
        found = {roots[offset]} if offset in roots else set()
        for link in synsets[offset][1]:
            if link not in seen:
                found |= ways(link, seen | {offset})
        memo[offset] = found
        return found

    table: dict[str, str] = {}
    for word, offsets in senses.items():
        if " " in word or not _usable(word):
            continue
        found = set().union(*(ways(offset) for offset in offsets[:SENSES]))
        if len(found) == 1:
            table[word] = found.pop()
    by_senses = dict(table)  # antonyms take the other way of these only, never of each other
    for a, b in sorted(antonym_pairs(folder)):
        for word, other in ((a, b), (b, a)):
            if other in by_senses and word not in table and word in senses and " " not in word:
                table[word] = DOWN if by_senses[other] == UP else UP
    return table


def write_verb_classes(
    table: dict[str, str], folder: Path, path: Path, tool: str, legend: str
) -> None:
    """Write ``table`` (verb -> class) with every regular and irregular form of each verb
    under its class, after the WordNet notice naming ``tool`` and the ``legend`` lines."""
    irregular = irregular_forms(folder)
    forms: dict[str, str] = {}
    for word in sorted(table):
        for form in (word, *inflections(word), *irregular.get(word, ())):
            forms.setdefault(form, table[word])
    lines = [
        WORDNET_NOTICE.replace("build_lexicons", tool),
        legend,
        *(f"{form}\t{forms[form]}\n" for form in sorted(forms)),
    ]
    path.write_text("".join(lines), encoding="utf-8")


def write_change(table: dict[str, str], folder: Path, path: Path) -> None:
    legend = "# verb form<TAB>up or down: the way it says an amount moved\n"
    write_verb_classes(table, folder, path, "build_change", legend)


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = directions(args.wordnet)
    write_change(table, args.wordnet, DATA / "wordnet_change.txt")
    print(f"wordnet_change.txt: {len(table)} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
