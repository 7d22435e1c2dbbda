"""The predicate of a slot (the verb of the event a date or a number is given to) and
whether two predicates worded apart mean the same.

A predicate is a run of lemma keys: a single verb ("resigned" -> ("resign",)) or a
multi-word verb WordNet lists as one unit ("stepped down" -> ("step", "down"), "put
off", "take place"). ``data/wordnet_predicates.txt`` (tools/build_lexicons.py) gives
each its frequent senses; two predicates agree in meaning when they are the same, when
a main sense of one is a frequent sense of the other ("resign" / "step down", "publish"
/ "release", "postpone" / "put off"), or when the aligner's synonym table pairs two
single verbs. The table is read on first use.

``data/wordnet_acts.txt`` (tools/build_acts.py) says which acts a verb's act is as
well (its WordNet synonyms, verb group, entailments and near hypernyms): ``implies_act``
reads "bought" as an act of acquiring, so a denial of the one is read against the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from tui.engine import textnorm
from tui.engine.datafiles import data_lines, data_sources
from tui.engine.findings.contradiction import wordlists
from tui.engine.findings.contradiction.wordlists import (
    IRREGULAR_VERBS,
    Phrase,
    lemma_key,
    phrase_key,
)
from tui.engine.findings.contradiction.words import Word
from tui.engine.prepared import prepared
from tui.engine.synonyms import Senses, senses_of
from tui.engine.textnorm import stem

VERB_REACH = 3
"""Words either side of a slot where the verb of its event is looked for."""
SAY = "say"
"""The lemma key of "say" (its own stem)."""
EVENT_REACH = 12
"""Words before or after a date where the predicate of its event is looked for."""
_VERB_ENDINGS = ("ed", "es")
_VERB_MARKERS = frozenset(
    (
        "to",
        "had",
        "has",
        "have",
        "will",
        "did",
        "would",
        "could",
        "should",
        "can",
        "may",
        "must",
        "might",
    )
)


_LIGHT_WORDS = frozenset(
    map(
        lemma_key,
        "be due set schedule slate expect come happen occur".split(),
    )
)
"""Verbs of a light or scheduling predicate ("is due out", "was set for", "is expected
on"): they say when, not what happens."""
_LIGHT_PHRASES = frozenset(map(phrase_key, ("take place", "get underway")))
_PARTICLES = frozenset(map(lemma_key, "out up off in on for to at".split()))
PREDICATES = "wordnet_predicates.txt"
ACTS = "wordnet_acts.txt"


class _Table(NamedTuple):
    senses: dict[Phrase, tuple[str, ...]]
    """Each predicate's senses as its lines of the table give them (main senses, tab,
    other frequent senses; two lines when two entries share a key, "leave" and
    "leaves"): parsed by ``_senses`` only for the predicates a comparison looks up."""
    longest: int
    """Words in the longest predicate."""


@lru_cache(maxsize=1)
def _table() -> _Table:
    """The table, read ready from the cache after the first run (prepared.py: keying
    every entry by its lemmas costs about 30 ms a run)."""
    sources = [
        *data_sources(PREDICATES, IRREGULAR_VERBS),
        Path(__file__),
        Path(wordlists.__file__),
        Path(textnorm.__file__),
    ]
    senses = prepared("wordnet_predicates", sources, _read_table)
    return _Table(senses, max(map(len, senses), default=1))


def _read_table() -> dict[Phrase, tuple[str, ...]]:
    senses: dict[Phrase, tuple[str, ...]] = {}
    for line in data_lines(PREDICATES):
        lemma, rest = line.split("\t", 1)
        key = phrase_key(lemma)
        senses[key] = (*senses.get(key, ()), rest)
    return senses


@lru_cache(maxsize=4096)
def _senses(predicate: Phrase) -> Senses | None:
    """The senses of a predicate of the table (of all its lines); None for another."""
    lines = _table().senses.get(predicate)
    if lines is None:
        return None
    main_ids: frozenset[int] = frozenset()
    every: frozenset[int] = frozenset()
    for line in lines:
        main, *other = line.split("\t")
        line_main = frozenset(map(int, main.split()))
        main_ids |= line_main
        every |= line_main.union(*(map(int, o.split()) for o in other))
    return Senses(main_ids, every)


def predicates_near(words: Sequence[Word], span: tuple[int, int]) -> set[Phrase]:
    """The predicates within ``VERB_REACH`` words either side of a span."""
    place = _place(words, span)
    if place is None:
        return set()
    first, last = place
    table = _table()
    found: set[Phrase] = set()
    for k in range(max(0, first - VERB_REACH), min(len(words), last + 1 + VERB_REACH)):
        if not first <= k <= last:
            found.update(_predicates_at(words, k, first, table))
    return found


def event_predicates(words: Sequence[Word], span: tuple[int, int]) -> set[Phrase]:
    """The predicate a date (or other slot) is given to: the nearest one before it in
    its clause ("*resigned* on Tuesday"), else the nearest after it ("On Tuesday the
    minister *resigned*"), within ``EVENT_REACH`` words. None for a slot that modifies
    the noun after it ("the February 2013 *note*"): it dates a thing, not an event."""
    place = _place(words, span)
    if place is None:
        return set()
    first, last = place
    after = last + 1
    if after < len(words) and not words[after].break_before and _modifies(words[after]):
        return set()
    table = _table()
    for k in range(first - 1, max(-1, first - 1 - EVENT_REACH), -1):
        if words[k + 1].break_before:
            break
        found = _predicates_at(words, k, first, table)
        if found:
            return found
    for k in range(after, min(len(words), after + EVENT_REACH)):
        if words[k].break_before:
            break
        found = _predicates_at(words, k, first, table)
        if found:
            return found
    return set()


def sentence_predicates(words: Sequence[Word]) -> set[Phrase]:
    """Every predicate of a sentence."""
    table = _table()
    return {p for k in range(len(words)) for p in _predicates_at(words, k, -1, table)}


def _modifies(word: Word) -> bool:
    """A lower-case content word that does not look like a verb: the noun a slot
    before it modifies."""
    return word.is_content and not word.capitalised_inside and not _looks_like_verb(word)


def _place(words: Sequence[Word], span: tuple[int, int]) -> tuple[int, int] | None:
    """(first, last) index of the words inside a span."""
    inside = [k for k, w in enumerate(words) if span[0] <= w.start < span[1]]
    return (inside[0], inside[-1]) if inside else None


def _predicates_at(words: Sequence[Word], k: int, slot: int, table: _Table) -> set[Phrase]:
    """The multi-word predicates of the table that start at word ``k`` (within one
    clause, not running into the slot at word ``slot``) and the word itself where it
    looks like a verb (an -ed/-es form, a word after "to" or an auxiliary, an irregular
    form such as "said" or "met"; "say" is one though the detectors count it no
    content word)."""
    found: set[Phrase] = set()
    for size in range(2, table.longest + 1):
        end = k + size
        if end > len(words) or (k < slot < end) or words[end - 1].break_before:
            break
        key = tuple(w.lemma for w in words[k:end])
        if key in table.senses:
            found.add(key)
    word = words[k]
    if word.lemma == SAY:
        found.add((SAY,))
    elif word.is_content and not word.capitalised_inside:
        after_marker = k > 0 and words[k - 1].norm in _VERB_MARKERS
        if after_marker or _looks_like_verb(word):
            found.add((word.lemma,))
    return found


def _looks_like_verb(word: Word) -> bool:
    irregular = stem(word.norm) != word.lemma  # "said", "met": the verb table knew it
    return word.norm.endswith(_VERB_ENDINGS) or irregular


def agreeing_predicates(left: set[Phrase], right: set[Phrase]) -> tuple[Phrase, Phrase] | None:
    """A (left, right) pair of predicates that agree in meaning, the same one first;
    None when no pair does."""
    same = left & right
    if same:
        key = min(same)
        return key, key
    for a in sorted(left):
        for b in sorted(right):
            if agree_in_meaning(a, b):
                return a, b
    return None


@lru_cache(maxsize=1)
def _acts() -> dict[Phrase, str]:
    """Verb -> the verbs it implies as written in the table, parsed when looked up."""
    sources = [*data_sources(ACTS, IRREGULAR_VERBS), Path(__file__), Path(wordlists.__file__)]
    return prepared("wordnet_acts", sources, _read_acts)


def _read_acts() -> dict[Phrase, str]:
    acts: dict[Phrase, str] = {}
    for line in data_lines(ACTS):
        verb, implied = line.split("\t", 1)
        key = phrase_key(verb)
        acts[key] = f"{acts[key]}|{implied}" if key in acts else implied
    return acts


@lru_cache(maxsize=4096)
def _implied(verb: Phrase) -> frozenset[Phrase]:
    return frozenset(map(phrase_key, _acts().get(verb, "").split("|"))) - {()}


def implies_act(doing: Phrase, done: Phrase) -> bool:
    """Whether doing ``doing`` is doing ``done`` too, as WordNet relates the two verbs
    ("buy" / "acquire", "get to" / "reach", "snore" / "sleep"): a denial of ``done`` is
    then a denial of ``doing``. One way only: "did not buy" says nothing against
    "acquired"."""
    return done in _implied(doing)


def agree_in_meaning(a: Phrase, b: Phrase) -> bool:
    if a == b:
        return True
    left, right = _senses(a), _senses(b)
    if left is not None and right is not None and left.meets(right):
        return True
    if len(a) == 1 and len(b) == 1:
        left, right = senses_of(a[0]), senses_of(b[0])
        return left is not None and right is not None and left.meets(right)
    return False


def has_senses(predicate: Phrase) -> bool:
    """Whether WordNet gives the predicate frequent senses of its own."""
    return _senses(predicate) is not None


def phrasal_predicate(words: Sequence[Word], k: int) -> Phrase | None:
    """The predicate of two words WordNet lists as one unit that word ``k`` starts in
    its clause ("*take part*", "*call off*", "*step down*"), read as one verb with its
    own senses rather than as its first word; None where the two words are none."""
    after = k + 1
    if after >= len(words) or words[after].break_before:
        return None
    phrase = (words[k].lemma, words[after].lemma)
    return phrase if _senses(phrase) is not None else None


def light_predicates(predicates: set[Phrase]) -> bool:
    """Whether every one of the predicates is a light or scheduling one ("be due (out)",
    "be set for", "be scheduled", "take place", "come"): such a predicate names no event
    of its own, so it never tells two events apart. A word found with the multi-word
    predicate it starts ("take" of "take place") is read as part of it."""
    heads = {p for p in predicates if not any(q[: len(p)] == p != q for q in predicates)}
    return bool(heads) and all(_light(p) for p in heads)


def _light(predicate: Phrase) -> bool:
    if predicate in _LIGHT_PHRASES:
        return True
    verbs = [w for w in predicate if w not in _PARTICLES]
    return bool(verbs) and all(w in _LIGHT_WORDS for w in verbs)
