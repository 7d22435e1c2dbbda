"""A change against a comparison with an earlier time, the ninth source of opposite.py:
one sentence says a thing moved one way ("the number of visitors *rose* this year")
and the other compares it with an earlier time the other way ("visitors were *fewer*
than last year", "takings were *down on* a year earlier").

A comparison with an earlier time is a change told by its two ends, so it moves the
way its comparative points: a comparative of amount or size ("more", "fewer", "higher",
"lower", and those of the magnitude table, data/wordnet_magnitude.txt: "bigger",
"smaller") with "than" (right after it or past the noun it counts: "more members than")
before a time reference (``EARLIER``: "than *last* year", "than
a year *earlier*", "than the *previous* season"), or "up" or "down" with "on" or "from"
before one ("*down on* last year"). The way a verb moves is read from the table of
verbs of change (data/wordnet_change.txt, tools/build_change.py: a kind of "increase"
or of "decrease"). Each sentence must hold one such word alone, the change on one side
and the comparison on the other (a side holding both may say two things: "rose in
March but was lower than a year earlier"); neither may be negated, and the rest of the
two sentences must mostly agree, as for lexicon opposites.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import Polarity, polarity
from tui.engine.findings.contradiction.opposite_change import COMPARATIVES, DOWN, UP, change_words
from tui.engine.findings.contradiction.opposite_magnitude import magnitudes
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.wordlists import COUNT_WORDS, irregular_base
from tui.engine.findings.contradiction.words import Word
from tui.engine.findings.model import Contrast

EARLIER = frozenset({"last", "previous", "earlier", "ago", "before", "prior", "preceding"})
"""Words that put a time reference before the time a sentence speaks of."""
REACH = 5
"""Words after "than" (or "on"/"from") a time reference may end within."""
MAX_COMPARED = 2
"""Words that may stand between a comparative and its "than"."""
MIN_SHARE = 0.4
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
PRIOR = 0.55
"""The detector's score before the rest is counted, that of lexicon opposites."""
COUNT_BOUNDS = frozenset({"more", "less", "fewer"})
"""Comparatives that, right before "than" and a count, bound the count ("more than a
year")."""
MEASURES_OF_COMPARISON = frozenset({"percent", "%", "cent", "times", "much", "far", "twice"})
"""Words before a comparative that measure how much it compares ("12 *percent* more")."""
_POINTERS = {"up": UP, "down": DOWN}
_POINTED_FROM = frozenset({"on", "from"})
_MAGNITUDE_WAYS = {"high": UP, "low": DOWN}

Mover = tuple[int, str]
"""(word index, "up" or "down")."""


def trend_opposites(pair: SentencePair) -> list[Conflict]:
    if not _may_hold(pair.left_only) or not _may_hold(pair.right_only):
        return []
    left, right = polarity(pair.left), polarity(pair.right)
    lefts = (_changes(left), _comparisons(left))
    rights = (_changes(right), _comparisons(right))
    for (changes, compared), (others, other_compared) in ((lefts, rights), (rights, lefts)):
        if len(changes) == len(other_compared) == 1 and not (compared or others):
            (k, way), (m, other_way) = changes[0], other_compared[0]
            if way == other_way:
                return []
            i, j = (k, m) if changes is lefts[0] else (m, k)
            conflict = _conflict(pair, i, j)
            return [] if conflict is None else [conflict]
    return []


def _may_hold(only: frozenset[str]) -> bool:
    """A quick test: a word of change or a comparative that the other side lacks."""
    table = change_words()
    return any(n in table or _comparative_way(n) is not None or n in _POINTERS for n in only)


def _conflict(pair: SentencePair, i: int, j: int) -> Conflict | None:
    left, right = pair.left_words, pair.right_words
    rest = rest_agreement(left, (i, i), right, (j, j))
    if rest < MIN_SHARE:
        return None
    word, other = left[i], right[j]
    contrast = Contrast("opposite", word.text, other.text)
    score = round(min(0.95, PRIOR + 0.4 * rest), 2)
    return Conflict("opposite", (word.start, word.end), (other.start, other.end), contrast, score)


def _changes(side: Polarity) -> list[Mover]:
    """Verbs of change in a tensed or participle form (a bare form may be another part of
    speech: "the *full* route"), not negated and not comparing ("rose more *than*")."""
    table = change_words()
    words = side.words
    return [
        (k, table[w.norm])
        for k, w in enumerate(words)
        if w.norm in table
        and _inflected(w.norm)
        and k not in side.negated
        and not _followed_by(words, k, {"than"})
    ]


def _inflected(norm: str) -> bool:
    return norm.endswith(_VERB_ENDINGS) or irregular_base(norm) != norm


_VERB_ENDINGS = ("ed", "s", "ing")


def _comparisons(side: Polarity) -> list[Mover]:
    """Comparisons with an earlier time, not negated."""
    words = side.words
    found = []
    for k, w in enumerate(words):
        if k in side.negated:
            continue
        way = _comparative_way(w.norm)
        than = _than(words, k)
        if way is not None and than is not None and _earlier(words, than + 1):
            if not _bounds_a_count(words, k, than):
                found.append((k, way))
        elif w.norm in _POINTERS and _followed_by(words, k, _POINTED_FROM):
            if _earlier(words, k + 2):
                found.append((k, _POINTERS[w.norm]))
    return found


def _bounds_a_count(words: Sequence[Word], k: int, than: int) -> bool:
    """Whether the comparative ``k`` bounds the count after its "than" rather than
    compares an amount with an earlier time: "went missing *more than a year* ago",
    "*fewer than two* weeks earlier" (a bound word right before "than", a count right
    after it), unless a measure of the comparison stands before it ("12 percent *more*
    than a year ago", "much *more* than a year earlier")."""
    if k + 1 != than or words[k].norm not in COUNT_BOUNDS or than + 1 >= len(words):
        return False
    count = words[than + 1]
    if not (count.norm in ("a", "an") or count.norm in COUNT_WORDS or count.norm[:1].isdigit()):
        return False
    before = words[k - 1] if k > 0 and not words[k].break_before else None
    return before is None or not (
        before.norm in MEASURES_OF_COMPARISON or any(c.isdigit() for c in before.norm)
    )


def _than(words: Sequence[Word], k: int) -> int | None:
    """Where the "than" of the comparative ``k`` stands: right after it or past at most
    ``MAX_COMPARED`` words of its clause ("*more* members *than*", "*lower* in May
    *than*")."""
    for place in range(k + 1, min(len(words), k + MAX_COMPARED + 2)):
        if words[place].break_before:
            return None
        if words[place].norm == "than":
            return place
    return None


def _followed_by(words: Sequence[Word], k: int, norms: set[str] | frozenset[str]) -> bool:
    return k + 1 < len(words) and words[k + 1].norm in norms and not words[k + 1].break_before


def _earlier(words: Sequence[Word], start: int) -> bool:
    """Whether a time reference to an earlier time ends within ``REACH`` words from
    ``start``, in the same clause ("last year", "a year earlier")."""
    for k in range(start, min(len(words), start + REACH)):
        if k > start and words[k].break_before:
            return False
        if words[k].norm in EARLIER:
            return True
    return False


def _comparative_way(norm: str) -> str | None:
    """Which way a comparative of amount or size points, else None."""
    if norm in COMPARATIVES:
        return COMPARATIVES[norm]
    return _comparatives().get(norm)


@cache
def _comparatives() -> dict[str, str]:
    """Comparatives of the magnitude table ("bigger": up, "smaller": down), read once."""
    table = magnitudes()
    return {
        word: _MAGNITUDE_WAYS[pole]
        for word, pole in table.items()
        if word.endswith("er") and any(base in table for base in (word[:-1], word[:-2], word[:-3]))
    }
