"""Build ``tui/engine/data/wordnet_converses.txt``: pairs of converse verbs, two verbs
that tell one event from each of its two parties ("Ferrand *bought* the brewery from the
family" / "the family *sold* the brewery to Ferrand"), from WordNet 3.0.

WordNet lists such verbs as antonyms ("buy" / "sell", "borrow" / "lend"), but with
their parties swapped they state the same event; they are opposites only when the same
party is their subject on both sides. Two sources:

- WordNet verb antonyms (among each word's first ``SENSES`` senses) where one verb is,
  through its hypernyms, a kind of "get" (come into the possession of something) and
  the other a kind of "give" (transfer possession of something to somebody) or
  "exchange", and not of "get": the goods pass from one party to the other ("buy" /
  "sell", "borrow" / "lend").
- A short list of converse pairs whose two verbs WordNet files under other roots
  (``_LISTED``: "import" / "export" are both kinds of "trade", "teach" / "learn" of
  "inform" and "acquire"); each pair is kept only when WordNet has both as verbs.

A verb of a WordNet pair comes with the words of the synset the antonym links ("buy":
"purchase"; "lend": "loan"), everyday single words only (build_lexicons.MIN_ZIPF),
without the light verbs that name many acts; a listed pair's verbs come alone.

Line format: ``verb form<TAB>side<TAB>converses``: the root verb of the form's side
("buy") and the roots of its converses, comma-separated ("sell"), for the base form and
its inflected forms (regular ones and WordNet's verb.exc).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_converses.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_change import verb_senses
from build_lexicons import (
    DATA,
    WORDNET_NOTICE,
    _usable,
    _word_pointers,
    has_wordnet,
    read_synsets,
    wordnet_parser,
)
from build_tone import inflections, irregular_forms, read_links

SENSES = 2
"""A verb's senses that count: its most frequent ones (WordNet lists them first)."""
_INTO = (("get", "come into the possession"),)
"""(verb, words of the gloss of its sense): the goods come to the subject."""
_OUT_OF = (("give", "transfer possession"), ("exchange", "give to, and receive from"))
"""The goods leave the subject."""
_LISTED = (("import", "export"), ("teach", "learn"), ("give", "receive"), ("send", "receive"))
"""Converse pairs WordNet does not link through the roots above."""
_LIGHT = frozenset("have get take make do be go give".split())
"""Verbs of so many acts that a synset naming them says nothing of the converse."""


def _glosses(folder: Path) -> dict[str, str]:
    glosses = {}
    for line in (folder / "data.verb").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            glosses[line.split()[0]] = line.split(" | ", 1)[1]
    return glosses


def converse_roots(folder: Path) -> dict[tuple[str, str], tuple[set[str], set[str]]]:
    """(verb, its converse) -> the words of each one's sense: the synsets the antonym
    links ("lend, loan" / "borrow"), the two verbs alone for a listed pair."""
    links = read_links(folder, "verb")
    senses = verb_senses(folder)
    glosses = _glosses(folder)

    def root(roots: tuple[tuple[str, str], ...]) -> set[str]:
        return {
            offset
            for word, gloss in roots
            for offset in senses.get(word, ())
            if gloss in glosses.get(offset, "")
        }

    into, out_of = root(_INTO), root(_OUT_OF)
    memo: dict[str, frozenset[str]] = {}

    def ancestors(offset: str) -> frozenset[str]:
        if offset not in memo:
            memo[offset] = frozenset()  # a cycle guard while this one is being read
            found = {offset}
            for link in links[offset][1]:
                found |= ancestors(link)
            memo[offset] = frozenset(found)
        return memo[offset]

    def gets(offset: str) -> bool:
        return bool(ancestors(offset) & into)

    def gives(offset: str) -> bool:
        return bool(ancestors(offset) & out_of) and not gets(offset)

    synsets = read_synsets(folder, "verb")
    pairs: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
    for offset, synset in synsets.items():
        for a, target, b in _word_pointers(synset, synset.antonyms, synsets):
            if offset not in senses.get(a, ())[:SENSES] or target not in senses.get(b, ())[:SENSES]:
                continue
            if gets(offset) and gives(target) and _usable(a) and _usable(b):
                pairs[(a, b)] = (set(links[offset][0]), set(links[target][0]))
    for a, b in _LISTED:
        if a in senses and b in senses:
            pairs[(a, b)] = ({a}, {b})
    return pairs


def converse_table(folder: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """Verb -> (the root of its side, the roots of its converses); a verb on two sides
    is left out."""
    sides: dict[str, set[str]] = {}
    converses: dict[str, set[str]] = {}
    for (a, b), words in converse_roots(folder).items():
        for root, other, synonyms in ((a, b, words[0]), (b, a, words[1])):
            converses.setdefault(root, set()).add(other)
            for word in synonyms - (_LIGHT - {root}):
                if word == root or (_usable(word) and " " not in word):
                    sides.setdefault(word, set()).add(root)
    return {
        word: (root, frozenset(converses[root]))
        for word, roots in sides.items()
        if len(roots) == 1
        for root in roots
    }


def write_converses(table: dict[str, tuple[str, frozenset[str]]], folder: Path, path: Path) -> None:
    irregular = irregular_forms(folder)
    forms: dict[str, tuple[str, frozenset[str]]] = {}
    for word in sorted(table):
        for form in (word, *inflections(word), *irregular.get(word, ())):
            forms.setdefault(form, table[word])
    lines = [
        WORDNET_NOTICE.replace("build_lexicons", "build_converses"),
        "# verb form<TAB>side<TAB>its converses: one event told from each of its parties\n",
        *(
            f"{form}\t{forms[form][0]}\t{','.join(sorted(forms[form][1]))}\n"
            for form in sorted(forms)
        ),
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = converse_table(args.wordnet)
    write_converses(table, args.wordnet, DATA / "wordnet_converses.txt")
    print(f"wordnet_converses.txt: {len(table)} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
