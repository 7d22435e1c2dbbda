"""Opposites of magnitude, the seventh source of opposite.py: one thing said to be of
great size, extent or gravity in one sentence and of little in the other ("a *minor*
fuel leak" / "a *serious* fuel leak", "*slight* damage to the bridge" / "*extensive*
damage", "the damage is *minor*" / "the damage was *severe*", "*slightly* hurt" /
"*seriously* hurt").

The poles are data/wordnet_magnitude.txt (tools/build_magnitude.py: the WordNet 3.0
clusters of "large", "major", "much", "intense", "critical" against those of "small",
"minor", "little", "mild", "limited"), so two words of one pole from different
clusters ("minor" / "slight") agree, and two of different poles conflict though
WordNet pairs them nowhere. The antonym tables pair words, not such scales.

A magnitude word is tied to the thing it measures, and two words conflict only where
they measure the same thing: the same content lemma in the run of words it modifies
(an adjective before its noun, an adverb before its participle: "minor *fuel leak*",
"slightly *damaged*") or, after a form of "be", in the subject before it ("the
*damage* to the breakwater is minor"). Neither word may be negated ("not serious" says
what "minor" says), neither sentence may hold a word of the other's pole (two injuries
may be "minor" and "serious" in one report), and the rest of the two sentences must
agree (at least ``MIN_SHARE``). The shared thing ties the two words to one slot, as
a shared amount does for opposite_change.py, so the score starts from that module's
prior.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.opposite_change import AMOUNT_PRIOR
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.voice import BE
from tui.engine.findings.contradiction.words import Word
from tui.engine.findings.model import Contrast

MIN_SHARE = 0.4
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
MODIFIED = 3
"""Words after a magnitude word that may name what it measures ("minor *fuel leak*")."""
SUBJECT = 5
"""Words before "be" that may name what a predicative magnitude word measures."""


@cache
def magnitudes() -> dict[str, str]:
    """Folded word -> "high" or "low", read once on first use."""
    return dict(line.split("\t") for line in data_lines("wordnet_magnitude.txt"))


def magnitude_opposites(pair: SentencePair) -> list[Conflict]:
    table = magnitudes()
    lefts = {table[n] for n in pair.left_only if n in table}
    rights = {table[n] for n in pair.right_only if n in table}
    if len(lefts) != 1 or len(rights) != 1 or lefts == rights:
        return []  # the common case, and sentences that hold both poles
    if _poles(pair.left_words, table) & _poles(pair.right_words, table) - (lefts & rights):
        return []
    left, right = polarity(pair.left), polarity(pair.right)
    for i, word in _measuring(pair.left_words, left.negated, pair.left_only):
        for j, other in _measuring(pair.right_words, right.negated, pair.right_only):
            if not _measured(pair.left_words, i) & _measured(pair.right_words, j):
                continue
            rest = rest_agreement(pair.left_words, (i, i), pair.right_words, (j, j))
            if rest < MIN_SHARE:
                continue
            score = round(min(0.95, AMOUNT_PRIOR + 0.4 * rest), 2)
            contrast = Contrast("opposite", word.text, other.text)
            spans = (word.start, word.end), (other.start, other.end)
            return [Conflict("opposite", *spans, contrast, score)]
    return []


def _poles(words: Sequence[Word], table: dict[str, str]) -> set[str]:
    return {table[w.norm] for w in words if w.norm in table}


def _measuring(
    words: Sequence[Word], negated: frozenset[int], only: frozenset[str]
) -> list[tuple[int, Word]]:
    """The magnitude words the other sentence lacks, outside negations and names."""
    table = magnitudes()
    return [
        (k, w)
        for k, w in enumerate(words)
        if w.norm in only
        and w.norm in table
        and w.is_content
        and k not in negated
        and not w.capitalised_inside
    ]


def _measured(words: Sequence[Word], k: int) -> set[str]:
    """The content lemmas of what word ``k`` measures: the run it modifies, up to the
    first word that is no content word or stands after punctuation; or, where it
    follows "be", the subject before that ("the damage to the breakwater *is* minor")."""
    if k and words[k - 1].norm in BE and not words[k].break_before:
        first = k - 1
        while first > max(0, k - 1 - SUBJECT) and not words[first].break_before:
            first -= 1
        return {w.lemma for w in words[first : k - 1] if w.is_content}
    found = set()
    for w in words[k + 1 : k + 1 + MODIFIED]:
        if w.break_before or not w.is_content:
            break
        found.add(w.lemma)
    return found
