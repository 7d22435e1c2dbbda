"""Sentence alignment between two articles (not monotonic).

Baseline: IDF-weighted overlap of word stems, candidate pairs from an inverted
index of informative stems, one-to-one pairs chosen best-first.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from tui.engine.segment import Sentence
from tui.engine.textnorm import tokenize

AlignmentKind = Literal["verbatim", "near", "paraphrase"]


@dataclass(frozen=True, slots=True)
class Alignment:
    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    kind: AlignmentKind


def content_stems(sentence: Sentence) -> set[str]:
    return {t.stem for t in tokenize(sentence.text) if not t.is_stopword}


def idf_weights(documents: Sequence[set[str]]) -> dict[str, float]:
    frequency: dict[str, int] = defaultdict(int)
    for doc in documents:
        for stem in doc:
            frequency[stem] += 1
    n = len(documents) + 1
    return {stem: math.log(n / df) + 1.0 for stem, df in frequency.items()}


def align(
    left: Sequence[Sentence],
    right: Sequence[Sentence],
    idf: Mapping[str, float] | None = None,
    threshold: float = 0.3,
) -> list[Alignment]:
    lefts = {s.id: content_stems(s) for s in left if not s.boilerplate}
    rights = {s.id: content_stems(s) for s in right if not s.boilerplate}
    weights = idf or idf_weights([*lefts.values(), *rights.values()])
    index: dict[str, list[int]] = defaultdict(list)
    for rid, stems in rights.items():
        for stem in stems:
            index[stem].append(rid)
    scored: list[tuple[float, int, int]] = []
    for lid, stems in lefts.items():
        candidates = {rid for stem in stems for rid in index.get(stem, ())}
        for rid in candidates:
            score = _weighted_dice(stems, rights[rid], weights)
            if score >= threshold:
                scored.append((score, lid, rid))
    scored.sort(reverse=True)
    used_left: set[int] = set()
    used_right: set[int] = set()
    result = []
    for score, lid, rid in scored:
        if lid in used_left or rid in used_right:
            continue
        used_left.add(lid)
        used_right.add(rid)
        kind: AlignmentKind = (
            "verbatim" if score > 0.97 else "near" if score > 0.75 else "paraphrase"
        )
        result.append(Alignment((lid,), (rid,), round(score, 4), kind))
    result.sort(key=lambda a: a.left)
    return result


def _weighted_dice(a: set[str], b: set[str], weights: Mapping[str, float]) -> float:
    shared = sum(weights.get(s, 1.0) for s in a & b)
    total = sum(weights.get(s, 1.0) for s in a) + sum(weights.get(s, 1.0) for s in b)
    return 2 * shared / total if total else 0.0
