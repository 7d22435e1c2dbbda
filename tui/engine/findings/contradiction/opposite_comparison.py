"""What a comparison compares with what: a comparative and its opposite with the two
compared things swapped state one fact ("the road opened nine days *later than last
year*" / "*last year* it was ready nine days *earlier than this season*"; "Aho
finished *ahead of* Hamre" / "Hamre finished *behind* Aho"), the comparative
analogue of converse verbs (opposite_converse.py).

The standard of a comparison is the first run of content words after the "than" that
follows the opposite word in its clause ("later than *last year*"), or the object of
a word of relative position ("ahead of the *Finnish winner*", "below *average*").
The two sides compare the same things the other way round when the words of one
side's standard that the other side's lacks all stand before the other side's
comparison (there, they name what is compared), words the standard shares with what
its own side compares left aside (the noun both compared things are: "the 2026 *crop*
was larger than the 2025 *crop*" / "the crop of 2026 was smaller than that of 2025"
compare in one order). The same standard on both sides with
opposite words is still an opposite ("later than last year" / "earlier than last year").
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.quantities import is_number_word
from tui.engine.findings.contradiction.words import Word, clause_break

Occurrence = tuple[int, int]
"""(first word index, index after) of an opposite word or phrase in a sentence."""

STANDARD_WORDS = 6
"""Words after "than" (or a word of relative position) within which the standard of
the comparison starts, in its clause."""
_RELATIVE_POSITION = frozenset("ahead behind above below".split())
"""Words of relative position whose object is the standard ("ahead *of* Hamre")."""
_OF = frozenset("of to".split())


def terms_swapped(
    left: Sequence[Word], li: Occurrence, right: Sequence[Word], ri: Occurrence
) -> bool:
    """Whether the opposites at ``li`` and ``ri`` are two comparisons of the same things
    the other way round (see the module docstring)."""
    left_marker, right_marker = _standard_start(left, li), _standard_start(right, ri)
    if left_marker is None or right_marker is None:
        return False
    if _bounds_an_amount(left, left_marker) or _bounds_an_amount(right, right_marker):
        return False  # "more than 6,000 soldiers": one amount, no two terms
    left_term, right_term = _standard(left, left_marker), _standard(right, right_marker)
    left_own = left_term - right_term - _term_words(left[: li[0]])
    right_own = right_term - left_term - _term_words(right[: ri[0]])
    return _moved_before(left_own, right[:right_marker]) or _moved_before(
        right_own, left[:left_marker]
    )


def _moved_before(term: set[str], before: Sequence[Word]) -> bool:
    """Whether every word of one side's standard the other's lacks stands before the
    other side's comparison ("than *usual last month*" / "*last month* ... than normal"
    keeps "usual" out: the same month compared with two names of the usual)."""
    return bool(term) and term <= _term_words(before)


def _standard_start(words: Sequence[Word], place: Occurrence) -> int | None:
    """The index of the first word of the standard of the comparison the opposite at
    ``place`` makes, or None when it makes none."""
    first, after = place
    if words[after - 1].norm in _RELATIVE_POSITION:
        return after + 1 if after < len(words) and words[after].norm in _OF else after
    k = after
    while k < len(words) and not clause_break(words, k):
        if words[k].norm == "than":
            return k + 1
        k += 1
    return None


def _bounds_an_amount(words: Sequence[Word], start: int) -> bool:
    after = words[start].norm if start < len(words) else ""
    return any(c.isdigit() for c in after) or is_number_word(after)


def _standard(words: Sequence[Word], start: int) -> set[str]:
    """The first run of content words (and numbers) within STANDARD_WORDS of
    ``start``, joined by "of", in its clause: the thing compared against ("than *last
    year*", "than in *the whole of 2019*"), not what the clause says next ("than
    *average* across the northern provinces", "ahead of *schedule* and the turbine")."""
    run: set[str] = set()
    k = start
    while k < len(words) and not (k > start and clause_break(words, k)):
        word = words[k]
        if _term_words([word]):
            run |= _term_words([word])
        elif run and word.norm != "of":
            break
        elif not run and k - start >= STANDARD_WORDS:
            break
        k += 1
    return run


def _term_words(words: Sequence[Word]) -> set[str]:
    """Content lemmas and numbers ("2025")."""
    return {w.lemma for w in words if w.is_content or any(c.isdigit() for c in w.norm)}
