"""The city a local report is about as the place of its city offices said without one
(tui/engine/people/office_city.py): two reports of one city that name two police chiefs
disagree, reports of two cities do not."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tests.unit.test_people_offices import office_conflicts
from tui.engine.people.office_city import cities_in
from tui.engine.people.persons import find_people


def places_of(write_article: Write, text: str) -> dict[str, set[str | None]]:
    """Each person by their first mention -> the places of their offices."""
    article = write_article(text)
    return {
        article.text[p.mentions[0].start : p.mentions[0].end]: {
            o.qualifier for m in p.mentions for o in m.offices
        }
        for p in find_people(article)
    }


def test_cities_are_read_longest_first_and_not_after_a_given_name() -> None:
    assert cities_in("Flooding In San Antonio Closes Schools") == {"san antonio"}
    assert cities_in("Chief Sam Austin said the roads were shut.") == set()
    assert cities_in("Dayton's buses will run late, officials said.") == {"dayton"}
    assert cities_in("Mayor Hamilton said Mobile phones were banned.") == set()
    assert cities_in("Kraków Bans Cars From Its Old Town") == {"krakow"}


def test_an_opening_city_an_article_writes_after_a_given_name_is_a_surname(
    write_article: Write,
) -> None:
    places = places_of(
        write_article,
        "Austin Warns Of Budget Cuts\n\n"
        "Austin said on Monday that the budget would shrink. Pete Austin chairs the "
        "committee. Police Chief Tamsin Oyelaran said patrols would not be cut.",
    )
    assert places["Tamsin Oyelaran"] == {None}


def test_a_city_office_said_without_a_place_is_the_opening_citys(write_article: Write) -> None:
    places = places_of(
        write_article,
        "Akron Closes Two Bridges For Repairs\n\n"
        "Akron will close two bridges over the river from Monday, the city said. "
        "Police Chief Tamsin Oyelaran said detours would be signposted. "
        "Mayor Ferdinand Ostrowski said the work would take a month.",
    )
    assert places["Tamsin Oyelaran"] == {"akron"}
    assert places["Ferdinand Ostrowski"] == {"akron"}


@pytest.mark.parametrize(
    "opening",
    [
        "Two Bridges Close For Repairs\n\nTwo bridges over the river will close from Monday.",
        "Akron And Toledo Close Bridges\n\nBridges in Akron and Toledo close on Monday.",
    ],
)
def test_an_opening_of_no_city_or_two_places_none(write_article: Write, opening: str) -> None:
    places = places_of(write_article, opening + " Police Chief Tamsin Oyelaran said so.")
    assert places["Tamsin Oyelaran"] == {None}


def test_a_city_the_sentence_names_comes_before_the_openings(write_article: Write) -> None:
    places = places_of(
        write_article,
        "Akron Closes Two Bridges For Repairs\n\n"
        "Akron will close two bridges over the river from Monday, the city said. "
        "In Toledo, Police Chief Tamsin Oyelaran said no bridge would close.",
    )
    assert places["Tamsin Oyelaran"] == {"toledo"}


def test_a_shared_title_does_not_take_the_city(write_article: Write) -> None:
    places = places_of(
        write_article,
        "Akron Closes Two Bridges For Repairs\n\n"
        "Akron will close two bridges over the river from Monday, the city said. "
        "Senator Tamsin Oyelaran said the state would pay.",
    )
    assert places["Tamsin Oyelaran"] == {None}


REPORT = (
    "{city} Adds Night Patrols Downtown\n\n"
    "{city} will add night patrols downtown after three shootings, the city said on "
    "Wednesday. Police Chief {name} said twenty officers would be moved from desk jobs."
)


@pytest.mark.parametrize(
    ("left_city", "right_city", "conflicts"), [("Akron", "Akron", True), ("Akron", "Dayton", False)]
)
def test_police_chiefs_of_one_city_conflict_of_two_do_not(
    pair: Pair, left_city: str, right_city: str, conflicts: bool
) -> None:
    found = pair(
        REPORT.format(city=left_city, name="Marisol Okafor"),
        REPORT.format(city=right_city, name="Dana Wrzesniewski"),
    )
    assert bool(office_conflicts(found)) == conflicts


def test_a_state_office_said_without_a_place_is_the_opening_states(write_article: Write) -> None:
    places = places_of(
        write_article,
        "Vermont Caps Insulin Prices\n\n"
        "Vermont will cap insulin co-pays from March, officials said. "
        "Lieutenant Governor Tamsin Oyelaran said other states would follow. "
        "Governor Ferdinand Ostrowski of Maine said his state would wait.",
    )
    assert places["Tamsin Oyelaran"] == {"vermont"}
    assert places["Ferdinand Ostrowski"] == {"maine"}


UNPLACED = (
    "Night Patrols Return Downtown\n\n"
    "Police will patrol downtown at night from Friday. Police Chief {name} said officers "
    "had been moved from desk jobs.{more}"
)


@pytest.mark.parametrize(
    ("more", "conflicts"),
    [("", True), (" Dayton police did the same last year.", False)],
)
def test_a_report_that_names_no_city_speaks_of_the_others(
    pair: Pair, more: str, conflicts: bool
) -> None:
    found = pair(
        REPORT.format(city="Akron", name="Marisol Okafor"),
        UNPLACED.format(name="Dana Wrzesniewski", more=more),
    )
    assert bool(office_conflicts(found)) == conflicts


def test_a_state_office_takes_the_region_of_another_country_the_opening_names(
    write_article: Write,
) -> None:
    places = places_of(
        write_article,
        "Mizoram Bans Plastic Bags At Markets\n\n"
        "Markets will stop selling plastic bags from June, the state said. "
        "Chief Minister Tlanga Vanlalhruai said shops had a month to switch. "
        "Governor Ruatfela Khiangte said the ban was overdue.",
    )
    assert places["Tlanga Vanlalhruai"] == {"mizoram"}
    assert places["Ruatfela Khiangte"] == {"mizoram"}


def test_an_opening_of_two_regions_places_no_state_office(write_article: Write) -> None:
    places = places_of(
        write_article,
        "Mizoram And Manipur Share A Power Line\n\n"
        "The two states will share a power line from June, officials said. "
        "Chief Minister Tlanga Vanlalhruai said the line would cut outages.",
    )
    assert places["Tlanga Vanlalhruai"] == {None}


def test_a_city_of_fifty_thousand_abroad_places_its_mayor(write_article: Write) -> None:
    places = places_of(
        write_article,
        "Tartu Closes Its Old Stone Bridge\n\n"
        "The bridge will stay closed until spring, engineers said. "
        "Mayor Urmas Klaassepp said buses would take the long way round.",
    )
    assert places["Urmas Klaassepp"] == {"tartu"}
