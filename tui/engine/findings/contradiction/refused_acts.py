"""A request or an offer one sentence says was refused and the other says was granted,
each in a verb of its own: "the panel *refused* to order the port to pay compensation" /
"the firm was *awarded* compensation", "border officials *refused* to let the convoy
cross" / "the lorries were *allowed* across", "the council *rejected* the plan" / "the
council *approved* the plan".

No negation cue stands in either sentence, so negation.py sees no claim denied: the
outcome is in the choice of verb. The verbs come from data/wordnet_outcomes.txt
(tools/build_outcomes.py: WordNet 3.0's "refuse" and "reject" and their synonyms in
those senses, against "grant", "permit", "approve", "accept" and "agree" and theirs).
The two verbs are tied to one request by what they act on: the content words of the
rest of each verb's clause (up to ``OBJECT`` of them), and for a passive its subject
too, share a word other than a name, or a WordNet synonym. Neither verb may be negated ("did not
refuse"), hypothetical ("if the board rejects"), a noun ("the *sanctions*") or an
infinitive that asserts nothing ("hopes to approve"). Permission refused or granted
is for somebody else's act, which no one's agreeing or refusing *to* act answers
("refused permission to film" / "agreed to film"). Where both sentences name who
answered (an active verb's subject, a passive's "by" phrase), the two must agree ("the
House rejected the bill" / "the bill was approved by the Senate" are two bodies), and
the rest of the two sentences must agree (at least ``MIN_SHARE``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import Polarity, hypothetical, polarity
from tui.engine.findings.contradiction.outcome_verbs import GRANT, NOT_A_VERB, REFUSE, verbs_of
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement
from tui.engine.findings.contradiction.voice import BE
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    content_lemmas_after,
    shared_in_meaning,
)

MIN_SHARE = 0.35
"""Least agreement (content-lemma Dice) of the rest of the two sentences."""
OBJECT = 8
"""Content words after a verb, in its clause, that may name what it acts on."""
AGENT = 3
"""Content words after the "by" of a passive that may name its agent."""
PERMISSION = "permission"


@cache
def answers() -> dict[str, str]:
    """Folded verb form -> "refuse" or "grant", read once on first use."""
    return verbs_of((REFUSE, GRANT))


def refused_acts(pair: SentencePair) -> list[Conflict]:
    """Refusals on either side against grants on the other (one finding a pair)."""
    lefts, rights = _ways(pair.left_only), _ways(pair.right_only)
    if not ((REFUSE in lefts and GRANT in rights) or (GRANT in lefts and REFUSE in rights)):
        return []  # the common case: the sentences need not be cut into words
    left, right = polarity(pair.left), polarity(pair.right)
    for left_way, right_way in ((REFUSE, GRANT), (GRANT, REFUSE)):
        for lk in _answers(left, left_way):
            for rk in _answers(right, right_way):
                if _one_request(left.words, lk, right.words, rk):
                    return [_conflict(pair, left.words, lk, right.words, rk)]
    return []


def _ways(norms: frozenset[str]) -> set[str]:
    table = answers()
    return {table[n] for n in norms if n in table}


def _answers(side: Polarity, way: str) -> list[tuple[int, int]]:
    """(first, verb) of each asserted verb of ``way``: ``first`` takes in an auxiliary
    right before it ("*was* allowed")."""
    words, table = side.words, answers()
    found = []
    for k, word in enumerate(words):
        if table.get(word.norm) != way or _denied(side, k) or hypothetical(words, k):
            continue
        if k and words[k - 1].norm in NOT_A_VERB:
            continue
        found.append((k - 1 if k and words[k - 1].norm in AUXILIARIES else k, k))
    return found


def _denied(side: Polarity, k: int) -> bool:
    """Whether a cue other than the word itself negates word ``k`` ("did *not* refuse";
    "refused to", a cue of its own, does not deny itself)."""
    return any(k in n.scope and n.cue != k for n in side.negations) or (
        k in side.negated and all(n.cue != k for n in side.negations)
    )


def _one_request(
    left: Sequence[Word], lk: tuple[int, int], right: Sequence[Word], rk: tuple[int, int]
) -> bool:
    """Whether the two verbs answer one request: what they act on shares a word in
    meaning, active subjects agree, and the rest of the two sentences agrees."""
    if not shared_in_meaning(_acted_on(left, lk[1]), _acted_on(right, rk[1])):
        return False
    if (
        _own_act(left, lk[1])
        and _permission(right, rk[1])
        or (_permission(left, lk[1]) and _own_act(right, rk[1]))
    ):
        return False  # "refused permission to film" / "agreed to film": another's act
    agents = _agent(left, lk), _agent(right, rk)
    if all(agents) and not shared_in_meaning(*agents):
        return False
    return rest_agreement(left, lk, right, rk) >= MIN_SHARE


def _agent(words: Sequence[Word], verb: tuple[int, int]) -> set[str]:
    """Who answers the request: the subject of an active verb, the "by" phrase of a
    passive one (up to ``AGENT`` content words; none when a passive names nobody)."""
    if not _passive(words, verb[1]):
        return _subject(words, verb[0])
    for k in range(verb[1] + 1, len(words)):
        if words[k].break_before:
            break
        if words[k].norm == "by":
            found: list[str] = []
            for w in words[k + 1 :]:
                if w.break_before or len(found) == AGENT:
                    break
                if w.is_content:
                    found.append(w.lemma)
            return set(found)
    return set()


def _own_act(words: Sequence[Word], k: int) -> bool:
    """Whether the verb at ``k`` answers for an act of its subject's own ("agreed *to*
    film", "refused *to* film")."""
    return k + 1 < len(words) and words[k + 1].norm == "to"


def _permission(words: Sequence[Word], k: int) -> bool:
    """Whether the verb at ``k`` answers a request for permission ("refused
    *permission* to film"): an act of somebody else's."""
    return k + 1 < len(words) and words[k + 1].norm == PERMISSION


def _passive(words: Sequence[Word], k: int) -> bool:
    return k > 0 and words[k - 1].norm in BE


def _subject(words: Sequence[Word], first: int) -> set[str]:
    """The content lemmas of the verb's clause before it."""
    begin = first
    while begin > 0 and not words[begin].break_before:
        begin -= 1
    return {w.lemma for w in words[begin:first] if w.is_content}


def _acted_on(words: Sequence[Word], k: int) -> set[str]:
    """The content lemmas of what the verb at ``k`` acts on: the first content words
    after it in its clause, and, after a form of "be", its subject before it; names
    left out (the same party may ask for two things: "the *Harrow* brewery's licence"
    / "the *Harrow* bakery's permit")."""
    found = _subject(words, k - 1) if _passive(words, k) else set()
    names = {w.lemma for w in words if w.capitalised_inside}
    return (found | content_lemmas_after(words, k, OBJECT)) - names


def _conflict(
    pair: SentencePair,
    left: Sequence[Word],
    lk: tuple[int, int],
    right: Sequence[Word],
    rk: tuple[int, int],
) -> Conflict:
    rest = rest_agreement(left, lk, right, rk)
    left_span = (left[lk[0]].start, left[lk[1]].end)
    right_span = (right[rk[0]].start, right[rk[1]].end)
    score = round(min(0.95, 0.6 + 0.35 * rest), 2)
    return Conflict(
        "negation",
        left_span,
        right_span,
        pair.contrast("polarity differs", left_span, right_span),
        score,
    )
