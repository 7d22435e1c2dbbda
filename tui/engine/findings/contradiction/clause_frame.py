"""The clause a claim stands in, and whether two claims' own arguments agree there.

Another outlet's rewrite often keeps one claim and changes everything around it:
"The superintendent told reporters Monday that Reyes will not be transferred out of
the district" / "At her own request, she will be transferred out of the district".
The two sentences share few words, but the clause that carries the claim agrees: the
content words either side of the predicate, up to the clause's edges (punctuation or
a clause word such as "but", "which"), are the same (as written: a synonym shared by
chance, "digit" / "figure", would tie two different claims).

A claim's frame is those words; two frames agree when they share ``MIN_SHARED``
words, or when every word of the smaller one is shared (a short clause whose
arguments the other repeats). Where both claims have words before the predicate (its
subject), one of them stands in the other's frame: "*the boy* is not riding" / "*a
cyclist* is riding" speak of two riders, "*the club* did not select" / "was chosen by
*the club*" of one. Where both have words after it (its object), at least half of the
fewer are shared: "did not select *a new chairman*" / "chose *a new company logo*"
deny and affirm two different acts. A claim in the passive on one side only is read
in the active's roles (voice.py): its agent is the subject, its subject the object.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.voice import passive, passive_agent
from tui.engine.findings.contradiction.words import Word

FRAME = 4
"""Content words either side of a claim that make its frame, at most."""
MIN_SHARED = 2
"""Frame words two claims share that make their arguments agree."""
CLAUSE_WORDS = frozenset(
    "but while whereas although though because however which who whom whose where when "
    "unless until since".split()
)
"""Words that open a clause of their own: a claim's frame stops before them."""


def frame(words: Sequence[Word], first: int, last: int) -> tuple[list[str], list[str]]:
    """Lemma keys of up to ``FRAME`` content words before word ``first`` and after word
    ``last``, within their clause, nearest first."""
    before: list[str] = []
    k = first
    while k > 0 and len(before) < FRAME and not words[k].break_before:
        k -= 1
        if words[k].norm in CLAUSE_WORDS:
            break
        if words[k].is_content:
            before.append(words[k].lemma)
    after: list[str] = []
    k = last + 1
    while k < len(words) and len(after) < FRAME and not words[k].break_before:
        if words[k].norm in CLAUSE_WORDS:
            break
        if words[k].is_content:
            after.append(words[k].lemma)
        k += 1
    return before, after


def _as_active(
    words: Sequence[Word], place: tuple[int, int], before: list[str]
) -> tuple[list[str], list[str]]:
    """The frame of a passive claim in the roles of an active one: its agent (the words
    after "by") where the subject would stand, its own subject where the object would
    ("the recipe has been *altered* by the bakery" / "the bakery *changed* the
    recipe"). Without an agent, the subject place stays empty."""
    by = passive_agent(words, place[1])
    agent = frame(words, by, by)[1] if by is not None else []
    return agent, before


def frames_agree(
    left: Sequence[Word],
    left_place: tuple[int, int],
    right: Sequence[Word],
    right_place: tuple[int, int],
) -> bool:
    """Whether the claims at word places (first, last) of the two sentences have the
    same arguments in their own clauses (see the module docstring)."""
    (left_before, left_after), (right_before, right_after) = (
        frame(left, *left_place),
        frame(right, *right_place),
    )
    left_passive, right_passive = passive(left, left_place[1]), passive(right, right_place[1])
    if left_passive and not right_passive:
        left_before, left_after = _as_active(left, left_place, left_before)
    elif right_passive and not left_passive:
        right_before, right_after = _as_active(right, right_place, right_before)
    left_frame, right_frame = {*left_before, *left_after}, {*right_before, *right_after}
    if (
        left_before
        and right_before
        and not (right_frame.intersection(left_before) or left_frame.intersection(right_before))
    ):
        return False  # two subjects (one of them may stand after a passive: "by the club")
    if left_after and right_after:
        objects = len(set(left_after) & set(right_after))
        if 2 * objects < min(len(set(left_after)), len(set(right_after))):
            return False
    shared = len(left_frame & right_frame)
    smaller = min(len(left_frame), len(right_frame))
    return shared >= MIN_SHARED or (shared >= 1 and shared == smaller)
