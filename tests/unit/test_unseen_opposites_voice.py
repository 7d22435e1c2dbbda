"""The unseen opposites set of tests/data/unseen/opposites_voice.yaml (written before the
detectors were changed for it): its agreeing traps stay unflagged, and the planted pairs
found stay found. Before the change it found 12 of 15 with 3 traps flagged (a contest
told from each party in another voice, two comparisons the other way round, "laid off"
/ "jobs"). The misses left: "let go" (no particle of direction) against "took on", and
"put on" / "taken off" in two agentless passives whose neighbours differ."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contradiction_cases import assert_unseen_case, load

CASES: list[dict[str, Any]] = load(
    Path(__file__).resolve().parent.parent / "data" / "unseen" / "opposites_voice.yaml"
)["pairs"]
MISSED = frozenset(("u20o-saltworks-took-on-let-go", "u20o-ferry-put-on-taken-off"))


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_unseen_opposites_voice_case(case: dict[str, Any]) -> None:
    assert_unseen_case(case, MISSED)
