"""Build the aligner's synonym classes (``tui/engine/data/wordnet_synonyms.txt``) from WordNet 3.0.

Two words are synonyms for the aligner when they share a WordNet synset that is one of
the main senses of one of them (its first ``MAIN_SENSES`` senses of a part of speech;
WordNet lists them most frequent first) and one of the frequent senses of the other (its
first ``SENSES``): "hurry" and "rush" (the synset is hurry's second sense, rush's
fourth), "restriction" and "limitation". Two forms WordNet marks as derivationally
related, each in one of its main senses, are synonyms too ("decision" / "decide",
"reliance" / "rely"), where their stems differ. Words are stored as the aligner sees them: the
Snowball stem of the lower-cased word, stopwords and rare words (wordfreq Zipf frequency
below ``MIN_ZIPF``) left out. A class only one stem would hold is dropped (it can match
nothing), the others are renumbered.

Line format: ``stem<TAB>main classes<TAB>other classes`` (space-separated small integers;
two stems are synonyms when the main classes of one meet any class of the other).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_synonyms.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from build_lexicons import (
    DATA,
    has_wordnet,
    read_ranks,
    sense_classes,
    wordnet_parser,
    write_sense_classes,
)
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


POINTER_POS = {"n": "noun", "v": "verb", "a": "adj", "s": "adj", "r": "adv"}


def derivations(folder: Path, ranks: dict[tuple[str, str], int]) -> set[tuple[str, str]]:
    """Word pairs WordNet links as derivationally related forms ("decision" / "decide",
    "reliance" / "rely"), both in one of their main senses; ``ranks`` is keyed by
    (lemma, part of speech + synset offset)."""
    words: dict[str, list[str]] = {}
    links: list[tuple[str, int, str, int]] = []
    for pos_name in POS_NAMES:
        for line in (folder / f"data.{pos_name}").read_text(encoding="latin-1").splitlines():
            if line.startswith(" "):
                continue  # the licence header
            fields = line.split(" | ")[0].split()
            key, count = f"{pos_name}{fields[0]}", int(fields[3], 16)
            words[key] = [fields[4 + 2 * k].lower() for k in range(count)]
            k = 4 + 2 * count
            for p in range(int(fields[k])):
                symbol, target, pos, link = fields[k + 1 + 4 * p : k + 5 + 4 * p]
                if symbol == "+":
                    target_key = f"{POINTER_POS[pos]}{target}"
                    links.append((key, int(link[:2], 16), target_key, int(link[2:], 16)))
    pairs = set()
    for key, source, target_key, target in links:
        a, b = words[key][source - 1], words[target_key][target - 1]
        if (
            ranks.get((a, key), SENSES) < MAIN_SENSES
            and ranks.get((b, target_key), SENSES) < MAIN_SENSES
        ):
            pairs.add((min(a, b), max(a, b)))
    return pairs


def synonym_classes(folder: Path) -> dict[str, Classes]:
    """Stem -> ids of the synonym classes of its main senses and of its other frequent ones.

    Two derivationally related words share a class of their own, as main senses."""
    senses: dict[str, dict[str, int]] = defaultdict(dict)  # stem -> synset -> best rank
    ranks: dict[tuple[str, str], int] = {}
    for pos_name in POS_NAMES:
        for (lemma, offset), rank in read_ranks(folder, pos_name).items():
            ranks[(lemma, f"{pos_name}{offset}")] = rank
            if rank >= SENSES or not _usable(lemma):
                continue
            _, stem, stopword = word_forms(lemma)
            if not stopword:
                key = f"{pos_name}{offset}"
                senses[stem][key] = min(rank, senses[stem].get(key, rank))
    for a, b in derivations(folder, ranks):
        if _usable(a) and _usable(b):
            (_, stem_a, stop_a), (_, stem_b, stop_b) = word_forms(a), word_forms(b)
            if stem_a != stem_b and not (stop_a or stop_b):
                senses[stem_a][f"+{a}/{b}"] = senses[stem_b][f"+{a}/{b}"] = 0
    holders: dict[str, set[str]] = defaultdict(set)
    for stem, ranks in senses.items():
        for key in ranks:
            holders[key].add(stem)
    kept = sorted(key for key, stems in holders.items() if 2 <= len(stems) <= MAX_CLASS)
    return sense_classes(senses, kept, MAIN_SENSES)


def write_synonyms(table: dict[str, Classes], path: Path) -> None:
    write_sense_classes(
        table,
        path,
        "# Synonym classes for the aligner: stem<TAB>main classes<TAB>other classes (two stems"
        " are synonyms when the main classes of one meet any class of the other).\n",
    )


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = synonym_classes(args.wordnet)
    write_synonyms(table, DATA / "wordnet_synonyms.txt")
    print(f"wordnet_synonyms.txt: {len(table)} stems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
