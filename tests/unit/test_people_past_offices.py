"""Offices held before (office_refs.office_ref): "previous", "erstwhile" and "retired"
make an office a past one, as "former" does, and a modifier reaches over the noun of the
office's body ("Former harbour chairman Ann Lee"). A past holder never conflicts with a
current one."""

from __future__ import annotations

import pytest

from tests.contradiction_cases import article
from tests.unit.conftest import Pair
from tui.engine.people.cast import cast_of


def currents(text: str, surname: str) -> list[bool]:
    """Whether each office given to the person of ``surname`` is held now."""
    people = cast_of(article("a.txt", text)).people
    return [o.current for p in people if p.key == surname for m in p.mentions for o in m.offices]


@pytest.mark.parametrize(
    "text",
    [
        "The previous mayor, Ines Varga, had promised a tram line by 2030.",
        "Erstwhile governor Ines Varga said the flood plan was late.",
        "Former harbour chairman Ines Varga said the silt had built up for decades.",
        "Former club chairman Ines Varga said the stand would be rebuilt.",
    ],
)
def test_a_past_office(text: str) -> None:
    assert currents(text, "varga") == [False]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour chairman Ines Varga said the silt had built up for decades.",
        "Mayor Ines Varga had promised a tram line by 2030.",
    ],
)
def test_a_current_office(text: str) -> None:
    assert currents(text, "varga") == [True]


def test_a_previous_holder_is_no_rival_of_the_holder(pair: Pair) -> None:
    found = pair(
        "Mayor Ines Varga opened the tram line on Monday, the city said.",
        "The previous mayor, Lotte Brand, opened the tram line on Monday, the city said.",
    )
    assert [f for f in found if f.type == "office"] == []
