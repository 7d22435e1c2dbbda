"""Verbs that say the act of their complement was not done, and time limits that say
a denied act was done later.

Negative implicatives (Karttunen, "Implicative verbs", Language 47, 1971: a verb whose
complement's act is entailed false when the verb is asserted) deny an act without a
negation word:

- a verb of denial or avoidance right before a gerund: "*denied taking* money",
  "*avoided paying* the fine" (``GERUND_DENIALS``: WordNet 3.0's deny.v.01, "declare
  untrue", and avoid.v.03, "refrain from doing something", the one sense of the
  avoiding verbs that WordNet gives the gerund frame "Somebody ----s VERB-ing");
- a verb of prevention, its object and "from" before a gerund: "firefighters
  *prevented the blaze from spreading*", "police *stopped* the crowd *from* entering"
  (``PREVENTIONS``: prevent.v.02, "stop (someone or something) from doing something",
  and stop.v.03, "stop from happening"; prevent.v.02's "keep" is left out, as "save"
  is: "*kept* the money *from* selling the farm" keeps the proceeds of an act that was
  done). Their kinds in WordNet ("hinder", "impede", "thwart", "bar") try or forbid
  rather than prevent, so they deny nothing.

A time limit read with a negation asserts the act at a later time rather than denying
it: "police did *not* arrive *until* two hours later" says they arrived; "*but not
before* two men made it onto the ferry" says the men did. negation.py reads no claim
after a cue followed by a word of time (``denies_a_time``), and reads one limited by a
later "until" (``limited_later``) only against the same act said to last until a time
("will not hold the seat until June" / "will hold the seat until June").
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.words import AUXILIARIES, Word

GERUND_DENIALS = frozenset("deny denies denied denying avoid avoids avoided avoiding".split())
"""Forms of the verbs that deny the act a gerund right after them names."""
PREVENTIONS = frozenset("prevent prevents prevented preventing stop stops stopped stopping".split())
"""Forms of the verbs of prevention: "VERB object from GERUND" denies the gerund's act."""
_GERUND = "ing"
_MIN_GERUND = 5
"""Letters of a gerund at least ("thing", "king" are nouns)."""
OBJECT_REACH = 4
"""Words of the object between a verb of prevention and "from", at most ("prevented
*the fire on the roof* from spreading")."""
_FROM = "from"
_LATER_LIMITS = frozenset(("until", "till"))
"""Words that set when a denied act came to be done ("not ... *until* noon")."""
_TIME_WORDS = frozenset(("before", "until", "till"))
"""Words right after a cue that make it deny a time, not an act ("not *before* two")."""


def gerund(norm: str) -> bool:
    """Whether a folded word may be a gerund."""
    return norm.endswith(_GERUND) and len(norm) >= _MIN_GERUND


def denies_an_act(norms: Sequence[str], i: int) -> bool:
    """Whether word ``i`` is a verb of ``GERUND_DENIALS`` right before a gerund ("*denied*
    taking money", "*avoided* paying")."""
    after = i + 1
    return norms[i] in GERUND_DENIALS and after < len(norms) and gerund(norms[after])


def prevention_length(words: Sequence[Word], i: int) -> int:
    """The length of a prevention cue at word ``i``, from the verb up to "from" before a
    gerund ("*prevented the blaze from* spreading", "was *stopped from* boarding"), or 0
    where there is none. The object holds no clause break and at most ``OBJECT_REACH``
    words."""
    if words[i].norm not in PREVENTIONS:
        return 0
    last = min(len(words) - 1, i + 1 + OBJECT_REACH)
    for k in range(i + 1, last):
        if words[k].break_before:
            return 0
        if words[k].norm == _FROM:
            after = k + 1
            fits = not words[after].break_before and gerund(words[after].norm)
            return after - i if fits else 0
    return 0


def denies_a_time(words: Sequence[Word], after: int) -> bool:
    """Whether the cue that ends before word ``after`` denies a time rather than an act:
    a word of time follows it ("not *before* two", "never *before* qualified", "not
    *until* Monday")."""
    return after < len(words) and words[after].norm in _TIME_WORDS


def limited_later(words: Sequence[Word], scope_end: int) -> bool:
    """Whether the clause of a negation whose scope ends before ``scope_end`` goes on with
    "until" ("did not arrive at the shop *until* two hours later"): it says when the
    act came to be done, and denies it only against the act said to last until then
    (``limited``)."""
    return (
        scope_end < len(words)
        and words[scope_end].norm in _LATER_LIMITS
        and not words[scope_end].break_before
    )


def limited(words: Sequence[Word], k: int) -> bool:
    """Whether the clause of the word at ``k`` goes on with "until" ("will hold the seat
    *until* an election"): against it, "will not hold the seat until an election" does
    disagree."""
    for i in range(k + 1, len(words)):
        if words[i].break_before:
            return False
        if words[i].norm in _LATER_LIMITS:
            return True
    return False


def verb_cue(norm: str) -> bool:
    """Whether a cue of one word is a verb ("avoided", "prevented"), which a negator
    before it cancels ("have *not avoided* calling them out")."""
    return norm in GERUND_DENIALS or norm in PREVENTIONS


def prevention_scope_end(words: Sequence[Word], after: int, scope_end: int) -> int:
    """Where the scope of a prevention's gerund ends: before the first auxiliary after it
    ("the only way to stop a monster from *killing our kids* is to be ..."), the verb
    of the clause the prevention is part of, else at ``scope_end``."""
    for k in range(after + 1, scope_end):
        if words[k].norm in AUXILIARIES:
            return k
    return scope_end
