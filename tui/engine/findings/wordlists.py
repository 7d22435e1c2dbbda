"""Word lists the contradiction detectors read, shipped as data in tui/engine/data/:
irregular verbs, negation cues, antonyms.

Everything is keyed by *lemma keys*: the Snowball stem of a word's base form, so
"left", "leaves" and "leaving" all give the key of "leave", and "rose", "rising"
the key of "rise". Each file is read once, on first use.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from tui.engine.textnorm import fold, stem

DATA = Path(__file__).resolve().parent.parent / "data"

Phrase = tuple[str, ...]
"""A run of lemma keys (one for a single word)."""


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    forms: dict[str, str] = {}
    for line in _lines("irregular_verbs.tsv"):
        base, *others = line.split("\t")
        for form in others:
            forms.setdefault(form, base)
    return forms


@lru_cache(maxsize=65536)
def lemma_key(norm: str) -> str:
    """The stem of the base form of the folded word ``norm``."""
    return stem(_irregular().get(norm, norm))


def phrase_key(words: str) -> Phrase:
    return tuple(lemma_key(fold(w)) for w in words.split())


@lru_cache(maxsize=1)
def negation_cues() -> tuple[frozenset[tuple[str, ...]], frozenset[tuple[str, ...]]]:
    """(cues, exceptions) as runs of folded words, not lemma keys: "failed to" is a cue
    and "failed" alone is not."""
    cues: set[tuple[str, ...]] = set()
    exceptions: set[tuple[str, ...]] = set()
    for line in _lines("negation_cues.txt"):
        if line.startswith("!"):
            exceptions.add(tuple(line[1:].split()))
        else:
            cues.add(tuple(line.split()))
    return frozenset(cues), frozenset(exceptions)


@lru_cache(maxsize=1)
def antonyms() -> dict[Phrase, frozenset[Phrase]]:
    """Each phrase key mapped to the phrase keys of its opposites (symmetric)."""
    table: dict[Phrase, set[Phrase]] = {}
    for line in _lines("antonyms.txt"):
        left, right = (
            [phrase_key(w) for w in group.split(",") if w.strip()] for group in line.split(" | ")
        )
        for a in left:
            for b in right:
                if a != b:
                    table.setdefault(a, set()).add(b)
                    table.setdefault(b, set()).add(a)
    return {key: frozenset(value) for key, value in table.items()}
