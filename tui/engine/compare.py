"""compare(left, right) -> Comparison: the one entry point every view uses."""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import cast

from tui.engine.align import Alignment, align_profiles
from tui.engine.collector import collector_paused
from tui.engine.corpus import Article
from tui.engine.diff import DiffOp, flipped, word_diff
from tui.engine.findings.model import Finding, Side
from tui.engine.findings.one_per_disagreement import without_repeats
from tui.engine.findings.shared import shared_passages
from tui.engine.similarity import article_profiles

Detector = Callable[[Article, Article, "tuple[Alignment, ...]"], list[Finding]]


@dataclass(frozen=True)
class Comparison:
    left: Article
    right: Article
    alignments: tuple[Alignment, ...]
    findings: tuple[Finding, ...]
    mirror_of: Comparison | None = field(default=None, repr=False, compare=False)
    """The comparison this one is the swap of (see ``view.swap_sides``): its diffs, flipped."""
    _diff_cache: dict[int, tuple[DiffOp, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    @cached_property
    def diffs(self) -> tuple[tuple[DiffOp, ...], ...]:
        """One word diff per alignment, in the order of ``alignments``.

        Computed on first use: the JSON output never needs them, and at 5,000
        sentences a side they cost about 0.8 s.
        """
        return tuple(self.diff(index) for index in range(len(self.alignments)))

    def diff(self, index: int) -> tuple[DiffOp, ...]:
        """The word diff of alignment ``index``, computed on first use and kept.

        The compare view asks only for the alignments of the rows it draws, so a
        long pair opens without diffing every alignment first.
        """
        known = self._diff_cache.get(index)
        if known is None:
            if self.mirror_of is not None:
                known = flipped(self.mirror_of.diff(index))
            else:
                known = _diff(self.left, self.right, self.alignments[index])
            self._diff_cache[index] = known
        return known

    @cached_property
    def _aligned_shares(self) -> tuple[float, float]:
        return aligned_shares(self.left, self.right, self.alignments)

    @property
    def left_aligned_share(self) -> float:
        return self._aligned_shares[0]

    @property
    def right_aligned_share(self) -> float:
        return self._aligned_shares[1]

    def count(self, kind: str) -> int:
        return self._kind_counts[kind]

    def at_least(self, min_score: float) -> Comparison:
        """This comparison with only the findings scored ``min_score`` or more (itself
        when none is below): what a view shows (``DEFAULT_MIN_SCORE`` unless asked)."""
        kept = tuple(f for f in self.findings if f.score >= min_score)
        if len(kept) == len(self.findings):
            return self
        return Comparison(self.left, self.right, self.alignments, kept, mirror_of=self.mirror_of)

    @cached_property
    def _kind_counts(self) -> Counter[str]:
        """Findings of each kind, counted once: the status line asks at every key
        press, and a long pair has thousands of findings."""
        return Counter(f.kind for f in self.findings)


def aligned_shares(
    left: Article, right: Article, alignments: Sequence[Alignment]
) -> tuple[float, float]:
    """The share of each article's sentences that ``alignments`` give a partner."""
    return (
        _share({i for a in alignments for i in a.left}, left),
        _share({i for a in alignments for i in a.right}, right),
    )


def _share(aligned: set[int], article: Article) -> float:
    total = article.sentence_count
    return len(aligned) / total if total else 0.0


def _detectors() -> list[tuple[str, Detector]]:
    """The contradiction and name detectors with their stage names, imported lazily."""
    from tui.engine.findings.contradiction.pipeline import find_contradictions
    from tui.engine.people.names import find_name_findings

    return [
        ("checking contradictions", find_contradictions),
        ("checking names", find_name_findings),
    ]


def _held_contradictions(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    """The contradictions between the sentences the alignments leave free and the
    aligned sentences that hold them (elsewhere.py): read once over all alignments,
    not piece by piece."""
    from tui.engine.findings.contradiction.pipeline import find_held_contradictions

    return find_held_contradictions(left, right, alignments)


PARALLEL_FROM = 2_000
"""Sentences (both articles together) from which ``compare(cores=2)`` splits the
detectors across two processes; below it a fork costs more than it saves."""


def compare(
    left: Article,
    right: Article,
    idf: Mapping[str, float] | None = None,
    progress: Callable[[str], None] | None = None,
    cores: int = 1,
) -> Comparison:
    """Align ``left`` with ``right`` and run every detector.

    ``progress`` is told the name of each stage as it starts (long pairs take
    seconds; the command line shows it on a terminal). With ``cores`` above 1 a
    long pair's detectors run in two processes (see forked.py: only for a
    single-threaded caller); the findings are the same either way.
    """
    step = progress or (lambda stage: None)
    with collector_paused():
        if cores > 1 and _worth_forking(left, right):
            alignments, findings = _on_two_cores(left, right, idf, step)
        else:
            step("aligning sentences")
            alignments = _align(left, right, idf)
            findings = _findings(left, right, alignments, step)
        findings = without_repeats(findings)
        findings.sort(key=lambda f: (f.left.start, f.right.start, f.kind))
    return Comparison(left, right, alignments, tuple(findings))


def _align(left: Article, right: Article, idf: Mapping[str, float] | None) -> tuple[Alignment, ...]:
    return tuple(align_profiles(article_profiles(left), article_profiles(right), idf))


def _findings(
    left: Article, right: Article, alignments: tuple[Alignment, ...], step: Callable[[str], None]
) -> list[Finding]:
    step("finding shared passages")
    findings = shared_passages(left, right)
    for stage, detector in _detectors():
        step(stage)
        findings.extend(detector(left, right, alignments))
    return one_reading(findings, _held_contradictions(left, right, alignments))


def _worth_forking(left: Article, right: Article) -> bool:
    from tui.engine.forked import can_fork

    return can_fork() and left.sentence_count + right.sentence_count >= PARALLEL_FROM


PIECES = 64
"""Pieces the alignments are cut into for the contradiction check on two cores:
whichever process is free takes the next, so the split follows their speed."""

HELD_TICKET = 0
"""The ticket of the held contradictions (``_held_contradictions``) on two cores; piece
``k`` of the alignments is ticket ``k + 1``. Issued first, it is taken by the parent
while the child still compares names, instead of being read after both are done."""

_ChildPart = tuple[bytes, list[Finding], dict[int, list[Finding]]]
"""The child's shared passages (pickled), name findings and findings by ticket."""


def _on_two_cores(
    left: Article,
    right: Article,
    idf: Mapping[str, float] | None,
    step: Callable[[str], None],
) -> tuple[tuple[Alignment, ...], list[Finding]]:
    """``_align`` and ``_findings`` in two processes, with the same result.

    A forked child finds the shared passages and each article's people while this
    process aligns; then the child compares names while this process reads the held
    contradictions and checks contradictions, and both take pieces of the alignments
    to check until none is left.
    """
    from tui.engine.forked import Forked, Inbox, Tickets
    from tui.engine.people.cast import cast_of

    (contradictions_stage, find_contradictions), (names_stage, find_names) = _detectors()
    tickets = Tickets()

    def check(alignments: tuple[Alignment, ...]) -> dict[int, list[Finding]]:
        return {ticket: by_ticket(alignments, ticket) for ticket in tickets}

    def by_ticket(alignments: tuple[Alignment, ...], ticket: int) -> list[Finding]:
        if ticket == HELD_TICKET:
            return _held_contradictions(left, right, alignments)
        return find_contradictions(left, right, _piece(alignments, ticket - 1))

    def in_child(inbox: Inbox) -> _ChildPart:
        tickets.close_issuing()
        # Pickled now, while the parent aligns, not in the child's answer at the end,
        # which the parent waits for: thousands of findings at 5,000 sentences a side.
        shared = pickle.dumps(shared_passages(left, right), protocol=pickle.HIGHEST_PROTOCOL)
        cast_of(left)  # warmed while the parent aligns
        cast_of(right)
        alignments = cast(tuple[Alignment, ...], inbox.receive())
        names = find_names(left, right, alignments)
        return shared, names, check(alignments)

    child = Forked(in_child)
    step("aligning sentences")
    alignments = _align(left, right, idf)
    tickets.issue(PIECES + 1)
    child.send(alignments)
    step("finding shared passages")
    step(contradictions_stage)
    checked = check(alignments)
    step(names_stage)
    shared_pickled, names, checked_there = child.result()
    shared: list[Finding] = pickle.loads(shared_pickled)
    checked.update(checked_there)
    found = [
        checked[ticket] if ticket in checked else by_ticket(alignments, ticket)
        for ticket in range(PIECES + 1)
    ]  # a ticket missing was taken by a child that died
    contradictions = [finding for piece in found[HELD_TICKET + 1 :] for finding in piece]
    own = shared + _first_of_each(contradictions) + names
    return alignments, one_reading(own, found[HELD_TICKET])


def one_reading(found: list[Finding], held: list[Finding]) -> list[Finding]:
    """The alignments' own findings (``found``) and the held contradictions
    (``_held_contradictions``), one contradiction of each two whose two sides overlap
    the other's, the better scored (the alignments' own on a tie): a clause read again
    across the alignment may meet a disagreement its sentence's alignment already
    reads, in a span a word longer or shorter, or read under the threshold."""
    contradictions = [f for f in found if f.kind == "contradiction"]
    kept = [
        h for h in held if not any(_same_words(h, f) and f.score >= h.score for f in contradictions)
    ]
    outscored = {id(f) for f in contradictions if any(_same_words(f, h) for h in kept)}
    return [f for f in found if id(f) not in outscored] + kept


def _same_words(a: Finding, b: Finding) -> bool:
    return _overlap(a.left, b.left) and _overlap(a.right, b.right)


def _overlap(a: Side, b: Side) -> bool:
    return a.start < b.end and b.start < a.end


def _piece(alignments: tuple[Alignment, ...], piece: int) -> tuple[Alignment, ...]:
    """Piece number ``piece`` of ``PIECES`` consecutive pieces of ``alignments``."""
    return alignments[len(alignments) * piece // PIECES : len(alignments) * (piece + 1) // PIECES]


def _first_of_each(findings: list[Finding]) -> list[Finding]:
    """``findings`` without repeats of one pair of spans (two alignments may hold one
    passage), as ``find_contradictions`` over all alignments at once reports them."""
    seen: set[tuple[int, int, int, int]] = set()
    kept: list[Finding] = []
    for finding in findings:
        key = (finding.left.start, finding.left.end, finding.right.start, finding.right.end)
        if key not in seen:
            seen.add(key)
            kept.append(finding)
    return kept


def _diff(left: Article, right: Article, alignment: Alignment) -> tuple[DiffOp, ...]:
    """Diff the passages an alignment joins (one or more sentences on each side)."""
    ls = [left.sentences[i] for i in alignment.left]
    rs = [right.sentences[i] for i in alignment.right]
    l_start, l_end = ls[0].start, ls[-1].end
    r_start, r_end = rs[0].start, rs[-1].end
    return tuple(word_diff(left.text[l_start:l_end], l_start, right.text[r_start:r_end], r_start))
