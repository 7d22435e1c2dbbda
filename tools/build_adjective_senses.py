"""Build ``wordnet_adjective_senses.txt``: everyday adjectives with the WordNet adjective
clusters of their senses, so that two adjectives that may say the same of a noun ("the
*old* telegraph office" / "the *former* telegraph office", "the *main* post office" /
"the *central* post office") are read as one, not as two different things named.

WordNet files adjectives in clusters: a head synset ("past") and the satellite synsets
similar to it ("former, old, one-time", "bygone", "late, previous"). An adjective's
clusters are those of every one of its senses (a satellite's is its head's; a head's is
its own). Two adjectives share a sense when their clusters meet: one synset, a
satellite and its head, or two satellites of one head. Antonyms never share a cluster
(the antonym pointers join two heads), so "public" / "private" stay apart. Every sense
counts, not only the frequent ones ("old" means "former" in its fifth): the table is
read to refuse a conflict, so a looser sameness can only refuse more.

Only lower-case single words of everyday English (wordfreq Zipf >= ``MIN_ZIPF``) are
kept, and only clusters two kept words share, renumbered.

Line format: ``adjective<TAB>cluster ids`` (space-separated small integers).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_adjective_senses.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from build_lexicons import DATA, WORDNET_NOTICE, has_wordnet, read_synsets, wordnet_parser
from wordfreq import zipf_frequency

MIN_ZIPF = 2.5
"""Adjectives rarer than this (about 3 per million words of text) are left out."""


def _usable(word: str) -> bool:
    return word.isalpha() and word == word.lower() and zipf_frequency(word, "en") >= MIN_ZIPF


def adjective_clusters(folder: Path) -> dict[str, set[int]]:
    """Adjective -> the numbers of the clusters its senses belong to (those at least
    two kept adjectives share)."""
    synsets = read_synsets(folder, "adj")
    clusters: dict[str, set[str]] = defaultdict(set)
    for offset, synset in synsets.items():
        heads = synset.similar or [offset]  # a satellite's cluster is its head's
        for word in synset.words:
            if _usable(word):
                clusters[word].update(heads)
    holders: dict[str, int] = defaultdict(int)
    for held in clusters.values():
        for head in held:
            holders[head] += 1
    number = {head: n for n, head in enumerate(sorted(h for h, c in holders.items() if c > 1))}
    table = {word: {number[h] for h in held if h in number} for word, held in clusters.items()}
    return {word: ids for word, ids in table.items() if ids}


def write_clusters(table: dict[str, set[int]], path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("build_lexicons.py", "build_adjective_senses.py"),
        "# Adjectives and their WordNet clusters: adjective<TAB>cluster ids (two adjectives"
        " may say the same when their clusters meet).\n",
    ]
    lines += [f"{word}\t{' '.join(map(str, sorted(table[word])))}\n" for word in sorted(table)]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.adj"):
        return 2
    table = adjective_clusters(args.wordnet)
    write_clusters(table, DATA / "wordnet_adjective_senses.txt")
    print(f"wordnet_adjective_senses.txt: {len(table)} adjectives")
    return 0


if __name__ == "__main__":
    sys.exit(main())
