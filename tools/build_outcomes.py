"""Build ``tui/engine/data/wordnet_outcomes.txt``: verbs that say who won a contest and
who lost it ("won", "beat", "defeated", "trounced" / "lost"), verbs that say an act
was accomplished ("completed", "carried out", "met", "achieved"), and verbs that answer
a request or an offer one way or the other ("refused", "rejected", "declined" /
"granted", "allowed", "approved", "awarded", "accepted", "agreed"), from WordNet 3.0.

A verb says its subject won when its first (most frequent) sense is WordNet's "win"
(be the winner in a contest) or "beat" (come out better in a competition), or a kind
of either ("trounce", "rout"), or is "defeat", and that its subject lost when it is "lose" (fail to
win) or a kind of it; the three root words count by their contest sense wherever
WordNet ranks it ("lose" is first of all to fail to keep something). A verb says an act
was done when one of those senses is "succeed" (attain success), "achieve", "carry
out", "complete" (bring to a finish), "meet" (a want or need) or "fulfil" (the
requirements of), or a synonym in that sense ("accomplish", "reach", "finish"); their
kinds are left out ("serve" is a kind of "meet", "arrive" of "succeed"). Winning is
accomplishing too, so a verb of both is a verb of winning. A verb refuses when one of
those senses is "refuse" (refuse to accept; show unwillingness towards) or "reject"
(refuse to accept or acknowledge), or a synonym in that sense ("decline"); it grants
when one is "grant" (let have; give as judged due), "permit" (give permission),
"approve" (give sanction to), "accept" (give an affirmative reply to) or "agree"
(consent or assent to), or a synonym in that sense ("allow", "award", "consent");
their kinds are left out too. A verb of both ways is left out. Only single everyday
words (build_lexicons.MIN_ZIPF) are kept.

Line format: ``verb form<TAB>win``, ``<TAB>lose``, ``<TAB>done``, ``<TAB>refuse`` or
``<TAB>grant`` for the base form
and its inflected forms (regular ones and WordNet's verb.exc).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_outcomes.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_change import verb_senses, write_verb_classes
from build_lexicons import DATA, _usable, has_wordnet, wordnet_parser
from build_tone import glosses, read_links, root_senses

SENSES = 2
"""A verb's senses that count: its most frequent ones (WordNet lists them first)."""
WIN, LOSE, DONE, REFUSE, GRANT = "win", "lose", "done", "refuse", "grant"
BY_SYNONYMS = frozenset((DONE, REFUSE, GRANT))
"""Ways a verb has only through a synonym of a root sense, not through its kinds."""
_ROOTS = {
    ("win", "winner"): WIN,
    ("beat", "competition"): WIN,
    ("lose", "fail to win"): LOSE,
    ("succeed", "attain success"): DONE,
    ("achieve", "gain with effort"): DONE,
    ("carry out", "put in effect"): DONE,
    ("complete", "to a finish"): DONE,
    ("meet", "want or need"): DONE,
    ("fulfil", "requirements or expectations"): DONE,
    ("refuse", "refuse to accept"): REFUSE,
    ("refuse", "show unwillingness"): REFUSE,
    ("reject", "refuse to accept or acknowledge"): REFUSE,
    ("grant", "let have"): GRANT,
    ("grant", "judged due"): GRANT,
    ("permit", "give permission"): GRANT,
    ("approve", "give sanction"): GRANT,
    ("accept", "affirmative reply"): GRANT,
    ("agree", "consent or assent"): GRANT,
}
"""(verb, words of the gloss of its sense) that roots each outcome."""
_SYNONYMS = {"defeat": WIN}
"""Verbs of an outcome whose kinds are not ("defeat" is "get the better of", which
"outsmart" and "cheat" are kinds of)."""


def outcomes(folder: Path) -> dict[str, str]:
    """Verb -> "win", "lose" or "done"."""
    synsets = read_links(folder, "verb")
    senses = verb_senses(folder)
    roots = root_senses(_ROOTS, senses, glosses(folder, "verb"))
    by_synonyms = {offset: way for offset, way in roots.items() if way in BY_SYNONYMS}
    roots = {offset: way for offset, way in roots.items() if way not in BY_SYNONYMS}
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

    table = {}
    for word, offsets in senses.items():
        if " " in word or not _usable(word):
            continue
        found = set().union(*(ways(offset) for offset in offsets[:SENSES]))
        found |= {by_synonyms[o] for o in offsets[:SENSES] if o in by_synonyms}
        if found == {WIN, DONE}:
            found = {WIN}
        if len(found) == 1:
            table[word] = found.pop()
    named = {word: way for (word, _), way in _ROOTS.items() if " " not in word}
    return {**table, **named, **_SYNONYMS}


def write_outcomes(table: dict[str, str], folder: Path, path: Path) -> None:
    legend = (
        "# verb form<TAB>win or lose: the outcome of a contest it gives its subject;\n"
        "# done: the act it names was accomplished\n"
    )
    write_verb_classes(table, folder, path, "build_outcomes", legend)


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = outcomes(args.wordnet)
    write_outcomes(table, args.wordnet, DATA / "wordnet_outcomes.txt")
    print(f"wordnet_outcomes.txt: {len(table)} verbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
