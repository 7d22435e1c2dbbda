"""Findings scored below the default confidence are left out of every view alike."""

from __future__ import annotations

from dataclasses import replace

import pytest

import tui.engine.findings.contradiction.pipeline as pipeline
from tests.app.compare_app import seed_pair
from tui.engine.claims.build import pair_claims
from tui.engine.compare import Comparison, compare
from tui.engine.findings.model import DEFAULT_MIN_SCORE, Finding
from tui.engine.overview import PairNumbers


@pytest.fixture(scope="module")
def seed_comparison() -> Comparison:
    return compare(*seed_pair("000", "001"))


def contradiction(comparison: Comparison) -> Finding:
    return next(f for f in comparison.findings if f.kind == "contradiction")


def with_doubtful(comparison: Comparison) -> tuple[Comparison, Finding]:
    """``comparison`` with one more contradiction, scored just below the default."""
    doubtful = replace(contradiction(comparison), score=DEFAULT_MIN_SCORE - 0.01)
    findings = (*comparison.findings, doubtful)
    return Comparison(comparison.left, comparison.right, comparison.alignments, findings), doubtful


def test_at_least_leaves_out_findings_scored_below(seed_comparison: Comparison) -> None:
    padded, doubtful = with_doubtful(seed_comparison)
    shown = padded.at_least(DEFAULT_MIN_SCORE)
    assert doubtful not in shown.findings
    assert shown.findings == seed_comparison.findings
    assert shown.alignments == padded.alignments
    assert padded.at_least(0.0) is padded


def test_the_overview_counts_only_what_a_view_shows(seed_comparison: Comparison) -> None:
    padded, _ = with_doubtful(seed_comparison)
    assert padded.count("contradiction") == seed_comparison.count("contradiction") + 1
    assert PairNumbers.of(padded) == PairNumbers.of(seed_comparison)


def test_claims_carry_no_contradiction_scored_below_the_default(
    seed_comparison: Comparison, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.find_contradictions
    _, doubtful = with_doubtful(seed_comparison)

    def with_a_doubtful_one(*args: object) -> list[Finding]:
        return [*real(*args), doubtful]  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "find_contradictions", with_a_doubtful_one)
    carried = pair_claims(*seed_pair("000", "001")).contradictions
    assert carried  # the pair's office conflicts, scored above the default
    assert doubtful not in carried
    assert all(f.score >= DEFAULT_MIN_SCORE for f in carried)
