"""tui/engine/people/place_names.py: one reading of "is this a place" for an office's
place, with countries of two words or more from GeoNames."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.people.persons import find_people
from tui.engine.people.place_names import country_code, is_place_name


@pytest.mark.parametrize(
    "name",
    ["Sri Lanka", "Costa Rica", "Puerto Rico", "New Mexico", "South Africa", "U.S.", "Denver"],
)
def test_countries_states_and_cities_are_places(name: str) -> None:
    assert is_place_name(name)


@pytest.mark.parametrize("name", ["Lanka", "Rica", "Monday", "Halden Bank", "Wendell"])
def test_parts_of_names_times_and_other_words_are_not_places(name: str) -> None:
    assert not is_place_name(name)


def test_a_country_of_two_words_has_its_code() -> None:
    assert country_code("Sri Lanka") == "LK"
    assert country_code("Puerto Rico") == "PR"
    assert country_code("Wendell") is None


def offices_of(
    write_article: Write, text: str
) -> dict[str, list[tuple[str, str | None, str | None]]]:
    """Each person by their first mention -> (title, qualifier, country) of their offices."""
    article = write_article(text)
    return {
        article.text[p.mentions[0].start : p.mentions[0].end]: [
            (o.title, o.qualifier, o.country) for m in p.mentions for o in m.offices
        ]
        for p in find_people(article)
    }


def test_an_office_of_a_country_of_two_words_is_that_countrys(write_article: Write) -> None:
    found = offices_of(
        write_article,
        "Sri Lanka's ombudsman, Wendell Ashgrove, opened an inquiry on Monday. The governor "
        "of Puerto Rico, Tobias Quenby, said he would wait.",
    )
    assert found["Wendell Ashgrove"] == [("Ombudsman", "sri lanka", None)]
    assert found["Tobias Quenby"] == [("Governor", None, "PR")]
