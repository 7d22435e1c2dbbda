"""One name whose words two articles join or split differently.

Particles run together or apart ("Katrien Van den Bossche" / "Katrien Vandenbossche",
"Gianni De Luca" / "Gianni Deluca"), a given name written as one word or two ("Pa Houa
Xiong" / "Pahoua Xiong"), an Arabic article written apart or joined ("Abd al-Rahman" /
"Abdulrahman"): the surname key differs ("bossche" / "vandenbossche") and the words do
not line up, but the whole name, letters only, is one. A *whole key* is the skeleton
(spelling.py) of a full name with every word run together; its *loose* form writes every
vowel group alike, for the vowel an article or a particle takes ("al" / "ul").
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from tui.engine.people.cast import Cast
from tui.engine.people.name_words import name_key
from tui.engine.people.persons import Person
from tui.engine.people.spelling import loose_skeleton, skeleton

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
    written = {
        text[m.start : m.end].replace("-", " ")
        for m in person.mentions
        if m.given and not m.family_first
    }
    found = set()
    for name in written:
        key = name_key(name)
        if len(key) >= SHORTEST_WHOLE_KEY:
            found.add(WholeKey(skeleton(key), loose_skeleton(key), len(name.split())))
    return frozenset(found)


def respaced_pairs(
    left: Cast, lefts: Iterable[Person], right: Cast, rights: Iterable[Person]
) -> list[Respaced]:
    """Pairs of ``lefts`` and ``rights`` (people of two articles) whose whole keys meet:
    equal, or equal once every vowel group is written alike. With one surname, the given
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
