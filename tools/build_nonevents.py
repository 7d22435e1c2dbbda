"""Build ``tui/engine/data/wordnet_nonevents.txt``: verbs whose act is that something does
not happen, stops, is kept from happening or stays as it was ("cancel", "call off",
"refuse", "postpone", "stay", "keep"), from WordNet 3.0.

An affirmation of such a verb says what a negation says: "the race won't be held" /
"the race has been *called off*", "the depot will not close" / "the depot will *stay*
open". reworded_predicates.py reads a denial against an affirmation in other words
only where neither verb is one of these.

The class is the troponyms (ways of doing it, ``~``) down to ``DEPTH`` steps of a few
root senses, named below as (verb, sense number as WordNet ranks them, 0 first) so
each can be checked against WordNet's gloss: ending an activity, cancelling,
preventing, refusing, rejecting, failing, abandoning, postponing, forbidding,
avoiding, withholding, staying the same, keeping, losing, missing, denying, quitting.
A verb is listed with the rank of its most frequent sense in the class, among its
first ``SENSES`` ("withdraw" 1: "pull back" first, then "retire from active
participation"); the other words of a ``SHALLOW`` root's sense are listed with that
sense's rank in their own senses ("hold" 0: "keep, maintain, hold"). Only everyday
verbs and multi-word verbs are kept (build_lexicons: ``MIN_ZIPF`` on the first word).

Line format: ``verb<TAB>rank``.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_nonevents.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from build_acts import read_verbs
from build_lexicons import (
    DATA,
    WORDNET_NOTICE,
    _usable_predicate,
    has_wordnet,
    read_ranks,
    wordnet_parser,
)

ROOTS = (
    ("cancel", 0),  # postpone indefinitely or annul something that was scheduled
    ("cease", 0),  # put an end to a state or an activity (discontinue, stop, quit)
    ("end", 0),  # have an end (shallow: its ways are ways of completing)
    ("end", 1),  # bring to an end or halt
    ("discontinue", 2),  # prevent completion ("break off the negotiations")
    ("stop", 0),  # come to a halt, stop moving
    ("halt", 0),  # cause to stop
    ("halt", 2),  # stop from happening or developing ("block his election")
    ("prevent", 0),  # keep from happening or arising
    ("prevent", 1),  # stop someone or something from doing something
    ("refuse", 0),  # show unwillingness towards
    ("refuse", 1),  # refuse to accept (reject, turn down, decline)
    ("reject", 0),  # refuse to accept or acknowledge
    ("fail", 0),  # fail to do something; leave something undone
    ("fail", 1),  # be unsuccessful
    ("abandon", 0),  # forsake, leave behind
    ("abandon", 1),  # give up with the intent of never claiming again
    ("postpone", 0),  # hold back to a later time
    ("delay", 0),  # cause to be slowed down or delayed
    ("delay", 1),  # act later than planned
    ("forbid", 0),  # command against (prohibit, veto)
    ("ban", 1),  # prohibit especially by legal means
    ("avoid", 0),  # stay clear from
    ("avoid", 2),  # refrain from doing something
    ("refrain", 0),  # resist doing something
    ("abstain", 0),  # choose not to consume
    ("withhold", 0),  # hold back; refuse to hand over or share
    ("stay", 0),  # stay the same; remain in a certain state
    ("stay", 1),  # stay put
    ("remain", 0),  # stay the same (the sense of "stay" above)
    ("remain", 1),  # continue in a place, position, or situation
    ("keep", 0),  # keep in a certain state, position, or activity
    ("keep", 2),  # retain possession of
    ("lose", 0),  # fail to keep or to maintain
    ("lose", 1),  # fail to win
    ("miss", 0),  # fail to perceive or to catch
    ("miss", 2),  # fail to attend an event or activity
    ("deny", 0),  # declare untrue
    ("deny", 2),  # refuse to grant
    ("block", 0),  # render unsuitable for passage (barricade)
    ("block", 1),  # hinder or prevent the progress of (obstruct)
    ("fall short", 0),  # fail to meet expectations or standards
    ("quit", 1),  # give up or retire from a position (step down, resign)
    ("resign", 0),  # leave a job, post, or position voluntarily
)
DEPTH = 2
"""Troponym steps below a root sense that stay in the class."""
SENSES = 4
"""A verb's senses that count: its first SENSES."""
SHALLOW = frozenset((("end", 0), ("keep", 0), ("keep", 2), ("stay", 0), ("remain", 0)))
"""Roots whose ways (troponyms) are not taken: they name acts done ("store" is a way of
keeping, "complete" a way of ending)."""


def nonevent_senses(folder: Path) -> set[str]:
    """Offsets of every sense in the class: the roots, and the troponyms of those not
    ``SHALLOW``."""
    synsets = read_verbs(folder)
    ranks = read_ranks(folder, "verb")
    by_word: dict[str, dict[int, str]] = defaultdict(dict)
    for (lemma, offset), rank in ranks.items():
        by_word[lemma][rank] = offset
    troponyms: dict[str, list[str]] = defaultdict(list)
    for offset, synset in synsets.items():
        for hypernym in synset.hypernyms:
            troponyms[hypernym].append(offset)
    found: set[str] = set()
    for root in ROOTS:
        word, rank = root
        if rank not in by_word.get(word, {}):
            continue  # a WordNet without the root sense
        offset = by_word[word][rank]
        found.add(offset)
        frontier = [] if root in SHALLOW else [offset]
        for _ in range(DEPTH):
            frontier = [t for o in frontier for t in troponyms[o] if t not in found]
            found.update(frontier)
    return found


def nonevent_table(folder: Path) -> dict[str, int]:
    """Verb -> the rank of its most frequent sense in the class (0 first)."""
    senses = nonevent_senses(folder)
    table: dict[str, int] = {}
    for (lemma, offset), rank in read_ranks(folder, "verb").items():
        if rank < SENSES and offset in senses and _usable_predicate(lemma):
            table[lemma] = min(rank, table.get(lemma, rank))
    return table


def write_nonevents(table: dict[str, int], path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("build_lexicons.py", "build_nonevents.py"),
        "# verb<TAB>rank of its most frequent sense that says an act does not happen, ends"
        " or stays as it was (0: its first)\n",
    ]
    lines += [f"{verb}\t{table[verb]}\n" for verb in sorted(table)]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "data.verb"):
        return 2
    table = nonevent_table(args.wordnet)
    write_nonevents(table, DATA / "wordnet_nonevents.txt")
    main_count = sum(1 for rank in table.values() if rank == 0)
    print(f"wordnet_nonevents.txt: {len(table)} verbs, {main_count} by their first sense")
    return 0


if __name__ == "__main__":
    sys.exit(main())
