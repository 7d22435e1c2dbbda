"""Build ``tui/engine/data/wordnet_acts.txt``: for each verb, the verbs naming an act that
doing it is doing as well, from WordNet 3.0, so a denial of one is read against an
affirmation of the other ("did not *acquire* the horse" / "*bought* the horse", "never
*given back*" / "*returned*").

A verb ``a`` names an act that ``b`` names too when, for a main sense of ``a`` (its first
``MAIN_SENSES`` as a verb, WordNet lists them most frequent first) and a frequent sense
of ``b`` (its first ``SENSES``), the two senses are one synset; or when, for the first
sense of ``a`` (a second sense read so joins too much: "mow" / "grimace"):
- WordNet puts the two senses in one verb group (``$``);
- the sense of ``b`` is the hypernym of the sense of ``a`` (``@``, one step: "buy" is a
  way to "acquire"), and that hypernym has at most ``MAX_TROPONYMS`` troponyms, so a
  catch-all act ("change", "move", "make") that holds every other is left out;
- the sense of ``a`` entails the sense of ``b`` (``*``: "snore" entails "sleep");
A synonym in the first sense of ``a`` counts in any of its first ``SHARED_SENSES``
senses ("get to", first of all "reach a destination", is the seventh sense of "reach"),
and a synonym implies the verb as much as the verb implies it.
Derivational links (``+``) through a shared noun were tried and left out: they join
senses far apart ("repair" / "pay", through "reparation").
The relation runs one way: doing ``a`` is doing ``b``, so "did not ``b``" denies "``a``"
("never acquired" / "bought"), while "did not buy" says nothing against "acquired".
Two verbs WordNet gives as antonyms in any sense are left out. Only everyday verbs and
multi-word verbs (build_lexicons: ``MIN_ZIPF`` on the first word) are kept.

Line format: ``verb<TAB>verbs it implies, separated by "|"``.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_acts.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from build_lexicons import (
    DATA,
    WORDNET_NOTICE,
    _clean,
    _usable_predicate,
    has_wordnet,
    read_ranks,
    wordnet_parser,
)

MAIN_SENSES = 2
"""The senses of the implying verb that count: its first MAIN_SENSES."""
SENSES = 4
"""The senses of the implied verb that count: its first SENSES."""
SHARED_SENSES = 7
"""The senses of a synonym of the implying verb's first sense that count."""
MAX_TROPONYMS = 35
"""A hypernym with more troponyms than this is a catch-all act, not the act named."""


@dataclass
class VerbSynset:
    words: list[str]
    hypernyms: list[str] = field(default_factory=list)
    troponyms: int = 0
    entails: list[str] = field(default_factory=list)
    group: list[str] = field(default_factory=list)
    antonyms: list[str] = field(default_factory=list)


def read_verbs(folder: Path) -> dict[str, VerbSynset]:
    synsets: dict[str, VerbSynset] = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # the licence header
        fields = line.split(" | ")[0].split()
        offset, count = fields[0], int(fields[3], 16)
        synset = VerbSynset([_clean(fields[4 + 2 * k]) for k in range(count)])
        k = 4 + 2 * count
        for p in range(int(fields[k])):
            symbol, target, pos, _ = fields[k + 1 + 4 * p : k + 5 + 4 * p]
            if symbol == "@" and pos == "v":
                synset.hypernyms.append(target)
            elif symbol == "~" and pos == "v":
                synset.troponyms += 1
            elif symbol == "*":
                synset.entails.append(target)
            elif symbol == "$":
                synset.group.append(target)
            elif symbol == "!":
                synset.antonyms.append(target)
        synsets[offset] = synset
    return synsets


def act_table(folder: Path) -> dict[str, set[str]]:
    """Verb -> the verbs it implies (both usable, the verb itself left out)."""
    synsets = read_verbs(folder)
    ranks = read_ranks(folder, "verb")
    senses: dict[str, dict[str, int]] = defaultdict(dict)
    for (lemma, offset), rank in ranks.items():
        if _usable_predicate(lemma):
            senses[lemma][offset] = rank

    def frequent(word: str, offset: str, limit: int) -> bool:
        return senses.get(word, {}).get(offset, limit) < limit

    opposed: dict[str, set[str]] = defaultdict(set)
    for word, ranked in senses.items():
        for offset in ranked:
            for target in synsets[offset].antonyms:
                opposed[word].update(synsets[target].words)
    table: dict[str, set[str]] = defaultdict(set)
    for word, ranked in senses.items():
        for offset, rank in ranked.items():
            if rank >= MAIN_SENSES:
                continue
            synset = synsets[offset]
            targets = {offset}
            if rank == 0:
                targets.update(synset.group, synset.entails)
                targets.update(h for h in synset.hypernyms if synsets[h].troponyms <= MAX_TROPONYMS)
            for target in targets:
                limit = SHARED_SENSES if target == offset and rank == 0 else SENSES
                for other in synsets[target].words:
                    if other != word and other in senses and frequent(other, target, limit):
                        if other not in opposed[word]:
                            table[word].add(other)
                            if target == offset:  # a synonym: doing either is doing both
                                table[other].add(word)
    return table


def write_acts(table: dict[str, set[str]], path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("build_lexicons.py", "build_acts.py"),
        "# verb<TAB>the verbs naming an act that doing it is doing too, separated by |\n",
    ]
    lines += [f"{verb}\t{'|'.join(sorted(table[verb]))}\n" for verb in sorted(table)]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = act_table(args.wordnet)
    write_acts(table, DATA / "wordnet_acts.txt")
    pairs = sum(map(len, table.values()))
    print(f"wordnet_acts.txt: {len(table)} verbs, {pairs} implied verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
