"""Contradictions between aligned sentences: numbers, dates, negation, antonyms, quotes.

``find_contradictions`` runs every detector on every pair of sentences that an
alignment joins (boilerplate never), keeps one finding per pair of spans (the
higher score, the more specific type), and drops a quote finding that holds a
more specific one (a number changed inside a quotation is a number finding).
"""

from __future__ import annotations

from collections.abc import Callable

from tui.engine.align import Alignment
from tui.engine.corpus import Article
from tui.engine.findings.antonyms import antonym_conflicts
from tui.engine.findings.conflict import Conflict
from tui.engine.findings.dates import date_conflicts
from tui.engine.findings.model import Finding, Side
from tui.engine.findings.pair import SentencePair
from tui.engine.findings.polarity import negation_conflicts
from tui.engine.findings.quantities import number_conflicts
from tui.engine.findings.quotes import quote_conflicts
from tui.engine.segment import Sentence
from tui.engine.textnorm import fold

SentenceDetector = Callable[[SentencePair], list[Conflict]]

DETECTORS: tuple[SentenceDetector, ...] = (
    date_conflicts,
    number_conflicts,
    negation_conflicts,
    antonym_conflicts,
    quote_conflicts,
)
"""In order of precedence: where two findings overlap, the earlier type is kept."""


def sentence_conflicts(left: Sentence, right: Sentence) -> list[Conflict]:
    """Every contradiction between two sentences, overlaps resolved."""
    if fold(left.text) == fold(right.text):
        return []
    pair = SentencePair(left, right)
    kept: list[Conflict] = []
    for detector in DETECTORS:
        for conflict in detector(pair):
            if not any(conflict.overlaps(k) or _inside(k, conflict) for k in kept):
                kept.append(conflict)
    return kept


def _inside(small: Conflict, large: Conflict) -> bool:
    """``small`` lies within ``large`` on one side at least (a number inside a quotation)."""
    left = large.left[0] <= small.left[0] and small.left[1] <= large.left[1]
    return left or (large.right[0] <= small.right[0] and small.right[1] <= large.right[1])


def find_contradictions(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    lefts = {s.id: s for s in left.sentences}
    rights = {s.id: s for s in right.sentences}
    findings: list[Finding] = []
    seen: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for alignment in alignments:
        for i in alignment.left:
            for j in alignment.right:
                ls, rs = lefts[i], rights[j]
                if ls.boilerplate or rs.boilerplate:
                    continue
                for conflict in sentence_conflicts(ls, rs):
                    if (conflict.left, conflict.right) in seen:
                        continue
                    seen.add((conflict.left, conflict.right))
                    findings.append(_finding(conflict, left, i, right, j))
    return findings


def _finding(conflict: Conflict, left: Article, i: int, right: Article, j: int) -> Finding:
    return Finding(
        kind="contradiction",
        type=conflict.type,
        left=Side(i, *conflict.left, left.text[conflict.left[0] : conflict.left[1]]),
        right=Side(j, *conflict.right, right.text[conflict.right[0] : conflict.right[1]]),
        message=conflict.message,
        score=conflict.score,
    )
