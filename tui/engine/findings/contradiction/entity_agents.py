"""Names of no known type tied by what they do: the agent of one act on each side.

entity_typed.py pairs the one name each side gives that the other never names when
both are of one type (entity_types.py). A maker, a supplier or a carrier is often a
firm whose name holds no head word a type is read from ("the engine, made by
*Stratton Aero*" / "built by *Keller Turbines*"; "a *Nordvind*-built turbine" /
"turbines made by *Halcyon Energy*"). There the act stands in for the type: both
names are agents of one act, the verb of one side the same as the other's or a
WordNet kind of it (entity_roles.Role.matches), as the subject of the verb, the
agent after "by", or the name that opens a hyphenated participle ("*Nordvind*-built":
built by Nordvind).

The party that comes to hold a thing fills one role whatever verb tells it
(``GETTING_ROLE``): the subject of a verb WordNet files under getting ("*X* won the
contract", "*X* bought the mill") and the one a verb of giving gives it to ("awarded
*to Y*", "granted *Y* a licence"); a converse verb of the other party ("sold *to Y*")
names the act of the first. Two names tied through two different verbs count those
verbs as one shared word where entity_typed.py weighs the rest of the sentences
(``tied_by_two_verbs``).

A place or a country is never tied by its act alone: where a report names a place it
names it in many roles at once, and its own type is known. Nor is a person: two names
of one person need not share a word ("*Saddam*" / "*Mr. Hussein*").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.findings.contradiction.entity_roles import AGENT, HEAD_REACH, Role
from tui.engine.findings.contradiction.entity_types import Run, noun_type
from tui.engine.findings.contradiction.kinds import ancestors, senses
from tui.engine.findings.contradiction.opposite_converse import converse_table
from tui.engine.findings.contradiction.slots import says
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.findings.contradiction.words import AUXILIARIES, Word, clause_break
from tui.engine.people.lexicon import given_names, offices
from tui.engine.people.name_words import is_person_noun
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

_PARTICIPLE_ENDS = ("ed", "en", "lt", "de", "wn")
"""Endings of the participles a name opens with a hyphen ("-owned", "-driven", "-built",
"-made", "-flown"); "-based" and "-born" are read as where a thing belongs
(entity_typed.HOME_PARTICIPLES), not as an act."""
_BELONGING = frozenset(("based", "born", "flagged", "registered", "headquartered"))
_DETERMINERS = frozenset(("the", "a", "an"))
_POSSESSIVE_ENDS = ("'s", "\u2019s")
"""How a possessive name ends as written ("Kessel's"; a word keeps no apostrophe it ends
with, so "Holdings'" is not read)."""
_BE = frozenset(("be", "is", "are", "was", "were", "been", "being"))
"""Forms of "be": after a name, a passive or a copula ("*X* was blamed")."""


def same_agent(
    left: Sequence[Word],
    left_run: Run,
    left_kind: str | None,
    right: Sequence[Word],
    right_run: Run,
    right_kind: str | None,
) -> bool:
    """Whether two names, at least one of no known type and neither a place, are the
    agents of one act (see the module docstring)."""
    if left_kind is not None and right_kind is not None:
        return False
    if any(kind is not None and _place(kind) for kind in (left_kind, right_kind)):
        return False
    if is_person(left, left_run) or is_person(right, right_run):
        return False  # "freed by *Saddam*" / "*Mr. Hussein* freed": one man named two ways
    if any(_initials_inside(words, run) for words, run in ((left, left_run), (right, right_run))):
        return False  # "the next Windows *OS*" / "Longhorn": a name of a kind of thing
    rights = agent_roles(right, right_run)
    return any(role.matches(other) for role in agent_roles(left, left_run) for other in rights)


def tied_by_two_verbs(
    left: Sequence[Word], left_run: Run, right: Sequence[Word], right_run: Run
) -> bool:
    """Whether the two names fill one role told by two different verbs, one side's
    verb for the other's ("*X* won the contract" / "the contract was awarded *to Y*",
    "*X* bought the mill" / "the mill was sold *to Y*"): the two verbs then say one
    thing, as a shared word does, where the rest of the two sentences is weighed."""
    lefts, rights = agent_roles(left, left_run), agent_roles(right, right_run)
    left_written, right_written = _written(left, lefts), _written(right, rights)
    if not left_written.isdisjoint(right_written):
        return False  # one verb on both sides: a shared word already
    return any(
        role.matches(other)
        for role in lefts
        for other in rights
        if role.word not in left_written or other.word not in right_written
    )  # tied through the converse or the getting a verb stands for, which no synonym is


def _written(words: Sequence[Word], found: set[Role]) -> set[str]:
    """The lemma keys of the roles whose verb the sentence writes (not the converse a
    verb of the other party stands for, nor the role of getting)."""
    norms = {w.norm for w in words}
    return {role.word for role in found if role.norm in norms}


def _place(kind: str) -> bool:
    return kind == "country" or kind.startswith("place")


_INITIALS = regex(r"[A-Z]{2}|[A-Z]\.")
"""Two capitals together or an initial ("OS", "U.N.")."""


def has_initials(words: Sequence[Word], run: Run) -> bool:
    """Whether a word of the name is written in initials: a name that may abbreviate
    the other side's name, or hold a word that names it ("Windows *OS*")."""
    return any(_INITIALS.search(w.text) for w in words[run[0] : run[1] + 1])


def _initials_inside(words: Sequence[Word], run: Run) -> bool:
    """Whether a name of two words or more holds a word in initials ("Windows *OS*"):
    a kind of thing named by its maker, which the other side may name by its own
    name; a name that is initials alone ("UNICEF") names one body."""
    return run[1] > run[0] and has_initials(words, run)


def may_be_agent(words: Sequence[Word], run: Run, kind: str | None) -> bool:
    """Whether a name may be a firm, a body or another agent of no known type: not a
    place nor a country by its type, nor a person (``is_person``)."""
    return not (kind is not None and _place(kind)) and not is_person(words, run)


def is_person(words: Sequence[Word], run: Run) -> bool:
    """Whether the name is a person's: it opens with a given name, follows a title
    ("*Mr.* Hussein") or is given for a post (``_named_for_a_post``). Two names of one
    person need not share a word, and the people model, not a swap, tells two people
    apart."""
    first = run[0]
    if given_names().known(fold(words[first].text.partition("-")[0])):
        return True
    if first > 0 and words[first - 1].norm.rstrip(".") in _titles():
        return True
    return _named_for_a_post(words, first)


APPOSITION_REACH = 3
"""Most words between a post and the name set off by a comma after it ("the mayor *of
Dunmore*, Aoife Brennan")."""


def _named_for_a_post(words: Sequence[Word], first: int) -> bool:
    """Whether the name at word ``first`` follows an office or a noun for a person's
    job ("midfielder Tomas Vidal"), or stands after a comma a few words past one ("its
    mayor, Ciaran Doyle", "the mayor of Dunmore, Aoife Brennan"): a name no given
    name tells of is a person's there."""
    if first == 0:
        return False
    if _post(words[first - 1]):
        return True
    if not words[first].break_before:
        return False
    return any(map(_post, words[max(0, first - 1 - APPOSITION_REACH) : first - 1]))


def _post(word: Word) -> bool:
    """An office, or a noun for a person's job that is no verb form ("chosen")."""
    if offices().knows(word.text):
        return True
    return is_person_noun(word.text) and not senses(word.norm, "v")


@cache
def _titles() -> frozenset[str]:
    return frozenset(fold(title).rstrip(".") for title in offices().honorific_forms)


def agent_roles(words: Sequence[Word], run: Run) -> set[Role]:
    """The acts the name at ``run`` is the agent of: the verb before "by" before it,
    the verb it is the subject of (not a passive one: "rebels loyal to *X* have *been*
    blamed" blames the rebels, not X), the act a possessive name owns ("*X's*
    purchase": X bought), or the participle its hyphenated word ends with;
    never an act of telling ("*X* announced" / "announced by *Y*": two sources, which
    may be one body named two ways)."""
    first, last = run
    found = set()
    k = _before_apposition(words, first - 1)
    while k >= 0 and words[k].norm in _DETERMINERS and not words[k + 1].break_before:
        k -= 1
    if k >= 1 and words[k].norm == AGENT and not words[k + 1].break_before:
        verb = _participle_before(words, k)
        if verb is not None:
            found.add(Role("head", verb.lemma, verb.norm))
    subject_of = _verb_after(words, last) or _deed_owned(words, last)
    if subject_of is not None:
        found.add(Role("head", subject_of.lemma, subject_of.norm))
    head, hyphen, part = words[last].text.partition("-")
    part = fold(part)
    if hyphen and head and part.endswith(_PARTICIPLE_ENDS) and part not in _BELONGING:
        found.add(Role("head", lemma_key(part), part))
    found |= _other_party(words, k)
    if _recipient_object(words, run):
        found.add(GETTING_ROLE)
    found |= {GETTING_ROLE for role in found if _gets(role.norm)}
    return {role for role in found if not _tells(role)}


APPOSITION_NOUN_REACH = 3
"""Most capitalised words between an article and the noun a name is given as ("by the
*Grenholm* company Orvane")."""


def _before_apposition(words: Sequence[Word], k: int) -> int:
    """The index of the word before the noun phrase a name at word ``k + 1`` is given
    in apposition to, or ``k``: "supplied by *the Grenholm company* Orvane", "made by
    *the engineering firm* Bruvik" (the noun says what type of thing the name names,
    entity_types.noun_type; a capitalised word or a lower-case modifier may stand
    before it, then an article), so the name is the agent of "supplied"."""
    if k < 1 or words[k + 1].break_before or not words[k].text.islower():
        return k
    if noun_type(words[k]) is None:
        return k
    j = k - 1
    while j > 0 and k - j <= APPOSITION_NOUN_REACH and not words[j + 1].break_before:
        if words[j].norm in _DETERMINERS:
            return j
        if not words[j].is_content:
            return k
        j -= 1
    return k


GETTING = "get"
GETTING_ROLE = Role("head", GETTING, GETTING)
"""The role of the party that comes to hold a thing, whatever verb tells it: the subject
of a verb of getting ("*X* won the contract", "*X* bought the mill", "*X* secured the
deal"), and the one a verb of giving gives it to ("the contract was awarded *to X*",
"granted *X* a licence"). One event told from the giver's side and from the getter's:
the giver's verb and the getter's differ, the getter's role does not."""
SENSES = 2
"""A verb's senses that count: its most frequent ones (WordNet lists them first)."""
_GIVING_WORDS = ("award", "grant")
"""Verbs whose first senses pick out the senses of "give" that pass a thing to somebody
(``_giving_senses``: "cause to have", "transfer possession")."""


@cache
def _getting_sense() -> int:
    """WordNet's sense of getting: the first of "acquire" ("come into the possession of
    something concrete or abstract")."""
    return senses("acquire", "v")[0]


@cache
def _giving_senses() -> frozenset[int]:
    """The senses of "give" that "award" or "grant" is a kind of."""
    kinds = {a for word in _GIVING_WORDS for s in senses(word, "v")[:SENSES] for a in ancestors(s)}
    return frozenset(kinds.intersection(senses("give", "v")))


def _gets(norm: str) -> bool:
    """Whether one of the verb's first senses is a kind of getting ("won", "bought",
    "secured", "received")."""
    return bool(norm) and any(_getting_sense() in ancestors(s) for s in senses(norm, "v")[:SENSES])


def _gives(norm: str) -> bool:
    """Whether one of the verb's first senses is a kind of giving to somebody
    ("awarded", "granted", "gave")."""
    giving = _giving_senses()
    return any(not giving.isdisjoint(ancestors(s)) for s in senses(norm, "v")[:SENSES])


def _recipient_object(words: Sequence[Word], run: Run) -> bool:
    """Whether the name is the first object of a verb of giving, an article and the thing
    given after it ("had awarded *X* the contract", "granted *X* a licence")."""
    first, last = run
    after = last + 1
    if first < 1 or after + 1 >= len(words) or clause_break(words, after):
        return False
    if words[after].norm not in _DETERMINERS or words[first].break_before:
        return False
    verb = words[first - 1]
    return verb.is_content and verb.text.islower() and _gives(verb.norm)


PARTY_REACH = 5
"""Most words between a verb of passing goods and the "to" or "from" before the other
party ("sold *its parcels arm* to X")."""
_PARTY_PREPOSITIONS = frozenset(("to", "from"))


def _other_party(words: Sequence[Word], k: int) -> set[Role]:
    """The acts of the other party of an event told from one party (converse verbs,
    data/wordnet_converses.txt) that a name is, after "to" or "from" at word ``k``
    (past its articles): "sold its parcels arm *to* X" (X bought), "bought the mill
    *from* X" (X sold), "exported grain *to* X" (X imported)."""
    if k < 1 or words[k].norm not in _PARTY_PREPOSITIONS or clause_break(words, k + 1):
        return set()
    table = converse_table()
    for j in range(k - 1, max(-1, k - 2 - PARTY_REACH), -1):
        entry = table.get(words[j].norm)
        if entry is not None:
            return {Role("head", lemma_key(verb), verb) for verb in entry[1]}
        if words[k].norm == "to" and words[j].is_content and _gives(words[j].norm):
            return {GETTING_ROLE}  # "awarded the contract *to* X": X got it
        if clause_break(words, j):
            break
    return set()


_PARTICLES = frozenset("out up off down over back on".split())
"""Particles of phrasal verbs that stand between a participle and "by" ("carried *out*
by", "set *up* by", "drawn *up* by")."""
PARTICIPLE_REACH = 8
"""Most words between a passive participle and the "by" of its agent ("*bought* at
auction in Amsterdam on Thursday by X")."""


def _participle_before(words: Sequence[Word], by: int) -> Word | None:
    """The verb whose agent follows "by" at word ``by``: the word before it when it is
    a content word WordNet has as a verb ("*built* by X"), else the nearest inflected
    verb before it in its clause ("*bought* at auction on Thursday by X"); not a noun
    that ends a phrase before "by" ("on *Thursday* by X")."""
    verb = words[by - 1]
    if verb.norm in _PARTICLES and by >= 2 and not clause_break(words, by - 1):
        verb = words[by - 2]  # "carried *out* by X", "drawn *up* by X"
    if clause_break(words, by) or not verb.is_content:
        return None
    if senses(verb.norm, "v"):
        return verb
    for k in range(by - 1, max(-1, by - 1 - PARTICIPLE_REACH), -1):
        word = words[k]
        if word.is_content and word.lemma != word.norm and senses(word.lemma, "v"):
            return word
        if clause_break(words, k):
            break
    return None


def _verb_after(words: Sequence[Word], last: int) -> Word | None:
    """The verb the name ending at word ``last`` is the active subject of: the first
    content word after it in its clause, auxiliaries between but no form of "be",
    unless "to" follows it ("*X* is to build": what X is due to do) or a verb in
    "-ing" ("*X* is selling"); after an
    auxiliary, a word WordNet has as a verb is one, though it is a noun too ("*X* will
    *buy*")."""
    for k in range(last + 1, min(len(words), last + 1 + HEAD_REACH)):
        word = words[k]
        if word.norm in _BE and not clause_break(words, k) and _due_to(words, k):
            return words[k + 2]
        if word.norm in _BE and not clause_break(words, k) and _progressive(words, k):
            return words[k + 1]
        if clause_break(words, k) or word.norm in _BE:
            return None
        if word.is_content:
            if k > last + 1 and senses(word.norm, "v"):
                return word  # past an auxiliary
            return word if _verb_like(word.norm) else None
        if word.norm not in AUXILIARIES:
            return None
    return None


def _deed_owned(words: Sequence[Word], last: int) -> Word | None:
    """The noun of an act a possessive name ending at word ``last`` owns: a noun
    WordNet has as a verb too ("*Kessel's* purchase of the mill", "*Norrat's*
    investigation"), which slots.synonymous ties to the verb it derives from ("buy",
    "investigate"); not where "by" follows it ("*X's* purchase by Y": X was bought)."""
    if not words[last].text.endswith(_POSSESSIVE_ENDS) or last + 1 >= len(words):
        return None
    deed = words[last + 1]
    if clause_break(words, last + 1) or not deed.is_content or not senses(deed.norm, "v"):
        return None
    after = last + 2
    if after < len(words) and words[after].norm == AGENT and not clause_break(words, after):
        return None
    return deed


def _progressive(words: Sequence[Word], k: int) -> bool:
    """Whether the form of "be" at word ``k`` opens an active verb in "-ing" ("*is*
    selling": what the subject does, not what is done to it)."""
    if k + 1 >= len(words) or clause_break(words, k + 1):
        return False
    verb = words[k + 1]
    return verb.norm.endswith("ing") and verb.lemma != verb.norm and bool(senses(verb.lemma, "v"))


def _due_to(words: Sequence[Word], k: int) -> bool:
    """Whether the form of "be" at word ``k`` opens "be to" and a verb ("is to build":
    after "to", a word WordNet has as a verb is one, though it is a noun too)."""
    if k + 2 >= len(words) or words[k + 1].norm != "to" or clause_break(words, k + 2):
        return False
    verb = words[k + 2]
    return verb.is_content and bool(senses(verb.norm, "v"))


def tells(word: Word) -> bool:
    """Whether the word is a verb of saying or telling (``_tells``)."""
    return _tells(Role("head", word.lemma, word.norm))


def _tells(role: Role) -> bool:
    """Whether the act is one of telling: "say" or a synonym, or a verb whose first
    sense is a kind of communicating in WordNet ("announce", "report")."""
    if says(role.word):
        return True
    own = senses(role.norm, "v")
    return bool(own) and not ancestors(own[0]).isdisjoint(_communicating())


@cache
def _communicating() -> frozenset[int]:
    """The senses of "communicate" in WordNet."""
    return frozenset(senses("communicate", "v"))


def _verb_like(norm: str) -> bool:
    """Whether a word reads as a verb in WordNet: a verb and no noun ("*built*",
    "*supplies*"), or a past form ("*supplied*"), not a noun a name modifies ("a
    Stratton *engine*")."""
    if not senses(norm, "v"):
        return False
    return norm.endswith(("ed", "en")) or not senses(norm, "n")
