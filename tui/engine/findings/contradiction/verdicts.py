"""Verdicts: a word that says what something was judged to be, by the grammar of its
place rather than by its meaning. A predicate noun or adjective is the verdict of its
sentence on its subject, wherever a rewrite moved that subject:

- after a copula, with at most a short parenthesis between ("the festival *was* a
  success", "the recital was, in the critics' view, a disappointment", "the harvest
  *proved* poor");
- after "as" ("critics described the recital *as* a triumph", "*seen as* a blow");
- as the complement of a verb of naming ("traders *called* the market a flop",
  "branded it a failure").

A noun counts when an article opens its phrase with at most two words between ("a
*resounding* success") and it ends the phrase (no noun follows it: "a success story"
names a story); an adjective when it follows the copula itself, or one adverb after it
("was *very* poor"), and is no participle or adverb ("was *welcomed*" is a passive,
whose agent the other side may give to another party; "is *smiling*" an act). Two
sentences that give one subject opposite verdicts contradict each other even where
they describe it in other words (opposite_tone.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from tui.engine.findings.contradiction.wordlists import irregular_base
from tui.engine.findings.contradiction.words import Word, clause_break

COPULAS = frozenset(
    "is are was were be been being am 's proved proves prove proving became become becomes "
    "remained remains remain seemed seems seem looked looks appeared appears".split()
)
"""Forms of "be" and of the verbs that link a subject to what it is or became."""
_AS = "as"
NAMING_VERBS = frozenset(
    "call calls called calling brand brands branded branding declare declares declared "
    "declaring deem deems deemed deeming dub dubs dubbed label labels labelled labeled "
    "pronounce pronounced consider considers considered judge judges judged term termed "
    "rate rated".split()
)
"""Verbs whose object is followed by what it is named or judged to be ("called the plan
a failure"): the object complement construction."""
ARTICLES = frozenset({"a", "an"})
MAX_MODIFIERS = 2
"""Words an article may stand before its noun with ("a *resounding* success")."""
MAX_PARENTHESIS = 10
"""Words a parenthesis between a copula (or an object) and its complement may hold."""
MAX_OBJECT = 6
"""Words the object between a verb of naming and its complement may hold."""


def is_verdict(words: Sequence[Word], k: int) -> bool:
    """Whether word ``k`` is the complement of a copula, of "as" or of a verb of naming."""
    article = _article(words, k)
    if article is not None:
        return _ends_phrase(words, k) and _links(words, article)
    if _verb_or_adverb(words[k].norm):
        return False  # "was *welcomed*", "is *smiling*", "is *peacefully* lying"
    return _links(words, k) or (k > 0 and not clause_break(words, k) and _links(words, k - 1))


def _verb_or_adverb(norm: str) -> bool:
    """Whether a word after a copula is a participle or an adverb rather than an
    adjective: a passive ("was *welcomed*", whose agent the other side may give to
    another party), a progressive ("is *frowning*") or an adverb ("is *peacefully*
    lying")."""
    return norm.endswith(_VERB_OR_ADVERB_ENDINGS) or irregular_base(norm) != norm


_VERB_OR_ADVERB_ENDINGS = ("ed", "ing", "ly")


def _ends_phrase(words: Sequence[Word], k: int) -> bool:
    """Whether no noun follows word ``k`` in its phrase: the phrase ends, or a function
    word, a participle or an adverb follows ("a triumph *according* to")."""
    after = k + 1
    if after == len(words) or clause_break(words, after) or not words[after].is_content:
        return True
    return words[after].norm.endswith(_NOT_NOUN_ENDINGS)


_NOT_NOUN_ENDINGS = ("ing", "ly")


def _article(words: Sequence[Word], k: int) -> int | None:
    """Where the article of word ``k``'s phrase stands, within the clause."""
    for place in range(k - 1, max(-1, k - MAX_MODIFIERS - 2), -1):
        if words[place].norm in ARTICLES:
            return place
        if clause_break(words, place + 1):
            return None
    return None


def _links(words: Sequence[Word], k: int) -> bool:
    """Whether what stands before word ``k`` (past a parenthesis set off by commas, or
    an object after a verb of naming) links it to a subject as what that subject is."""
    before = k - 1
    if before < 0:
        return False
    if clause_break(words, k):
        opening = _parenthesis_opening(words, before)
        if opening is None:
            return False
        before = opening - 1
    if before < 0:
        return False
    if words[before].norm in COPULAS or words[before].norm == _AS:
        return True
    return _named_object(words, before)


def _parenthesis_opening(words: Sequence[Word], last: int) -> int | None:
    """The first word of a parenthesis that ends with word ``last``."""
    for place in range(last, max(-1, last - MAX_PARENTHESIS), -1):
        if clause_break(words, place):
            return place if place > 0 else None
    return None


def _named_object(words: Sequence[Word], last: int) -> bool:
    """Whether word ``last`` ends the object of a verb of naming in the same clause."""
    for place in range(last, max(-1, last - MAX_OBJECT), -1):
        if words[place].norm in NAMING_VERBS:
            return place < last
        if clause_break(words, place):
            return False
    return False
