"""Synonyms as the aligner sees them: stems that share a WordNet synonym class.

The table (``data/wordnet_synonyms.txt``, built by ``tools/build_synonyms.py``) maps
a stem to the synsets of its main senses and of its other frequent senses; two stems
are synonyms when a main sense of one is a sense of the other ("hurri" and "rush",
"remain" and "stay"); derivationally related forms whose stems differ share a
class too ("decis" and "decid"). Requiring a main sense on one side keeps a rare
sense of both words ("social" and "school" as verbs) from making them synonyms.
The table is read on first use, so nothing is loaded when no alignment needs it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from tui.engine.datafiles import data_lines, data_sources
from tui.engine.prepared import prepared


class Senses(NamedTuple):
    """A stem's synonym class ids."""

    main: frozenset[int]
    every: frozenset[int]
    """The main classes and those of the stem's other frequent senses."""

    def meets(self, other: Senses) -> bool:
        return not (self.main.isdisjoint(other.every) and other.main.isdisjoint(self.every))


SYNONYMS = "wordnet_synonyms.txt"


@lru_cache(maxsize=1)
def _raw_table() -> Mapping[str, str]:
    """Stem -> its classes as written; parsed one stem at a time, when first met. Read
    ready from the cache after the first run (prepared.py): cutting the file's lines
    costs about 6 ms a run."""
    return prepared("wordnet_synonyms", [*data_sources(SYNONYMS), Path(__file__)], _read_table)


def _read_table() -> dict[str, str]:
    return dict(line.split("\t", 1) for line in data_lines(SYNONYMS))


@lru_cache(maxsize=16384)
def senses_of(stem: str) -> Senses | None:
    """The stem's synonym classes; None when it has none."""
    raw = _raw_table().get(stem)
    if raw is None:
        return None
    main, *other = raw.split("\t")  # a stem without other classes ends at its main ones
    main_ids = frozenset(map(int, main.split()))
    return Senses(main_ids, main_ids.union(*(map(int, o.split()) for o in other)))


def synonym_pairs(left: Iterable[str], right: Iterable[str]) -> list[tuple[str, str]]:
    """One-to-one (left stem, right stem) synonym pairs, in sorted order of the stems.

    Each stem takes part in at most one pair, so one general word ("state") cannot
    stand in for several words of the other side.
    """
    rights = [(stem, senses) for stem in sorted(right) if (senses := senses_of(stem))]
    pairs = []
    for stem in sorted(left):
        senses = senses_of(stem)
        if senses is None:
            continue
        for n, (other, other_senses) in enumerate(rights):
            if senses.meets(other_senses):
                pairs.append((stem, other))
                del rights[n]
                break
    return pairs
