"""A plan or a possibility one sentence says was ruled out and the other says stands,
each in words of its own: "the authority has *ruled out* raising its fees" / "the
authority *plans to* raise its fees", "have *ruled out* building a second lift" / "a
second lift *is being planned*", "*ruled out* a cut in the tax" / "is *considering*
cutting the tax".

negation.py reads "ruled out" as a cue and looks for the claim after it (the act
ruled out) affirmed in the other sentence; where that sentence grants the act as a
plan or a possibility, the verb that grants it is what differs ("*plans to*",
"*considering*", "*possible*"), and the act may be unsaid ("a second lift is being
planned") or governed as an infinitive, which asserts nothing of its own. The
granting words are negation.py's words of possibility and of intent ("plan",
"intend", "consider", "possible", "option"; ``GRANTING``). The act ruled out is the
first content word after the cue and its object the content words after it in the
cue's scope. Where the granting word governs an act of its own ("plans to *raise*",
"considering *cutting*") that act must be the one ruled out (the same lemma, or a
predicate WordNet gives the same sense); where it governs none ("a second lift is
being planned"), its clause must hold the act ruled out or share at least
``MIN_OBJECT`` words of its object (a WordNet synonym counted). Neither side may be
hypothetical, the granting word may be neither negated nor a deliberation told in the
past ("had considered"), and the rest of the two sentences must agree (at least
``MIN_SHARE``).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import (
    POSSIBILITY,
    DenialSpans,
    Negation,
    Polarity,
    denied_either_way,
    hypothetical,
    past_deliberation,
)
from tui.engine.findings.contradiction.outcome_verbs import NOT_A_VERB
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.predicates import agree_in_meaning
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.findings.contradiction.words import (
    Word,
    clause_break,
    sentence_norms,
    shared_in_meaning,
    with_auxiliary,
)
from tui.engine.segment import Sentence

MIN_SHARE = 0.35
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
MIN_OBJECT = 2
"""Words of the object ruled out a granting clause that names no act must share (or
all of them, where the object has fewer)."""
_RULING = frozenset("rule rules ruled ruling".split())
_OUT = "out"
INTENT = frozenset(map(lemma_key, "plan intend propose".split()))
"""Words of intent that grant an act ahead ("*plans to* raise", "is being *planned*")."""
GRANTING = POSSIBILITY | INTENT
_GERUND = "ing"
_MIN_GERUND = 5


def ruled_out_plans(pair: SentencePair) -> list[Conflict]:
    """Rulings out on either side against plans or possibilities on the other."""
    return denied_either_way(pair, _may_rule_out, _against)


def _may_rule_out(ruling: Sentence, granting: Sentence) -> bool:
    """The common case, no "rule" word, needs no sentence cut into words."""
    return not sentence_norms(ruling).isdisjoint(_RULING)


def _against(ruling: Polarity, granting: Polarity) -> DenialSpans | None:
    words, others = ruling.words, granting.words
    for negation in ruling.negations:
        if words[negation.cue].norm not in _RULING or hypothetical(words, negation.cue):
            continue
        act, object_ = _ruled_out(words, negation)
        if act is None:
            continue
        for k, other in enumerate(others):
            if other.lemma not in GRANTING or not _asserted(granting, k):
                continue
            if not _same_act(words, act, object_, others, k):
                continue
            cue_end = negation.cue + 1 if words[negation.cue + 1].norm == _OUT else negation.cue
            rest = rest_agreement(words, (negation.cue, cue_end), others, (k, k))
            if rest < MIN_SHARE:
                continue
            ruled = (words[with_auxiliary(words, negation.cue)].start, words[cue_end].end)
            granted = (others[with_auxiliary(others, k)].start, other.end)
            return ruled, granted, round(min(0.95, 0.6 + 0.35 * rest), 2)
    return None


def _ruled_out(words: Sequence[Word], negation: Negation) -> tuple[int | None, set[str]]:
    """The index of the act ruled out (the first content word after the cue) and the
    content lemmas of its object (the rest of the cue's scope)."""
    after = [k for k in negation.scope if k > negation.cue and words[k].norm != _OUT]
    contents = [k for k in after if words[k].is_content]
    if not contents:
        return None, set()
    return contents[0], {words[k].lemma for k in contents[1:]}


def _asserted(granting: Polarity, k: int) -> bool:
    """Whether the granting word at ``k`` grants the act now: not negated, not
    hypothetical, not a noun after a determiner ("*the* plan"), not a deliberation told
    in the past ("had *considered*")."""
    words = granting.words
    if k in granting.negated or hypothetical(words, k):
        return False
    if k and words[k - 1].norm in NOT_A_VERB:
        return False
    return not past_deliberation(words, k)


def _same_act(
    words: Sequence[Word], act: int, object_: set[str], others: Sequence[Word], k: int
) -> bool:
    """Whether the granting word at ``k`` grants the act ruled out: the act it governs
    is that act, or, governing none, its clause names the act or its object."""
    governed = _governed_act(others, k)
    if governed is not None:
        return _agree(words[act], others, governed)
    clause = _clause(others, k)
    if any(_agree(words[act], others, i) for i in clause if i != k):
        return True
    named = {others[i].lemma for i in clause if i != k and others[i].is_content}
    return bool(object_) and shared_in_meaning(object_, named) >= min(MIN_OBJECT, len(object_))


def _governed_act(others: Sequence[Word], k: int) -> int | None:
    """The act the granting word governs: the verb of its infinitive ("plans *to
    raise*") or the gerund right after it ("considering *cutting*"); None for a noun
    or nothing."""
    after = k + 1
    if after + 1 < len(others) and others[after].norm == "to" and not clause_break(others, after):
        return after + 1
    if (
        after < len(others)
        and not clause_break(others, after)
        and others[after].norm.endswith(_GERUND)
        and len(others[after].norm) >= _MIN_GERUND
    ):
        return after
    return None


def _agree(act: Word, others: Sequence[Word], i: int) -> bool:
    """Whether the word at ``i`` (with the particle after it) names ``act``."""
    other = others[i]
    if other.lemma == act.lemma or agree_in_meaning((act.lemma,), (other.lemma,)):
        return True
    after = i + 1
    return after < len(others) and agree_in_meaning(
        (act.lemma,), (other.lemma, others[after].lemma)
    )


def _clause(words: Sequence[Word], k: int) -> range:
    """The indexes of the clause around word ``k``."""
    first = k
    while first > 0 and not clause_break(words, first):
        first -= 1
    last = k + 1
    while last < len(words) and not clause_break(words, last):
        last += 1
    return range(first, last)
