"""Whose office it is, in apposition before a name (mentions._owner_before): a country's
possessive in front of a body's office keeps the body ("Norway's Fjordline chief
executive, Ann Lee,": Fjordline's, in Norway), so the office is one seat with the body's
office named without the country; and a deputy in apposition after a name ("Ann Lee, the
deputy commissioner,") holds a deputy's office, no rival of the holder."""

from __future__ import annotations

from tests.contradiction_cases import article
from tests.unit.conftest import Pair
from tui.engine.people.cast import cast_of


def seats(text: str, surname: str) -> list[tuple[str, str | None, str | None]]:
    """(label, country, narrowing word) of each office given to ``surname``."""
    people = cast_of(article("a.txt", text)).people
    return [
        (o.label, o.country, o.qualifier)
        for p in people
        if p.key == surname
        for m in p.mentions
        for o in m.offices
    ]


def test_a_countrys_possessive_keeps_the_body_behind_it() -> None:
    text = "Norway's Fjordline chief executive, Ann Lee, said the ferries would sail."
    assert seats(text, "lee") == [("Chief Executive", "NO", "fjordline")]


def test_a_countrys_office_stays_the_countrys() -> None:
    text = "Norway's finance minister, Ann Lee, said the ferries would sail."
    assert seats(text, "lee") == [("Finance Minister", "NO", None)]


def test_the_body_named_with_and_without_its_country_is_one_seat(pair: Pair) -> None:
    found = pair(
        "Norway's Fjordline chief executive, Ann Lee, said the ferries would sail on Monday.",
        "The ferries will sail on Monday, Fjordline chief executive Pavel Ostrowski said.",
    )
    assert [(f.left.quote, f.right.quote) for f in found if f.type == "office"] == [
        ("Ann Lee", "Pavel Ostrowski")
    ]


def test_a_deputy_in_apposition_holds_a_deputys_office() -> None:
    text = "Ann Lee, the deputy commissioner, will oversee the review."
    assert seats(text, "lee") == [("Deputy Commissioner", None, None)]
