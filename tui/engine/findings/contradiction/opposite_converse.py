"""Converse verbs: two verbs that tell one event from each of its two parties ("the
Ferrand Group *bought* the brewery from the family" / "the family *sold* the brewery
to the Ferrand Group"; "a company that *sells* cheap drugs" / "helps customers *buy*
cheap drugs"). The antonym tables pair such verbs ("buy" / "sell", "lend" / "borrow"),
but they are opposite only when the same party is their subject on both sides ("the
museum bought a globe" / "a globe was sold by the museum").

The pairs come from data/wordnet_converses.txt (tools/build_converses.py: WordNet
verb antonyms that pass goods from one party to the other, and a short list). The
subject of a verb is read from its clause: the run of content words right before it,
past auxiliaries, adverbs and an infinitive "to" ("helps *customers* buy"), the noun
before a relative "that" / "which" / "who" ("a *company* that sells"), or the agent
after "by" of a passive ("was sold by the *museum*").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.voice import BE, passive_agent
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    clause_break,
    shared_in_meaning,
)

SUBJECT_WORDS = 3
"""Content words of a subject read back from its verb, at most: the head noun and the
words that name it ("the Halvorsen *Museum*", "Varna's city *council*")."""
_BEFORE_A_VERB = frozenset("to not never also just already recently reportedly now still".split())
"""Words that stand between a subject and its verb ("helps customers *to* buy")."""
_RELATIVE = frozenset("that which who".split())
_ADVERB_ENDING = "ly"


@cache
def converse_table() -> dict[str, tuple[str, frozenset[str]]]:
    """Folded verb form -> (the root of its side, the roots of its converses)."""
    table = {}
    for line in data_lines("wordnet_converses.txt"):
        form, side, others = line.split("\t")
        table[form] = (side, frozenset(others.split(",")))
    return table


def are_converse(left: Word, right: Word) -> bool:
    """Whether the two words are forms of converse verbs ("bought" / "sold")."""
    table = converse_table()
    a, b = table.get(left.norm), table.get(right.norm)
    return a is not None and b is not None and b[0] in a[1]


def same_subject(left: Sequence[Word], i: int, right: Sequence[Word], j: int) -> bool | None:
    """For converse verbs at left ``i`` and right ``j``: whether the same party is their
    subject on both sides (an opposite) or not (one event told from each party); None
    when the words are not converse verbs or a subject cannot be read."""
    if not are_converse(left[i], right[j]):
        return None
    left_subject, right_subject = subject(left, i), subject(right, j)
    if not left_subject or not right_subject:
        return None
    return shared_in_meaning(left_subject, right_subject) > 0


def subject(words: Sequence[Word], k: int) -> set[str]:
    """The lemmas of the subject of the verb at ``k`` (see the module docstring); empty
    when none stands in its clause (or a passive names no agent)."""
    by = passive_agent(words, k)
    if by is not None:
        return _run(words, by + 1, 1)
    i = k - 1
    while i >= 0 and not clause_break(words, i + 1) and _between(words[i]):
        i -= 1
    if i < 0 or clause_break(words, i + 1) or words[i].norm in BE:
        return set()  # no subject in the clause, or a passive without its agent
    if words[i].norm in _RELATIVE:
        i -= 1
    return _run(words, i, -1)


def _between(word: Word) -> bool:
    norm = word.norm
    return (
        norm in AUXILIARIES or norm in _BEFORE_A_VERB or norm.endswith(_ADVERB_ENDING)
    ) and norm not in BE


def _run(words: Sequence[Word], start: int, step: int) -> set[str]:
    """Lemmas of up to ``SUBJECT_WORDS`` content words from ``start`` on in the direction
    ``step``, past articles and possessives before the first one, up to a clause break
    or another word."""
    run: set[str] = set()
    k = start
    while 0 <= k < len(words) and len(run) < SUBJECT_WORDS:
        if k != start and clause_break(words, k if step > 0 else k + 1):
            break
        word = words[k]
        if word.is_content:
            run.add(word.lemma)
        elif run or word.norm not in _DETERMINERS:
            break
        k += step
    return run


_DETERMINERS = frozenset("the a an its their his her our this these those".split())
