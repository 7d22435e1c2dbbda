"""Build ``tui/engine/data/wordnet_magnitude.txt``: adjectives and adverbs that put a
thing high or low on a scale of size, extent or gravity ("a *minor* leak" / "a
*serious* leak", "*slight* damage" / "*extensive* damage", "*slightly* hurt" /
"*seriously* hurt"), from WordNet 3.0.

WordNet's direct antonyms pair single heads ("major" / "minor"), and its indirect
antonyms a head with the satellites of the other ("extensive" / "small"); but reporters
set a word of one cluster against a word of another cluster of the same pole ("minor"
against "serious", a satellite of "critical"; "slight" against "extensive", a satellite
of "large"). So the poles are the clusters of a few head adjectives of size, extent and
gravity (``HIGH_ROOTS`` / ``LOW_ROOTS``, each a head named by its word and the rank of
its sense): the head's words and those of every satellite similar to it. A word is on a
pole when one of its first ``SENSES`` senses lies in a cluster of that pole and none in
a cluster of the other. An adverb takes the pole of the adjective it is derived from
(WordNet's pertainym pointers of data.adv: "seriously" from "serious"; else its
ending: "slightly" from "slight"). Only single
everyday words (build_lexicons.MIN_ZIPF) used mostly as adjectives (WordNet's tagged
sense counts: "star" names a person) are kept.

Line format: ``word<TAB>high`` or ``word<TAB>low``.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_magnitude.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import (
    DATA,
    WORDNET_NOTICE,
    _clean,
    _usable,
    has_wordnet,
    read_ranks,
    read_synsets,
    wordnet_parser,
)
from build_tone import _mostly_other, sense_counts

SENSES = 3
"""A word's senses that count: its most frequent ones (WordNet lists them first)."""
HIGH, LOW = "high", "low"
HIGH_ROOTS = (("large", 0), ("major", 0), ("major", 1), ("much", 0), ("intense", 0))
HIGH_ROOTS_BY_GLOSS = (("critical", "crisis"), ("considerable", "large or relatively large"))
LOW_ROOTS = (("small", 0), ("minor", 0), ("minor", 1), ("little", 1), ("mild", 0))
LOW_ROOTS_BY_GLOSS = (("limited", "small in range or scope"), ("minimal", "the least possible"))
"""Heads of the clusters of each pole: (word, rank of the sense), or (word, words of
its gloss) where the head is not among the word's first senses ("critical": being in
or verging on a state of crisis, whose satellites are "serious", "grave", "severe")."""


def _senses(folder: Path) -> dict[str, list[str]]:
    """Adjective -> the offsets of its senses, most frequent first."""
    senses: dict[str, list[str]] = {}
    ranks = read_ranks(folder, "adj")
    for word, offset in sorted(ranks, key=ranks.__getitem__):
        senses.setdefault(word, []).append(offset)
    return senses


def _glosses(folder: Path) -> dict[str, str]:
    glosses = {}
    for line in (folder / "data.adj").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" ") and " | " in line:
            glosses[line.split()[0]] = line.split(" | ", 1)[1]
    return glosses


def _roots(
    senses: dict[str, list[str]],
    glosses: dict[str, str],
    by_rank: tuple[tuple[str, int], ...],
    by_gloss: tuple[tuple[str, str], ...],
) -> set[str]:
    roots = {offset for word, rank in by_rank for offset in senses.get(word, [])[rank : rank + 1]}
    for word, words in by_gloss:
        roots |= {offset for offset in senses.get(word, ()) if words in glosses[offset]}
    return roots


def adjective_poles(folder: Path) -> dict[str, str]:
    """Adjective -> "high" or "low"."""
    synsets = read_synsets(folder, "adj")
    senses = _senses(folder)
    glosses = _glosses(folder)
    poles = {
        HIGH: _roots(senses, glosses, HIGH_ROOTS, HIGH_ROOTS_BY_GLOSS),
        LOW: _roots(senses, glosses, LOW_ROOTS, LOW_ROOTS_BY_GLOSS),
    }
    cluster = {
        pole: roots | {o for o, s in synsets.items() if set(s.similar) & roots}
        for pole, roots in poles.items()
    }
    counts = sense_counts(folder)
    table = {}
    for word, offsets in senses.items():
        if " " in word or not _usable(word) or _mostly_other(word, "adj", counts):
            continue
        found = {pole for pole, members in cluster.items() if set(offsets[:SENSES]) & members}
        if len(found) == 1:
            table[word] = found.pop()
    return table


def adverb_poles(folder: Path, adjectives: dict[str, str]) -> dict[str, str]:
    """Adverb -> the pole of the adjective it is derived from ("seriously": "serious"),
    through its first sense's pertainym pointer or, where that has none, its ending
    ("slightly": "slight")."""
    first: dict[str, list[str]] = {}
    for line in (folder / "index.adv").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            fields = line.split()
            first.setdefault(fields[-int(fields[2])], []).append(_clean(fields[0]))
    adjectives_data = read_synsets(folder, "adj")
    table = {}
    for line in (folder / "data.adv").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        fields = line.split(" | ")[0].split()
        adverbs = [a for a in first.get(fields[0], ()) if " " not in a and _usable(a)]
        count = int(fields[3], 16)
        k = 4 + 2 * count
        for p in range(int(fields[k])):
            symbol, target, pos, link = fields[k + 1 + 4 * p : k + 5 + 4 * p]
            source_word = int(link[:2], 16)
            if symbol == "\\" and pos in "as" and target in adjectives_data and source_word:
                adverb = _clean(fields[4 + 2 * (source_word - 1)])
                source = adjectives_data[target].words[int(link[2:], 16) - 1]
                if adverb in adverbs and source in adjectives:
                    table[adverb] = adjectives[source]
    for adverbs in first.values():
        for adverb in adverbs:
            stem = adverb.removesuffix(_ADVERB_ENDING)
            if stem != adverb and stem in adjectives and _usable(adverb):
                table.setdefault(adverb, adjectives[stem])
    return table


_ADVERB_ENDING = "ly"
"""The ending that makes an adverb of an adjective ("slightly": "slight"), read where
the adverb's first sense has no pertainym pointer."""


def write_magnitude(table: dict[str, str], path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("build_lexicons", "build_magnitude"),
        "# adjective or adverb<TAB>high or low: where it puts a thing on a scale of size,\n",
        "# extent or gravity\n",
        *(f"{word}\t{table[word]}\n" for word in sorted(table)),
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.adj"):
        return 2
    adjectives = adjective_poles(args.wordnet)
    table = {**adverb_poles(args.wordnet, adjectives), **adjectives}
    write_magnitude(table, DATA / "wordnet_magnitude.txt")
    print(f"wordnet_magnitude.txt: {len(table)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
