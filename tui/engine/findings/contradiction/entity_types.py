"""What TYPE of thing a name names, so that two different names can be told to fill
one slot with two answers ("won by *Helmsby College*" / "won by *Ashby Polytechnic*":
two schools; "*Dunmore Rovers* signed him" / "*Kessington Athletic* signed him": two
clubs) where no lexicon knows either name.

A name is typed, in this order, by

- the lexicons: a country or a nation in any form ("Norway", "Norwegian", a
  "*Panama*-flagged ship") is a ``country``; another place the places lexicon or
  WordNet knows ("Krakow", a "*Gdansk*-based firm") a ``place``;
- a head word of its own (``HEAD_TYPES``): "Technical *College*", "*University* of
  Bergholm", "Halden *FC*", "Civil Aviation *Authority*", "*River* Alde", "Helvar
  *Systems*", or a legal form ("Stenmark *AB*");
- the noun it is given as: "the *city* of Marana", "the Caddon *river*", "the
  engineering *firm* Bruvik"; a noun of no head word's type by the class WordNet files
  it under (data/wordnet_name_heads.txt, built by tools/build_name_heads.py): "the
  Korvel *valley*" and "the Tessen *gorge*" are land, "the Dravec *mine*" and "the
  Baltrum *brewery*" sites, "the Selvo *lagoon*" water, "the Arnholt *orchestra*" an
  organisation.

A name of no known type gets None: two such names may be one thing named two ways.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.words import Word
from tui.engine.people.lexicon import places
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

Run = tuple[int, int]
"""(first, last) index of a name's words in its sentence."""

_TYPE_WORDS: dict[str, str] = {
    "school": "school college university academy polytechnic institute conservatory seminary",
    "club": "fc afc cf sc club united rovers athletic rangers wanderers albion hotspur",
    "company": (
        "company corporation corp inc ltd plc llc group holdings industries systems "
        "technologies technology engineering construction marine works motors airlines "
        "airways partners enterprises manufacturing builders contractors firm "
        "shipping logistics electronics energy pharmaceuticals"
    ),
    "body": (
        "agency authority branch bureau commission office organization organisation "
        "inspectorate directorate board council service ministry department"
    ),
    "river": "river stream brook creek canal",
    "lake": "lake loch reservoir lagoon",
    "sea": "sea strait channel bay gulf sound",
    "place": "city town village port county province region district capital municipality",
    "ship": "ship vessel tanker freighter carrier ferry",
}
HEAD_TYPES: dict[str, str] = {
    word: kind for kind, words in _TYPE_WORDS.items() for word in words.split()
}
"""Folded head words of names, and nouns a name is given as, by the type of thing
they make a name name: a closed class of the words news prose builds names of
schools, clubs, companies, public bodies, waters and places with."""
_PLURALS = regex(r"(?<=[a-z])s$")
_IES_PLURAL = regex(r"(?<=[a-z])ies$")
"""A plural in "-ies" of a head word in "-y" ("Westline *Ferries*": "ferry")."""
_LINKS = frozenset(("of", "the", "and", "de", "&"))


def name_type(words: Sequence[Word], run: Run, place_key: str | None = None) -> str | None:
    """The type of the name at ``run`` (``place_key``: the places lexicon's key when it
    knows the name, a country code for a country), or None."""
    first, last = run
    if place_key is not None:
        return "country" if place_key in _country_codes() else "place"
    head, hyphen, _ = words[first].text.partition("-")
    if hyphen and first == last:
        return _place_type(head)
    own = _own_head(words, run)
    if own is not None:
        return own
    return _given_as(words, run)


def distinct_words(words: Sequence[Word], run: Run) -> list[Word]:
    """The words of a name that tell it from others of its type: not its head words
    ("*Halden* FC", "University of *Bergholm*", "Kelmark Science *Museum*": a last
    word WordNet's name heads list, ``_wordnet_head``) nor the links between them;
    all its words when it has no other."""
    return [words[k] for k in distinct_indexes(words, run)] or list(words[run[0] : run[1] + 1])


def distinct_indexes(words: Sequence[Word], run: Run) -> list[int]:
    """The indexes of the words of ``distinct_words`` but none when the name has no
    such word ("Hospital")."""
    first, last = run
    head = _wordnet_head(words, run) is not None
    return [
        k
        for k in range(first, last + 1)
        if _folded(words[k]) not in HEAD_TYPES
        and words[k].norm not in _LINKS
        and not (head and k == last)
    ]


def _wordnet_head(words: Sequence[Word], run: Run) -> str | None:
    """The class of the last word of a name of two words or more when it is a noun a
    name is given as (data/wordnet_name_heads.txt: "Kelmark Science *Museum*",
    "St Aidan's *Hospital*": sites), the name's own head; else None. It tells two names
    apart no more than "FC" does, though it types neither: a museum or a hospital acts
    as a body does ("lent by the Stenholm Art *Museum*")."""
    first, last = run
    if first == last:
        return None
    return _noun_type(_folded(words[last]))


def _own_head(words: Sequence[Word], run: Run) -> str | None:
    """The type of a head word the name holds beside at least one other word: its last
    word ("Technical *College*"), or any word before "of" or a name ("*University*
    of Bergholm", "*River* Alde"); a legal form ends a company ("Stenmark *AB*")."""
    first, last = run
    if first == last:
        return None
    part = words[first : last + 1]
    if part[-1].text.rstrip(".") in _legal_forms():
        return "company"
    for word in reversed(part):
        kind = HEAD_TYPES.get(_folded(word))
        if kind is not None:
            return kind
    return None


def _given_as(words: Sequence[Word], run: Run) -> str | None:
    """The type of the noun the name is given as: after it ("the Caddon *river*"),
    before it with "of" ("the port *city* of Sorvik") or in apposition before it
    ("the engineering *firm* Bruvik")."""
    first, last = run
    after = last + 1
    if after < len(words) and not words[after].break_before and words[after].text.islower():
        kind = _noun_type(_folded(words[after]))
        if kind is not None:
            return kind
    k = first - 1
    if k >= 0 and words[k].norm == "of" and not words[first].break_before:
        k -= 1
    if k >= 0 and words[k].text.islower() and not words[k + 1].break_before:
        return _noun_type(_folded(words[k]))
    return None


def noun_type(word: Word) -> str | None:
    """The type a lower-case noun gives a name it is given as ("the Korra *valley*":
    land, "the Baltrum *brewery*": a site), or None for a noun that says no kind of
    thing a name names ("*loyalists*", "*testimony*")."""
    return _noun_type(_folded(word))


def _noun_type(noun: str) -> str | None:
    """The type a noun gives the name it stands before: its class, but the noun itself
    for a place ("the *village* of Oberndorf" / "the *town* of Unterbach" may name
    one place two ways, "the *city* of Marana" / "the *city* of Sorvik" two cities);
    a noun no head word lists by its WordNet class ("valley", "gorge": land)."""
    kind = HEAD_TYPES.get(noun)
    if kind is None:
        return _wordnet_heads().get(noun) or _wordnet_heads().get(_PLURALS.sub("", noun))
    return f"{kind} {noun}" if kind == "place" else kind


def _place_type(name: str) -> str | None:
    """The type of the place a hyphenated word opens ("*Gdansk*-based", "*Maltese*-
    flagged"): a country or nation, another known place, or None."""
    lexicon = places()
    place = _demonyms().get(name, name)
    if lexicon.country_of(name) or lexicon.country_of(place):
        return "country"
    if place in _wordnet_places() or fold(place) in _folded_forms():
        return "place"
    return None


def _folded(word: Word) -> str:
    """A word folded without a possessive or a plural ending ("Rovers'": "rover" is
    not what is kept; "rovers" is, as the table lists it; "Ferries": "ferry")."""
    norm = word.norm.rstrip(".").removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")
    if norm in HEAD_TYPES:
        return norm
    single = _PLURALS.sub("", norm)
    if single in HEAD_TYPES:
        return single
    single = _IES_PLURAL.sub("y", norm)
    return single if single in HEAD_TYPES else norm


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(places().country.values())


@cache
def _demonyms() -> dict[str, str]:
    return dict(line.split("\t", 1) for line in data_lines("wordnet_demonyms.txt"))


@cache
def _wordnet_places() -> frozenset[str]:
    return frozenset(data_lines("wordnet_places.txt"))


@cache
def _folded_forms() -> frozenset[str]:
    return frozenset(fold(form) for form in places().forms)


LISTED_HEADS: dict[str, str] = {
    **dict.fromkeys("hall centre center gallery arena studio workshop".split(), "site"),
    **dict.fromkeys(
        "programme program fund foundation trust society alliance network initiative".split(),
        "organisation",
    ),
}
"""Nouns names of venues and bodies end with ("Suntory *Hall*", "World Food
*Programme*", "the Greyfield *Trust*") whose first WordNet sense is of another class
(a hallway, a series of steps, a sum of money, a state of trust), so
tools/build_name_heads.py, which reads first senses, leaves them out."""


@cache
def _wordnet_heads() -> dict[str, str]:
    """Noun -> the class of thing a name given as it names (water, land, organisation,
    site): WordNet's, and LISTED_HEADS."""
    return {
        **LISTED_HEADS,
        **{
            noun: kind
            for kind, noun in (line.split("\t") for line in data_lines("wordnet_name_heads.txt"))
        },
    }


@cache
def _legal_forms() -> frozenset[str]:
    """Legal forms written after a firm's name ("AB", "GmbH", "Ltd"), one-word ones."""
    return frozenset(
        line.rstrip(".") for line in data_lines("legal_forms.txt") if " " not in line.strip()
    )
