"""The contradiction pipeline: propose, gate, score (the module map is in __init__.py).

The detectors (DETECTORS) *propose* conflicts, the same-claim gates (same_claim.py)
refuse those where the two sentences do not make the same claim, and each finding
kept is *scored* with a calibrated confidence (confidence.py).

``find_contradictions`` runs every detector on the two passages each alignment
joins (one sentence a side, or the adjacent sentences of a split or merge read as
one passage, so a fact may sit in either half; boilerplate never). Where findings
overlap, the one of the more specific type is kept (DETECTORS order), unless it reads
the same words as another and the default threshold hides it and shows the other, and a quote
finding that holds another is dropped (a number changed inside a quotation is a
number finding). Last, a negation or opposite inside the same quotation quoted on
both sides is reported as a changed quotation, typed ``quote`` (quote.py).
``find_held_contradictions`` reads the sentences the alignments leave free against
the merged sentences that hold them, and against free sentences saying the same in
other words, and two aligned sentences each holding what the other's partners leave
unsaid (elsewhere.py), for numbers and dates only, and each aligned unit with a free
sentence next to it added, for entities (split_units.py: a sentence one outlet split
off), and clauses or sentences that share a frame across the alignment, for every
type (frame_pairs.py: a claim merged into another's sentence).

A long pair is read stage by stage, not pair by pair: each detector reads every
pair before the next detector starts (``propose_all``), then each pair's proposals
are gated and scored. The result is the same (a detector is a pure function of its
pair, and what it remembers of a sentence is kept in the sentence's record,
facts.py), but one detector's code and tables stay hot in the processor's caches
and the interpreter's specialised instructions while it runs over thousands of
pairs: about a sixth less time at 5,000 sentences a side than interleaving six
detectors pair by pair (benchmarks/bench_detectors.py).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable
from dataclasses import replace

from tui.engine.align import Alignment
from tui.engine.corpus import Article
from tui.engine.findings.contradiction.confidence import confidence, evidence
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import date_conflicts
from tui.engine.findings.contradiction.elsewhere import held_pairs
from tui.engine.findings.contradiction.entity import entity_conflicts
from tui.engine.findings.contradiction.failed_acts import failed_acts
from tui.engine.findings.contradiction.frame_pairs import NOT_READ, frame_pairs
from tui.engine.findings.contradiction.negation import negation_conflicts
from tui.engine.findings.contradiction.number import number_conflicts
from tui.engine.findings.contradiction.opposite import opposite_conflicts
from tui.engine.findings.contradiction.pair import PublicationDays, SentencePair
from tui.engine.findings.contradiction.quote import as_quote_findings, quote_conflicts
from tui.engine.findings.contradiction.refused_acts import refused_acts
from tui.engine.findings.contradiction.reported_denials import reported_denials
from tui.engine.findings.contradiction.reworded_denials import reworded_denials
from tui.engine.findings.contradiction.ruled_out_plans import ruled_out_plans
from tui.engine.findings.contradiction.same_claim import refused_by
from tui.engine.findings.contradiction.split_units import extended_units
from tui.engine.findings.contradiction.typed_slots import slot_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE, Finding, Side
from tui.engine.per_article import per_article
from tui.engine.published import publication_day
from tui.engine.segment import Sentence
from tui.engine.similarity import article_profiles, pair_idf
from tui.engine.textnorm import fold

SentenceDetector = Callable[[SentencePair], list[Conflict]]

DETECTORS: tuple[SentenceDetector, ...] = (
    date_conflicts,
    number_conflicts,
    entity_conflicts,
    negation_conflicts,
    failed_acts,
    ruled_out_plans,
    reported_denials,
    opposite_conflicts,
    refused_acts,
    reworded_denials,
    quote_conflicts,
    slot_conflicts,
)
"""In order of precedence: where two findings overlap, the earlier type is kept."""


def sentence_conflicts(
    left: Sentence,
    right: Sentence,
    alignment: float = 1.0,
    days: PublicationDays | None = None,
) -> list[Conflict]:
    """Every contradiction between two sentences, overlaps resolved, each scored with
    its confidence (``alignment``: the score of the alignment that pairs them; ``days``:
    the days the two reports were published, where known)."""
    if _same_text(left.text, right.text):
        return []
    pair = SentencePair(left, right, days)
    return as_quote_findings(pair, shown_first(score(pair, gate(pair, propose(pair)), alignment)))


def _same_text(left: str, right: str) -> bool:
    """Whether the two texts fold alike; ASCII texts of two lengths never do (folding
    them keeps their length), and most aligned pairs are such."""
    if len(left) != len(right) and left.isascii() and right.isascii():
        return False
    return fold(left) == fold(right)


def gated_conflicts(pair: SentencePair) -> list[Conflict]:
    """What the detectors propose and the same-claim gates keep, overlaps resolved,
    with the detectors' own scores."""
    return without_overlaps(gate(pair, propose(pair)))


def propose(pair: SentencePair) -> list[Conflict]:
    """Stage 1: every detector's proposals, in DETECTORS order."""
    return [conflict for detector in DETECTORS for conflict in detector(pair)]


def propose_all(pairs: list[SentencePair]) -> list[list[Conflict]]:
    """``propose`` of each pair, one detector over all pairs at a time."""
    by_detector = [list(map(detector, pairs)) for detector in DETECTORS]
    return [[c for found in proposed for c in found] for proposed in zip(*by_detector, strict=True)]


def gate(pair: SentencePair, proposals: list[Conflict]) -> list[Conflict]:
    """Stage 2: the proposals where both sentences make the same claim."""
    return [conflict for conflict in proposals if refused_by(pair, conflict) is None]


def score(pair: SentencePair, conflicts: list[Conflict], alignment: float) -> list[Conflict]:
    """Stage 3: each conflict with its calibrated confidence as its score."""
    return [replace(c, score=confidence(evidence(c, pair, alignment))) for c in conflicts]


def without_overlaps(conflicts: list[Conflict]) -> list[Conflict]:
    """Where two conflicts overlap, or one lies inside another, the earlier is kept."""
    kept: list[Conflict] = []
    for conflict in conflicts:
        if not any(conflict.overlaps(k) or _inside(k, conflict) for k in kept):
            kept.append(conflict)
    return kept


def shown_first(scored: list[Conflict]) -> list[Conflict]:
    """``without_overlaps`` of scored conflicts, but where two readings point at the
    same words and the default threshold shows one and hides the other, the shown one
    is read: an opposite "approved" / "rejected" scored under the bar in two reworded
    frames must not hide the refused act of one request read at the same words."""
    outshone = [
        any(
            (other.left, other.right) == (conflict.left, conflict.right)
            and other.score >= DEFAULT_MIN_SCORE
            for other in scored
        )
        and conflict.score < DEFAULT_MIN_SCORE
        for conflict in scored
    ]
    return without_overlaps([c for c, out in zip(scored, outshone, strict=True) if not out])


def _inside(small: Conflict, large: Conflict) -> bool:
    """``small`` lies within ``large`` on one side at least (a number inside a quotation)."""
    left = large.left[0] <= small.left[0] and small.left[1] <= large.left[1]
    return left or (large.right[0] <= small.right[0] and small.right[1] <= large.right[1])


def find_contradictions(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    lefts, rights = _sentences_by_id(left), _sentences_by_id(right)
    days = publication_days(left, right)
    pairs: list[SentencePair] = []
    scores: list[float] = []
    for alignment in alignments:
        for left_passage in aligned_passages(left, [lefts[i] for i in alignment.left]):
            for right_passage in aligned_passages(right, [rights[i] for i in alignment.right]):
                if not _same_text(left_passage.text, right_passage.text):
                    pairs.append(SentencePair(left_passage, right_passage, days))
                    scores.append(alignment.score)
    locate_left, locate_right = _locator(left), _locator(right)
    findings: list[Finding] = []
    seen: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for pair, alignment_score, proposed in zip(pairs, scores, propose_all(pairs), strict=True):
        if not proposed:
            continue  # most pairs
        kept = shown_first(score(pair, gate(pair, proposed), alignment_score))
        for conflict in as_quote_findings(pair, kept):
            if (conflict.left, conflict.right) not in seen:
                seen.add((conflict.left, conflict.right))
                findings.append(_finding(conflict, locate_left, locate_right))
    return findings


def find_held_contradictions(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    """The number and date conflicts (the typed slots' too) between a free sentence and
    the aligned sentence that holds its words, or a free sentence saying the same in
    other words, where the value is unanswered (elsewhere.py), and the entity
    conflicts of a free sentence read with the aligned unit next to it
    (split_units.py); ``alignments``: all of the pair's."""
    locate_left, locate_right = _locator(left), _locator(right)
    weights = pair_idf(article_profiles(left), article_profiles(right))  # read by all three
    days = publication_days(left, right)
    found: list[Conflict] = []
    for held in held_pairs(left, right, alignments, weights):
        pair = held.pair if days is None else replace(held.pair, days=days)
        proposed = date_conflicts(pair) + number_conflicts(pair) + slot_conflicts(pair)
        kept = [c for c in without_overlaps(gate(pair, proposed)) if not held.answered(c)]
        found += score(pair, kept, 1.0)
    for unit in extended_units(left, right, alignments, weights):
        kept = [
            c
            for c in without_overlaps(gate(unit.pair, entity_conflicts(unit.pair)))
            if unit.in_free(c) and not unit.answered(c)
        ]
        found += score(unit.pair, kept, unit.score)
    framed = [f for f in frame_pairs(left, right, alignments, weights) if not _same_text(*f.texts)]
    pairs = [SentencePair(f.left.span, f.right.span, days) for f in framed]
    for frame, pair, proposed in zip(framed, pairs, propose_all(pairs), strict=True):
        if not proposed:
            continue  # most pairs
        kept = shown_first(score(pair, gate(pair, proposed), frame.score))
        found += [
            c
            for c in as_quote_findings(pair, kept)
            if c.type not in NOT_READ
            and c.score >= DEFAULT_MIN_SCORE
            and not frame.answered(c.left, c.right)
        ]
    findings: list[Finding] = []
    seen: set[tuple[tuple[int, int], tuple[int, int]]] = set()
    for conflict in found:
        if (conflict.left, conflict.right) not in seen:
            seen.add((conflict.left, conflict.right))
            findings.append(_finding(conflict, locate_left, locate_right))
    return findings


def publication_days(left: Article, right: Article) -> PublicationDays | None:
    """The days the two articles were published, where both are known."""
    left_day, right_day = publication_day(left), publication_day(right)
    if left_day is None or right_day is None:
        return None
    return PublicationDays(left_day, right_day)


def aligned_passages(article: Article, aligned: list[Sentence]) -> list[Sentence]:
    """Adjacent aligned sentences as one span of the text; others one by one."""
    if len(aligned) == 1:  # most alignments
        return [] if aligned[0].boilerplate else aligned
    sentences = sorted((s for s in aligned if not s.boilerplate), key=lambda s: s.start)
    adjacent = all(b.id == a.id + 1 for a, b in itertools.pairwise(sentences))
    if len(sentences) < 2 or not adjacent:
        return sentences
    start, end = sentences[0].start, sentences[-1].end
    return [Sentence(sentences[0].id, start, end, article.text[start:end])]


@per_article
def _sentences_by_id(article: Article) -> dict[int, Sentence]:
    """Computed once per article, not at every call: ``compare`` on two cores checks a
    long pair's alignments in 64 pieces, a call each."""
    return {s.id: s for s in article.sentences}


class _Locator:
    """Finds the sentence that holds an offset of one article (sentences in text order)."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self.starts = [s.start for s in article.sentences]

    def side(self, span: tuple[int, int]) -> Side:
        start, end = span
        k = bisect.bisect_right(self.starts, start) - 1
        sentences = self.article.sentences
        sentence = sentences[k].id if k >= 0 and start < sentences[k].end else None
        return Side(sentence, start, end, self.article.text[start:end])


_locator = per_article(_Locator)
"""An article's ``_Locator``, made once (see ``_sentences_by_id``)."""


def _finding(conflict: Conflict, left: _Locator, right: _Locator) -> Finding:
    return Finding.contrasting(
        kind="contradiction",
        type=conflict.type,
        left=left.side(conflict.left),
        right=right.side(conflict.right),
        contrast=conflict.contrast,
        score=conflict.score,
    )
