"""What kind of thing or act a word names, from WordNet (data/wordnet_kinds.txt, built
by tools/build_lexicons.py): the noun and verb senses of everyday words and their
hypernyms, read once on first use.

``relation`` tells whether two words may mean one thing: the same sense (synonyms:
"kid" / "child"), one a kind of the other ("guitar" / "instrument", "slice" / "cut"),
or neither ("city" / "county", "singer" / "dog"), the last only when WordNet knows
both. Every sense a word keeps counts, so two words are different kinds only when no
sense of one is a sense or a kind of a sense of the other.

``opposite_nouns`` tells two nouns WordNet calls opposites ("man" / "woman",
data/wordnet_noun_antonyms.txt): kinds that exclude each other, though "man" may
also mean any human being and "woman" is defined "as opposed to a man".

``kind_nouns`` reads a relational adjective as the noun it pertains to
(data/wordnet_pertainyms.txt): "a *medical* drama" / "a *horror* drama" classify one
noun by two kinds ("medicine", "horror").

``defined_by`` tells whether the main sense of one word is defined with the other
(data/wordnet_definitions.txt): "a *proposal*" is "something proposed (such as a
*plan*...)", "a *kitten*" a "young domestic *cat*". WordNet files such words far apart
or side by side, yet one is said with the other, so they name no kinds that exclude
each other.
"""

from __future__ import annotations

from array import array
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Literal, NamedTuple

from tui.engine.datafiles import data_lines, data_sources
from tui.engine.findings.contradiction.wordlists import irregular_base
from tui.engine.prepared import prepared

Pos = Literal["n", "v"]
Relation = Literal["same", "kind", "different"]

_SUFFIXES: dict[Pos, tuple[tuple[str, str], ...]] = {
    "n": (
        ("ies", "y"),
        ("ches", "ch"),
        ("shes", "sh"),
        ("sses", "ss"),
        ("xes", "x"),
        ("s", ""),
        ("men", "man"),
    ),
    "v": (
        ("ies", "y"),
        ("es", "e"),
        ("es", ""),
        ("s", ""),
        ("ied", "y"),
        ("ed", "e"),
        ("ed", ""),
        ("ing", "e"),
        ("ing", ""),
    ),
}
"""WordNet's detachment rules (morphy): an inflected ending and what replaces it."""


class _Senses(NamedTuple):
    own: tuple[int, ...]
    """A word's senses, most frequent first."""
    compounds: tuple[int, ...]
    """The senses of its compounds ("instrument": "musical instrument"): a word is a
    kind of them too, but they are not its senses ("stunt man" / "stunt woman" are
    one sense, "man" and "woman" are not)."""


def _numbers(field: str) -> tuple[int, ...]:
    return tuple(int(i) for i in field.split(",")) if field else ()


_Table = tuple[str, bytes, dict[str, str]]
"""(the synset lines, each ended by a newline; the offset where each starts, as the bytes
of an ``array("Q")``; "pos<TAB>word" -> the rest of its line). One string for the 35,000
synsets and string keys, not tuples, for the 16,000 words: the cache gives them back
in 3-4 ms where a list of lines and tuple keys took 10-14 ms, and a comparison reads
only a handful of lines."""


@cache
def _table() -> _Table:
    """The table; each line is parsed on use (a comparison looks up a handful of words),
    and the table is read ready from the cache after the first run (prepared.py:
    splitting the file costs about 40 ms)."""
    sources = [*data_sources("wordnet_kinds.txt"), Path(__file__)]
    return prepared("wordnet_kinds", sources, _read_table)


def _read_table() -> _Table:
    synsets: list[str] = []
    words: dict[str, str] = {}
    for line in data_lines("wordnet_kinds.txt"):
        if line[0] == "s":
            synsets.append(line)
        else:
            tag, key, rest = (*line.split("\t", 2), "")[:3]
            words[f"{tag}\t{key}"] = rest
    starts = array("Q", accumulate((len(line) + 1 for line in synsets), initial=0))
    return "".join(line + "\n" for line in synsets), starts.tobytes(), words


@cache
def _synset_starts() -> array[int]:
    starts = array("Q")
    starts.frombytes(_table()[1])
    return starts


def _parents(synset: int) -> tuple[int, ...]:
    starts = _synset_starts()
    line = _table()[0][starts[synset] : starts[synset + 1] - 1]
    fields = line.split("\t")
    return _numbers(fields[2]) if len(fields) > 2 else ()  # a top synset has none


def senses(norm: str, pos: Pos) -> tuple[int, ...]:
    """The senses of a folded word as a ``pos`` (its base forms' senses), or ()."""
    return _senses(norm, pos).own


@lru_cache(maxsize=4096)
def _senses(norm: str, pos: Pos) -> _Senses:
    table = _table()[2]
    own: list[int] = []
    compounds: list[int] = []
    for base in base_forms(norm, pos):
        rest = table.get(f"{pos}\t{base}")
        if rest is not None:
            fields = rest.split("\t")
            own += _numbers(fields[0])
            compounds += _numbers(fields[1]) if len(fields) > 1 else ()
    return _Senses(tuple(dict.fromkeys(own)), tuple(dict.fromkeys(compounds)))


@lru_cache(maxsize=4096)
def base_forms(norm: str, pos: Pos) -> tuple[str, ...]:
    """The word and the base forms WordNet's detachment rules give it ("cities": "city")."""
    forms = [norm]
    if pos == "v":
        forms.append(irregular_base(norm))
    forms += [norm[: -len(end)] + new for end, new in _SUFFIXES[pos] if norm.endswith(end)]
    return tuple(dict.fromkeys(f for f in forms if len(f) > 1))


@lru_cache(maxsize=65536)
def ancestors(synset: int) -> frozenset[int]:
    """The synset and everything it is a kind, member or part of, up to the top (the
    links may loop: a part of a kind of a part)."""
    seen = {synset}
    todo = [synset]
    while todo:
        for parent in _parents(todo.pop()):
            if parent not in seen:
                seen.add(parent)
                todo.append(parent)
    return frozenset(seen)


def relation(a: str, b: str, pos: Pos) -> Relation | None:
    """How two folded words relate as ``pos``, or None when WordNet lacks either."""
    left, right = _senses(a, pos), _senses(b, pos)
    if not (left.own and right.own):
        return None
    if set(left.own) & set(right.own):
        return "same"
    if _kind_of(left, right.own) or _kind_of(right, left.own):
        return "kind"
    return "different"


def kind_of(specific: str, general: str, pos: Pos) -> bool:
    """Whether a sense of the folded word ``specific`` is a kind of a sense of
    ``general`` (or of one of its compounds) and no sense is shared: "pupils" of
    "people"."""
    narrow, wide = _senses(specific, pos), _senses(general, pos)
    if not (narrow.own and wide.own) or set(narrow.own) & set(wide.own):
        return False
    return _kind_of(wide, narrow.own)


def opposite_nouns(a: str, b: str) -> bool:
    """Whether two folded nouns are WordNet antonyms (in frequent senses)."""
    table = _noun_antonyms()
    others = base_forms(b, "n")
    return any(o in table.get(base, ()) for base in base_forms(a, "n") for o in others)


@cache
def _noun_antonyms() -> dict[str, frozenset[str]]:
    """Noun -> its opposites, both ways ("man": "woman")."""
    table: dict[str, set[str]] = {}
    for line in data_lines("wordnet_noun_antonyms.txt"):
        word, _, opposites = line.partition(" | ")
        for other in opposites.split(", "):
            table.setdefault(word, set()).add(other)
            table.setdefault(other, set()).add(word)
    return {word: frozenset(others) for word, others in table.items()}


def kind_nouns(norm: str) -> tuple[str, ...]:
    """The nouns that say what kind a folded word names: the word when WordNet knows it
    as a noun, else the nouns a relational adjective's first sense pertains to
    ("medical": "medicine"), else none."""
    if senses(norm, "n"):
        return (norm,)
    return _pertainyms().get(norm, ())


@cache
def _pertainyms() -> dict[str, tuple[str, ...]]:
    """Relational adjective -> the nouns it pertains to."""
    table = {}
    for line in data_lines("wordnet_pertainyms.txt"):
        word, _, nouns = line.partition(" | ")
        table[word] = tuple(nouns.split(", "))
    return table


def defined_by(a: str, b: str) -> bool:
    """Whether the main noun sense of either folded word is defined with the other."""
    return _defines(a, b) or _defines(b, a)


def _defines(word: str, other: str) -> bool:
    others = base_forms(other, "n")
    return any(o in _defining_nouns(base) for base in base_forms(word, "n") for o in others)


@lru_cache(maxsize=4096)
def _defining_nouns(noun: str) -> frozenset[str]:
    """The nouns the definition of the first sense of ``noun`` uses (none if unknown)."""
    return frozenset(_definitions().get(noun, "").split())


@cache
def _definitions() -> dict[str, str]:
    """Noun -> the nouns the definition of its first sense uses, space-separated (split
    on use: a comparison looks up a few). Read ready from the cache after the first
    run: building it costs about 25 ms."""
    sources = [*data_sources("wordnet_definitions.txt"), Path(__file__)]
    return prepared("wordnet_definitions", sources, _read_definitions)


def _read_definitions() -> dict[str, str]:
    return dict(line.split("\t") for line in data_lines("wordnet_definitions.txt"))


def _kind_of(general: _Senses, specific: tuple[int, ...]) -> bool:
    """Whether a sense of ``specific`` is a kind of a sense of ``general`` or of one of
    its compounds."""
    wider = (*general.own, *general.compounds)
    return any(x in ancestors(y) for x in wider for y in specific)


def common_kind_distance(a: str, b: str, pos: Pos, reach: int = 3) -> int | None:
    """The fewest steps up from a sense of each word to a kind both are (two co-hyponyms
    of one hypernym: 2; "city" and "county" under one near kind score low, "singer" and
    "dog" high), counted up to ``reach`` steps a side; None when WordNet lacks either or
    no shared kind lies that near."""
    left, right = _senses(a, pos).own, _senses(b, pos).own
    if not (left and right):
        return None
    left_steps, right_steps = _steps_up(left, reach), _steps_up(right, reach)
    shared = left_steps.keys() & right_steps.keys()
    return min((left_steps[s] + right_steps[s] for s in shared), default=None)


def _steps_up(synsets: tuple[int, ...], reach: int) -> dict[int, int]:
    """Each synset within ``reach`` links above ``synsets`` with its fewest steps."""
    steps = dict.fromkeys(synsets, 0)
    frontier = list(synsets)
    for step in range(1, reach + 1):
        frontier = [p for s in frontier for p in _parents(s) if p not in steps]
        for parent in frontier:
            steps.setdefault(parent, step)
    return steps
