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
deny and affirm two different acts.
"""

from __future__ import annotations

from collections.abc import Sequence

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
