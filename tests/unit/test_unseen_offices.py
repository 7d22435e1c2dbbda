"""The unseen office set of tests/data/unseen/offices.yaml (written before "head" was read
as the lead of a trade): its agreeing traps (one seat said two ways, a role said
generally, two bodies) stay unflagged, and the planted pairs found stay found (the misses
are listed: a body said two ways, "the estate's" / "Château Morlanne estate"; a "stage
manager" no table holds)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contradiction_cases import assert_unseen_case, load

CASES: list[dict[str, Any]] = load(
    Path(__file__).resolve().parent.parent / "data" / "unseen" / "offices.yaml"
)["pairs"]
MISSED = frozenset(
    ("u11o-vineyard-head-winemaker-two-people", "u11o-theatre-head-carpenter-stage-manager")
)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_unseen_office_case(case: dict[str, Any]) -> None:
    assert_unseen_case(case, MISSED)
