"""One name whose words two articles join or split differently.

Particles run together or apart ("Katrien Van den Bossche" / "Katrien Vandenbossche",
"Gianni De Luca" / "Gianni Deluca"), a given name written as one word or two ("Pa Houa
Xiong" / "Pahoua Xiong"), an Arabic article written apart or joined ("Abd al-Rahman" /
"Abdulrahman"): the surname key differs ("bossche" / "vandenbossche") and the words do
not line up, but the whole name, letters only, is one. A *whole key* is a full name's
letters with every word run together and doubled letters written once ("Khin Maung Win"
/ "Khin Maung Winn"); its *loose* form drops the vowels, for the vowel an article or a
particle takes ("al" / "ul"). (Plain letters, not the skeleton of spelling.py: a
transliterated spelling is ``same_person_score``'s to weigh, and the skeleton's rules
would cost a pass over every long name.)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from tui.engine.people.cast import Cast
from tui.engine.people.name_words import name_key
from tui.engine.people.persons import Person
from tui.engine.prepared_regex import regex

_DOUBLED = regex(r"(.)\1+")
_VOWELS = regex(r"[aeiouy]+")

SHORTEST_WHOLE_KEY = 8
"""Fewer letters than this ("Li Na", "Bo Xu") are too few to tell a respacing from
another name."""


@dataclass(frozen=True, slots=True)
class Respaced:
    left: Person
    right: Person
    exact: bool
    """The whole keys are equal; otherwise only their loose forms are."""
    regrouped: bool
    """The two names meet in a number of words that differs: a name written in other
    words, not only another vowel."""


@dataclass(frozen=True, slots=True)
class WholeKey:
    exact: str
    loose: str
    words: int


def whole_keys(cast: Cast, person: Person) -> frozenset[WholeKey]:
    """The whole keys of the person's full names (a given name and a surname) as the
    article writes them; none for names read family name first (east_asian.py)."""
    text = cast.article.text
    return frozenset(
        key
        for m in person.mentions
        if m.given and not m.family_first
        if (key := _whole_key(text[m.start : m.end])) is not None
    )


@lru_cache(maxsize=65536)
def _whole_key(name: str) -> WholeKey | None:
    """Found once per name however many articles write it and pairs compare it."""
    words = len(name.replace("-", " ").split())
    key = name_key(name)
    if len(key) < SHORTEST_WHOLE_KEY:
        return None
    return WholeKey(_DOUBLED.sub(r"\1", key), _DOUBLED.sub(r"\1", _VOWELS.sub("", key)), words)


def respaced_pairs(
    left: Cast, lefts: Iterable[Person], right: Cast, rights: Iterable[Person]
) -> list[Respaced]:
    """Pairs of ``lefts`` and ``rights`` (people of two articles) whose whole keys meet:
    equal, or equal without their vowels. With one surname, the given
    names differ as words ("Mai Lee" / "Mailee"), which the link by surname (names.py)
    does not take for one."""
    exact: dict[str, list[tuple[Person, int]]] = defaultdict(list)
    loose: dict[str, list[tuple[Person, int]]] = defaultdict(list)
    for person in rights:
        for key in whole_keys(right, person):
            exact[key.exact].append((person, key.words))
            loose[key.loose].append((person, key.words))
    found: dict[tuple[int, int], Respaced] = {}
    for person in lefts:
        for key in whole_keys(left, person):
            for other, words in exact.get(key.exact, ()):
                found[id(person), id(other)] = Respaced(person, other, True, words != key.words)
            for other, words in loose.get(key.loose, ()):
                found.setdefault(
                    (id(person), id(other)), Respaced(person, other, False, words != key.words)
                )
    return list(found.values())
