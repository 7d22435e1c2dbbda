"""The clause of a joined sentence that holds a claim, and how much two such clauses agree.

Another outlet often joins two facts in one sentence: "Opponents of the scheme said they
would not seek a judicial review, *and the council leader, Priya Shah, said* ..." answers
"Campaigners who opposed the plan said they would seek a judicial review". Measured over
the whole of both sentences, the second clause's words dilute how much the two agree,
though the clause that carries the claim says the same as the other sentence. A sentence
is cut into clauses at its joints: after punctuation, a coordinator ("and", "but", "or",
"yet") or a word of contrast ("although", "though", "while", "whereas") that opens a
clause with a finite verb of its own before the next joint, or at "and" or "but" right
before a verb of its own tense, which joins a second predicate ("had no intention of
selling the stone *and would lend* it to the museum"). A list ("pears, and plums") has no
verb after its coordinator, so it stays whole.

``part_agreement`` is the Dice overlap of the content words of the two clauses that hold
the claims, the claims' own words left out, counted only where the clauses share
``MIN_SHARED`` words: two short clauses that share one word by chance agree in nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.clause_frame import finite
from tui.engine.findings.contradiction.words import Word, agreement, clause_break

JOINTS = frozenset("and but or yet although though while whereas".split())
"""Words that, after punctuation, may open a second clause of a sentence."""
PREDICATE_JOINTS = frozenset(("and", "but"))
"""Coordinators that join a second predicate to the same subject."""
MIN_SHARED = 2
"""Content words two clauses must share for their overlap to count."""


def clause_of(words: Sequence[Word], first: int, last: int) -> range:
    """The word range of the clause of a joined sentence that holds words ``first``..
    ``last``: from the joint before them (or the sentence's start) to the next joint
    after them (or its end). A claim that spans a joint gets the whole sentence."""
    joints = [k for k in range(1, len(words)) if _joint(words, k)]
    start = max((k for k in joints if k <= first), default=0)
    end = min((k for k in joints if k > last), default=len(words))
    return range(start, end)


def _joint(words: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` opens a second clause or predicate: a coordinator right before
    a verb of its own tense ("had no intention of selling the stone *and would* lend
    it"), or a joint word after punctuation with a finite verb after it before the
    next punctuation but one (a subject may hold a name in commas: "and the council
    leader, Priya Shah, *said*")."""
    if words[k].norm not in JOINTS:
        return False
    if words[k].norm in PREDICATE_JOINTS and k + 1 < len(words) and finite(words[k + 1]):
        return not words[k + 1].break_before
    if not clause_break(words, k):
        return False
    breaks = 0
    for word in words[k + 1 :]:
        if word.break_before:
            breaks += 1
            if breaks > 2 or word.norm in JOINTS:
                return False
        if finite(word):
            return True
    return False


def part_agreement(
    left: Sequence[Word],
    left_place: tuple[int, int],
    right: Sequence[Word],
    right_place: tuple[int, int],
) -> float:
    """Dice overlap of the content lemmas of the clauses holding the two claims at word
    places (first, last), the claims left out; 0.0 where they share fewer than
    ``MIN_SHARED`` lemmas."""
    left_lemmas = _lemmas(left, left_place)
    right_lemmas = _lemmas(right, right_place)
    if len(left_lemmas & right_lemmas) < MIN_SHARED:
        return 0.0
    return agreement(left_lemmas, right_lemmas)


def _lemmas(words: Sequence[Word], place: tuple[int, int]) -> set[str]:
    first, last = place
    return {
        words[k].lemma
        for k in clause_of(words, first, last)
        if words[k].is_content and not first <= k <= last
    }
