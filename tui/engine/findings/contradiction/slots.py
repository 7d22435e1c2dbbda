"""Whether two differing words fill the same slot of one claim.

A word changed into another ("the union *welcomed* the offer" / "the union
*rejected* the offer", "a *Brazilian* club" / "an *Argentine* club") keeps its
neighbours: the nearest content word of its clause after it is the same, and as far
away, and so is the nearest before it, wherever both sentences have one (a verb of
saying is one neighbour whichever: "said", "stated", "told"). Two
differing words that fail this are said of different things ("praised the plan" /
"condemned the attack") or by different subjects ("Obama won" / "McCain lost").
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from tui.engine.findings.contradiction.words import Word, agreement, clause_break, content_lemmas
from tui.engine.synonyms import senses_of

CONTEXT = 3
"""Content words either side of a slot, one of which both sentences must share."""
SAY = "say"
"""The lemma key of "say" (its own stem). A verb of saying is a slot's neighbour, and
every synonym of "say" ("stated", "told") the same one: a report reworded with another
keeps its slots' neighbours ("Democrats *said*" / "Republicans *stated*")."""
RESTRICTIVE = frozenset(("only", "solely", "exclusively"))
"""Adverbs that narrow a claim without changing its slot ("a *solely* Australian film")."""


def neighbour(words: Sequence[Word], first: int, last: int, step: int) -> tuple[str, int] | None:
    """(lemma, distance) of the first content word or verb of saying (SAY) after word
    ``last`` (step 1) or before word ``first`` (step -1) in the same clause, or None."""
    k = last if step > 0 else first
    distance = 0
    while 0 <= k + step < len(words):
        if clause_break(words, k + step if step > 0 else k):
            return None
        k += step
        distance += 1
        if words[k].lemma == SAY or (words[k].is_content and says(words[k].lemma)):
            return SAY, distance  # "said", "stated", "told": one neighbour
        if words[k].is_content and words[k].norm not in RESTRICTIVE:
            return words[k].lemma, distance
    return None


def same_slot(
    left: Sequence[Word],
    li: tuple[int, int],
    right: Sequence[Word],
    ri: tuple[int, int],
    as_far: bool = True,
) -> bool:
    """Whether the words ``li`` (first, last index) of the left sentence and ``ri`` of
    the right one have the same neighbours, at least one of them; ``as_far``: at the
    same distance too (a name may take an article the other lacks: "in *the United
    States*" / "in *Mexico*")."""
    anchors = 0
    for step in (1, -1):
        pair = neighbour(left, *li, step), neighbour(right, *ri, step)
        if pair[0] is not None and pair[1] is not None:
            same = pair[0] == pair[1] if as_far else pair[0][0] == pair[1][0]
            if not same:
                return False
            anchors += 1
    return anchors > 0 and bool(_near(left, li) & _near(right, ri))


def says(lemma: str) -> bool:
    """A lemma key of "say" or of a synonym of it in WordNet ("state", "tell")."""
    return synonymous(lemma, SAY)


def synonymous(a: str, b: str) -> bool:
    """Two lemma keys of one word, or of WordNet synonyms as the aligner reads them
    (tui/engine/synonyms.py)."""
    if a == b:
        return True
    senses, others = senses_of(a), senses_of(b)
    return senses is not None and others is not None and senses.meets(others)


def rest_agreement(
    left: Sequence[Word], li: tuple[int, int], right: Sequence[Word], ri: tuple[int, int]
) -> float:
    """Dice overlap of the two sentences' content lemmas outside the two slots."""
    return agreement(
        content_lemmas(left, range(li[0], li[1] + 1)),
        content_lemmas(right, range(ri[0], ri[1] + 1)),
    )


def _near(words: Sequence[Word], place: tuple[int, int]) -> set[str]:
    """The lemmas of the CONTEXT content words nearest either side of a slot (the
    words between them may be stopwords, auxiliaries or fillers: "*Democrats* said
    they did see")."""
    first, last = place
    before = (words[k] for k in range(first - 1, -1, -1))
    after = (words[k] for k in range(last + 1, len(words)))
    return {w.lemma for side in (before, after) for w in islice(_contents(side), CONTEXT)}


def _contents(words: Iterable[Word]) -> Iterator[Word]:
    return (w for w in words if w.is_content)
