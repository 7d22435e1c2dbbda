"""Lexicons of the contradiction detectors: negation cues, lemma keys, antonyms.

NOTE (names helper): this file was accidentally overwritten by the names helper at 20:36
and rebuilt from its callers (polarity.py, words.py, quantities.py) and the data files;
its owner should check it against the original.
"""

from __future__ import annotations

from functools import cache, lru_cache
from pathlib import Path

from tui.engine.textnorm import fold, stem

DATA = Path(__file__).resolve().parent.parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


@cache
def negation_cues() -> tuple[frozenset[tuple[str, ...]], tuple[tuple[str, ...], ...]]:
    """(cues, exceptions) as tuples of folded words."""
    cues: set[tuple[str, ...]] = set()
    exceptions: list[tuple[str, ...]] = []
    for line in _lines("negation_cues.txt"):
        if line.startswith("!"):
            exceptions.append(tuple(fold(line[1:]).split()))
        else:
            cues.add(tuple(fold(line).split()))
    return frozenset(cues), tuple(exceptions)


@cache
def _irregular() -> dict[str, str]:
    """Inflected form -> base form of the irregular verbs."""
    forms: dict[str, str] = {}
    for line in _lines("irregular_verbs.tsv"):
        base, *others = line.split("\t")
        for form in others:
            forms.setdefault(fold(form.strip()), fold(base.strip()))
    return forms


@lru_cache(maxsize=65536)
def lemma_key(norm: str) -> str:
    """One key for the forms of a word: irregular verbs to their base, then a stem."""
    return stem(_irregular().get(norm, norm))


@cache
def antonyms() -> dict[tuple[str, ...], frozenset[tuple[str, ...]]]:
    """Lemma-key phrase -> the lemma-key phrases opposite to it (both directions)."""
    opposite: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for line in _lines("antonyms.txt"):
        left, _, right = line.partition("|")
        lefts = [_phrase(p) for p in left.split(",") if p.strip()]
        rights = [_phrase(p) for p in right.split(",") if p.strip()]
        for a in lefts:
            for b in rights:
                opposite.setdefault(a, set()).add(b)
                opposite.setdefault(b, set()).add(a)
    return {key: frozenset(values) for key, values in opposite.items()}


def _phrase(text: str) -> tuple[str, ...]:
    return tuple(lemma_key(fold(word)) for word in text.split())
