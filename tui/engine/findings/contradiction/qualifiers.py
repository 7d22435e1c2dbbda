"""Whether a denial and an affirmation of one act qualify it apart: "the ferry did not
arrive *on time*" / "the ferry arrived *late*".

A negation with a word of manner, time or degree after its verb most often denies that
word, not the act: the ferry did arrive. Where the other side says the act with a
qualifier of its own that the denying side never says, the two sentences differ in how
the act was done, and what they say of it may well agree ("not on time" is "late";
WordNet relates neither the two words nor their senses), so no denial of the act is
read. Where only the denying side qualifies the act ("did not arrive on time" /
"arrived at Port Cullen"), the act is not denied either, but the other side says nothing
against the qualifier: that reading is left to the rest of the negation reader.

A qualifier is an adverb of WordNet's (``data/wordnet_adverbs.txt``, tools/build_adverbs.py:
one word that is never a noun, "late", "quickly", or a phrase, "on time", "in full")
within ``REACH`` words after the verb, in its clause, that the other sentence does not
say (as its words or a WordNet synonym), outside a noun phrase ("belongs to a *previously*
unknown species" qualifies the species). An object ("is not lifting *weights*" /
"is lifting *barbells*") or an agent ("by *anyone*") is no qualifier: the frame gates
read those. Only a denial by a negator of the verb is read so ("did not", "never"):
after "no" the claim is a thing, not an act.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.clause_frame import CLAUSE_WORDS
from tui.engine.findings.contradiction.predicates import agree_in_meaning
from tui.engine.findings.contradiction.words import AUXILIARIES, Word, clause_break

REACH = 4
"""Words after a verb where a qualifier of its act may stand ("reached Dunmere *on
time*": the object the other side says too comes first)."""
DETERMINERS = frozenset(
    "a an the its their his her our your my this that these those any some no every each "
    "another".split()
)
"""Words that open a noun phrase: an adverb after them qualifies a noun ("a *newly*
built bridge"), not the act."""
ADVERBS = "wordnet_adverbs.txt"
LONGEST = 3
"""Words of the longest adverb of the table."""


@lru_cache(maxsize=1)
def adverbs() -> frozenset[str]:
    """The adverbs of the table, their words joined by spaces (read on first use)."""
    return frozenset(data_lines(ADVERBS))


def qualified_apart(
    denying: Sequence[Word], verb: int, scope_end: int, affirming: Sequence[Word], other: int
) -> bool:
    """Whether the denied verb at ``verb`` (its negation's scope ends before
    ``scope_end``) and the affirmed verb at ``other`` are each qualified by an adverb the
    other sentence never says (see the module docstring)."""
    return _qualifier(denying, verb, scope_end, affirming) and _qualifier(
        affirming, other, len(affirming), denying
    )


def _qualifier(words: Sequence[Word], verb: int, end: int, other: Sequence[Word]) -> bool:
    """Whether an adverb the ``other`` sentence never says qualifies the verb at ``verb``."""
    said = {w.lemma for w in other if w.is_content}
    table = adverbs()
    last = min(end, len(words), verb + 1 + REACH)
    in_object = False  # after a determiner, before the next preposition: "a *new* species"
    for k in range(verb + 1, last):
        norm = words[k].norm
        if clause_break(words, k) or norm in AUXILIARIES or norm in CLAUSE_WORDS:
            return False  # another clause or verb: "arrived, *but*...", "*were* hurt"
        if norm in DETERMINERS or norm.endswith("'s"):
            in_object = True
        elif not words[k].is_content:
            in_object = False
        if in_object:
            continue
        for length in range(min(LONGEST, last - k), 0, -1):
            phrase = words[k : k + length]
            if any(clause_break(words, j) for j in range(k + 1, k + length)):
                continue
            if " ".join(w.norm for w in phrase) not in table:
                continue
            lemmas = [w.lemma for w in phrase if w.is_content]
            if lemmas and not any(_said(lemma, said) for lemma in lemmas):
                return True
    return False


def _said(lemma: str, said: set[str]) -> bool:
    """Whether the other sentence says the word, or a WordNet synonym of it."""
    return lemma in said or any(agree_in_meaning((lemma,), (other,)) for other in said)
