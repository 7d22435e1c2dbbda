"""Public bodies named by what they are, in lower case: "the *foreign ministry*"
/ "the *interior ministry*", "the *food safety agency*" / "the *environment ministry*",
"*police*" / "the *data protection authority*", or against a capitalised name of the
same kind ("the *Ministry of Justice*" / "the *foreign ministry*").

entity.py reads names: runs of capitalised words. A report names a ministry, an agency,
a regulator or the police in lower case as often, by the noun of its kind in the
singular (a head word, data/wordnet_bodies.txt from WordNet by
tools/build_public_bodies.py, or a body word of entity_types.HEAD_TYPES) and the words
that say which one ("foreign", "food safety"). Two bodies are one when the words of one
are all words of the other, places left out ("the ministry" / "the foreign ministry",
"the U.S. Court of Appeals" / "the court of appeals"), or but for adjectives that may
say the same (adjective_senses.py: "the *old* telegraph office" / "the *former*
telegraph office"), or when WordNet gives the two names to one body or to a body and a
kind of it (data/wordnet_body_names.txt: "the supreme court" / "the high court",
"circuit court of appeals" / "appeals court").

Each side must name exactly one body the other never names, at least one of the two
in lower case (two capitalised names are entity.py's to compare, with their initials
and spellings), the rest of the two sentences must agree in meaning as much as
entity_typed.py asks of two names of one type, neither body may be the one who tells
it ("the ministry said"), at least one of them must say which body it is ("the
*ministry*" / "the *agency*" may be one body named by two kinds), and no word of one
may be an antonym of a word of the other ("*public* office" / "*private* office" is an
opposite).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.adjective_senses import same_adjective_sense
from tui.engine.findings.contradiction.entity_roles import meaning_agreement, roles
from tui.engine.findings.contradiction.entity_types import HEAD_TYPES
from tui.engine.findings.contradiction.kinds import senses
from tui.engine.findings.contradiction.slots import SAY, says
from tui.engine.findings.contradiction.wordlists import antonyms
from tui.engine.findings.contradiction.words import Word, clause_break, sentence_norms
from tui.engine.people.lexicon import noun_kind
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.textnorm import STOPWORDS

BODY_AGREEMENT = 0.7
"""Least agreement in meaning of the rest of the two sentences (as entity_typed.py's
TYPED_AGREEMENT asks of two names of one type)."""
_OF = "of"
_POSSESSIVE = regex(r"['\u2019]s?$")


class Body(NamedTuple):
    first: int
    last: int
    """Indexes of the body's first and last words in its sentence."""
    words: frozenset[str]
    """The folded words that name it but places, its head without a possessive
    ("foreign", "ministry"; "the *U.S.* Court of Appeals": "court", "appeals")."""
    lower: bool
    """Its head is written in lower case (or opens the sentence: "*Police* said")."""
    name: tuple[str, ...]
    """Its folded words in their order but places ("circuit", "court", "of", "appeals")."""

    @property
    def bare(self) -> bool:
        """Named by its kind alone ("the ministry", "police")."""
        return len(self.words) == 1


@cache
def body_heads() -> frozenset[str]:
    """Nouns that head the name of a public body (data/wordnet_bodies.txt and the body
    words of entity_types.HEAD_TYPES)."""
    return frozenset(data_lines("wordnet_bodies.txt")) | frozenset(
        word for word, kind in HEAD_TYPES.items() if kind == "body"
    )


@cache
def _head_forms() -> frozenset[str]:
    """The heads and their possessives, as a sentence's folded words hold them."""
    heads = body_heads()
    return heads | {head + ending for head in heads for ending in ("'s", "\u2019s", "'")}


def may_name_bodies(left: Sentence, right: Sentence) -> bool:
    """A quick test before the sentences are read for bodies: each holds a head word."""
    heads = _head_forms()
    return not heads.isdisjoint(sentence_norms(left)) and not heads.isdisjoint(
        sentence_norms(right)
    )


def bodies(words: Sequence[Word], places: frozenset[int] = frozenset()) -> list[Body]:
    """The bodies a sentence names: a head noun in the singular (``body_heads``; the
    plural, "agencies", names several) after the words that say which one (content
    words, no verb, in lower case, or capitalised before a capitalised head: "the
    *Coastal Labour* Inspectorate"), and a capitalised "of" phrase after a capitalised
    head ("Ministry *of Justice*"). A possessive owner is no part of it, nor are the
    words ``places`` indexes (a place says where the body is, not which kind it is).
    Not a body that qualifies the noun after it ("*police* officials", "the *ministry*
    spokesman", "*Defense Department* Inspector General"): the noun's is the role."""
    found = []
    for k, word in enumerate(words):
        head = _POSSESSIVE.sub("", word.norm)
        if head not in body_heads() or _qualifies_next(words, k):
            continue
        capital = word.text[:1].isupper() and k > 0
        first = k
        while first > 0 and _modifies(words, first - 1, capital):
            first -= 1
        last = k
        if capital and k + 2 < len(words) and words[k + 1].norm == _OF:
            while last + 2 < len(words) and _of_part(words, last + 2, last + 1):
                last += 2 if words[last + 1].norm == _OF else 1
        name = tuple(
            head if n == k else words[n].norm for n in range(first, last + 1) if n not in places
        )
        names = {part for word in name if word != _OF for part in word.split("-")}
        found.append(Body(first, last, frozenset(names), not capital, name))
    return found


def _qualifies_next(words: Sequence[Word], k: int) -> bool:
    """Whether the body word ``k`` qualifies the word after it in its clause: a noun in
    lower case (not a verb: "the ministry *banned*"), or a capitalised word after a
    capitalised body other than "of" (a longer name: "Justice *Department* Inspector");
    not after a possessive body."""
    if k + 1 >= len(words) or clause_break(words, k + 1) or _POSSESSIVE.search(words[k].norm):
        return False  # "the council's *report*": the council owns it
    after = words[k + 1]
    if after.text[:1].isupper():
        return k > 0 and words[k].text[:1].isupper()
    return after.is_content and _noun(after.norm) and not _verb_form(after.norm)


def _noun(norm: str) -> bool:
    """A noun in WordNet's kinds table, or a person noun of the name nouns table
    ("officials")."""
    return bool(senses(norm, "n")) or any(
        noun_kind(form) == "person" for form in (norm, norm.removesuffix("s"))
    )


def _verb_form(norm: str) -> bool:
    """A word WordNet has as a verb and that is written as an inflected one ("banned",
    "fined", "orders")."""
    return bool(senses(norm, "v")) and norm.endswith(("ed", "es", "s", "en"))


def _modifies(words: Sequence[Word], k: int, capital: bool) -> bool:
    """Whether word ``k`` says which body the noun after it heads: a content word in
    the same clause that is no verb ("*linking* agencies"), in lower case (a
    sentence's first word may be capitalised), or capitalised before a capitalised
    head; not an owner ("*Halvik's* police")."""
    word = words[k]
    if clause_break(words, k + 1) or not word.is_content or word.norm in STOPWORDS:
        return False
    if _POSSESSIVE.search(word.norm):
        return False
    if senses(word.norm, "v") and not senses(word.norm, "n"):
        return False
    return k == 0 or word.text[:1].isupper() == capital


def _of_part(words: Sequence[Word], k: int, link: int) -> bool:
    """Whether word ``k`` continues a capitalised "of" phrase after word ``link``."""
    return (
        not clause_break(words, k)
        and words[k].text[:1].isupper()
        and (words[link].norm == _OF or words[link].text[:1].isupper())
    )


def same_body(a: Body, b: Body) -> bool:
    """The words of one name all words of the other, or adjectives of the same sense
    (``_within``), or WordNet names one body by the two names, or a kind of the body
    the other names ("the *supreme court*" / "the *high court*", "the U.S. *Circuit
    Court of Appeals*" / "a federal *appeals court*")."""
    if _within(a.words, b.words) or _within(b.words, a.words):
        return True
    mine, theirs = _wordnet_name(a.name), _wordnet_name(b.name)
    if mine is None or theirs is None:
        return False
    return bool(mine[0] & theirs[1]) or bool(theirs[0] & mine[1])


def _within(mine: frozenset[str], theirs: frozenset[str]) -> bool:
    """Whether every word of ``mine`` is a word of ``theirs`` or an adjective that may
    say the same as one ("the *old* telegraph office" / "the *former* telegraph
    office": adjective_senses.py)."""
    return all(
        word in theirs or any(same_adjective_sense(word, other) for other in theirs - mine)
        for word in mine
    )


def _wordnet_name(name: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]] | None:
    """The synsets of the longest end of the name WordNet knows as a body's name, and
    those and the synsets they are kinds of (data/wordnet_body_names.txt)."""
    table = _body_names()
    for start in range(len(name) - 1):
        found = table.get(" ".join(name[start:]))
        if found is not None:
            return found
    return None


@cache
def _body_names() -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    """WordNet's names of bodies of two words or more -> (their synsets, those and the
    synsets they are kinds of), from tools/build_public_bodies.py."""
    table = {}
    for line in data_lines("wordnet_body_names.txt"):
        name, own, above = line.split("\t")
        table[name] = (frozenset(own.split()), frozenset(above.split()))
    return table


def body_swap(
    left: Sequence[Word],
    right: Sequence[Word],
    left_places: frozenset[int] = frozenset(),
    right_places: frozenset[int] = frozenset(),
) -> tuple[Body, Body, float] | None:
    """The one body each side names that the other never names, at least one of them
    in lower case (entity.py compares capitalised names), and the agreement of the
    rest of the sentences, or None (see the module docstring)."""
    lefts, rights = bodies(left, left_places), bodies(right, right_places)
    only_left = [b for b in lefts if not any(same_body(b, r) for r in rights)]
    only_right = [r for r in rights if not any(same_body(b, r) for b in lefts)]
    if len(only_left) != 1 or len(only_right) != 1:
        return None
    mine, theirs = only_left[0], only_right[0]
    if (mine.bare and theirs.bare) or not (mine.lower or theirs.lower):
        return None
    if _tells(left, mine) or _tells(right, theirs) or _opposed(left, mine, right, theirs):
        return None
    li, ri = (mine.first, mine.last), (theirs.first, theirs.last)
    rest = meaning_agreement(left, li, right, ri, kinds=True)
    return (mine, theirs, rest) if rest >= BODY_AGREEMENT else None


def _opposed(left: Sequence[Word], mine: Body, right: Sequence[Word], theirs: Body) -> bool:
    """Whether a word of one body is an antonym of a word of the other ("*public*
    office" / "*private* office"): an opposite (opposite.py), not two bodies."""
    table = antonyms()
    lefts = {(w.lemma,) for w in left[mine.first : mine.last + 1]}
    rights = {(w.lemma,) for w in right[theirs.first : theirs.last + 1]}
    return any(not table.get(lemma, frozenset()).isdisjoint(rights) for lemma in lefts)


def _tells(words: Sequence[Word], body: Body) -> bool:
    """The body is who says it: the subject or agent of a verb of saying ("the ministry
    said", "told by the agency") or after "according to"."""
    for role in roles(words, body.first, body.last):
        if role.tag == "head" and (role.word == SAY or says(role.word)):
            return True
    first = body.first
    while first > 0 and words[first - 1].norm in ("the", "a", "an"):
        first -= 1
    return first >= 2 and words[first - 1].norm == "to" and words[first - 2].norm == "according"
