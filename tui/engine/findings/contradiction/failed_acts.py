"""An act one sentence says somebody failed to do and the other says was done in other
words: "the crew *failed to carry out* the de-icing checks" / "the crew *had completed*
the de-icing checks", "*failed to reach* its goal" / "*met* its target".

A negation cue denies the verb after it, which the other sentence must repeat
(negation.py); a reporter who says the act was done picks a verb of accomplishment
instead ("completed", "met", "achieved", "fulfilled": data/wordnet_outcomes.txt,
tools/build_outcomes.py, WordNet 3.0's "succeed", "achieve", "complete", "meet",
"fulfil" and their synonyms, and the verbs of winning). The two verbs are tied to one
act by its object: the first content words after the failed verb and after the verb of
accomplishment (or, for a passive, its subject: "the checks *were completed*") must
share a word or a WordNet synonym ("goal" / "target"). Neither may be negated or
hypothetical ("if it fails to"), "did not fail to" affirms, and the rest of the two
sentences must agree (at least ``MIN_SHARE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import (
    DenialSpans,
    Polarity,
    denied_either_way,
    hypothetical,
)
from tui.engine.findings.contradiction.outcome_verbs import NOT_A_VERB, verbs_of
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.voice import BE
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    content_lemmas_after,
    sentence_norms,
    shared_in_meaning,
)
from tui.engine.segment import Sentence

MIN_SHARE = 0.35
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
OBJECT = 3
"""Content words after a verb that may name its object."""
DONE, WIN = "done", "win"
_FAIL = frozenset("fail fails failed failing".split())
_NEGATORS = frozenset(("not", "never"))


@cache
def accomplishing() -> frozenset[str]:
    """Folded verb forms that say an act was done (a contest won included)."""
    return frozenset(verbs_of((DONE, WIN)))


def failed_acts(pair: SentencePair) -> list[Conflict]:
    """Failures on either side against accomplishments on the other."""
    return denied_either_way(
        pair, lambda failing, doing: _may_fail(failing) and _may_do(doing), _against
    )


def _may_fail(sentence: Sentence) -> bool:
    return not sentence_norms(sentence).isdisjoint(_FAIL)


def _may_do(sentence: Sentence) -> bool:
    return not sentence_norms(sentence).isdisjoint(accomplishing())


def _against(failing: Polarity, doing: Polarity) -> DenialSpans | None:
    words, others = failing.words, doing.words
    table = accomplishing()
    for c in range(len(words) - 2):
        if words[c].norm not in _FAIL or words[c + 1].norm != "to" or words[c + 2].break_before:
            continue
        if (c and words[c - 1].norm in _NEGATORS) or hypothetical(words, c):
            continue
        verb = c + 2
        wanted = _object(words, verb)
        for k, other in enumerate(others):
            if (
                other.norm not in table
                or k in doing.negated
                or (k and others[k - 1].norm in NOT_A_VERB)
                or hypothetical(others, k)
            ):
                continue
            if not shared_in_meaning(wanted, _object(others, k)):
                continue
            rest = rest_agreement(words, (c, verb), others, (k, k))
            if rest < MIN_SHARE:
                continue
            start = k - 1 if k and others[k - 1].norm in AUXILIARIES else k
            failed = (words[c].start, words[verb].end)
            done = (others[start].start, other.end)
            return failed, done, round(min(0.95, 0.6 + 0.35 * rest), 2)
    return None


def _object(words: Sequence[Word], k: int) -> set[str]:
    """The content lemmas of what the verb at ``k`` acts on: the first content words
    after it in its clause, or, after a form of "be", the subject before it."""
    if k and words[k - 1].norm in BE:
        first = k - 1
        while first > max(0, k - 1 - OBJECT - 2) and not words[first].break_before:
            first -= 1
        return {w.lemma for w in words[first : k - 1] if w.is_content}
    return content_lemmas_after(words, k, OBJECT)
