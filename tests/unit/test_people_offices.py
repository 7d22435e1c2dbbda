"""Offices with place and time (tui/engine/people/office_refs.py, office_conflicts.py):
holders of one office in one jurisdiction conflict; other states, other chambers and past
holders do not; an office is shown in the article's own terms."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair, Write
from tui.engine.findings.model import Finding
from tui.engine.people.persons import find_people
from tui.engine.people.table import name_table


def office_conflicts(found: list[Finding]) -> list[tuple[str, str, str]]:
    return [
        (f.message.split(":")[0], f.left.quote, f.right.quote) for f in found if f.type == "office"
    ]


REPORT = "{office} {name} said on Monday that the state would appeal the ruling."


@pytest.mark.parametrize(
    ("left_office", "right_office", "title"),
    [
        ("Ohio Gov.", "Ohio Gov.", "Governor"),
        ("Texas Attorney General", "Attorney General of Texas", "Attorney General"),
        ("Dallas Police Chief", "Dallas police chief", "Police Chief"),
        ("EPA Administrator", "EPA Administrator", "EPA Administrator"),
        ("Senate Majority Whip", "Senate Majority Whip", "Senate Majority Whip"),
        ("Treasury Secretary", "Secretary of the Treasury", "Treasury Secretary"),
        ("President", "President", "President"),
        ("AFCU President", "AFCU President", "President"),  # one body's, on both sides
    ],
)
def test_two_current_holders_of_one_office_in_one_place_conflict(
    pair: Pair, left_office: str, right_office: str, title: str
) -> None:
    found = pair(
        REPORT.format(office=left_office, name="Marisol Okafor"),
        REPORT.format(office=right_office, name="Dana Wrzesniewski"),
    )
    assert office_conflicts(found) == [(title, "Marisol Okafor", "Dana Wrzesniewski")]


@pytest.mark.parametrize(
    ("left_office", "right_office"),
    [
        ("Ohio Gov.", "Texas Gov."),  # two states
        ("Texas Attorney General", "Attorney General"),  # a state's and the federal one
        ("Speaker of the House", "Speaker of the Indiana House"),  # two chambers
        ("Chicago Mayor", "Boston Mayor"),
        ("former FBI Director", "FBI Director"),  # a past holder
        ("then-Secretary of State", "Secretary of State"),
        ("ex-CIA Director", "CIA Director"),
        # an organisation's president is not the country's
        ("AFCU President", "President"),
        ("Brent-Ward president", "President"),
        ("union President", "President"),
        ("AFCU President", "Brent-Ward president"),
    ],
)
def test_other_places_and_past_holders_are_no_conflict(
    pair: Pair, left_office: str, right_office: str
) -> None:
    found = pair(
        REPORT.format(office=left_office, name="Marisol Okafor"),
        REPORT.format(office=right_office, name="Dana Wrzesniewski"),
    )
    assert office_conflicts(found) == []


def test_office_in_a_past_apposition_is_not_held_now(write_article: Write) -> None:
    doc = write_article(
        "Condoleezza Rice, who was secretary of state under Bush, spoke at the event. "
        "Jorge Paz, the treasury secretary until 2021, did not."
    )
    offices = {p.key: p.mentions[0].offices for p in find_people(doc)}
    assert [(o.label, o.current) for o in offices["rice"]] == [("Foreign Minister", False)]
    assert [(o.label, o.current) for o in offices["paz"]] == [("Finance Minister", False)]


@pytest.mark.parametrize(
    ("text", "key", "office"),
    [
        ("Okonjo served as Nigeria's finance minister from 2011 until 2015.", "okonjo", "NG"),
        ("Hal Brandt was mayor of Tulsa in the 1970s and never ran again.", "brandt", "tulsa"),
        ("Her uncle, the late Ruth Kamau, had been governor of Nairobi.", "kamau", "nairobi"),
    ],
)
def test_an_office_said_of_a_name_in_a_past_tense_is_a_past_office(
    write_article: Write, text: str, key: str, office: str
) -> None:
    (person,) = [p for p in find_people(write_article(text)) if p.key == key]
    held = [o for m in person.mentions for o in m.offices]
    assert [(o.country or o.qualifier, o.current) for o in held] == [(office, False)]


def test_a_verb_between_the_name_and_the_office_gives_no_office(
    write_article: Write,
) -> None:
    doc = write_article("Hal Brandt was elected mayor of Tulsa on Tuesday, officials said.")
    assert [o for p in find_people(doc) for m in p.mentions for o in m.offices] == []


def test_a_former_office_after_a_place_in_apposition_is_a_past_office(
    write_article: Write,
) -> None:
    doc = write_article(
        "Vincente Fox, the former Mexican president, mocked the wall. "
        "Ama Owusu, a former speaker of the House, stayed away."
    )
    offices = {p.key: p.mentions[0].offices for p in find_people(doc)}
    assert [(o.label, o.country, o.current) for o in offices["fox"]] == [("President", "MX", False)]
    assert [(o.label, o.current) for o in offices["owusu"]] == [("Speaker of the House", False)]


def test_a_misspelt_given_name_of_a_person_in_apposition_is_a_spelling_finding(
    pair: Pair,
) -> None:
    found = pair(
        "Vicente Fox, the former Mexican president, mocked the plan for a wall.",
        "Vincente Fox, the former Mexican president, mocked the plan for a wall.",
    )
    assert [(f.kind, f.type, f.left.quote, f.right.quote) for f in found if f.kind == "name"] == [
        ("name", "spelling", "Vicente Fox", "Vincente Fox")
    ]


def test_office_is_titled_in_the_countrys_terms(write_article: Write) -> None:
    doc = write_article(
        "U.S. Secretary of State Marisol Okafor met British Foreign Secretary Ian Dale."
    )
    titles = {p.key: [o.title for o in p.offices] for p in find_people(doc)}
    assert titles == {"okafor": ["Secretary of State"], "dale": ["Foreign Secretary"]}


def test_same_title_many_share_given_to_another_person_is_a_different_person(
    pair: Pair,
) -> None:
    found = pair(
        "Rep. Loretta Sanchez said the border bill would pass the House this week.",
        "Rep. Linda S\u00e1nchez said the border bill would pass the House this week.",
    )
    assert [(f.kind, f.type, f.left.quote, f.right.quote) for f in found] == [
        ("name", "person", "Loretta Sanchez", "Linda S\u00e1nchez")
    ]


def test_a_governor_without_a_state_is_no_office_conflict(pair: Pair) -> None:
    found = pair(
        REPORT.format(office="Gov.", name="Marisol Okafor"),
        REPORT.format(office="Gov.", name="Dana Wrzesniewski"),
    )
    assert office_conflicts(found) == []
    assert [f.type for f in found] == ["person"]  # but another person says the same


def test_a_title_then_in_office_is_past(write_article: Write) -> None:
    doc = write_article(
        "Secretary of State Mika Pomerantz, then in office, met Ana Ruiz in 2019. "
        "Secretary of State Dana Wirth, then a senator, disagreed."
    )
    offices = {
        p.key: [(m.label, m.current) for m in p.mentions[0].offices] for p in find_people(doc)
    }
    assert offices["pomerantz"] == [("Foreign Minister", False)]
    assert ("Foreign Minister", True) in offices["wirth"]


def test_former_before_a_place_makes_the_office_past(write_article: Write) -> None:
    doc = write_article("Former Alaska Gov. Sarah Pallister and Ohio Gov. Dana Wirth spoke.")
    offices = {
        p.key: [(m.label, m.current) for m in p.mentions[0].offices] for p in find_people(doc)
    }
    assert offices == {"pallister": [("Governor", False)], "wirth": [("Governor", True)]}


def test_an_office_keeps_its_holder_across_a_long_jurisdiction_phrase(pair: Pair) -> None:
    found = pair(
        "U.S. Attorney for the Southern District of New York Dana Wirth charged him.",
        "U.S. Attorney for the Southern District of New York Ann Pallister charged him.",
    )
    assert office_conflicts(found) == [("U.S. Attorney", "Dana Wirth", "Ann Pallister")]
    other_district = pair(
        "U.S. Attorney for the Southern District of New York Dana Wirth charged him.",
        "U.S. Attorney for the District of Columbia Ann Pallister charged him.",
    )
    assert office_conflicts(other_district) == []


def test_the_end_of_a_jurisdiction_phrase_is_no_person(write_article: Write) -> None:
    doc = write_article("The CEO of World Wrestling Entertainment spoke on Monday.")
    assert find_people(doc) == ()


@pytest.mark.parametrize(
    ("left_when", "right_when", "conflicts"),
    [
        ("in March 2010", "in May 2013", False),  # each names the holder of its day
        ("in March 2013", "in May 2013", True),
        ("on Monday", "in May 2013", True),  # one sentence undated: the same time
    ],
)
def test_holders_named_in_sentences_of_different_years_do_not_conflict(
    pair: Pair, left_when: str, right_when: str, conflicts: bool
) -> None:
    found = pair(
        f"White House Press Secretary Robert Gibbs said {left_when} that the bill would pass.",
        f"White House Press Secretary Jay Carney said {right_when} that the bill would pass.",
    )
    assert bool(office_conflicts(found)) is conflicts


def test_a_holder_in_a_sentence_dated_before_the_reports_own_year_is_past(pair: Pair) -> None:
    found = pair(
        "Indiana Gov. Mike Pence signed the law in 2015. The law was debated again in 2023. "
        "Lawmakers met in 2023 to repeal it.",
        "Indiana Gov. Eric Holcomb said on Thursday that he would not repeal the law.",
    )
    assert office_conflicts(found) == []


def test_a_name_after_the_office_that_starts_a_clause_does_not_hold_it(
    write_article: Write,
) -> None:
    doc = write_article(
        "Sidney Blumenthal sent the memos. The president Blumenthal worked for in the 1990s "
        "defended him."
    )
    (person,) = find_people(doc)
    assert person.offices == ()


def test_a_place_after_the_name_narrows_its_title(write_article: Write) -> None:
    doc = write_article("Gov. Eric Holcomb of Indiana said on Thursday that he would not sign.")
    (person,) = find_people(doc)
    assert [(o.label, o.qualifier) for o in person.offices] == [("Governor", "indiana")]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Mayor Ines Dalla of Orvio said on Thursday that the bridge would reopen.", "orvio"),
        ("Mayor Ines Dalla of Santa Orvio said the bridge would reopen.", "santa orvio"),
        ("The mayor of Škorvo Polje, Ines Dalla, said the bridge would reopen.", "skorvo polje"),
    ],
)
def test_a_city_the_gazetteer_does_not_know_is_the_place_of_its_mayor(
    write_article: Write, text: str, place: str
) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.label, o.qualifier) for o in person.offices] == [("Mayor", place)]


def test_a_mayor_of_a_party_after_the_name_has_no_place(write_article: Write) -> None:
    doc = write_article("Mayor Ines Dalla of the Green Party said the bridge would reopen.")
    (person,) = find_people(doc)
    assert [(o.label, o.qualifier) for o in person.offices] == [("Mayor", None)]


def test_one_name_spelt_two_ways_is_no_second_mayor(pair: Pair) -> None:
    found = pair(
        "The mayor of Orvio, Ines Dallas, said on Thursday that the bridge would reopen.",
        "Mayor Ines Dalla of Orvio said on Thursday that the bridge would reopen.",
    )
    assert office_conflicts(found) == []


def test_namesakes_holding_offices_in_different_places_are_two_people(
    write_article: Write,
) -> None:
    left = write_article("State Senator John Smith of Ohio introduced a bill on Monday.")
    right = write_article("John Smith, the police chief of Tulsa, retired on Monday.")
    table = name_table([left, right])
    assert [[a.article for a in row.appearances] for row in table.people] == [
        [left.name],
        [right.name],
    ]


def test_a_body_named_in_full_and_shortly_is_one_place_for_one_person(
    write_article: Write,
) -> None:
    """The Harwell Maritime Museum and the maritime museum may be one body: a given
    name spelled two ways beside it is one person, not two namesakes."""
    left = write_article(
        "The director of the Harwell Maritime Museum, Annika Lindqvist, said the ship would stay."
    )
    right = write_article(
        "Anneka Lindqvist, the head of the maritime museum, said the hull was sound."
    )
    (row,) = name_table([left, right]).people
    assert [a.article for a in row.appearances] == [left.name, right.name]


def test_a_surname_alone_in_one_report_is_the_person_another_names_in_full(
    write_article: Write,
) -> None:
    left = write_article("Chinese leader Xi Jinping sent an envoy to Kyiv on Friday.")
    right = write_article("Xi, who has not spoken to the president since the war began, wrote.")
    (row,) = name_table([left, right]).people
    assert [(a.article, a.names) for a in row.appearances] == [
        (left.name, ("Xi Jinping",)),
        (right.name, ("Xi",)),
    ]


def test_an_english_word_alone_is_not_confirmed_by_a_name_with_weak_evidence(
    write_article: Write,
) -> None:
    left = write_article("Ryan Medicare grew by a third.")
    right = write_article("Costs rose, and Medicare paid less.")
    table = name_table([left, right])
    assert [[a.article for a in row.appearances] for row in table.people] == [[left.name]]


def test_a_state_attorney_general_named_beside_the_federal_one_leaves_it_sole(
    write_article: Write,
) -> None:
    """Each article names one federal attorney general: they conflict, although one
    article also names the state attorney general in apposition."""
    left = write_article(
        "Attorney General Merrick Garland announced a federal inquiry on Wednesday. "
        "The state attorney general, Letitia James, filed a separate lawsuit."
    )
    right = write_article(
        "Attorney General Pam Bondi said the Justice Department would review the case."
    )
    disputes = name_table([left, right]).disputes
    assert [sorted(h.name for h in d.holders) for d in disputes] == [
        ["Merrick Garland", "Pam Bondi"]
    ]


@pytest.mark.parametrize(
    "apposition",
    [
        "The center's president, Cathi Herrod, said the measure was fair.",  # the center's
        "As the paper reported, the president, Dan T. Cathy, said the measure was fair.",
        # the council's president: the body after the second of two joined offices
        "Barry Broome, president and chief executive of the Greater Phoenix Economic "
        "Council, said the measure was fair.",
    ],
)
def test_an_organisations_president_in_apposition_is_not_the_countrys(
    write_article: Write, apposition: str
) -> None:
    left = write_article("President Barack Obama said on Friday that the bill was unfair.")
    right = write_article(apposition)
    assert name_table([left, right]).disputes == ()


APPOSED = "{name}, {office}, asked the court on Monday to appeal the ruling."


@pytest.mark.parametrize(
    ("left_office", "right_office", "title"),
    [
        ("the Michigan attorney general", "Michigan's attorney general", "Attorney General"),
        ("the Houston mayor", "the mayor of Houston", "Mayor"),
        ("the chief of police in Dallas", "Dallas's police chief", "Chief of Police"),
        ("the DEA administrator", "the director of the DEA", "DEA Administrator"),
        ("the FBI's director", "the FBI director", "FBI Director"),
        ("the FEMA chief", "the FEMA administrator", "FEMA Administrator"),
        (
            "the United States attorney for the District of Maryland",
            "the U.S. attorney for the District of Maryland",
            "U.S. Attorney",
        ),
        ("the Senate minority leader", "the Senate minority leader", "Senate Minority Leader"),
    ],
)
def test_offices_in_apposition_after_the_name_conflict_in_any_wording(
    pair: Pair, left_office: str, right_office: str, title: str
) -> None:
    found = pair(
        APPOSED.format(office=left_office, name="Marisol Okafor"),
        APPOSED.format(office=right_office, name="Dana Wrzesniewski"),
    )
    assert office_conflicts(found) == [(title, "Marisol Okafor", "Dana Wrzesniewski")]


@pytest.mark.parametrize(
    ("left_office", "right_office"),
    [
        ("the Michigan attorney general", "Ohio's attorney general"),
        ("the chief of police in Dallas", "the chief of police in Houston"),
        ("the FBI's director", "the CIA director"),
    ],
)
def test_offices_in_apposition_of_other_places_do_not_conflict(
    pair: Pair, left_office: str, right_office: str
) -> None:
    found = pair(
        APPOSED.format(office=left_office, name="Marisol Okafor"),
        APPOSED.format(office=right_office, name="Dana Wrzesniewski"),
    )
    assert office_conflicts(found) == []


def test_an_in_phrase_places_a_local_office_no_place_in_front_narrows(
    write_article: Write,
) -> None:
    doc = write_article(
        "Ana Ruiz, the chief of police in Dallas, spoke first. "
        "Ben Ode, the Texas governor in Austin, spoke next. "
        "Cy Lam, the president in Washington, spoke last."
    )
    offices = {p.key: p.mentions[0].offices for p in find_people(doc)}
    assert [(o.label, o.qualifier) for o in offices["ruiz"]] == [("Police Chief", "dallas")]
    assert [(o.label, o.qualifier) for o in offices["ode"]] == [("Governor", "texas")]
    assert [(o.label, o.qualifier) for o in offices["lam"]] == [("President", None)]


def test_a_state_after_an_attorney_general_is_the_states(write_article: Write) -> None:
    doc = write_article(
        "Attorney General Dana Nessel of Michigan sued on Monday. "
        "House Speaker Ama Owusu of California said nothing. "
        "DNI Kofi Mensah briefed the committee."
    )
    offices = {p.key: p.mentions[0].offices for p in find_people(doc)}
    assert [(o.label, o.qualifier) for o in offices["nessel"]] == [("Attorney General", "michigan")]
    assert [(o.label, o.qualifier) for o in offices["owusu"]] == [("Speaker of the House", None)]
    assert [o.label for o in offices["mensah"]] == ["Director of National Intelligence"]


@pytest.mark.parametrize(
    "ended",
    [
        "Marisol Okafor, the FBI director from 2013 to 2017,",
        "Marisol Okafor, the FBI director between 2013 and 2017,",
        "Marisol Okafor, FBI director at the time,",
        "Marisol Okafor, the FBI director at the time of the raid,",
    ],
)
def test_a_tenure_closed_after_the_office_is_past(pair: Pair, ended: str) -> None:
    found = pair(
        f"{ended} said the bureau was independent.",
        "Dana Wrzesniewski, the FBI director, said the bureau was independent.",
    )
    assert office_conflicts(found) == []


@pytest.mark.parametrize(
    ("text", "label", "current"),
    [
        ("Deputy FBI Director Noor Castellanos declined to comment.", "Deputy FBI Director", True),
        (
            "Assistant Secretary of State Ilse Varga flew to Manila on Monday.",
            "Assistant Foreign Minister",
            True,
        ),
        (
            "Associate Attorney General Bram Kovac signed the order.",
            "Associate Attorney General",
            True,
        ),
        (
            "Shadow Home Secretary Ruth Ansell called the plan a mistake.",
            "Shadow Interior Minister",
            True,
        ),
        (
            "Former Deputy Defense Secretary Olu Bankole, who left in 2020, agreed.",
            "Deputy Defense Minister",
            False,
        ),
    ],
)
def test_a_lower_rank_before_an_office_is_an_office_of_its_own(
    write_article: Write, text: str, label: str, current: bool
) -> None:
    """A deputy, assistant or shadow holder is not the holder of the office itself, now
    or ever: the office is the lower one, which several hold at a time."""
    (person,) = find_people(write_article(text))
    assert [(o.label, o.current, o.unique) for o in person.mentions[0].offices] == [
        (label, current, False)
    ]


@pytest.mark.parametrize(
    "rank", ["Deputy FBI Director", "Assistant Attorney General", "Deputy Secretary of State"]
)
def test_a_deputy_is_no_rival_of_the_holder(pair: Pair, rank: str) -> None:
    office = rank.split(" ", 1)[1]
    found = pair(
        REPORT.format(office=office, name="Marisol Okafor"),
        REPORT.format(office=rank, name="Dana Wrzesniewski"),
    )
    assert office_conflicts(found) == []


@pytest.mark.parametrize(
    ("wording", "label"),
    [
        ("U.S. Attorney General", "Attorney General"),
        ("United States Attorney General", "Attorney General"),
        ("US Attorney General", "Attorney General"),
        ("U.S. Attorney", "U.S. Attorney"),  # the shorter office stays itself
    ],
)
def test_the_national_attorney_general_is_not_a_us_attorney(
    write_article: Write, wording: str, label: str
) -> None:
    (person,) = find_people(write_article(f"{wording} Corinne Maldague has not commented."))
    assert [(o.label, o.country) for o in person.offices] == [(label, "US")]


@pytest.mark.parametrize(
    ("text", "name", "place"),
    [
        ("Baton Rouge Mayor Celeste Arnaud said the levee would hold.", "arnaud", "baton rouge"),
        ("Fort Worth Police Chief Ray Okafor said the road was closed.", "okafor", "fort worth"),
        (
            "Ilse Brandt, the mayor of Grand Rapids, said the vote was fair.",
            "brandt",
            "grand rapids",
        ),
        ("Police Chief Hal Benner of Tacoma said the cameras would stay.", "benner", "tacoma"),
        ("Mayor Rosa Ibarra of Fresno said the budget was balanced.", "ibarra", "fresno"),
    ],
)
def test_a_city_of_the_gazetteer_is_the_place_of_a_local_office(
    write_article: Write, text: str, name: str, place: str
) -> None:
    people = {p.key: p for p in find_people(write_article(text))}
    assert [(o.qualifier, o.unique) for o in people[name].offices] == [(place, True)]


@pytest.mark.parametrize(
    "text",
    [
        "San Bernardino said on Monday that the county would appeal.",
        "Officials said Corpus Christi would ration water, and Corpus Christi agreed.",
        "Las Cruces told the state it would not pay, Las Cruces said.",
    ],
)
def test_a_city_of_two_words_is_never_a_person(write_article: Write, text: str) -> None:
    assert find_people(write_article(text)) == ()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Elizabeth Warren said the bill was a giveaway.", "warren"),
        ("Rep. Sheila Jackson said she would vote against the bill.", "jackson"),
        ("Gov. Ann Lincoln of Nebraska said the bridge would reopen.", "lincoln"),
    ],
)
def test_a_city_of_one_word_is_still_a_surname(write_article: Write, text: str, name: str) -> None:
    assert [p.key for p in find_people(write_article(text))] == [name]


def test_police_chiefs_of_one_city_named_before_and_after_conflict(pair: Pair) -> None:
    found = pair(
        "Tacoma Police Chief Hal Benner said the cameras would stay.",
        "Police Chief Dora Vukovic of Tacoma said the cameras would stay.",
    )
    assert office_conflicts(found) == [("Police Chief", "Hal Benner", "Dora Vukovic")]


@pytest.mark.parametrize(
    ("text", "name", "current"),
    [
        ("The airport was named after President Ada Korhonen in 1998.", "korhonen", False),
        ("The bridge, renamed in honor of Texas Gov. Orla Quist, reopened.", "quist", False),
        ("A school named for Mayor Ivy Chen opened in the fall.", "chen", False),
        # the verb after the name, or the name's own namesake: the office is held now
        ("President Ada Korhonen named the new board on Monday.", "korhonen", True),
        ("Mayor Ivy Chen, named for her grandmother, said the school would open.", "chen", True),
    ],
)
def test_an_office_holder_something_is_named_after_held_it_in_the_past(
    write_article: Write, text: str, name: str, current: bool
) -> None:
    people = {p.key: p for p in find_people(write_article(text))}
    assert [o.current for o in people[name].mentions[0].offices] == [current]


@pytest.mark.parametrize(
    "ended",
    ["until March 2021", "until Jan. 20, 2021", "through December 2019"],
)
def test_a_tenure_closed_at_a_month_is_past(write_article: Write, ended: str) -> None:
    doc = write_article(f"Jorge Paz, the treasury secretary {ended}, did not attend.")
    (person,) = find_people(doc)
    assert [(o.label, o.current) for o in person.mentions[0].offices] == [
        ("Finance Minister", False)
    ]


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        ("The new bridge was opened by the city's mayor, Ilse Varga.", "Ilse Varga", "Mayor"),
        ("Charges were announced by the police chief, Omar Feld.", "Omar Feld", "Police Chief"),
        ("The appeal was filed by the state's governor, Ruth Amsel.", "Ruth Amsel", "Governor"),
    ],
)
def test_an_office_in_apposition_closed_by_the_sentence_end_is_held(
    write_article: Write, text: str, name: str, office: str
) -> None:
    people = find_people(write_article(text))
    (holder,) = [p for p in people if name.endswith(p.mentions[0].surname)]
    assert [o.label for m in holder.mentions for o in m.offices] == [office]


def test_a_list_after_an_office_closed_by_the_sentence_end_gives_no_office(
    write_article: Write,
) -> None:
    people = find_people(write_article("Prizes went to the mayor, Ilse Varga and Omar Feld."))
    assert [o for p in people for m in p.mentions for o in m.offices] == []


@pytest.mark.parametrize(
    "text",
    [
        "Paul Ferrante, the governor's husband, spoke at the opening on Friday.",
        "Lina Okoro, the Mayor's spokeswoman, declined to comment on the budget.",
        "Tomas Breuer, the chancellor's chief of staff, flew to Paris on Monday.",
    ],
)
def test_a_name_in_apposition_to_an_office_holders_kin_or_aide_holds_no_office(
    write_article: Write, text: str
) -> None:
    people = find_people(write_article(text))
    assert [o.label for p in people for m in p.mentions for o in m.offices] == []


def test_an_office_in_apposition_without_a_possessive_is_still_held(
    write_article: Write,
) -> None:
    people = find_people(write_article("Paul Ferrante, the governor, spoke on Friday."))
    assert [o.label for p in people for m in p.mentions for o in m.offices] == ["Governor"]


@pytest.mark.parametrize(
    "left",
    [
        "Oregon Secretary of State Tomas Ilvedson said on Monday that the state would appeal.",
        "Oregon's secretary of state, Tomas Ilvedson, said on Monday that it would appeal.",
        "Secretary of State Tomas Ilvedson of Oregon said on Monday that the state would appeal.",
    ],
)
def test_a_states_secretary_of_state_is_read_wherever_the_state_is_named(
    pair: Pair, left: str
) -> None:
    found = pair(left, "Oregon Secretary of State Wilma Achterberg said the state would appeal.")
    assert office_conflicts(found) == [("Secretary of State", "Tomas Ilvedson", "Wilma Achterberg")]


@pytest.mark.parametrize(
    ("left_office", "right_office"),
    [
        ("Oregon Secretary of State", "Secretary of State"),  # a state's and the federal one
        ("Oregon Secretary of State", "Nevada Secretary of State"),
        ("Oregon Secretary of State", "U.S. Secretary of State"),
    ],
)
def test_a_states_secretary_of_state_is_no_rival_of_the_federal_one_or_another_states(
    pair: Pair, left_office: str, right_office: str
) -> None:
    found = pair(
        REPORT.format(office=left_office, name="Tomas Ilvedson"),
        REPORT.format(office=right_office, name="Wilma Achterberg"),
    )
    assert office_conflicts(found) == []


def test_a_states_secretary_of_state_is_not_the_foreign_minister(write_article: Write) -> None:
    doc = write_article("Nevada Secretary of State Tomas Ilvedson certified the count.")
    (person,) = find_people(doc)
    assert [(o.label, o.title, o.qualifier) for o in person.offices] == [
        ("Secretary of State", "Secretary of State", "nevada")
    ]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Tourism Minister Ilse Brandvold opened the fair on Monday.", ("Tourism Minister", None)),
        (
            "Norway's railways minister, Ilse Brandvold, opened the fair.",
            ("Railways Minister", "NO"),
        ),
        ("Indian Mining Minister Ilse Brandvold opened the fair.", ("Mining Minister", "IN")),
        (
            "The reunification minister, Ilse Brandvold, opened the fair.",
            ("Reunification Minister", None),
        ),
    ],
)
def test_a_portfolio_in_front_of_minister_is_one_office_of_one_country(
    write_article: Write, text: str, office: tuple[str, str | None]
) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.title, o.country, o.unique, o.qualifier) for o in person.offices] == [
        (*office, True, None)
    ]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("Fisheries Minister Ilse Brandvold opened the fair.", "Fisheries Minister"),
        ("Armed Forces Minister Ilse Brandvold opened the fair.", "Armed Forces Minister"),
        (
            "The social affairs minister, Ilse Brandvold, opened the fair.",
            "Social Affairs Minister",
        ),
        ("Ilse Brandvold, the minister of culture, opened the fair.", "Culture Minister"),
        (
            "Ilse Brandvold, Minister of Fisheries and Oceans, opened the fair.",
            "Fisheries and Oceans Minister",
        ),
    ],
)
def test_portfolios_of_rarer_nouns_of_two_words_and_after_of(
    write_article: Write, text: str, office: str
) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.title, o.unique, o.qualifier) for o in person.offices] == [(office, True, None)]


def test_a_word_saying_which_holder_is_no_part_of_the_portfolio(write_article: Write) -> None:
    (person,) = find_people(write_article("New Tourism Minister Ilse Brandvold opened the fair."))
    assert [o.title for o in person.offices] == ["Tourism Minister"]


def test_a_portfolio_said_after_served_as_is_past(write_article: Write) -> None:
    (person,) = find_people(
        write_article("Ilse Brandvold served as fisheries minister from 1995 to 1999.")
    )
    assert [(o.title, o.current) for m in person.mentions for o in m.offices] == [
        ("Fisheries Minister", False)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cabinet Minister Ilse Brandvold opened the fair on Monday.",
        "Junior minister Ilse Brandvold opened the fair on Monday.",
        "The minister, Ilse Brandvold, opened the fair on Monday.",
    ],
)
def test_a_rank_or_a_body_in_front_of_minister_is_no_portfolio(
    write_article: Write, text: str
) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.label, o.unique) for o in person.offices] == [("Minister", False)]


def test_a_former_portfolio_minister_is_past(write_article: Write) -> None:
    (person,) = find_people(write_article("Former tourism minister Ilse Brandvold spoke."))
    assert [(o.title, o.current) for o in person.offices] == []
    assert [(o.title, o.current) for m in person.mentions for o in m.offices] == [
        ("Tourism Minister", False)
    ]


def test_two_holders_of_one_portfolio_conflict(pair: Pair) -> None:
    found = pair(
        "Tourism Minister Ilse Brandvold opened the fair on Monday.",
        "Tourism Minister Marit Oksendal opened the fair on Monday.",
    )
    assert office_conflicts(found) == [("Tourism Minister", "Ilse Brandvold", "Marit Oksendal")]


def test_an_office_a_name_became_is_held_now(write_article: Write) -> None:
    doc = write_article("Ilse Brandvold became chief executive of Merrow Freight on Monday.")
    (person,) = find_people(doc)
    assert [(o.label, o.qualifier, o.current) for o in person.offices] == [
        ("Chief Executive", "merrow freight", True)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Brandvold is chief executive of Merrow Freight.",
        "Ilse Brandvold will remain chief executive of Merrow Freight after the vote.",
        "Ilse Brandvold remains chief executive of Merrow Freight.",
        "Ilse Brandvold has been chief executive of Merrow Freight since 2019.",
    ],
)
def test_an_office_a_name_holds_or_keeps_is_held_now(write_article: Write, text: str) -> None:
    (person,) = find_people(write_article(text))
    assert [(o.label, o.qualifier, o.current) for o in person.offices] == [
        ("Chief Executive", "merrow freight", True)
    ]


def test_the_opposition_leader_is_one_office_of_a_country(pair: Pair) -> None:
    found = pair(
        "Opposition leader Ilse Brandvold said the ruling was a victory.",
        "Opposition leader Marit Oksendal said the ruling was a victory.",
    )
    assert office_conflicts(found) == [("Opposition Leader", "Ilse Brandvold", "Marit Oksendal")]


def test_two_city_attorneys_of_one_city_conflict_and_of_two_cities_do_not(pair: Pair) -> None:
    same = pair(
        REPORT.format(office="Tulsa City Attorney", name="Ilse Brandvold"),
        REPORT.format(office="Tulsa City Attorney", name="Marit Oksendal"),
    )
    assert office_conflicts(same) == [("City Attorney", "Ilse Brandvold", "Marit Oksendal")]
    other = pair(
        REPORT.format(office="Tulsa City Attorney", name="Ilse Brandvold"),
        REPORT.format(office="Omaha City Attorney", name="Marit Oksendal"),
    )
    assert office_conflicts(other) == []


def test_the_new_holder_of_an_office_in_apposition_holds_it_now(write_article: Write) -> None:
    doc = write_article("Ilse Brandvold, the new chief executive of Merrow Freight, spoke.")
    (person,) = find_people(doc)
    assert [(o.label, o.qualifier, o.current) for o in person.offices] == [
        ("Chief Executive", "merrow freight", True)
    ]


def test_a_governor_without_a_place_takes_the_state_of_the_offices_before_it(
    write_article: Write,
) -> None:
    doc = write_article(
        "Utah Lt. Gov. Ilse Brandvold will lead the plan, Gov. Marit Oksendal said on Monday."
    )
    offices = {p.key: [(o.label, o.qualifier) for o in p.offices] for p in find_people(doc)}
    assert offices["oksendal"] == [("Governor", "utah")]


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Marit Oksendal criticized the Utah plan on Monday.",  # no office of Utah
        "Gov. Marit Oksendal said Utah's attorney general would sue.",  # after the governor
        "Utah Lt. Gov. Ilse Brandvold and Idaho Sen. Tom Hale met Gov. Marit Oksendal.",
    ],
)
def test_a_governor_takes_no_state_a_sentence_names_otherwise(
    write_article: Write, text: str
) -> None:
    offices = {
        p.key: [(o.label, o.qualifier) for o in p.offices] for p in find_people(write_article(text))
    }
    assert offices["oksendal"] == [("Governor", None)]


def test_an_office_given_after_the_name_of_someone_late_is_past(write_article: Write) -> None:
    doc = write_article(
        "The city honored the late Ilse Brandvold, who was elected mayor in 1961. "
        "Marit Oksendal, who was elected mayor in 2023, spoke."
    )
    held = {
        p.key: [(o.label, o.current) for m in p.mentions for o in m.offices]
        for p in find_people(doc)
    }
    assert held == {"brandvold": [("Mayor", False)], "oksendal": [("Mayor", True)]}


def test_a_states_office_in_apposition_before_the_name_reads_the_state_after_it(
    write_article: Write,
) -> None:
    doc = write_article("The secretary of state of Oregon, Tomas Ilvedson, certified the count.")
    (person,) = find_people(doc)
    assert [(o.label, o.qualifier) for o in person.offices] == [("Secretary of State", "oregon")]


def _offices_of(write_article: Write, text: str) -> dict[str, list[tuple[str, str, str | None]]]:
    """Each person by their first mention -> their offices (label, title, country)."""
    article = write_article(text)
    return {
        article.text[p.mentions[0].start : p.mentions[0].end]: [
            (o.label, o.title, o.country) for m in p.mentions for o in m.offices
        ]
        for p in find_people(article)
    }


def test_a_governor_of_a_named_bank_is_the_central_bank_governor(write_article: Write) -> None:
    found = _offices_of(
        write_article,
        "The governor of the Central Bank of Kenya, Wanjiru Otieno, cut rates on Monday. "
        "Reserve Bank Governor Pieter Swanepoel held them. The governor of "
        "Ohio, Dana Whitcombe, said nothing. The chief of Halden Bank, Ann Vasquez, said "
        "profits rose.",
    )
    assert found == {
        "Wanjiru Otieno": [("Central Bank Governor", "Central Bank Governor", "KE")],
        "Pieter Swanepoel": [("Central Bank Governor", "Central Bank Governor", None)],
        "Dana Whitcombe": [("Governor", "Governor", None)],
        "Ann Vasquez": [("Head", "Chief", None)],  # a bank's head, no central bank's
    }


def test_central_bank_governors_of_one_country_conflict_and_of_two_do_not(pair: Pair) -> None:
    left = "The governor of the Central Bank of Kenya, Wanjiru Otieno, cut rates on Monday."
    same = "Kenya's central bank governor, Samuel Kiprono, cut rates on Monday."
    other = "Ghana's central bank governor, Samuel Kiprono, cut rates on Monday."
    assert office_conflicts(pair(left, same)) == [
        ("Central Bank Governor", "Wanjiru Otieno", "Samuel Kiprono")
    ]
    assert office_conflicts(pair(left, other)) == []


def test_a_speaker_abroad_is_titled_in_its_own_terms(write_article: Write) -> None:
    found = _offices_of(
        write_article,
        "The Speaker of the National Assembly, Thandiwe Ndlovu, adjourned the sitting. "
        "The Riigikogu speaker, Kadri Saar, agreed. Speaker Wendell Marsh of the Ohio House "
        "said no. House Speaker Dana Whitcombe said nothing.",
    )
    assert [title for offices in found.values() for _, title, _ in offices] == [
        "Speaker",
        "Speaker",
        "Speaker of the House",
        "Speaker of the House",
    ]


def test_a_chief_constable_heads_a_police_force_of_one_place(pair: Pair) -> None:
    left = "The chief constable of Dorset, Helena Marsh, said the roads were closed on Monday."
    same = "Dorset Chief Constable Owen Pryce said the roads were closed on Monday."
    other = "The chief constable of Kent, Owen Pryce, said the roads were closed on Monday."
    assert office_conflicts(pair(left, same)) == [("Chief Constable", "Helena Marsh", "Owen Pryce")]
    assert office_conflicts(pair(left, other)) == []


def test_a_possessive_place_of_two_words_owns_the_office_in_apposition(
    write_article: Write,
) -> None:
    article = write_article(
        "New Hampshire's treasurer, Ruth Abney, said the fund was safe. New Hampshire's "
        "comptroller, Owen Pryce, agreed."
    )
    places = [o.qualifier for p in find_people(article) for m in p.mentions for o in m.offices]
    assert places == ["new hampshire", "new hampshire"]  # not "hampshire"


@pytest.mark.parametrize("lead", ["who is also", "also"])
def test_an_office_held_too_is_held_now(write_article: Write, lead: str) -> None:
    doc = write_article(f"Oskar Vrabel, {lead} mayor of Ostrava, praised the builders.")
    (person,) = find_people(doc)
    offices = {(o.label, o.qualifier, o.current) for m in person.mentions for o in m.offices}
    assert offices == {("Mayor", "ostrava", True)}
