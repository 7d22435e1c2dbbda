"""A full name whose first word is no known given name is a person's where a job or role
says so: a lower-case job noun before it that a surname may share ("welder", "surfer"),
an apposition headed by one, or a denial of kinship after it ("no relation")."""

from __future__ import annotations

import pytest

from tests.contradiction_cases import article
from tui.engine.people.persons import find_people

_OPENING = (
    "The port of Maribel reopened on Monday after a strike. Union leader Edsel Varo said "
    "900 workers had waited four years for a raise. "
)


def _names(text: str) -> set[str]:
    people = find_people(article("a.txt", text))
    return {text[m.start : m.end] for p in people for m in p.mentions}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rignald Varo, no relation, said the harbour was empty.",
        "Rignald Koster, no relation, said the harbour was empty.",
        "Rignald Koster, a welder, said the harbour was empty.",
        "However, surfer Sargon Yonan said the ferry was late again on Sunday.",
        "Later, dockworker Rignald Koster said the cranes were idle.",
    ],
)
def test_a_name_a_job_or_a_denied_kinship_vouches_for_is_found(sentence: str) -> None:
    found = _names(_OPENING + sentence)
    assert "Edsel Varo" in found
    assert any(name in found for name in ("Rignald Varo", "Rignald Koster", "Sargon Yonan"))


@pytest.mark.parametrize(
    "sentence",
    [
        # a ship: a noun whose first sense only is a person ("carrier") is no job word
        "Ocean Rider, a carrier, docked at the harbour on Monday.",
        # a capitalised job word opening a sentence may be a surname: not read as a job
        "Smith Harbour, a small port, stayed closed.",
    ],
)
def test_no_person_is_read_into_ships_or_places_for_it(sentence: str) -> None:
    found = _names(_OPENING + sentence)
    assert found == {"Edsel Varo"}
