"""One claim told in the active voice on one side and the passive on the other:
"heritage campaigners *welcomed* the plans" / "the plans were *criticised* by heritage
campaigners". The word diff puts the two verbs in different places, so the neighbour
test of slots.py cannot see one slot; the roles can: the active subject is the
passive agent (the words after "by"), and the active object the passive subject.

The agent must be the same party, not one that shares a word with it ("Smith" /
"by Smith's opponents"): every content word of the active subject stands in the
passive sentence, and the agent's own first run of content words ("members" of
"members of the club", "critics" of "critics as a disaster") stands in the subject.
The object and the passive subject share a content word in meaning (a WordNet synonym
counts as the same word).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.wordlists import irregular_base, unchanged_participles
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    clause_break,
    content_lemmas,
    shared_in_meaning,
)

BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
VOICED_SCORE = 0.9
"""An opposite detector's score for two opposite verbs told in the other voice with the
same parties in the same roles: a rewrite that turned the voice round rewords the rest
too ("hailed the decision to delay" / "the move to postpone ... was denounced by"), so
the rest's overlap of words undersells it; the roles checked are the evidence."""
MIN_OBJECT_SHARED = 1
"""Content words (in meaning) the active object and the passive subject share: a
rewrite that turns the voice round often rewords the object too ("a plan to turn the
brewery into flats" / "a proposal to convert the brewery into apartments"), and the
detectors ask the rest of the sentences to agree besides."""


def passive_agent(words: Sequence[Word], at: int) -> int | None:
    """The index of "by" that opens the agent of the passive verb ``at`` ("were
    *criticised* on Friday by campaigners"), when a form of "be" stands in the two words
    before it and the "by" in its clause; else None."""
    if not any(w.norm in BE for w in words[max(0, at - 2) : at]):
        return None
    for k in range(at + 1, len(words)):
        if clause_break(words, k):
            return None
        if words[k].norm == "by":
            return k if k + 1 < len(words) and not clause_break(words, k + 1) else None
    return None


def same_roles_across_voice(left: Sequence[Word], i: int, right: Sequence[Word], j: int) -> bool:
    """Whether verb ``i`` of the left sentence and verb ``j`` of the right one, one of
    them active and the other passive, take the same parties in the same roles; a
    passive that names no agent ("a wing of the museum *has been closed*") has its
    subject checked against the active object (``_patient_matches``)."""
    left_by, right_by = passive_agent(left, i), passive_agent(right, j)
    if left_by is not None or right_by is not None:
        if (left_by is None) == (right_by is None):
            return False
        if left_by is None and right_by is not None:
            return _roles_match(left, i, right, j, right_by)
        assert left_by is not None
        return _roles_match(right, j, left, i, left_by)
    if agentless_passive(left, i) == agentless_passive(right, j):
        return False
    if agentless_passive(right, j):
        return _patient_matches(left, i, right, j)
    return _patient_matches(right, j, left, i)


def agentless_passive(words: Sequence[Word], at: int) -> bool:
    """Whether word ``at`` is a past participle right after a form of "be" ("has *been*
    closed", "was *shut*"; not "is *big*") with no agent after "by" in its clause."""
    return (
        at > 0
        and words[at - 1].norm in BE
        and words[at - 1].norm != "being"
        and _participle(words[at].norm)
        and passive_agent(words, at) is None
    )


def _participle(norm: str) -> bool:
    """Whether a folded word may be a past participle: a regular one in "-ed", or a form
    of an irregular verb other than its "-ing" ("closed", "shut", "taken", "laid")."""
    if norm.endswith("ed"):
        return True
    base = irregular_base(norm)
    return not norm.endswith("ing") and (base != norm or norm in unchanged_participles())


def _patient_matches(
    active: Sequence[Word], verb: int, passive: Sequence[Word], passive_verb: int
) -> bool:
    """Whether the active clause's parties stand in an agentless passive: the active
    object's own noun phrase shares AGENTLESS_OBJECT_SHARED content words in meaning
    with the passive subject (the words before the verb in its clause, or the
    sentence's first clause where an aside set off by commas stands between the two: "a
    wing ..., with letters ..., has been closed"), and each content word of the active
    subject stands in that passive subject (the doer left out, the thing it owns named:
    "the museum has opened a wing" / "a wing of the museum has been closed") or nowhere
    in the passive sentence; one that stands elsewhere there plays another part ("fog
    forced the flight to divert" / "the flight was diverted because of fog")."""
    subject = content_lemmas(active[_clause_start(active, verb) : verb])
    object_ = _first_run(active, verb + 1)
    patient = content_lemmas(passive[_clause_start(passive, passive_verb) : passive_verb])
    if not patient:  # the subject opens the sentence, an aside between it and its verb
        patient = content_lemmas(passive[: _clause_end(passive, 0)])
    if not subject or not object_ or not patient:
        return False
    elsewhere = content_lemmas(passive) - patient
    if shared_in_meaning(subject, elsewhere):
        return False
    wanted = min(AGENTLESS_OBJECT_SHARED, len(object_))
    return shared_in_meaning(object_, patient) >= wanted


AGENTLESS_OBJECT_SHARED = 2
"""Content words the active object's noun phrase and the subject of a passive with no
agent share (all of them where it holds fewer): with no agent to tie the two clauses
to one doer, the thing acted on must be the same in more than one word where it can
("a *wing devoted*" / "a *wing* ... *dedicated*")."""


def _roles_match(
    active: Sequence[Word], verb: int, passive: Sequence[Word], passive_verb: int, by: int
) -> bool:
    subject = content_lemmas(active[_clause_start(active, verb) : verb])
    object_ = content_lemmas(active[verb + 1 : _clause_end(active, verb)])
    agent_run = _first_run(passive, by + 1)
    patient = content_lemmas(passive[_clause_start(passive, passive_verb) : passive_verb])
    if not subject or not agent_run or not object_ or not patient:
        return False
    if shared_in_meaning(subject, content_lemmas(passive)) < len(subject):
        return False
    if shared_in_meaning(agent_run, subject) < len(agent_run):
        return False
    return shared_in_meaning(object_, patient) >= min(MIN_OBJECT_SHARED, len(object_), len(patient))


def _clause_start(words: Sequence[Word], at: int) -> int:
    k = at
    while k > 0 and not clause_break(words, k):
        k -= 1
    return k


def _clause_end(words: Sequence[Word], at: int) -> int:
    k = at + 1
    while k < len(words) and not clause_break(words, k):
        k += 1
    return k


def _first_run(words: Sequence[Word], start: int) -> set[str]:
    """The lemmas of the content words from ``start`` up to the first word that is
    neither content nor an article or possessive: the agent's own noun phrase."""
    run: set[str] = set()
    for k in range(start, len(words)):
        if k > start and clause_break(words, k):
            break
        word = words[k]
        if word.is_content:
            run.add(word.lemma)
        elif run or (word.norm not in _DETERMINERS and word.norm not in AUXILIARIES):
            break
    return run


_DETERMINERS = frozenset("the a an its their his her our this these those".split())
