"""The hand-written people cases (tests/data/people_cases/*.yaml) through the names
table that ``diptych names --format json`` prints: every expectation not marked open holds."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.people_cases import CASE_FILES, check_case, load_cases, names_json

CASES = [case for file in CASE_FILES for case in load_cases(file)]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_every_expectation_of_the_case_holds(case: dict, tmp_path: Path) -> None:
    failed = [o for o in check_case(case, tmp_path) if not o.held and o.open is None]
    assert not failed, "\n".join(f"{o.kind} {o.expectation}: {o.detail}" for o in failed)


def test_open_expectations_still_fail(tmp_path: Path) -> None:
    """An expectation marked open that holds now is no longer open: the mark goes."""
    fixed = [
        o
        for n, case in enumerate(CASES)
        for o in check_case(case, tmp_path / str(n))
        if o.held and o.open is not None
    ]
    assert not fixed, [f"{o.case}: {o.kind} {o.expectation}" for o in fixed]


def test_the_command_prints_the_table_the_cases_read(tmp_path: Path) -> None:
    case = CASES[0]
    expected = names_json(case, tmp_path)
    printed = subprocess.run(
        [sys.executable, "-m", "tui.cli", "names", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(printed.stdout) == expected
