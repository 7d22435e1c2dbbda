"""Build ``tui/engine/data/wordnet_phrasal_antonyms.txt``: opposites of two-word verbs
("vote down", "step up", "speed up", "go ahead"), derived from WordNet 3.0 and the
hand-written opposites of news reporting (antonyms.txt).

WordNet links antonyms word to word and seldom from a two-word verb: "accelerate" is
the antonym of "decelerate", not "speed up" of "slow down", although each stands in
the synset of the other; and a two-word verb is often a kind of a verb that has an
antonym ("step up" is a kind of "increase", whose antonym is "decrease"; "scale down"
of "reduce", a kind of "decrease"). Reporters write the two-word verbs ("voted down
the plan", "stepped up patrols"). So, for each two-word verb of a verb and an adverb
particle (``PARTICLES``: "vote down", "go ahead"; not "run on", which any verb before
"on the grass" would match), in its first ``SENSES`` senses (WordNet's most frequent):

- two senses are opposite when the synsets they are, or are a kind of up to
  ``LEVELS`` levels, are linked by an antonym pointer between any of their members;
  a synset with more than ``MAX_KINDS`` kinds under it is too general to pass an
  antonym down ("change", "act", "move");
- in its first sense, it takes the opposites antonyms.txt gives what it means
  (``meaning_words``): the one-word verbs of its synset and of a specific synset it is
  a kind of, for which that synset is a frequent sense too ("vote down", a kind of
  "veto": "approve", "ratify"; "kill" beside it is no meaning, its frequent sense is
  murder), else the verb that opens its gloss ("go ahead": "proceed (with a plan of
  action)"), unless that is a light verb whose meaning lies in its object ("make").

An opposite must be an everyday word (build_lexicons._usable), a one-word verb or a
two-word verb of the same kind, not the verb's own first word ("climb down" /
"climb": the other side may have left the particle out), and no irregular form of
another verb ("found", the past of "find", from "establish, found"); a pair is dropped
where the two words share a frequent sense. Reciprocal pairs of antonyms.txt ("buy <>
sell") are not passed on, nor WordNet antonyms between their words ("auction off", a
kind of "sell" / "buy"): they oppose only for one subject.

Line format: antonyms.txt's (``word | opposites``).

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_phrasal_opposites.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from build_lexicons import (
    DATA,
    SENSES,
    WORDNET_NOTICE,
    Synset,
    _usable,
    has_wordnet,
    read_ranks,
    read_synsets,
    wordnet_parser,
)
from build_tone import glosses, read_links

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tui.engine.datafiles import data_lines  # noqa: E402

SOURCE_FILE = "antonyms.txt"
LEVELS = 2
"""Levels of "is a kind of" an antonym passes down ("scale down" < "reduce" <
"decrease")."""
MAX_KINDS = 30
"""Kinds directly under a synset beyond which it is too general to pass its antonym
down ("increase" has 21, "change magnitude" more, "act" 73, "change" 401)."""
MAX_SPECIFIC_KINDS = 5
"""Kinds under a synset within which a two-word verb of no one-word synonym means what
it means ("veto" has one kind under it, "vote down")."""
LIGHT_VERBS = frozenset(
    "be have do make cause get give take put become go come let keep set bring try".split()
)
"""Verbs that open a definition without its meaning ("*cause* to be", "*make*
smaller")."""
PARTICLES = frozenset("up down out off back away ahead forward aside apart".split())
"""Adverb particles of two-word verbs, which seldom open a prepositional phrase."""
OUT = "wordnet_phrasal_antonyms.txt"

Opposites = dict[str, set[str]]
"""Two-word verb -> its opposites."""
Ranks = dict[tuple[str, str], int]
"""(folded word, synset offset) -> the sense's rank among the word's senses."""


def source_opposites() -> dict[str, set[str]]:
    """Every word of antonyms.txt with its opposites (both ways), reciprocal lines
    ("buy <> sell") left out."""
    table: dict[str, set[str]] = defaultdict(set)
    for line in data_lines(SOURCE_FILE):
        if " <> " in line:
            continue
        left, right = (
            [w.strip() for w in group.split(",") if w.strip()] for group in line.split(" | ")
        )
        for a in left:
            for b in right:
                table[a].add(b)
                table[b].add(a)
    return table


def reciprocal_pairs() -> set[frozenset[str]]:
    """The pairs of antonyms.txt's reciprocal lines ("buy <> sell"): one act told from
    each of its parties."""
    pairs: set[frozenset[str]] = set()
    for line in data_lines(SOURCE_FILE):
        if " <> " in line:
            left, right = (
                [w.strip() for w in group.split(",") if w.strip()] for group in line.split(" <> ")
            )
            pairs |= {frozenset((a, b)) for a in left for b in right}
    return pairs


def _reciprocal(a: set[str], b: set[str], pairs: set[frozenset[str]]) -> bool:
    return any(frozenset((x, y)) in pairs for x in a for y in b)


class Senses:
    """WordNet's verb senses with what each is a kind of and its antonyms."""

    def __init__(self, folder: Path) -> None:
        self.synsets: dict[str, Synset] = read_synsets(folder, "verb")
        self.ranks: Ranks = {(w.lower(), o): r for (w, o), r in read_ranks(folder, "verb").items()}
        self.glossed = glosses(folder, "verb")
        self.parents = {o: links for o, (_, links) in read_links(folder, "verb").items()}
        kinds: dict[str, int] = defaultdict(int)
        for links in self.parents.values():
            for link in links:
                kinds[link] += 1
        self.kinds = dict(kinds)
        self.general = {o for o, n in kinds.items() if n > MAX_KINDS}
        self.irregular = {
            form
            for line in (folder / "verb.exc").read_text(encoding="latin-1").splitlines()
            for form in line.split()[:1]
        }
        self.ranks_words = {w for w, _ in self.ranks}
        self.verbs = {w for w in self.ranks_words if " " not in w}

    def members(self, offset: str) -> set[str]:
        """The words of a synset for which it is a frequent sense."""
        return {
            w.lower()
            for w in self.synsets[offset].words
            if self.ranks.get((w.lower(), offset), SENSES) < SENSES
        }

    def above(self, offset: str) -> set[str]:
        """The synset and those it is a kind of, up to LEVELS levels, none too general."""
        found, todo = {offset}, [offset]
        for _ in range(LEVELS):
            todo = [p for o in todo for p in self.parents.get(o, ()) if p not in self.general]
            found.update(todo)
        return found

    def antonym_links(self, offsets: set[str]) -> set[tuple[str, str]]:
        """(synset, a synset it is an antonym of) for each of ``offsets``."""
        return {(o, target) for o in offsets for _, target, _, _ in self.synsets[o].antonyms}


def gloss_head(gloss: str, verbs: set[str]) -> str | None:
    """The verb that opens a gloss's first definition: "proceed (with a plan of action)"
    -> "proceed"; None for a light verb ("cause to ...")."""
    words = re.findall(r"[a-z-]+", gloss.split(";", 1)[0].lower())
    if words and words[0] in verbs and words[0] not in LIGHT_VERBS:
        return words[0]
    return None


def phrasal_opposites(folder: Path) -> Opposites:
    """Two-word verb -> its opposites."""
    senses = Senses(folder)
    source = source_opposites()
    converses = reciprocal_pairs()
    below: dict[str, set[str]] = defaultdict(set)  # synset -> the frequent senses under it
    sense_words: dict[str, set[str]] = defaultdict(set)
    for (word, offset), rank in senses.ranks.items():
        if rank < SENSES:
            sense_words[offset].add(word)
    for offset in sense_words:
        for upper in senses.above(offset):
            below[upper].add(offset)
    table: Opposites = defaultdict(set)
    for (word, offset), rank in senses.ranks.items():
        if rank >= SENSES or not phrasal(word) or not _usable(word):
            continue
        uppers = senses.above(offset)
        for upper, target in senses.antonym_links(uppers):
            if _reciprocal(senses.members(upper), senses.members(target), converses):
                continue  # "auction off" < "sell" / "buy": one sale told from each side
            for opposite_sense in below[target]:
                if not uppers & senses.above(opposite_sense):
                    table[word] |= sense_words[opposite_sense]
        if rank == 0:  # antonyms.txt gives the usual sense of a word: the first one
            meant = meaning_words(senses, offset)
            table[word] |= {o for w in meant for o in source.get(w, ()) if o in senses.ranks_words}
    frequent: dict[str, set[str]] = defaultdict(set)
    for (word, offset), rank in senses.ranks.items():
        if rank < SENSES:
            frequent[word].add(offset)
    return {
        verb: {
            o
            for o in opposites
            if _usable(o)
            and (" " not in o or phrasal(o))
            and o not in senses.irregular
            and o != verb.split()[0]
            and not frequent[o] & frequent[verb]
        }
        for verb, opposites in table.items()
    }


def phrasal(word: str) -> bool:
    """Whether a WordNet lemma is a verb and its adverb particle ("vote down", "go
    ahead"); a verb and a preposition ("run on", "get into") would match any verb
    followed by its object's preposition ("running *on* the grass")."""
    parts = word.split()
    return len(parts) == 2 and parts[1] in PARTICLES


def meaning_words(senses: Senses, offset: str) -> set[str]:
    """The one-word verbs a two-word verb's sense means: those of its synset and of a
    specific synset it is a kind of (``MAX_SPECIFIC_KINDS``: "vote down" is a kind of
    "veto"; "pick up" of "raise, lift", too wide to say which lifting), else the verb
    that opens its gloss ("go ahead": "proceed")."""
    meant = {w for w in senses.members(offset) if " " not in w}
    meant |= {
        w
        for upper in senses.parents.get(offset, ())
        if senses.kinds.get(upper, 0) <= MAX_SPECIFIC_KINDS
        for w in senses.members(upper)
        if " " not in w
    }
    head = gloss_head(senses.glossed.get(offset, ""), senses.verbs)
    return meant if meant or head is None else {head}


def write_opposites(table: Opposites, path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("build_lexicons", "build_phrasal_opposites"),
        "# Two-word verbs and their opposites, the format of antonyms.txt: a verb | its"
        " opposites.\n",
    ]
    lines += [
        f"{verb} | {', '.join(sorted(table[verb]))}\n" for verb in sorted(table) if table[verb]
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = phrasal_opposites(args.wordnet)
    write_opposites(table, DATA / OUT)
    pairs = sum(len(o) for o in table.values())
    print(f"{OUT}: {sum(1 for o in table.values() if o)} two-word verbs, {pairs} opposite pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
