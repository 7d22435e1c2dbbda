"""Who holds a claim: the named subject of its predicate, and the named person who says,
promises or claims it.

Two reports may tell what two different people said or what happened to two different
people with the same words and opposite polarity, and neither contradicts the other:
"Fox railed against Trump, *promising* that Mexico would never pay" / "*Trump's
promises* that Mexico will pay", "Hillary *Clinton* suffered no consequences" / "only
*Flynn* faced consequences". A negation conflict is one claim told two ways only when
the names that hold it, where both sides name them, are the same people.

- The subject: the run of capitalised words nearest before the slot, within
  ``SUBJECT_REACH`` words of its own clause (not past "that", "who"...), past one comma
  at most (an apposition: "his opponent, Hillary Clinton, suffered").
- The sayer: the nearest verb or noun of saying or promising (``ATTITUDES``) before the
  slot, within ``ATTITUDE_REACH`` words; its holder is the possessive name before it
  ("Trump's promises"), the name right before it ("Fox promised"), or, for a participle
  ("..., promising that"), the first name of the sentence, the subject of its main
  clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.fuzz import ratio

from tui.engine.findings.contradiction.negation import is_title_case
from tui.engine.findings.contradiction.words import AUXILIARIES, Word, clause_break
from tui.engine.people.lexicon import places
from tui.engine.prepared_regex import regex
from tui.engine.synonyms import senses_of

SUBJECT_REACH = 3
SAME_NAME = 75
"""Least rapidfuzz ratio of two words of names that may be one name spelt otherwise."""
ATTITUDE_REACH = 12
ATTITUDES = frozenset(
    "say said says saying tell told tells promise promised promises promising vow vowed "
    "vows pledge pledged pledges claim claimed claims claiming insist insisted insists "
    "argue argued argues warn warned warns assert asserted declare declared contend "
    "contended maintain maintained predict predicted".split()
)
"""Words of saying and promising, as written (their forms tell a participle)."""
_CLAUSE_OPENERS = frozenset("that who which whether if because and".split())
"""Words that open a clause: a name before one is not the subject of what follows."""
_LEADS = frozenset("only but even also just".split())
"""Words that may stand between a subject and its verb."""
_DETERMINERS = frozenset("a an the no any".split())
_ACRONYM = regex(r"[A-Z][A-Z.&-]+")
_POSSESSIVES = ("'s", "\u2019s")
_VERB_CUES = frozenset("not never".split())
"""Cues that open a predicate ("*never* paid")."""


def _run_before(words: Sequence[Word], k: int) -> frozenset[str]:
    """The capitalised words of the name ending at word ``k``, folded, possessives cut."""
    names = []
    if _ACRONYM.fullmatch(words[k].text.removesuffix(_POSSESSIVES[0])):
        return frozenset()  # "the SEC said" / "the Securities and Exchange Commission said"
    while k >= 0 and _named(words, k):
        names.append(words[k].norm.removesuffix(_POSSESSIVES[0]).removesuffix(_POSSESSIVES[1]))
        if k > 0 and clause_break(words, k):
            break
        k -= 1
    return frozenset(names)


def _named(words: Sequence[Word], k: int) -> bool:
    """A capitalised word past the first, or a first word that is a name's possessive
    ("*Reyes's* promises")."""
    word = words[k]
    return word.capitalised_inside or (
        k == 0 and word.text[:1].isupper() and word.norm.endswith(_POSSESSIVES)
    )


def _subject_names(words: Sequence[Word], first: int) -> frozenset[str]:
    """The names of the subject right before the predicate of the slot at word
    ``first`` (empty when none): the slot opens with its verb ("*was not* a member") or
    is the object of the lower-case verb before it ("*faced* consequences"); the
    subject stands right before that verb, past "only", "but"... and one comma ("Hillary
    Clinton, suffered"). A slot inside a noun phrase ("a *Chicago* alderman") has none."""
    k = first
    while k > 0 and words[k - 1].norm in _DETERMINERS:
        k -= 1
    if k > 0 and words[k - 1].is_content and not words[k - 1].text[:1].isupper():
        k -= 1  # the verb whose object the slot is
    elif k == first and not (words[k].norm in AUXILIARIES or words[k].norm in _VERB_CUES):
        return frozenset()
    for j in range(k - 1, max(-1, k - 1 - SUBJECT_REACH), -1):
        if words[j].capitalised_inside:
            return _run_before(words, j)
        if words[j].norm not in _LEADS or words[j].norm in _CLAUSE_OPENERS:
            break
    return frozenset()


def _sayer_names(words: Sequence[Word], first: int) -> frozenset[str]:
    """The names of who says or promises the claim at word ``first`` (empty when none)."""
    for k in range(first - 1, max(-1, first - 1 - ATTITUDE_REACH), -1):
        if words[k].norm not in ATTITUDES:
            continue
        if k > 0 and _named(words, k - 1) and not clause_break(words, k):
            return _run_before(words, k - 1)
        if words[k].norm.endswith("ing"):
            return next(
                (_run_before(words, j) for j, w in enumerate(words[:k]) if w.capitalised_inside),
                frozenset(),
            )
        return frozenset()
    return frozenset()


def different_holders(
    left: Sequence[Word], left_first: int, right: Sequence[Word], right_first: int
) -> bool:
    """Whether the two claims have different named subjects or sayers."""
    for read in (_subject_names, _sayer_names):
        lefts = _names_of_headline(read(left, left_first), left, right)
        rights = _names_of_headline(read(right, right_first), right, left)
        if _personal(lefts) and _personal(rights) and not _share_a_name(lefts, rights):
            return True
    return False


def _names_of_headline(
    names: frozenset[str], words: Sequence[Word], other: Sequence[Word]
) -> frozenset[str]:
    """The ``names`` read in ``words``; where ``words`` is a title-case headline, where
    every word has a capital, only the words WordNet gives no sense ("*Reyes*",
    "*Mossfield*") and those the ``other`` sentence writes with a capital too
    ("*Mossfield Well Water* Not Contaminated" / "the well water in Mossfield": "well"
    and "water" name nobody)."""
    if not is_title_case(words):
        return names
    capitals = {_unpossessive(w.norm) for w in other if w.text[:1].isupper()}
    named = {
        _unpossessive(w.norm)
        for w in words
        if _unpossessive(w.norm) in capitals or senses_of(w.lemma) is None
    }
    return names & named


def _unpossessive(norm: str) -> str:
    return norm.removesuffix(_POSSESSIVES[0]).removesuffix(_POSSESSIVES[1])


def _personal(names: frozenset[str]) -> bool:
    """Whether a name may be a person's: no word of it names a place or a body
    ("*Extremadura*" / "*Extramadura*" region: one place written two ways, not two
    holders)."""
    lexicon = places()
    return bool(names) and not any(
        lexicon.is_place(name.title()) or name.capitalize() in lexicon.org_words for name in names
    )


def _share_a_name(lefts: frozenset[str], rights: frozenset[str]) -> bool:
    """Whether a word of one name is a word of the other, spelt alike or nearly
    ("Faeroes" / "the Faroe Islands")."""
    return any(ratio(a, b) >= SAME_NAME for a in lefts for b in rights)
