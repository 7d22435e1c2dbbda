"""Tone opposites (evaluative flips), the second source of opposite.py: a word of
strong positive tone in one sentence where the other
has one of strong negative tone, in the same place of an otherwise agreeing claim
("the union *welcomed* the offer" / "the union *rejected* the offer", "a *hopeful*
tone" / "a *grim* tone").

The tone of a word is its mean valence in the VADER lexicon (data/evaluative.txt,
built by tools/build_lexicons.py), or for a verb or adjective VADER leaves out, the
mean valence of the rated words WordNet puts beside its first sense, and for a verb
form VADER lacks, the verb's (data/wordnet_tone.txt, tools/build_tone.py: "hailed" is
a kind of "applaud", "upbeat" is similar to "optimistic", "denounced" is a form of
"denounce"). The two words need a valence of opposite sign,
each at least ``MIN_VALENCE`` strong and ``MIN_GAP`` apart. No hand list of pairs
can hold the opposites reporters choose; a sentiment lexicon rates every word once.

Unlike antonyms, two words of opposite tone need not speak of one thing ("praised the
plan" / "condemned the attack"; "Obama won" / "McCain lost"), so the gate is strict:
the two words fill one slot of one claim (slots.py: "her *original* post" / "her
*hurtful* words" do not, nor "*illegal* immigration" / "a *boost* on immigration"),
the rest of the sentences agrees, and neither word is negated. A rewrite may move
the words around the slot ("described the design as *elegant*" / "the design was
called *ugly*"): then the two words must be the only words of strong tone either
sentence lacks, and the rest of the two sentences must say the same in other words:
at least ``MIN_SHARED`` content words shared (a WordNet synonym counted as the same
word) and at most one a side left over ("described" / "called").
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.kinds import relation
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement, same_slot
from tui.engine.findings.contradiction.tones import evaluative_words
from tui.engine.findings.contradiction.verdicts import is_verdict
from tui.engine.findings.contradiction.voice import VOICED_SCORE, same_roles_across_voice
from tui.engine.findings.contradiction.words import (
    HALF_AGREEMENT,
    Word,
    content_lemmas,
    shared_in_meaning,
)
from tui.engine.findings.model import Contrast

MIN_VALENCE = 1.2
"""Least strength of either word (VADER valence runs from -4 to +4)."""
MIN_GAP = 3.0
"""Least distance between the two valences: "welcomed" (+1.4) / "rejected" (-2.3)."""
MIN_AGREEMENT = 0.4
MIN_SHARED = 3
"""Content words (or synonym pairs) the rest of two sentences whose slots moved share."""
MAX_LEFT_OVER = 1
"""Content words a side the rest of two such sentences may hold beyond those."""


def opposed_tones(a: float, b: float) -> bool:
    """Whether two valences are of opposite sign, each MIN_VALENCE strong, MIN_GAP apart."""
    return a * b < 0 and min(abs(a), abs(b)) >= MIN_VALENCE and abs(a - b) >= MIN_GAP


def tone_opposites(pair: SentencePair) -> list[Conflict]:
    table = evaluative_words()
    lefts = {n: table[n] for n in pair.left_only if n in table}
    rights = {n: table[n] for n in pair.right_only if n in table}
    if not any(opposed_tones(a, b) for a in lefts.values() for b in rights.values()):
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
                or not opposed_tones(lefts[word.norm], rights[other.norm])
            ):
                continue
            score = _score(pair.left_words, i, pair.right_words, j, len(lefts) == len(rights) == 1)
            if score is None:
                continue
            used.add(j)
            left_span, right_span = (word.start, word.end), (other.start, other.end)
            contrast = Contrast("opposite", word.text, other.text)
            conflicts.append(Conflict("opposite", left_span, right_span, contrast, score))
            break
    return conflicts


def _score(
    left: Sequence[Word], i: int, right: Sequence[Word], j: int, alone: bool
) -> float | None:
    """The detector's score when words ``i`` and ``j`` fill one slot of one claim,
    else None: from how much the rest agrees, or VOICED_SCORE where the claim is told
    in the other voice with its parties checked in their roles (voice.py), which a
    rewrite that also rewords the rest still holds ("hailed the decision to delay" /
    "the move to postpone ... was denounced by")."""
    rest = _frame_agreement(left, i, right, j)
    if rest is None and alone:
        rest = _moved_frame_agreement(left, i, right, j)
    if rest is None:
        rest = _verdict_agreement(left, i, right, j)
    if rest is not None:
        return round(min(0.9, 0.5 + 0.4 * rest), 2)
    if _voiced_frame_agreement(left, i, right, j) is not None:
        return VOICED_SCORE
    return None


def _frame_agreement(left: Sequence[Word], i: int, right: Sequence[Word], j: int) -> float | None:
    """How much the rest of the two sentences agrees when words ``i`` and ``j`` fill the
    same slot of one claim, else None."""
    if not same_slot(left, (i, i), right, (j, j)):
        return None
    rest = rest_agreement(left, (i, i), right, (j, j))
    return rest if rest >= MIN_AGREEMENT else None


def _voiced_frame_agreement(
    left: Sequence[Word], i: int, right: Sequence[Word], j: int
) -> float | None:
    """How much the rest of the two sentences agrees when one tells the claim in the
    active voice and the other in the passive, with the same parties in the same roles
    (voice.py: "campaigners *welcomed* the plans" / "the plans were *criticised* by
    campaigners"), else None."""
    if not same_roles_across_voice(left, i, right, j):
        return None
    rest = rest_agreement(left, (i, i), right, (j, j))
    return rest if rest >= MIN_AGREEMENT else None


def _moved_frame_agreement(
    left: Sequence[Word], i: int, right: Sequence[Word], j: int
) -> float | None:
    """How much the rest of the two sentences agrees (content-lemma Dice), when they
    say the same in other words so that words ``i`` and ``j`` fill one slot wherever
    the rewrite put it, else None. A capitalised word only one side holds is another
    subject ("*Smith* won" / "*Jones* lost"): None."""
    left_rest = content_lemmas(left, range(i, i + 1))
    right_rest = content_lemmas(right, range(j, j + 1))
    if _own_name(left, left_rest - right_rest) or _own_name(right, right_rest - left_rest):
        return None
    if _roles_swapped(left, i, right, j):
        return None
    shared = shared_in_meaning(left_rest, right_rest)
    if len(left_rest) - shared == len(right_rest) - shared == 1 and _one_kind(
        left, left_rest - right_rest, right, right_rest - left_rest
    ):
        shared += 1  # "criticised the *ruling*" / "welcomed the *decision*"
    left_over = max(len(left_rest), len(right_rest)) - shared
    if shared < MIN_SHARED or left_over > MAX_LEFT_OVER:
        return None
    return 2 * shared / (len(left_rest) + len(right_rest))


def _verdict_agreement(left: Sequence[Word], i: int, right: Sequence[Word], j: int) -> float | None:
    """How much the rest of the two sentences agrees (content-lemma Dice, a WordNet
    synonym counted as the same word) when each word is its sentence's verdict on its
    subject (verdicts.py: "the festival was a *success*" / "traders called the festival
    a *flop*"), else None. The grammar puts both words in one slot however much a
    rewrite moved the rest, so other words of tone may differ too ("drew *big* crowds" /
    "despite the *large* crowds"); the rest must still say the same of one thing: at
    least ``MIN_SHARED`` words shared and half of the rest agreeing, with no name only
    one side holds ("*Smith* called it a triumph" / "*Jones* called it a flop")."""
    if not (is_verdict(left, i) and is_verdict(right, j)):
        return None
    left_rest = content_lemmas(left, range(i, i + 1))
    right_rest = content_lemmas(right, range(j, j + 1))
    if _own_name(left, left_rest - right_rest) or _own_name(right, right_rest - left_rest):
        return None
    shared = shared_in_meaning(left_rest, right_rest)
    rest = 2 * shared / (len(left_rest) + len(right_rest))
    return rest if shared >= MIN_SHARED and rest >= HALF_AGREEMENT else None


def _roles_swapped(left: Sequence[Word], i: int, right: Sequence[Word], j: int) -> bool:
    """Whether the two sentences give the two words to opposite parties: what stands
    before the word on each side stands after it on the other, and nothing before it is
    shared ("the shipyard *lost* the contract to a rival" / "a rival *won* the contract
    ahead of the shipyard": one fact told from each side). A passive ("the offer was
    *welcomed* by the union") puts its agent after the verb, so it swaps nothing."""
    if _passive(left, i) or _passive(right, j):
        return False
    left_before, left_after = content_lemmas(left[:i]), content_lemmas(left[i + 1 :])
    right_before, right_after = content_lemmas(right[:j]), content_lemmas(right[j + 1 :])
    return (
        not left_before & right_before
        and bool(left_before & right_after)
        and bool(right_before & left_after)
    )


def _passive(words: Sequence[Word], at: int) -> bool:
    """Whether word ``at`` is a participle after a form of "be" with a "by" after it."""
    before = {w.norm for w in words[max(0, at - 2) : at]}
    return bool(before & _BE) and any(w.norm == "by" for w in words[at + 1 :])


_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})


def _one_kind(
    left: Sequence[Word], lefts: set[str], right: Sequence[Word], rights: set[str]
) -> bool:
    """Whether some word of ``left`` with a lemma of ``lefts`` and one of ``right`` with
    a lemma of ``rights`` name one thing in WordNet: the same sense, or one a kind of
    the other ("ruling" / "decision")."""
    left_norms = {w.norm for w in left if w.lemma in lefts}
    right_norms = {w.norm for w in right if w.lemma in rights}
    return any(relation(a, b, "n") in ("same", "kind") for a in left_norms for b in right_norms)


def _own_name(words: Sequence[Word], own: set[str]) -> bool:
    """Whether a capitalised content word of ``words`` has one of the lemmas ``own``."""
    return any(w.lemma in own and w.text[:1].isupper() for w in words if w.is_content)
