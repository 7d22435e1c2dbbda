"""compare(left, right) -> Comparison: the one entry point every view uses."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property

from tui.engine.align import Alignment, align_profiles
from tui.engine.corpus import Article
from tui.engine.diff import DiffOp, word_diff
from tui.engine.findings.model import Finding
from tui.engine.findings.shared import shared_passages
from tui.engine.similarity import article_profiles

Detector = Callable[[Article, Article, "tuple[Alignment, ...]"], list[Finding]]


@dataclass(frozen=True)
class Comparison:
    left: Article
    right: Article
    alignments: tuple[Alignment, ...]
    findings: tuple[Finding, ...]
    known_diffs: tuple[tuple[DiffOp, ...], ...] | None = field(
        default=None, repr=False, compare=False
    )
    """Diffs already at hand (a swapped comparison flips its source's)."""

    @cached_property
    def diffs(self) -> tuple[tuple[DiffOp, ...], ...]:
        """One word diff per alignment, in the order of ``alignments``.

        Computed on first use: the JSON output never needs them, and at 5,000
        sentences a side they cost about 0.8 s.
        """
        if self.known_diffs is not None:
            return self.known_diffs
        return tuple(_diff(self.left, self.right, a) for a in self.alignments)

    @cached_property
    def left_aligned_share(self) -> float:
        return _share({i for a in self.alignments for i in a.left}, self.left)

    @cached_property
    def right_aligned_share(self) -> float:
        return _share({i for a in self.alignments for i in a.right}, self.right)

    def count(self, kind: str) -> int:
        return sum(1 for f in self.findings if f.kind == kind)


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


def compare(
    left: Article,
    right: Article,
    idf: Mapping[str, float] | None = None,
    progress: Callable[[str], None] | None = None,
) -> Comparison:
    """Align ``left`` with ``right`` and run every detector.

    ``progress`` is told the name of each stage as it starts (long pairs take
    seconds; the command line shows it on a terminal).
    """
    step = progress or (lambda stage: None)
    with _collector_paused():
        step("aligning sentences")
        alignments = tuple(align_profiles(article_profiles(left), article_profiles(right), idf))
        step("finding shared passages")
        findings: list[Finding] = shared_passages(left, right)
        for stage, detector in _detectors():
            step(stage)
            findings.extend(detector(left, right, alignments))
        findings.sort(key=lambda f: (f.left.start, f.right.start, f.kind))
    return Comparison(left, right, alignments, tuple(findings))


_pause_lock = threading.Lock()
_pausing = 0
"""Comparisons running with the collector paused (threads may compare at once)."""
_resume = False
"""Whether the collector was on when the first of them started."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector during a comparison.

    A long pair builds millions of small objects that stay alive until it ends; the
    collector would walk them again and again and find no garbage (about 1 s of 7 at
    5,000 sentences a side). Reference counting still frees everything as usual.
    The switch is process-wide: threads comparing at once share one pause, and the
    collector comes back (if it was on) when the last of them ends, not the first.
    """
    global _pausing, _resume
    with _pause_lock:
        if _pausing == 0:
            _resume = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pausing -= 1
            if _pausing == 0 and _resume:
                gc.enable()


def _diff(left: Article, right: Article, alignment: Alignment) -> tuple[DiffOp, ...]:
    """Diff the passages an alignment joins (one or more sentences on each side)."""
    ls = [left.sentences[i] for i in alignment.left]
    rs = [right.sentences[i] for i in alignment.right]
    l_start, l_end = ls[0].start, ls[-1].end
    r_start, r_end = rs[0].start, rs[-1].end
    return tuple(word_diff(left.text[l_start:l_end], l_start, right.text[r_start:r_end], r_start))
