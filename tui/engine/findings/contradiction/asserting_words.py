"""The word that asserts the opposite of a negation cue on the other side.

"has *never* sold" is denied most plainly by "*regularly* sells": the adverb of
frequency, not the verb both sentences share, is what differs. "*None* of the workers
wore masks" is answered by "the workers had *all* been wearing masks": the universal
quantifier is what differs. "is *no longer* open" is answered by "is *still* open",
"has *yet to* pay" by "has *already* paid": the adverb of aspect is what differs.
"will *hardly* notice" is answered by "will *certainly* notice": the adverb of
certainty, not the verb, is what differs. A
negation finding points at that word where the affirmed clause holds one
(negation.py). The lists are closed classes of English function words, not content
vocabulary.
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.words import AUXILIARIES, Word, clause_break

FREQUENCIES = frozenset(
    "always often regularly routinely frequently usually repeatedly habitually constantly "
    "sometimes occasionally commonly customarily".split()
)
"""Adverbs of frequency: each says the act happens, which "never" denies."""
UNIVERSALS = frozenset("all every each both everyone everybody everything".split())
"""Universal quantifiers: each says the whole of a set, which "none", "no", "nobody",
"nothing" deny."""
ASPECTS: dict[tuple[str, ...], frozenset[str]] = {
    ("no", "longer"): frozenset(("still",)),
    ("yet", "to"): frozenset(("already",)),
    ("not", "yet"): frozenset(("already",)),
}
"""Cues of aspect (their first two words) and the adverbs that assert what they deny:
a state that goes on ("*still*" against "no longer"), an act done by now ("*already*"
against "yet to", "not yet")."""
CERTAINTIES = frozenset("certainly definitely surely undoubtedly".split())
"""Adverbs of certainty: each says the act will happen in full, which "hardly",
"scarcely", "barely" deny."""
_HEDGED_CUES = frozenset("hardly scarcely barely".split())
_TIME_CUES = frozenset(("never",))
_QUANTITY_CUES = frozenset("no none nobody nothing".split())
FREQUENCY_REACH = 3
"""Words between an adverb of frequency and the verb it qualifies, at most ("*regularly*
sells", "sells its coffee *regularly*")."""
QUANTIFIER_REACH = 3
"""Words a universal quantifier may stand before its noun ("*all* of the workers")."""


def asserting_word(
    cue_words: tuple[str, ...],
    words: Sequence[Word],
    first: int,
    last: int,
    negated: frozenset[int],
) -> int | None:
    """The index of the word of ``words`` that asserts the opposite of the cue (the
    norms of its first two words) for the claim at ``first``..``last``: an adverb of
    aspect near it against "no longer", "yet to", "not yet", an adverb of frequency
    against "never", an adverb of certainty against "hardly", "scarcely", "barely", a
    universal quantifier of it against "none", "no", "nobody", "nothing"; None when the
    clause holds none outside a negation."""
    aspect = ASPECTS.get(cue_words[:2])
    if aspect is not None:
        return _near(words, first, last, aspect, FREQUENCY_REACH, negated)
    cue = cue_words[0]
    if cue in _HEDGED_CUES:
        return _near(words, first, last, CERTAINTIES, FREQUENCY_REACH, negated)
    if cue in _TIME_CUES:
        return _near(words, first, last, FREQUENCIES, FREQUENCY_REACH, negated)
    if cue in _QUANTITY_CUES:
        before = _near(words, first, first, UNIVERSALS, QUANTIFIER_REACH, negated, after=False)
        return before if before is not None else _floating(words, first, negated)
    return None


def _near(
    words: Sequence[Word],
    first: int,
    last: int,
    lexicon: frozenset[str],
    reach: int,
    negated: frozenset[int],
    *,
    after: bool = True,
) -> int | None:
    """The nearest word of ``lexicon`` at most ``reach`` words before ``first`` (or,
    with ``after``, after ``last``) within the clause."""
    found = []
    for i in range(first - 1, max(-1, first - 1 - reach), -1):
        if clause_break(words, i + 1):
            break
        if words[i].norm in lexicon:
            found.append((first - i, i))
            break
    if after:
        for i in range(last + 1, min(len(words), last + 1 + reach)):
            if clause_break(words, i):
                break
            if words[i].norm in lexicon:
                found.append((i - last, i))
                break
    best = [i for _, i in sorted(found) if i not in negated]
    return best[0] if best else None


def _floating(words: Sequence[Word], noun: int, negated: frozenset[int]) -> int | None:
    """A quantifier floated from the noun at ``noun`` to its verb later in the clause:
    right after the noun ("the workers *all* wore") or after an auxiliary ("the workers
    ... had *all* been wearing"), not in a phrase of its own ("at *all* times")."""
    for i in range(noun + 1, len(words)):
        if clause_break(words, i):
            return None
        word = words[i]
        if word.norm in UNIVERSALS and i not in negated:
            previous = words[i - 1].norm
            if i == noun + 1 or previous in AUXILIARIES:
                return i
    return None
