"""The valence of evaluative words, from one table read once: VADER's lexicon
(data/evaluative.txt) and the WordNet neighbours of its words (data/wordnet_tone.txt,
tools/build_tone.py). opposite_tone.py reads two words of opposite tone from it, and
reworded_predicates.py two predicates it must not read as one claim."""

from __future__ import annotations

from functools import cache

from tui.engine.datafiles import data_lines


@cache
def evaluative_words() -> dict[str, float]:
    """Folded word -> mean valence (VADER's, else that of its WordNet neighbours), read
    once on first use."""
    table = {}
    for name in ("wordnet_tone.txt", "evaluative.txt"):
        for line in data_lines(name):
            word, valence = line.split("\t")
            table[word] = float(valence)
    return table
