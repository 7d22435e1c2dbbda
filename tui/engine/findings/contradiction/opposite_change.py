"""Changes told in opposite directions, the sixth source of opposite.py: the same
amount moved up in one sentence and down in the other ("overnight stays *rose* by 12
percent" / "12% *fewer* nights"; "prices *climbed* 6%" / "prices *fell* 6 per cent").

The way an amount moved is read from the word that moves it: a verb of change right
before it (data/wordnet_change.txt, built by tools/build_change.py from WordNet 3.0: a
kind of "increase" or of "decrease"; "rose by 12 percent") or a comparative right after
it ("6 per cent higher"). Nowhere else: "price *rises* eased to 3 percent" holds a noun
of change that moves no amount. The shared amount (the same value and unit, at least
``MIN_SHARE`` of the rest of the two sentences agreeing; not a span of time: "a rise
*over two years*") anchors the two words to one change, so two words that are no
antonyms of each other ("rose" / "fewer") still conflict; a negated word ("did not
rise") moves nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import Polarity, polarity
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.qualifiers import DETERMINERS
from tui.engine.findings.contradiction.quantities import Quantity, may_count, quantities
from tui.engine.findings.contradiction.rates import SECONDS
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.words import Word
from tui.engine.findings.model import Contrast

MIN_SHARE = 0.4
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
AMOUNT_PRIOR = 0.75
"""The detector's score before the rest of the sentences is counted: above the
lexicon opposites' 0.55 (opposite.py), as the shared amount already ties the two words
to one change, which the agreement of the words around (numbers not counted) misses."""
UP, DOWN = "up", "down"
COMPARATIVES = {"higher": UP, "more": UP, "lower": DOWN, "fewer": DOWN, "less": DOWN}
"""Comparatives that say which way an amount moved ("6 per cent *higher*"), but not
before "than" ("more than 6%" bounds the amount)."""


@cache
def change_words() -> dict[str, str]:
    """Folded verb form -> "up" or "down", read once on first use."""
    return dict(line.split("\t") for line in data_lines("wordnet_change.txt"))


def change_opposites(pair: SentencePair) -> list[Conflict]:
    if not (may_count(pair.left) and may_count(pair.right)):
        return []
    lefts = quantities(pair.left)
    rights = quantities(pair.right) if lefts else ()
    shared = [
        (a, b)
        for a in lefts
        for b in rights
        if a.unit and a.unit != SECONDS and a.agrees_with(b)  # "rise *over two years*"
    ]
    if not shared:
        return []
    left, right = polarity(pair.left), polarity(pair.right)
    for a, b in shared:
        i, j = _mover(left, a), _mover(right, b)
        if i is None or j is None or _way(left.words[i]) == _way(right.words[j]):
            continue
        rest = rest_agreement(left.words, (i, i), right.words, (j, j))
        if rest < MIN_SHARE:
            continue
        word, other = left.words[i], right.words[j]
        contrast = Contrast("opposite", word.text, other.text)
        score = round(min(0.95, AMOUNT_PRIOR + 0.4 * rest), 2)
        return [
            Conflict("opposite", (word.start, word.end), (other.start, other.end), contrast, score)
        ]
    return []


def _way(word: Word) -> str | None:
    return COMPARATIVES.get(word.norm) or change_words().get(word.norm)


def _mover(side: Polarity, amount: Quantity) -> int | None:
    """The index of the word that moves ``amount``: a verb of change right before it
    (past the words of ``_BETWEEN``: "rose *by* 12 percent", "fell *to* 3%") or a word
    of change right after it ("6 per cent *higher*", "12% *fewer*"); None if there is
    none, or it is negated. A word of change after a determiner is a noun that moves
    nothing ("cut *its speed* to eight knots")."""
    words = side.words
    inside = [k for k, w in enumerate(words) if amount.start <= w.start < amount.end]
    if not inside:
        return None
    before = inside[0] - 1
    while before >= 0 and words[before].norm in _BETWEEN and not words[before + 1].break_before:
        before -= 1
    after = inside[-1] + 1
    found = [
        k
        for k in (before, after)
        if 0 <= k < len(words)
        and _way(words[k]) is not None
        and not _before_than(words, k)
        and k not in side.negated
        and not (k == before and words[k + 1].break_before)
        and not (k == before and k > 0 and words[k - 1].norm in DETERMINERS)
        and not (k == after and words[k].break_before and words[inside[-1]].end >= amount.end)
    ]
    return found[0] if len(found) == 1 else None


_BETWEEN = frozenset("by to from about around nearly almost roughly some just over".split())
"""Words that may stand between a verb of change and its amount."""


def _before_than(words: Sequence[Word], k: int) -> bool:
    return k + 1 < len(words) and words[k + 1].norm == "than"
