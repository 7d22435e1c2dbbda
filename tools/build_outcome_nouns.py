"""Build ``tui/engine/data/wordnet_outcome_nouns.txt``: nouns that name the outcome of a
contest for the party they are given to ("a *victory* for Kelso", "ended in *defeat*
for the crew", "a *rout*"), from WordNet 3.0.

A noun names a win when its first (most frequent) sense is WordNet's "victory" (a
successful ending of a struggle or contest) or a kind of it ("landslide", "walkover"),
a loss when it is "defeat" (an unsuccessful ending to a struggle or contest) or a kind
of it ("rout", "drubbing", "whitewash"). A noun of both ways is left out, and so are
words rarer than build_lexicons.MIN_ZIPF or of more than one word.

Line format: ``noun<TAB>win`` or ``<TAB>lose``, for the noun and its plural.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_outcome_nouns.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import DATA, WORDNET_NOTICE, _clean, _usable, has_wordnet, wordnet_parser
from build_tone import glosses, read_links, root_senses

SENSES = 1
"""A noun's senses that count: its most frequent (WordNet lists it first), so "slaughter"
(killing) or "pin" (a fastener) is no outcome."""
WIN, LOSE = "win", "lose"
_ROOTS = {
    ("victory", "successful ending of a struggle or contest"): WIN,
    ("defeat", "unsuccessful ending to a struggle or contest"): LOSE,
}
"""(noun, words of the gloss of its sense) that roots each outcome."""


def noun_senses(folder: Path) -> dict[str, list[str]]:
    """Noun -> the offsets of its senses, most frequent first."""
    senses: dict[str, list[str]] = {}
    for line in (folder / "index.noun").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            senses[_clean(fields[0])] = fields[-int(fields[2]) :]
    return senses


def outcome_nouns(folder: Path) -> dict[str, str]:
    """Noun -> "win" or "lose"."""
    synsets = read_links(folder, "noun")
    senses = noun_senses(folder)
    roots = root_senses(_ROOTS, senses, glosses(folder, "noun"))

    def ways(offset: str, seen: frozenset[str] = frozenset()) -> set[str]:
        found = {roots[offset]} if offset in roots else set()
        for link in synsets[offset][1]:
            if link not in seen:
                found |= ways(link, seen | {offset})
        return found

    table = {}
    for word, offsets in senses.items():
        if " " in word or not _usable(word):
            continue
        found = set().union(*(ways(offset) for offset in offsets[:SENSES]))
        if len(found) == 1:
            table[word] = found.pop()
    return table


def plural(noun: str) -> str:
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "o", "u"):
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def write_outcome_nouns(table: dict[str, str], path: Path) -> None:
    forms = {form: way for noun, way in table.items() for form in (noun, plural(noun))}
    lines = [
        WORDNET_NOTICE.replace("build_lexicons", "build_outcome_nouns"),
        "# noun<TAB>win or lose: the outcome of a contest it names for its party\n",
        *(f"{form}\t{forms[form]}\n" for form in sorted(forms)),
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.noun"):
        return 2
    table = outcome_nouns(args.wordnet)
    write_outcome_nouns(table, DATA / "wordnet_outcome_nouns.txt")
    print(f"wordnet_outcome_nouns.txt: {len(table)} nouns")
    return 0


if __name__ == "__main__":
    sys.exit(main())
