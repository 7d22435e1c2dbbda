"""Denials in other words: whether both sides of a negation conflict deny the claim,
or one denies the opposite of what the other affirms.

The negation detector reads the cues of its list (data/negation_cues.txt) around one
slot, and calls a side without a cue there affirmed. Reporters deny a claim in many
more ways, and often in another place of the clause: "*neither* police *nor* the
hospital would release the names" / "police did not release the names", "decided
*against* pursuing" / "decided not to pursue", "he and his film are *not*
anti-Semitic" / "neither I nor my film are anti-Semitic", "having *lost* their sense
of time" / "no longer had any sense of time", "the voters *opposed* the tax" / "said
no to the tax". Such a pair is two denials of one claim, not a claim and its denial.

A side's denials are read in the clause around its slot (``REACH`` words either way, not
past a clause break or a conjunction that joins another clause, nor into a relative
clause that describes the subject: "Campaigners *who opposed the plan* said they would
seek a review" denies no review): negation cues, words
that deny what they govern (``DENYING``) and hyphenated words with a cue
("do-not-call"). Words a prefix denies are not read: "*uncensored*", "*unsuccessfully*"
are more often part of the claim than a second denial of it. Denials both sides hold are
their common frame ("has *stood against* changes" / "has not stood against changes"); of
the rest, an even number affirms and an odd number denies ("had *not failed* to
answer"). The conflict is refused when the two sides' own denials come out alike and one
side has some: "would not cut jobs but would raise prices" / "would not cut jobs but
would not raise prices" keeps it (the "not" of "cut" is another clause's). A denied word
whose opposite (the antonym tables) the affirmed side says is the same claim too: "the
decision was *not difficult*" / "the decision was an *easy* one".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import cache

from tui.engine.findings.contradiction.clause_frame import finite
from tui.engine.findings.contradiction.wordlists import antonyms, lemma_key, negation_cues
from tui.engine.findings.contradiction.words import Word, clause_break

REACH = 10
"""Words either side of a slot, within its clause, where its denials are read."""
CONJUNCTIONS = frozenset("and but or while whereas yet".split())
RELATIVES = frozenset("who whom whose which".split())
"""Pronouns that open a relative clause describing the noun before them."""
DENYING = (
    "without lack absence failure fail refuse refusal decline deny against oppose "
    "reject remove lose instead rather unable inability cannot neither"
)
"""Words that deny the claim they govern ("decided *against* pursuing", "*opposed* the
tax", "having *lost* its sense of time")."""


@cache
def _denying() -> frozenset[str]:
    single_cues = {cue[0] for cue in negation_cues()[0] if len(cue) == 1}
    return frozenset({lemma_key(w) for w in DENYING.split()} | single_cues)


def _denial(word: Word) -> bool:
    if word.norm in _denying() or word.lemma in _denying() or word.norm.endswith("n't"):
        return True
    return "-" in word.norm and not _denying().isdisjoint(word.norm.split("-"))
    # "the *do-not-call* list", "a *no-fly* zone"


def _window(words: Sequence[Word], first: int, last: int) -> Sequence[Word]:
    """The words of the slot's clause within ``REACH`` of it, not past a conjunction
    that joins another clause ("no boy is playing *and* there is no man smiling": two
    denials of two claims)."""
    start = first
    while start > 0 and first - start < REACH and not _bound(words, start - 1, start):
        start -= 1
    start = _past_relative_clause(words, start, first)
    end = last
    while end + 1 < len(words) and end - last < REACH and not _bound(words, end + 1, end + 1):
        end += 1
    return words[start : end + 1]


def _past_relative_clause(words: Sequence[Word], start: int, first: int) -> int:
    """Where the window before a slot at ``first`` starts once a relative clause that
    describes the subject is left out: "Campaigners *who opposed the plan* said they
    would seek a review" denies nothing of the review. Past a relative pronoun, the
    relative clause holds the first verb group; the window starts at the second, the
    verb of the clause the slot belongs to. A slot in the relative clause itself (one
    verb group before it) keeps the window whole."""
    relatives = [k for k in range(start, first) if words[k].norm in RELATIVES]
    if not relatives:
        return start
    groups = [
        k for k in range(relatives[-1] + 1, first) if finite(words[k]) and not finite(words[k - 1])
    ]
    return groups[1] if len(groups) > 1 else start


def _bound(words: Sequence[Word], conjunction: int, after_break: int) -> bool:
    """A clause break before word ``after_break``, or word ``conjunction`` joins clauses."""
    return clause_break(words, after_break) or words[conjunction].norm in CONJUNCTIONS


def _denials(window: Sequence[Word]) -> Counter[str]:
    """The denying words of a slot's clause (``_window``); a "nor" continues the denial
    of a "neither" or a "not" before it, and is not another."""
    found = Counter(w.norm for w in window if _denial(w))
    if len(found) > 1:
        del found["nor"]
    return found


def _slot_denied(words: Sequence[Word], first: int, last: int) -> bool:
    """Whether the slot itself holds a denying word."""
    return any(map(_denial, words[first : last + 1]))


def both_denied(
    left: Sequence[Word],
    left_slot: tuple[int, int],
    right: Sequence[Word],
    right_slot: tuple[int, int],
) -> bool:
    """Whether the two sides deny alike: the side whose slot holds no denial denies
    the claim in its clause as the other does (their own denials alike in number, odd
    or even), or the denied side denies the opposite of a word the other says."""
    left_denied, right_denied = _slot_denied(left, *left_slot), _slot_denied(right, *right_slot)
    if left_denied == right_denied:
        return False
    (affirmed, a_slot), (negated, n_slot) = (
        ((right, right_slot), (left, left_slot))
        if left_denied
        else ((left, left_slot), (right, right_slot))
    )
    affirmed_clause, negated_clause = _window(affirmed, *a_slot), _window(negated, *n_slot)
    said, denied = _denials(affirmed_clause), _denials(negated_clause)
    said_only, denied_only = said - denied, denied - said
    if (said or denied) and said_only.total() % 2 == denied_only.total() % 2:
        return True
    return _denied_opposite(negated_clause, affirmed_clause)


def _denied_opposite(negated: Sequence[Word], affirmed: Sequence[Word]) -> bool:
    """Whether the denied side denies the opposite of a word the affirmed side says:
    "the decision was *not difficult*" / "the decision was an *easy* one". Only words
    one side says and the other does not count ("a *small* dog chasing a *large* cow"
    / "no small dog chasing a large cow": both say both), and denials are not words of
    the claim ("*always* supported" / "*never* supported" is the conflict itself)."""
    table = antonyms()
    denied = {(w.lemma,) for w in negated if w.is_content and not _denial(w)}
    said = {(w.lemma,) for w in affirmed if w.is_content and not _denial(w)}
    return any(table.get(word, frozenset()) & (said - denied) for word in denied - said)
