"""Build the aligner's synonym classes (``tui/engine/data/wordnet_synonyms.txt``) from WordNet 3.0.

Two words are synonyms for the aligner when they share a WordNet synset that is one of
the main senses of one of them (its first ``MAIN_SENSES`` senses of a part of speech;
WordNet lists them most frequent first) and one of the frequent senses of the other (its
first ``SENSES``): "hurry" and "rush" (the synset is hurry's second sense, rush's
fourth), "restriction" and "limitation". Words are stored as the aligner sees them: the
Snowball stem of the lower-cased word, stopwords and rare words (wordfreq Zipf frequency
below ``MIN_ZIPF``) left out. A class only one stem would hold is dropped (it can match
nothing), the others are renumbered.

Line format: ``stem<TAB>main classes<TAB>other classes`` (space-separated small integers;
two stems are synonyms when the main classes of one meet any class of the other).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_synonyms.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

from build_lexicons import DATA, WORDNET_NOTICE, read_ranks
from wordfreq import zipf_frequency

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.engine.textnorm import word_forms  # noqa: E402

SENSES = 4
"""A word's sense counts when it is among its first SENSES senses of that part of speech."""
MAIN_SENSES = 2
"""A word's main senses: its first MAIN_SENSES of a part of speech."""
MIN_ZIPF = 2.5
"""Words rarer than this (about 3 per million words of text) are left out."""
MAX_CLASS = 12
"""Synsets holding more stems than this are loose groupings, not synonyms: left out."""
POS_NAMES = ("noun", "verb", "adj", "adv")


def _usable(word: str) -> bool:
    return (
        word.isalpha()
        and word == word.lower()
        and len(word) >= 3
        and zipf_frequency(word, "en") >= MIN_ZIPF
    )


Classes = tuple[set[int], set[int]]
"""A stem's (main classes, other classes)."""


def synonym_classes(folder: Path) -> dict[str, Classes]:
    """Stem -> ids of the synonym classes of its main senses and of its other frequent ones."""
    senses: dict[str, dict[str, int]] = defaultdict(dict)  # stem -> synset -> best rank
    for pos_name in POS_NAMES:
        for (lemma, offset), rank in read_ranks(folder, pos_name).items():
            if rank >= SENSES or not _usable(lemma):
                continue
            _, stem, stopword = word_forms(lemma)
            if not stopword:
                key = f"{pos_name}{offset}"
                senses[stem][key] = min(rank, senses[stem].get(key, rank))
    holders: dict[str, set[str]] = defaultdict(set)
    for stem, ranks in senses.items():
        for key in ranks:
            holders[key].add(stem)
    kept = sorted(key for key, stems in holders.items() if 2 <= len(stems) <= MAX_CLASS)
    number = {key: n for n, key in enumerate(kept)}
    table: dict[str, Classes] = {}
    for stem, ranks in senses.items():
        classes = {number[key]: rank for key, rank in ranks.items() if key in number}
        if classes:
            main = {n for n, rank in classes.items() if rank < MAIN_SENSES}
            table[stem] = (main, set(classes) - main)
    return table


def write_synonyms(table: dict[str, Classes], path: Path) -> None:
    lines = [
        WORDNET_NOTICE,
        "# Synonym classes for the aligner: stem<TAB>main classes<TAB>other classes (two stems"
        " are synonyms when the main classes of one meet any class of the other).\n",
    ]
    for stem in sorted(table):
        main, other = (" ".join(map(str, sorted(ids))) for ids in table[stem])
        lines.append(f"{stem}\t{main}\t{other}\n")
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    args = parser.parse_args()
    if not (args.wordnet / "data.verb").exists():
        print(f"{args.wordnet}: no WordNet here (apt-get install wordnet-base)", file=sys.stderr)
        return 2
    table = synonym_classes(args.wordnet)
    write_synonyms(table, DATA / "wordnet_synonyms.txt")
    print(f"wordnet_synonyms.txt: {len(table)} stems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
