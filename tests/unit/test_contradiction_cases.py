"""The hand-written contradiction cases (tests/data/contradiction_cases/*.yaml): every
planted disagreement not marked open is flagged at its two differing words with nothing
else flagged, every agreeing trap not marked open is not flagged, and the short reports
hold end to end through ``compare`` as ``diptych compare --format json`` prints them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.contradiction_cases import (
    Outcome,
    all_cases,
    check_pair,
    check_report,
    report_findings,
)

PAIRS, REPORTS = all_cases()


def _explain(outcome: Outcome) -> str:
    flags = [f"{f.type}: {f.message}" for f in outcome.flags]
    found = f"{len(outcome.found)}/{len(outcome.expected)}"
    return f"{outcome.case} ({outcome.type}): found {found}, flags {flags}"


@pytest.mark.parametrize("case", PAIRS, ids=[c["id"] for c in PAIRS])
def test_sentence_pair_holds(case: dict[str, Any]) -> None:
    outcome = check_pair(case)
    if case.get("open"):
        assert not outcome.held, f"{case['id']} holds now: remove its open mark"
    else:
        assert outcome.held, _explain(outcome)


@pytest.mark.parametrize("case", REPORTS, ids=[c["id"] for c in REPORTS])
def test_report_holds(case: dict[str, Any]) -> None:
    outcome = check_report(case)
    if case.get("open"):
        assert not outcome.held, f"{case['id']} holds now: remove its open mark"
    else:
        assert outcome.held, _explain(outcome)


def test_the_command_prints_the_findings_the_reports_read(tmp_path: Path) -> None:
    case = REPORTS[0]
    (tmp_path / "left.txt").write_text(case["left"], encoding="utf-8")
    (tmp_path / "right.txt").write_text(case["right"], encoding="utf-8")
    printed = subprocess.run(
        [sys.executable, "-m", "tui.cli", "compare", "--format", "json", "left.txt", "right.txt"],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert json.loads(printed.stdout)["findings"] == report_findings(case)


def test_a_flag_pointing_elsewhere_does_not_hold_a_case() -> None:
    case = {
        "id": "made-up",
        "type": "number",
        "left": "The storm killed 14 people on Monday.",
        "right": "The storm killed 41 people on Monday.",
        "words": ["Monday", "Monday"],
    }
    outcome = check_pair(case)
    assert outcome.flags and not outcome.found and not outcome.held
