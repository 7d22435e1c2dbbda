"""Negation: the same claim made in one sentence and denied in the other.

A cue (lexicon: "not", "n't", "no", "never", "failed to", ...) negates the words
after it up to the end of its clause (punctuation or a clause word such as
"but", "which"), eight words at most. The claim it denies is the first content
word of that scope (adverbs in -ly skipped): "did not *demonstrate* a calm ...",
"has no *signs*". A conflict is reported when the other sentence holds the same
word (same lemma) outside any negation scope, next to the same context.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tui.engine.findings.conflict import Conflict
from tui.engine.findings.wordlists import negation_cues
from tui.engine.findings.pair import SentencePair
from tui.engine.findings.words import AUXILIARIES, Word, agreement, content_lemmas

MAX_SCOPE = 8
CONTEXT = 4
_CLAUSE_WORDS = frozenset(
    "but while whereas although though because however yet which who whom whose where when "
    "unless since so".split()
)


@dataclass(frozen=True, slots=True)
class Negation:
    cue: int
    """Index of the cue's first word."""
    head: int
    """Index of the negated content word."""
    scope: range


def negations(words: Sequence[Word]) -> list[Negation]:
    found = []
    for cue, after in _cues(words):
        scope_end = after
        while (
            scope_end < len(words)
            and scope_end - after < MAX_SCOPE
            and not (scope_end > after and words[scope_end].break_before)
            and words[scope_end].norm not in _CLAUSE_WORDS
        ):
            scope_end += 1
        head = next(
            (
                k
                for k in range(after, scope_end)
                if words[k].is_content and not words[k].norm.endswith("ly")
            ),
            None,
        )
        if head is not None and not words[after].break_before:
            found.append(Negation(cue, head, range(cue, scope_end)))
    return found


def _cues(words: Sequence[Word]) -> list[tuple[int, int]]:
    """(first index, index after the cue) of every negation cue."""
    cues, exceptions = negation_cues()
    norms = [w.norm for w in words]
    excused: set[int] = set()
    for exception in exceptions:
        n = len(exception)
        for i in range(len(norms) - n + 1):
            if tuple(norms[i : i + n]) == exception:
                excused.update(range(i, i + n))
    found = []
    i = 0
    while i < len(norms):
        if i in excused:
            i += 1
            continue
        length = next(
            (n for n in (3, 2, 1) if tuple(norms[i : i + n]) in cues),
            1 if norms[i].endswith("n't") or norms[i] == "cannot" else 0,
        )
        if length and not _is_number_sign(words, i):
            found.append((i, i + length))
            i += length
        else:
            i += 1
    return found


def _is_number_sign(words: Sequence[Word], i: int) -> bool:
    """ "No. 2": an abbreviation of "number", not a negation."""
    return (
        words[i].text == "No" and i + 1 < len(words) and words[i + 1].norm[:1].isdigit()
    )


def negation_conflicts(pair: SentencePair) -> list[Conflict]:
    """Claims negated on one side and affirmed on the other, both directions."""
    conflicts = []
    for negation in negations(pair.left_words):
        found = _against(negation, pair.left_words, pair.right_words)
        if found:
            left, right, score = found
            message = f"polarity differs: {pair.left_quote(left)} vs {pair.right_quote(right)}"
            conflicts.append(Conflict("negation", left, right, message, score))
    for negation in negations(pair.right_words):
        found = _against(negation, pair.right_words, pair.left_words)
        if found:
            right, left, score = found
            message = f"polarity differs: {pair.left_quote(left)} vs {pair.right_quote(right)}"
            conflicts.append(Conflict("negation", left, right, message, score))
    return conflicts


def _against(
    negation: Negation, negated: Sequence[Word], affirmed: Sequence[Word]
) -> tuple[tuple[int, int], tuple[int, int], float] | None:
    """Spans and score of the conflict between ``negation`` and ``affirmed``, if any."""
    head = negated[negation.head]
    other_scopes = [n.scope for n in negations(affirmed)]
    matches = [k for k, w in enumerate(affirmed) if w.lemma == head.lemma]
    if not matches or any(k in scope for k in matches for scope in other_scopes):
        return None
    k = matches[0]
    rest = agreement(
        content_lemmas(list(negated), negation.scope[: negation.head - negation.cue + 1]),
        content_lemmas(list(affirmed), range(k, k + 1)),
    )
    near_negated = _context(negated, negation.cue, negation.head)
    near_affirmed = _context(affirmed, k, k)
    if not (near_negated & near_affirmed) and rest < 0.5:
        return None
    start = negation.cue
    if start and negated[start - 1].norm in AUXILIARIES and not negated[start].break_before:
        start -= 1
    pos_start = k
    if k and affirmed[k - 1].norm in AUXILIARIES and not affirmed[k].break_before:
        pos_start -= 1
    score = round(min(0.95, 0.6 + 0.35 * rest), 2)
    return (
        (negated[start].start, head.end),
        (affirmed[pos_start].start, affirmed[k].end),
        score,
    )


def _context(words: Sequence[Word], first: int, last: int) -> set[str]:
    """Content lemmas just before ``first`` and just after ``last``."""
    window = [*words[max(0, first - CONTEXT) : first], *words[last + 1 : last + 1 + CONTEXT]]
    return {w.lemma for w in window if w.is_content}
