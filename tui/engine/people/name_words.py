"""Which capitalised words can be part of a person's name.

A sentence's first word is capitalised whatever its class, so a conjunction, preposition
or sentence adverb in front of a name ("But Trump", "Unlike Trump", "Even Nixon",
"Following Romney") is read as part of it unless its class is known. Those classes are
closed: the function words (textnorm.STOPWORDS) and the discourse words below. Ordinary
English words (wordfreq) and nouns for a person's job or role (WordNet: "Biologist", "Cricketer")
that are not given names are also cut from the front of a name of two words or more
("Diplomatic Security Charlene Lamb", "Senators Ron Wyden", "Biologist Ann Marsh"), but
never from a two-word name, where the first word may be an uncommon given name ("Rand
Paul", "Xi Jinping"), nor from a name right after a title ("General Hussein Abu Zaid"),
nor from a Chinese or Korean family name ("Ri Son Gwon", "He Lifeng").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from tui.engine.findings.contradiction.kinds import ancestors, senses
from tui.engine.findings.english_frequency import is_common
from tui.engine.people.east_asian import family_first, is_two_syllables
from tui.engine.people.lexicon import (
    common_surnames,
    given_names,
    name_particles,
    name_titles,
    noun_kind,
)
from tui.engine.textnorm import STOPWORDS, fold

LATIN_CAPITALS = "A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff\u2c60-\u2c7f\ua720-\ua7ff"
"""A regex class of the Latin blocks a capital can come from (Latin-1, Extended A to D,
Additional): a name starts with any letter of them that ``str.isupper`` (Unicode's
categories) reads as a capital, whatever its marks or stroke: the Romanian comma below
("\u0218tefan \u021aurcanu"), the Hausa hooked letters ("\u0181ello"), the Vietnamese
tones ("\u0110\u1eb7ng"). The blocks hold small letters too, which callers refuse by
``isupper``; as ranges, the class compiles at once."""


_TRANSLITERATED = str.maketrans(
    {
        "\u0111": "dj",
        "\u0110": "Dj",
        "\u00fe": "th",
        "\u00de": "Th",
        "\u00df": "ss",
        "\u00e6": "ae",
        "\u00c6": "Ae",
        "\u0153": "oe",
        "\u0152": "Oe",
        "\u02bb": "",  # the ʻokina, a glottal stop English copy drops ("ʻAisake", "Aisake")
        "\u02bc": "",
    }
)
"""Letters a writer without them replaces by two, as each alphabet's standard
transliteration does: the Serbo-Croatian "\u0111" as "dj" ("\u0110or\u0111evi\u0107" /
"Djordjevic"), the Icelandic thorn as "th" ("\u00deorsteinn" / "Thorsteinn"), the German
sharp s as "ss", the ligatures "\u00e6" and "\u0153" as "ae" and "oe". The other marked
and stroked letters are written as their base letter (textnorm.fold: "\u0142" / "l",
"\u00f8" / "o", "\u00f0" / "d")."""


@lru_cache(maxsize=65536)
def name_key(word: str) -> str:
    """A name word folded to its letters, as names and family names are compared
    ("López" -> "lopez", "O'Neill" -> "oneill", "\u00deór" -> "thor")."""
    return "".join(filter(str.isalpha, fold(word.translate(_TRANSLITERATED))))


COMMON_ZIPF = 3.5
"""A word at least this frequent in English (wordfreq) is an ordinary word unless it is
a given name."""

DISCOURSE_WORDS = frozenset(
    """according across added adding after afterward afterwards ahead albeit along already
    also although amid amidst among amongst and anybody anyone anything anyway anywhere
    apparently around asked aside asking away back before behind beside besides beyond but
    certainly clearly consequently currently dear despite earlier either else elsewhere
    even eventually ever every everybody everyone everything except finally first
    following former formerly furthermore given hence here however including indeed
    initially inside instead lately later like likewise meanwhile meantime moreover
    much neither nevertheless next nobody nonetheless nor notably now nowhere oh ok okay
    once only otherwise outside overall perhaps plus presumably previously rather
    recently regardless says said second separately since so somebody someone something
    sometimes soon still such suddenly surely than thanks thereafter therefore third
    though thus today together tomorrow toward towards unlike unless until upon via
    well whatever whenever whereas wherever whether whoever why without worse yes yesterday
    yet hi hello hey""".split()
)
"""Conjunctions, prepositions, sentence adverbs and speech verbs that open a sentence."""


_CONTRACTIONS = frozenset("ve ll re m d s t".split())

PARTICLES = name_particles().any_case
"""Name particles (folded) written in either case (data/name_particles.txt): they join
the words of a name ("van der", "al-", Filipino "dela", Welsh "ap", Malay "binti"), open
one ("Abu Bakr al-Baghdadi", "Van Morrison", "Ap Rhys said"), and are no part of a
double-barrelled surname ("Al-Tamimi" is Tamimi)."""

LOWER_PARTICLES = name_particles().lower
"""Every particle that joins two name words when written in lower case: those of
``PARTICLES`` and those that capitalised are English words or given names ("Bingu wa
Mutharika", "Daniel arap Moi", "Ben")."""

PARTICLE_PHRASES = name_particles().phrases
"""Particles of several words, which join only as the whole gap ("Mac an t-Saoir")."""

SURNAME_CONJUNCTIONS = name_particles().conjunctions
"""The Catalan "i", the Spanish "y" and the Portuguese "e" that join a person's two
surnames in lower case ("Jordi Puigvert i Casals", "José Ortega y Gasset")."""

IRISH_O = frozenset(("O", "\u00d3"))
"""The Irish "Ó" (grandson of) written apart from the surname, with or without its
accent ("Ciarán Ó Briain", "Ciaran O Briain"): part of the surname, as in "O'Brien"."""

STEM_ZIPF = 2.5
"""A plural's singular need only be an English word ("lawmaker"), not a frequent one."""

GROUP_NOUNS = frozenset(
    """police staff people management media press military government congress parliament
    administration leadership public crowd audience team family clergy men women children
    youth personnel""".split()
)
"""Collective nouns that say things without an article ("Police said"): no person."""


class NameWord(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...


@lru_cache(maxsize=65536)
def is_function_word(word: str) -> bool:
    """A closed-class word that never starts a name (a given name excepted: "Will").
    A word with a letter English does not write ("Saïd") is none: a name's own spelling."""
    if not word.isascii() and not word.replace("\u2019", "'").isascii():
        return False
    folded = fold(word)
    head, _, tail = folded.partition("'")
    if tail in _CONTRACTIONS:
        folded = head  # "I've", "We'll"
    return (folded in STOPWORDS or folded in DISCOURSE_WORDS) and not given_names().known(folded)


@lru_cache(maxsize=65536)
def is_ordinary_word(word: str) -> bool:
    """A frequent English word that is not a given name ("Morning", "Diplomatic").

    An apostrophe inside a word before anything but a contraction is a name's own
    (the glottal stop of a romanised name: "Sa'ad", "Ma'ani"): no English word, though
    wordfreq, which splits the word there, finds its pieces ("sa", "ad") frequent."""
    folded = fold(word)
    head, _, tail = folded.partition("'")
    if head and tail and tail not in _CONTRACTIONS:
        return False
    return is_common(folded, COMMON_ZIPF) and not given_names().known(folded)


@lru_cache(maxsize=16384)
def is_group_word(word: str) -> bool:
    """A plural or collective noun ("Officials", "Critics", "Authorities", "Police"):
    a sentence it opens before a speech verb quotes a group, not a person named so.
    A plural of a given name is a surname ("Williams", "Roberts")."""
    folded = fold(word)
    if folded in GROUP_NOUNS:
        return True
    if not folded.endswith("s") or given_names().known(folded[:-1]):
        return False
    stems = (folded[:-1], folded[:-2], folded[:-3] + "y" if folded.endswith("ies") else "")
    return any(len(stem) > 2 and is_common(stem, STEM_ZIPF) for stem in stems)


@lru_cache(maxsize=16384)
def is_person_noun(word: str) -> bool:
    """A noun for a person's job or role that is no given name ("Biologist", "Analyst";
    not "Hunter"): it opens a sentence before a name, but is no part of it."""
    folded = fold(word)
    return noun_kind(folded) == "person" and not given_names().known(folded)


@lru_cache(maxsize=4096)
def first_sense_a_person(noun: str) -> bool:
    """The first WordNet sense of a lower-case noun is a kind of person ("elder",
    "herder"), however rare the word or common as a surname (the table of ``noun_kind``
    leaves those out)."""
    person, first = senses("person", "n")[:1], senses(noun, "n")[:1]
    return bool(person and first) and person[0] in ancestors(first[0])


@lru_cache(maxsize=4096)
def every_sense_a_person(noun: str) -> bool:
    """Every WordNet sense of a lower-case noun is a kind of person ("monk", "imam",
    "shepherd"): a noun that names nothing else, where "carrier" and "tender" also name
    ships."""
    found = senses(noun, "n")
    person = senses("person", "n")[:1]
    return bool(found and person) and all(person[0] in ancestors(s) for s in found)


@lru_cache(maxsize=16384)
def is_job_word(word: str) -> bool:
    """``is_person_noun``, or a noun of one who does or plays something that is no given
    name ("Cricketer", "Skipper"; ``is_agent_noun``; "Herder", "Coxswain": a person noun
    WordNet derives from another word, tagged ``job``): in front of a name of two more
    words, no part of it ("Cricketer Anil Kumble"). Before one word it may be a surname
    read as a given name ("Cooper", "Fisher"), so only there."""
    folded = fold(word)
    return is_person_noun(word) or (
        (noun_kind(folded) == "job" or is_agent_noun(folded) or is_compound_job_noun(folded))
        and not given_names().known(folded)
    )


_MIN_COMPOUND_PART = 3

_KIN_HEADS = frozenset(("son", "sen", "daughter", "dottir", "child", "brother", "sister", "kin"))
"""Person nouns that end patronymic surnames, not jobs ("Johnson": john + son)."""


@lru_cache(maxsize=16384)
def is_compound_job_noun(noun: str) -> bool:
    """A lower-case word made of an English noun and a noun for a person ("cheesemaker":
    cheese + maker, "racegoer", "dockworker", "ferryman"): one who works with or goes to
    the thing. WordNet lacks many such words, or the table of ``noun_kind`` leaves them
    out because a rare surname is spelled so; before a name of two more words
    ("Cheesemaker Hervé de la Motte") the word is a job, not a name. A common surname
    spelled so ("Coleman", "Shoemaker", "Boatman"; data/common_surnames.txt) and a noun
    for a relative at the end ("Johnson") make a name instead."""
    if not noun.isalpha() or len(noun) < 2 * _MIN_COMPOUND_PART or noun in common_surnames():
        return False
    return any(
        _person_head(noun[k:]) and bool(senses(noun[:k], "n"))
        for k in range(_MIN_COMPOUND_PART, len(noun) - _MIN_COMPOUND_PART + 1)
    )


def _person_head(noun: str) -> bool:
    """A noun for a person (``noun_kind``) that ends compound job words ("maker", "goer",
    "man", "worker"), no word for a relative (``_KIN_HEADS``)."""
    return noun not in _KIN_HEADS and noun_kind(noun) in ("person", "job")


@lru_cache(maxsize=16384)
def is_name_title(word: str) -> bool:
    """An honorific or a religious or customary title written before a full name in many
    cultures ("Alhaji", "Datuk", "Ratu", "Maulana", "Lyonpo", "Herr"; data/name_titles.txt):
    opening a run of name words, it is no part of the name."""
    return fold(word.rstrip(".")) in name_titles()


@lru_cache(maxsize=16384)
def is_headline_verb(word: str) -> bool:
    """A verb in the present tense of the third person ("Signs", "Suspends", "Pledges",
    "Swears", "Returns"; WordNet knows its stem as a verb) that is no given name: in a
    title-case headline, the word after an office is its predicate ("Banjul Mayor Signs
    Cattle Deal"), not the first word of a name, whose title the office would be (a
    surname spelled so, "Senator Burns Says", is lost to the headline only: the article
    names the person again)."""
    folded = fold(word)
    if len(folded) < 4 or not folded.endswith("s") or given_names().known(folded):
        return False
    return bool(senses(folded, "v"))  # (its stem's senses: WordNet's detachment rules)


_AGENT_ENDINGS = ("er", "or", "ist", "ian")


def is_agent_noun(noun: str) -> bool:
    """A lower-case noun whose first WordNet sense is a person and that is another word
    with an agent ending: one who does or plays it ("cricketer": cricket, "skipper":
    skip, "farmer": farm, "violinist": violin). WordNet knows such a word as a common
    noun however rare it is, or however many people bear it as a surname (the
    table of ``noun_kind`` leaves those out); a borrowed title or given name that WordNet
    makes a person ("amir", "imam") is made of no other word."""
    stems = [noun[: -len(e)] for e in _AGENT_ENDINGS if noun.endswith(e)]
    if not stems:
        return False
    stem = stems[0]
    forms = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    if not any(len(f) > 2 and (senses(f, "n") or senses(f, "v")) for f in forms):
        return False
    person, first = senses("person", "n")[:1], senses(noun, "n")[:1]
    return bool(person and first) and person[0] in ancestors(first[0])


def name_start(words: Sequence[NameWord], first: int, last: int) -> int:
    """Index of the first word of the name in the run ``words[first..last]``: function and
    discourse words in front are dropped, and ordinary words in front of a name that
    keeps two capitalised words after them (a name particle is no ordinary word there:
    "Abu Bakr al-Baghdadi")."""
    i = first
    while i < last and words[i].kind == "cap":
        if is_name_title(words[i].text):  # "Pengiran Haji Bahrin": the name follows
            while i < last and words[i].kind == "cap" and is_name_title(words[i].text):
                i += 1
            break
        if is_particle(words[i].text):
            break
        if is_function_word(words[i].text):
            if not _family_name_before_given(words[i : last + 1]):
                i += 1
                continue
        elif (
            (is_ordinary_word(words[i].text) or is_job_word(words[i].text))
            and _caps_after(words, i, last) >= 2
            and not _family_first(words[i : last + 1])
        ):
            i += 1
            continue
        break
    return i


def _caps_after(words: Sequence[NameWord], i: int, last: int) -> int:
    """How many capitalised words ``words[i + 1..last]`` holds."""
    return sum(1 for w in words[i + 1 : last + 1] if w.kind == "cap")


@lru_cache(maxsize=65536)
def is_particle(word: str) -> bool:
    """The word folded is a name particle ("Al", "van")."""
    return fold(word) in PARTICLES


def _family_name_before_given(words: Sequence[NameWord]) -> bool:
    """A function word that is also a Chinese family name opens a name before one given
    name of two romanised syllables ("He Lifeng"), never before one ("To Xi, ...")."""
    caps = [w for w in words if w.kind == "cap"]
    return len(caps) == 2 and _family_first(caps) and is_two_syllables(fold(caps[1].text))


def _family_first(words: Sequence[NameWord]) -> bool:
    """The words read as a Chinese or Korean name, family name first ("Ri Son Gwon")."""
    return family_first([name_key(w.text) for w in words if w.kind == "cap"])
