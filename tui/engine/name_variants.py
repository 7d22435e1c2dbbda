"""Spelling variants of names across two articles: Besent / Bessent, Rutnik / Lutnick.

Rewrites and translations spell the same person differently, and a name is the
most informative word a sentence has; two sentences about "Besseint" and
"Bessent" should share it. A name found in only one article is paired with the
most similar name found only in the other (same length give or take two, Indel
similarity at least ``MIN_SIMILARITY``), and the right article's sentences take
the left spelling. Only capitalised words inside sentences count as names, so
ordinary words with close spellings ("confident", "consider") are left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from rapidfuzz import process
from rapidfuzz.distance import Indel

from tui.engine.similarity import Profile

MIN_SIMILARITY = 0.75
MIN_LENGTH = 5


def unify_name_variants(lefts: Sequence[Profile], rights: Sequence[Profile]) -> list[Profile]:
    """``rights`` with each name that is a variant of a left-only name spelt the left way."""
    variants = _variants(lefts, rights)
    if not variants:
        return list(rights)
    return [
        replace(p, stems=frozenset(variants.get(s, s) for s in p.stems))
        if p.names & variants.keys()
        else p
        for p in rights
    ]


def _variants(lefts: Sequence[Profile], rights: Sequence[Profile]) -> dict[str, str]:
    left_stems = {s for p in lefts for s in p.stems}
    right_stems = {s for p in rights for s in p.stems}
    left_only = {n for p in lefts for n in p.names if len(n) >= MIN_LENGTH} - right_stems
    right_only = {n for p in rights for n in p.names if len(n) >= MIN_LENGTH} - left_stems
    by_length: dict[int, list[str]] = defaultdict(list)
    for name in sorted(left_only):
        by_length[len(name)].append(name)
    variants = {}
    for name in sorted(right_only):
        choices = [c for n in range(len(name) - 2, len(name) + 3) for c in by_length.get(n, ())]
        best = process.extractOne(
            name, choices, scorer=Indel.normalized_similarity, score_cutoff=MIN_SIMILARITY
        )
        if best is not None:
            variants[name] = best[0]
    return variants
