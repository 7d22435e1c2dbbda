"""Word lists the contradiction detectors read, shipped as data in tui/engine/data/:
irregular verbs, negation cues, antonyms.

Everything is keyed by *lemma keys*: the Snowball stem of a word's base form, so
"left", "leaves" and "leaving" all give the key of "leave", and "rose", "rising"
the key of "rise". Each file is read once, on first use.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from tui.engine import textnorm
from tui.engine.datafiles import data_lines, data_sources
from tui.engine.prepared import prepared
from tui.engine.textnorm import fold, stem

COUNT_WORDS = {
    word: n
    for n, word in enumerate(
        "one two three four five six seven eight nine ten eleven twelve".split(), start=1
    )
}
"""Small counts as reports write them in words ("three days ago", "one in five")."""

IRREGULAR_VERBS = "irregular_verbs.tsv"

Phrase = tuple[str, ...]
"""A run of lemma keys (one for a single word)."""


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in data_lines(IRREGULAR_VERBS):
        base, *others = line.split("\t")
        for form in others:
            forms.setdefault(form, base)
    return forms


@lru_cache(maxsize=1)
def unchanged_participles() -> frozenset[str]:
    """Irregular verbs whose past participle is their base form ("shut", "cut", "set",
    "spread"): the table gives them no other form but the one in "-ing"."""
    found = set()
    for line in data_lines(IRREGULAR_VERBS):
        base, *others = line.split("\t")
        if all(form.endswith("ing") for form in others):
            found.add(base)
    return frozenset(found)


def irregular_base(norm: str) -> str:
    """The base form of an irregular verb form ("left" -> "leave"), else the word."""
    return _irregular().get(norm, norm)


@lru_cache(maxsize=65536)
def lemma_key(norm: str) -> str:
    """The stem of the base form of the folded word ``norm``."""
    return stem(_irregular().get(norm, norm))


def comparative_key(entry: str) -> Phrase | None:
    """The lemma key of the comparative a one-word entry would take ("expensive":
    "expensiver", which no text holds, keyed as "more expensive" is read), else None."""
    forms = graded_forms(entry)
    return None if forms is None else (lemma_key(forms[0]),)


def phrase_key(words: str) -> Phrase:
    return tuple(lemma_key(fold(w)) for w in words.split())


@lru_cache(maxsize=1)
def negation_cues() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(cues, exceptions) as runs of folded words, not lemma keys: "failed to" is a cue
    and "failed" alone is not."""
    cues: set[tuple[str, ...]] = set()
    exceptions: set[tuple[str, ...]] = set()
    for line in data_lines("negation_cues.txt"):
        if line.startswith("!"):
            exceptions.add(tuple(line[1:].split()))
        else:
            cues.add(tuple(line.split()))
    return frozenset(cues), frozenset(exceptions)


def antonyms() -> dict[Phrase, frozenset[Phrase]]:
    """Each phrase key mapped to the phrase keys of its opposites (symmetric)."""
    table: dict[Phrase, frozenset[Phrase]] = _antonym_table(_ANTONYMS)
    return table


def reciprocal_antonyms() -> frozenset[frozenset[Phrase]]:
    """Opposite pairs that hold only for the same subject ("won" / "lost")."""
    pairs: frozenset[frozenset[Phrase]] = _antonym_table(_RECIPROCAL)
    return pairs


def antonym_entries() -> dict[Phrase, frozenset[str]]:
    """The first words of the lexicon entries behind each phrase key, to check that a
    text word is one of their forms and not a word that merely shares the stem."""
    table: dict[Phrase, frozenset[str]] = _antonym_table(_ENTRIES)
    return table


def comparisons() -> frozenset[frozenset[Phrase]]:
    """Opposite pairs of derived comparatives and superlatives (``_AntonymTables``)."""
    pairs: frozenset[frozenset[Phrase]] = _antonym_table(_COMPARISONS)
    return pairs


def opposite_firsts() -> dict[str, frozenset[str]]:
    """First lemma of each lexicon phrase -> first lemmas of its opposites."""
    table: dict[str, frozenset[str]] = _antonym_table(_OPPOSITE_FIRSTS)
    return table


class _AntonymTables(NamedTuple):
    antonyms: dict[Phrase, frozenset[Phrase]]
    entries: dict[Phrase, frozenset[str]]
    reciprocal: frozenset[frozenset[Phrase]]
    opposite_firsts: dict[str, frozenset[str]]
    comparisons: frozenset[frozenset[Phrase]]
    """Opposite pairs known only from the comparatives and superlatives derived from
    one-word entries (``graded_forms``): opposites only in a comparison ("warmer *than*
    usual")."""


_ANTONYMS, _ENTRIES, _RECIPROCAL, _OPPOSITE_FIRSTS, _COMPARISONS = range(5)
"""The place of each table in ``_AntonymTables``."""


_GROUPS = ((_ANTONYMS, _OPPOSITE_FIRSTS), (_ENTRIES, _RECIPROCAL, _COMPARISONS))
"""The tables every comparison reads (the detectors' quick tests), and those read only
once an opposite is in play; each group is kept in a file of its own."""


@cache
def _antonym_table(field: int) -> Any:
    """One of the antonym tables (see ``_antonym_group``)."""
    group = next(n for n, fields in enumerate(_GROUPS) if field in fields)
    return _antonym_group(group)[_GROUPS[group].index(field)]


@cache
def _antonym_group(group: int) -> tuple[Any, ...]:
    """The tables of ``_GROUPS[group]``, built from the antonym files once and then read
    ready from the cache (prepared.py: stemming every entry costs about 50 ms a run).
    A short pair that holds no word of the lexicon reads only the first group: 13-16 ms
    rather than the 20-24 of all five tables (fresh processes, collector off)."""
    fields = _GROUPS[group]
    return prepared(
        f"antonyms_{group}",
        antonym_sources(),
        lambda: tuple(_built_antonym_tables()[f] for f in fields),
    )


def antonym_sources() -> list[Path]:
    """The files the antonym tables are built from: their data and the code that reads
    it (this module, and the stemmer's behind ``lemma_key``)."""
    return [*data_sources(*ANTONYM_FILES, IRREGULAR_VERBS), Path(__file__), Path(textnorm.__file__)]


def _antonym_tables() -> _AntonymTables:
    """The five tables (what ``_build_antonym_tables`` builds), as the cache gives them."""
    return _AntonymTables(*map(_antonym_table, range(len(_AntonymTables._fields))))


_AntonymFields = tuple[
    dict[Phrase, frozenset[Phrase]],
    dict[Phrase, frozenset[str]],
    frozenset[frozenset[Phrase]],
    dict[str, frozenset[str]],
    frozenset[frozenset[Phrase]],
]
"""``_AntonymTables`` as a plain tuple, what marshal writes."""


@lru_cache(maxsize=1)
def _built_antonym_tables() -> _AntonymFields:
    """``_build_antonym_tables``, once per run however many tables the cache lacks."""
    return _build_antonym_tables()


def _build_antonym_tables() -> _AntonymFields:
    groups, graded = _antonym_groups()
    table: dict[Phrase, set[Phrase]] = {}
    entries: dict[Phrase, set[str]] = {}
    listed: set[frozenset[Phrase]] = set()
    comparisons: set[frozenset[Phrase]] = set()
    for n, (left, right, _) in enumerate(groups):
        for a in left:
            for b in right:
                if a.key != b.key:
                    table.setdefault(a.key, set()).add(b.key)
                    table.setdefault(b.key, set()).add(a.key)
                    (comparisons if n in graded else listed).add(frozenset((a.key, b.key)))
        for entry in (*left, *right):
            entries.setdefault(entry.key, set()).add(entry.first)
    reciprocal = frozenset(
        frozenset((a.key, b.key))
        for left, right, is_reciprocal in groups
        if is_reciprocal
        for a in left
        for b in right
    )
    firsts: dict[str, set[str]] = {}
    for key, opposites in table.items():
        firsts.setdefault(key[0], set()).update(opposite[0] for opposite in opposites)
    return (
        {key: frozenset(value) for key, value in table.items()},
        {key: frozenset(value) for key, value in entries.items()},
        reciprocal,
        {first: frozenset(others) for first, others in firsts.items()},
        frozenset(comparisons - listed),
    )


ANTONYM_FILES = ("antonyms.txt", "wordnet_antonyms.txt", "wordnet_phrasal_antonyms.txt")
"""The hand-written opposites of news reporting, then those derived from WordNet
(tools/build_lexicons.py; two-word verbs: tools/build_phrasal_opposites.py), in one
format."""


class _Entry(NamedTuple):
    first: str
    """The entry's first word, folded."""
    key: Phrase


def _antonym_groups() -> tuple[list[tuple[list[_Entry], list[_Entry], bool]], set[int]]:
    """(left entries, right entries, reciprocal) for each line of the antonym files and
    for the comparatives and superlatives of its one-word entries; and the indexes of
    those graded groups."""
    entries: dict[str, _Entry] = {}

    def entry(text: str) -> _Entry:
        if text not in entries:
            words = fold(text).split()
            entries[text] = _Entry(words[0], tuple(map(lemma_key, words)))
        return entries[text]

    groups = []
    graded_groups: set[int] = set()
    for line in (line for name in ANTONYM_FILES for line in data_lines(name)):
        reciprocal = " <> " in line
        left, right = (
            [entry(w.strip()) for w in group.split(",") if w.strip()]
            for group in line.split(" <> " if reciprocal else " | ")
        )
        groups.append((left, right, reciprocal))
        for grade in (0, 1):
            graded = [
                [g for e in side if (g := _graded_entry(entry, e, grade)) is not None]
                for side in (left, right)
            ]
            if all(graded):
                graded_groups.add(len(groups))
                groups.append((graded[0], graded[1], reciprocal))
    return groups, graded_groups


_VOWELS = frozenset("aeiou")


def _graded_entry(entry: Callable[[str], _Entry], base: _Entry, grade: int) -> _Entry | None:
    """The comparative (``grade`` 0) or superlative (1) of a one-word entry as an entry
    of its own, or the base itself where the stemmer takes "-er" off its comparative
    ("shallower" is "shallow" already): "deeper" / "shallower than" are graded
    opposites whichever side's stem keeps the suffix."""
    forms = graded_forms(base.first) if len(base.key) == 1 else None
    if forms is None:
        return None
    graded = entry(forms[grade])
    return graded if graded.key != base.key else base


def graded_forms(word: str) -> tuple[str, str] | None:
    """The comparative and superlative a one-word entry (folded) would take as an adjective
    ("warm": "warmer", "warmest"; "easy": "easier"; "hot": "hotter"), else None. Every
    one-word entry gets them, verbs too: a form no adjective takes never occurs in a
    text, and a pair is found only where both sides hold one of its forms, so two
    comparatives of opposite adjectives are opposites ("warmer" / "colder than usual")."""
    if not word.isalpha() or len(word) < 3:
        return None
    if word.endswith("e"):
        return word + "r", word + "st"
    if word.endswith("y") and word[-2] not in _VOWELS:
        return word[:-1] + "ier", word[:-1] + "iest"
    if (
        len(word) <= 4
        and word[-1] not in _VOWELS | {"w", "x", "y"}
        and word[-2] in _VOWELS
        and word[-3] not in _VOWELS
    ):
        return word + word[-1] + "er", word + word[-1] + "est"  # "big": "bigger"
    return word + "er", word + "est"


_SUFFIXES = ("s", "es", "ed", "d", "ing", "er", "r", "est", "st")


def inflects(word: str, entry: str) -> bool:
    """Whether the folded ``word`` is ``entry`` or an inflection of it: "approved",
    "rising", "easier", "stopped", "left" (irregular) for "approve", "rise", "easy",
    "stop", "leave"; not "position" for "positive" nor "quite" for "quit"."""
    if word == entry or _irregular().get(word) == entry:
        return True
    stems = {entry, entry[:-1] if entry.endswith("e") else entry}
    if entry.endswith("y"):
        stems.add(entry[:-1] + "i")
    stems.add(entry + entry[-1])  # stop -> stopped
    return any(word == s + suffix for s in stems for suffix in _SUFFIXES)
