"""The unseen entity set of tests/data/unseen/entities_paraphrased.yaml (written before the
detectors were changed for it): its traps stay unflagged, and the planted pairs found stay
found. Before the change 6/15 were found; the misses listed are left: a nationality and a
country in two different phrases ("a Greek shipping magnate" / "a tycoon from Italy"),
two near verbs of making WordNet does not tie ("built" / "manufactured"), a phrasal verb
("carried out" / "conducted"), a place under two different heads ("a workshop in Dunby" /
"organ builders from Kelsall"), and names in heavily reworded sentences."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contradiction_cases import assert_unseen_case, load

CASES: list[dict[str, Any]] = load(
    Path(__file__).resolve().parent.parent / "data" / "unseen" / "entities_paraphrased.yaml"
)["pairs"]
MISSED = frozenset(
    (
        "u20e-yacht-owner-greek-italy",
        "u20e-trams-built-manufactured",
        "u20e-survey-carried-out-conducted",
        "u20e-organ-restored-craftsmen-town",
        "u20e-fire-crews-from-town",
        "u20e-patient-hospital-infirmary",
        "u20e-aid-programme-fund",
    )
)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_unseen_entities_paraphrased_case(case: dict[str, Any]) -> None:
    assert_unseen_case(case, MISSED)
