"""Contradictions between aligned sentences: numbers, dates, negation, antonyms, quotes.

``find_contradictions`` runs every detector on the two passages each alignment
joins (one sentence a side, or the sentences of a split or merge read as one
passage, so a fact may sit in either half; boilerplate never). Where findings
overlap, the one of the more specific type is kept (DETECTORS order), and a quote
finding that holds another is dropped (a number changed inside a quotation is a
number finding).
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
    findings: list[Finding] = []
    seen: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for alignment in alignments:
        left_passage = _passage(left, alignment.left)
        right_passage = _passage(right, alignment.right)
        if left_passage is None or right_passage is None:
            continue
        for conflict in sentence_conflicts(left_passage, right_passage):
            if (conflict.left, conflict.right) not in seen:
                seen.add((conflict.left, conflict.right))
                findings.append(_finding(conflict, left, right))
    return findings


def _passage(article: Article, ids: tuple[int, ...]) -> Sentence | None:
    """The aligned sentences as one span of the text (the sentence itself when alone)."""
    sentences = [s for s in article.sentences if s.id in ids and not s.boilerplate]
    if not sentences:
        return None
    if len(sentences) == 1:
        return sentences[0]
    start, end = sentences[0].start, sentences[-1].end
    return Sentence(sentences[0].id, start, end, article.text[start:end])


def _sentence_at(article: Article, offset: int) -> int | None:
    return next((s.id for s in article.sentences if s.start <= offset < s.end), None)


def _finding(conflict: Conflict, left: Article, right: Article) -> Finding:
    (ls, le), (rs, re_) = conflict.left, conflict.right
    return Finding(
        kind="contradiction",
        type=conflict.type,
        left=Side(_sentence_at(left, ls), ls, le, left.text[ls:le]),
        right=Side(_sentence_at(right, rs), rs, re_, right.text[rs:re_]),
        message=conflict.message,
        score=conflict.score,
    )
