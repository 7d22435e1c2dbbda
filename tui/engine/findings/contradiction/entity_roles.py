"""Whether two swapped mentions fill the same role of a reworded claim.

slots.py asks that two differing words keep their neighbours. Another outlet that
rewrites a report moves the clause and changes the voice, so a swapped place or
body loses them: "*Germany* will host the tournament" / "the tournament would be
hosted by *France*", "brokered by *Qatar*" / "*Egypt* brokered the agreement",
"taking off from *Lagos*" / "take-off from *Abuja*". Here a mention's role is read
from the words that govern it instead:

- the preposition before it ("from", "in", "into", "to"; an article may stand
  between), but "by" after a verb, which makes it that verb's agent;
- the noun before that preposition when it is "in", "from" or "of": a name after the
  noun qualifies it as one before it does ("a co-operative *in* Ghana" / "an
  *Ecuadorian* co-operative", "wine *from* Chile" / "*Argentine* wine");
- the content word it governs: the verb after a subject ("*Egypt* brokered"), which
  is the same role as the agent after "by" ("brokered by *Qatar*"), or the noun a
  name modifies ("a *Brazilian* club"); auxiliaries are skipped;
- the verb before an object ("beat *Barcelona*").

Two roles are the same when their prepositions are, or their words are one lemma,
WordNet synonyms (slots.synonymous) or one a WordNet kind of the other (kinds.py).
The host of an event is where it is held: the subject or agent of "host" (or a
WordNet synonym of it) fills the role a locative preposition gives ("the games will
be held *in* Tarvisio" / "*Bled* will host the games": ``venue``).
A role alone is a weak anchor, so entity.py asks more of the two sentences: each
mention is the only one its side names that the other lacks, and the rest of the two
sentences agrees in meaning (a WordNet synonym counts as a shared word:
``meaning_agreement``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from tui.engine.findings.contradiction.kinds import relation, senses
from tui.engine.findings.contradiction.slots import synonymous
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.findings.contradiction.words import (
    AUXILIARIES,
    Word,
    clause_break,
    content_lemmas,
    shared_in_meaning,
)
from tui.engine.textnorm import STOPWORDS

PREPOSITIONS = frozenset(
    "in at from to into onto on near across over through toward towards against inside "
    "outside within via off out of for with".split()
)
"""Prepositions that give a place or body its role in a claim ("crossed *into*")."""
AGENT = "by"
LOCATIVE_SENSES: dict[str, str] = {
    **dict.fromkeys(("in", "at", "inside", "within"), "in"),
    **dict.fromkeys(("near", "outside", "beside", "around"), "near"),
}
"""Prepositions that make the name they govern where something happens, by the sense
they give it: in the place, or by it ("derailed *near* Ostrova" / "came off the rails
*outside* Dremsk")."""
HOST = "host"
"""The verb whose agent is where its object, an event, is held (its lemma key)."""
_DETERMINERS = frozenset("the a an".split())
QUALIFYING_PREPOSITIONS = frozenset(("in", "from", "of"))
"""Prepositions by which a name after a noun qualifies it ("a co-operative *in* Ghana"),
as a name before the noun does ("a *Ghanaian* co-operative")."""
HEAD_REACH = 3
"""Words after a mention (auxiliaries, articles) within which the word it governs stands."""


class Role(NamedTuple):
    tag: str
    """"prep": a preposition governs the mention; "head": the mention is the subject
    or agent of a verb, or modifies a noun; "object": a verb governs it."""
    word: str
    """The preposition, or the lemma key of the verb or noun."""
    norm: str = ""
    """The verb or noun as written, folded (kinds.relation reads words, not keys)."""

    def matches(self, other: Role) -> bool:
        if self.tag != other.tag:
            return venue(self) == "in" and venue(other) == "in"
        if self.tag == "prep":
            return self.word == other.word
        return synonymous(self.word, other.word) or _one_kind(self.norm, other.norm)


def venue(role: Role) -> str | None:
    """The sense of place a role gives its mention (LOCATIVE_SENSES), "in" for the host
    of an event; else None."""
    if role.tag == "prep":
        return LOCATIVE_SENSES.get(role.word)
    if role.tag == "head" and (role.word == HOST or synonymous(role.word, HOST)):
        return "in"
    return None


def _one_kind(a: str, b: str) -> bool:
    """Whether one verb or noun names a kind of what the other names in WordNet
    ("*beat* Barcelona" / "*defeated* Valencia": beating is a kind of defeating)."""
    if not a or not b:
        return False
    return relation(a, b, "v") == "kind" or relation(a, b, "n") == "kind"


def _one_sense(a: str, b: str) -> bool:
    """Whether two verbs or nouns share a sense in WordNet's kinds table."""
    return relation(a, b, "v") == "same" or relation(a, b, "n") == "same"


def roles(words: Sequence[Word], first: int, last: int) -> set[Role]:
    """The roles of the mention at words ``first``..``last`` of its sentence."""
    found: set[Role] = set()
    k = first - 1
    while k >= 0 and words[k].norm in _DETERMINERS and not words[k + 1].break_before:
        k -= 1
    before = words[k] if k >= 0 and not words[k + 1].break_before else None
    if before is not None and before.norm == AGENT:
        verb = words[k - 1] if k > 0 and not before.break_before else None
        if verb is not None and verb.is_content:
            found.add(Role("head", verb.lemma, verb.norm))
    elif before is not None and before.norm in PREPOSITIONS:
        found.add(Role("prep", before.norm))
        noun = _qualified_noun(words, k)
        if noun is not None:
            found.add(Role("head", noun.lemma, noun.norm))
    elif before is not None and before.is_content:
        found.add(Role("object", before.lemma, before.norm))
    head = _governed(words, last)
    if head is not None:
        found.add(Role("head", head.lemma, head.norm))
    return found


def _qualified_noun(words: Sequence[Word], k: int) -> Word | None:
    """The noun right before the preposition at word ``k`` when the name after it
    qualifies the noun (QUALIFYING_PREPOSITIONS: "a co-operative *in* Ghana"); None
    after a word WordNet knows as a verb and not as a noun ("sourced *from*", "held
    *in*"; a word it does not know, "co-operative", may be a noun), and after a
    capitalised word, a name of its own ("the Grammys *in* Los Angeles" / "the *Latin*
    Grammys": a word before a name may be a part of it)."""
    if words[k].norm not in QUALIFYING_PREPOSITIONS or k == 0 or words[k].break_before:
        return None
    noun = words[k - 1]
    if not noun.is_content or not noun.text.islower():
        return None
    if senses(noun.norm, "v") and not senses(noun.norm, "n"):
        return None
    return noun


def _governed(words: Sequence[Word], last: int) -> Word | None:
    """The first content word after the mention in its clause, within HEAD_REACH words
    of auxiliaries and articles."""
    for k in range(last + 1, min(len(words), last + 1 + HEAD_REACH)):
        word = words[k]
        if clause_break(words, k):  # not the stop of "*U.S.* inspectors"
            return None
        if word.is_content:
            return word
        if word.norm not in AUXILIARIES and word.norm not in _DETERMINERS:
            return None
    return None


def same_role(
    left: Sequence[Word], li: tuple[int, int], right: Sequence[Word], ri: tuple[int, int]
) -> bool:
    """Whether the two mentions (first, last word) fill one role of their sentences."""
    rights = roles(right, *ri)
    return any(role.matches(other) for role in roles(left, *li) for other in rights)


def meaning_agreement(
    left: Sequence[Word],
    li: tuple[int, int],
    right: Sequence[Word],
    ri: tuple[int, int],
    kinds: bool = False,
    tied: int = 0,
) -> float:
    """Dice overlap of the content lemmas outside the two mentions, a WordNet synonym
    pair counted as one shared word and a hyphenated word as its parts ("take-off" /
    "taking off"); with ``kinds``, two words of one sense or a word and a kind of it in
    WordNet's kinds table too ("recalled" / "withdrew", "company" / "firm"): enough
    where the two mentions are names of one kind, not where two sums may measure a
    watch and a fund. ``tied``: pairs of words outside the mentions known to say one
    thing by other means (two verbs that give the two mentions one role)."""
    left_lemmas = content_parts(content_lemmas(left, range(li[0], li[1] + 1)))
    right_lemmas = content_parts(content_lemmas(right, range(ri[0], ri[1] + 1)))
    if not left_lemmas or not right_lemmas:
        return 0.0
    shared = shared_in_meaning(left_lemmas, right_lemmas) + tied
    if kinds:
        shared += _kind_pairs(
            _unmatched(left, li, left_lemmas - right_lemmas),
            _unmatched(right, ri, right_lemmas - left_lemmas),
        )
    return min(1.0, 2 * shared / (len(left_lemmas) + len(right_lemmas)))


def _unmatched(words: Sequence[Word], skip: tuple[int, int], lemmas: set[str]) -> list[str]:
    """The folded words outside ``skip`` whose lemma keys are in ``lemmas``."""
    return [
        w.norm
        for k, w in enumerate(words)
        if w.is_content and w.lemma in lemmas and not skip[0] <= k <= skip[1]
    ]


def _kind_pairs(left: list[str], right: list[str]) -> int:
    """One-to-one pairs of words of one sense ("recalled" / "withdrew") or one of which
    names a kind of what the other names ("company" / "firm") in WordNet's kinds table,
    which holds senses the synonym table leaves out."""
    pairs = 0
    rights = list(right)
    for word in left:
        for n, other in enumerate(rights):
            if _one_kind(word, other) or _one_sense(word, other):
                pairs += 1
                del rights[n]
                break
    return pairs


def content_parts(lemmas: set[str]) -> set[str]:
    """The lemmas, a hyphenated one as the lemma keys of its content parts."""
    found = {lemma for lemma in lemmas if "-" not in lemma}
    for lemma in lemmas - found:
        found.update(lemma_key(p) for p in lemma.split("-") if len(p) > 1 and p not in STOPWORDS)
    return found
