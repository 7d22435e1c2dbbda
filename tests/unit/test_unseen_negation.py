"""The unseen negation set of tests/data/unseen/negation.yaml (written before the
detectors were changed for it): its agreeing traps stay unflagged, and the planted pairs
found once stay found (the misses are listed: data the lexicons lack, "go back" /
"returns", "performed" / "sang")."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contradiction_cases import assert_unseen_case, load

CASES: list[dict[str, Any]] = load(
    Path(__file__).resolve().parent.parent / "data" / "unseen" / "negation.yaml"
)["pairs"]
MISSED = frozenset(
    (
        "u18n-sculptor-will-not-go-back",
        "u18n-choir-didnt-perform",
    )
)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_unseen_negation_case(case: dict[str, Any]) -> None:
    assert_unseen_case(case, MISSED)
