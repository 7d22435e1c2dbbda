"""Tone opposites (evaluative flips), the second source of opposite.py: a word of
strong positive tone in one sentence where the other
has one of strong negative tone, in the same place of an otherwise agreeing claim
("the union *welcomed* the offer" / "the union *rejected* the offer", "a *hopeful*
tone" / "a *grim* tone").

The tone of a word is its mean valence in the VADER lexicon (data/evaluative.txt,
built by tools/build_lexicons.py): the two words need a valence of opposite sign,
each at least ``MIN_VALENCE`` strong and ``MIN_GAP`` apart. No hand list of pairs
can hold the opposites reporters choose; a sentiment lexicon rates every word once.

Unlike antonyms, two words of opposite tone need not speak of one thing ("praised the
plan" / "condemned the attack"; "Obama won" / "McCain lost"), so the gate is strict:
the two words fill one slot of one claim (slots.py: "her *original* post" / "her
*hurtful* words" do not, nor "*illegal* immigration" / "a *boost* on immigration"),
the rest of the sentences agrees, and neither word is negated.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement, same_slot
from tui.engine.findings.contradiction.words import Word
from tui.engine.findings.model import Contrast

MIN_VALENCE = 1.2
"""Least strength of either word (VADER valence runs from -4 to +4)."""
MIN_GAP = 3.0
"""Least distance between the two valences: "welcomed" (+1.4) / "rejected" (-2.3)."""
MIN_AGREEMENT = 0.4


@cache
def evaluative_words() -> dict[str, float]:
    """Folded word -> mean valence, read once on first use."""
    table = {}
    for line in data_lines("evaluative.txt"):
        word, valence = line.split("\t")
        table[word] = float(valence)
    return table


def _opposed(a: float, b: float) -> bool:
    return a * b < 0 and min(abs(a), abs(b)) >= MIN_VALENCE and abs(a - b) >= MIN_GAP


def tone_opposites(pair: SentencePair) -> list[Conflict]:
    table = evaluative_words()
    lefts = {n: table[n] for n in pair.left_only if n in table}
    rights = {n: table[n] for n in pair.right_only if n in table}
    if not any(_opposed(a, b) for a in lefts.values() for b in rights.values()):
        return []  # the common case: the sentences need not be cut into words
    left, right = polarity(pair.left), polarity(pair.right)
    conflicts = []
    used: set[int] = set()
    for i, word in enumerate(pair.left_words):
        if word.norm not in lefts or i in left.negated or word.capitalised_inside:
            continue
        for j, other in enumerate(pair.right_words):
            if (
                j in used
                or other.norm not in rights
                or j in right.negated
                or other.capitalised_inside
                or not _opposed(lefts[word.norm], rights[other.norm])
            ):
                continue
            rest = _frame_agreement(pair.left_words, i, pair.right_words, j)
            if rest is None:
                continue
            used.add(j)
            left_span, right_span = (word.start, word.end), (other.start, other.end)
            contrast = Contrast("opposite", word.text, other.text)
            score = round(min(0.9, 0.5 + 0.4 * rest), 2)
            conflicts.append(Conflict("opposite", left_span, right_span, contrast, score))
            break
    return conflicts


def _frame_agreement(left: Sequence[Word], i: int, right: Sequence[Word], j: int) -> float | None:
    """How much the rest of the two sentences agrees when words ``i`` and ``j`` fill the
    same slot of one claim, else None."""
    if not same_slot(left, (i, i), right, (j, j)):
        return None
    rest = rest_agreement(left, (i, i), right, (j, j))
    return rest if rest >= MIN_AGREEMENT else None
