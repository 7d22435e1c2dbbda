"""Whether two adjectives may say the same of a noun ("the *old* telegraph office" /
"the *former* telegraph office", "the *main* post office" / "the *central* post office"),
from WordNet's adjective clusters (data/wordnet_adjective_senses.txt, built by
tools/build_adjective_senses.py): one synset, a satellite and its head, or two
satellites of one head, in any sense of either word. Antonyms never share a cluster.

Read to refuse a conflict between two names that differ by such a word, so a loose
sameness (every sense counts) can only refuse more.
"""

from __future__ import annotations

from functools import cache

from tui.engine.datafiles import data_lines

ADJECTIVE_SENSES = "wordnet_adjective_senses.txt"


@cache
def _clusters() -> dict[str, frozenset[int]]:
    """Adjective -> the WordNet clusters of its senses; read on first use."""
    table = {}
    for line in data_lines(ADJECTIVE_SENSES):
        word, ids = line.split("\t")
        table[word] = frozenset(map(int, ids.split()))
    return table


def same_adjective_sense(a: str, b: str) -> bool:
    """Whether the folded adjectives ``a`` and ``b`` are one word or share a WordNet
    adjective cluster."""
    if a == b:
        return True
    table = _clusters()
    mine, theirs = table.get(a), table.get(b)
    return mine is not None and theirs is not None and not mine.isdisjoint(theirs)
