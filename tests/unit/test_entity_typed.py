"""Typed swaps (entity_typed.py, entity_types.py): the one name each side gives that the
other never names, both of one type, in sentences that otherwise say the same, though a
rewrite moved each to another role."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import sentence_pair
from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.entity_typed import may_name_apart
from tui.engine.findings.contradiction.entity_types import name_type
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> tuple[Word, ...]:
    return sentence_words(Sentence(0, 0, len(text), text))


def _run(words: tuple[Word, ...], name: str) -> tuple[int, int]:
    parts = name.split()
    k = next(k for k, w in enumerate(words) if w.text == parts[0])
    return k, k + len(parts) - 1


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("The title went to Larkfield Polytechnic.", "Larkfield Polytechnic", "school"),
        ("Papers went to the University of Omberley.", "University of Omberley", "school"),
        ("He has joined Stavely FC on loan.", "Stavely FC", "club"),
        ("Divers searched the River Tolley at dawn.", "River Tolley", "river"),
        ("Divers searched the Tolley river at dawn.", "Tolley", "river"),
        ("It struck the mining town of Quarrel.", "Quarrel", "place town"),
        ("The order went to the shipbuilding firm Vasko.", "Vasko", "company"),
        ("A Gdansk-based crew won.", "Gdansk-based", "place"),
        ("The Harbour Safety Authority is looking into it.", "Harbour Safety Authority", "body"),
        ("The order went to Vasko.", "Vasko", None),
        ("Snow cut off the upper Ostrel valley.", "Ostrel", "land"),
        ("Snow cut off the Ostrel gorges.", "Ostrel", "land"),
        ("A shaft collapsed at the Dravec mine.", "Dravec", "site"),
        ("The Tovik brewery has closed.", "Tovik", "site"),
        ("The Arnholt orchestra has cancelled.", "Arnholt", "organisation"),
        ("The Tovik idea has gone.", "Tovik", None),
    ],
)
def test_a_name_is_typed_by_its_head_word_or_the_noun_it_is_given_as(
    text: str, name: str, expected: str | None
) -> None:
    words = _words(text)
    assert name_type(words, _run(words, name)) == expected


def test_a_bare_head_word_is_no_typed_name() -> None:
    words = _words("The Authority is looking into it.")
    assert name_type(words, _run(words, "Authority")) is None


def _pair(left: str, right: str) -> SentencePair:
    return sentence_pair(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "A team from Larkfield College took the national chess title on Friday.",
            "The national chess title was won on Friday by a team from Dunsby Polytechnic.",
        ),
        (
            "The contract to resurface the ring road was awarded to Harwick Engineering.",
            "Colby Systems will resurface the ring road after winning the contract.",
        ),
        (
            "A Belize-flagged trawler sank off the cape on Monday.",
            "A trawler flying the Honduran flag sank off the cape on Monday.",
        ),
    ],
)
def test_a_swap_passes_the_quick_test_of_a_new_name_word_on_each_side(
    left: str, right: str
) -> None:
    assert may_name_apart(_pair(left, right))
    assert only(left, right, "entity")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # every capitalised word of each side stands on the other (one reordered)
            "Staff of Larkfield College met Dunsby Polytechnic on Friday.",
            "On Friday Dunsby Polytechnic hosted staff of Larkfield College.",
        ),
        (  # a possessive and a hyphenated word have the bare form of the name
            "The Corran team won the cup in Kelby.",
            "Corran's team won the Kelby-based cup.",
        ),
        (  # a new name on one side only
            "The ferry left the harbour at noon.",
            "The ferry left Tolley harbour at noon.",
        ),
    ],
)
def test_sentences_without_a_new_name_word_on_each_side_fail_the_quick_test(
    left: str, right: str
) -> None:
    assert not may_name_apart(_pair(left, right))
    assert not may_name_apart(_pair(right, left))


def test_two_schools_in_two_roles_are_a_swap() -> None:
    left = "A team from Larkfield College took the national chess title on Friday."
    right = "The national chess title was won on Friday by a team from Dunsby Polytechnic."
    assert only(left, right, "entity") == ("Larkfield College", "Dunsby Polytechnic")


def test_two_companies_given_the_contract_in_two_voices_are_a_swap() -> None:
    left = "The contract to resurface the ring road was awarded to Harwick Engineering."
    right = "Colby Systems will resurface the ring road after winning the contract."
    assert only(left, right, "entity") == ("Harwick Engineering", "Colby Systems")


def test_a_country_flag_and_a_nationality_flag_are_a_swap() -> None:
    left = "A Belize-flagged trawler sank off the cape on Monday with twelve crew aboard."
    right = (
        "A trawler flying the Honduran flag sank off the cape on Monday with twelve crew aboard."
    )
    assert only(left, right, "entity") == ("Belize-flagged", "Honduran")


def test_the_other_team_of_the_match_is_no_swap() -> None:
    left = "Larkfield College beat Dunsby Polytechnic in the national chess final on Friday."
    right = "On Friday Dunsby Polytechnic lost the national chess final to Larkfield College."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_a_side_that_names_a_second_new_thing_is_no_swap() -> None:
    left = "The contract to resurface the ring road went to Harwick Engineering, Reuters reported."
    right = "The contract to resurface the ring road went to Colby Systems."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_two_bodies_that_said_it_are_two_sources_not_a_swap() -> None:
    left = "The ring road will be closed for a month, the Highways Agency said."
    right = "The Transport Authority said the ring road would be closed for a month."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_names_of_two_types_are_no_swap() -> None:
    left = "The ring road contract was awarded to Harwick Engineering on Monday."
    right = "On Monday Colby College was awarded the ring road contract."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_two_unknown_names_where_one_event_happens_are_a_swap() -> None:
    left = "The trade ministers of the region will meet in Varnholt next week to discuss tariffs."
    right = "Next week the region's trade ministers gather in Skellow to discuss tariffs."
    assert only(left, right, "entity") == ("Varnholt", "Skellow")


def test_two_unknown_names_in_two_roles_are_no_swap() -> None:
    left = "The trade ministers of the region flew from Varnholt next week to discuss tariffs."
    right = "Next week the region's trade ministers gather in Skellow to discuss tariffs."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_a_nation_that_leads_and_a_place_where_it_happened_are_no_swap() -> None:
    left = "A French-led patrol intercepted the smugglers' boat before dawn."
    right = "Before dawn a patrol intercepted the smugglers' boat off Spain."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_the_host_of_an_event_and_where_it_is_held_are_a_swap() -> None:
    left = "The national chess finals will be staged in Morvenna next spring, the federation said."
    right = "The federation said Quillan will host next spring's national chess finals."
    assert only(left, right, "entity") == ("Morvenna", "Quillan")


def test_two_unknown_names_near_where_one_event_happened_are_a_swap() -> None:
    left = "A tanker lorry overturned outside Belstow on the coast road early on Sunday."
    right = "Early on Sunday a tanker lorry overturned on the coast road near Cardwick."
    assert only(left, right, "entity") == ("Belstow", "Cardwick")


def test_a_name_in_a_place_and_a_name_near_one_are_no_swap() -> None:
    left = "A tanker lorry overturned in Belstow on the coast road early on Sunday."
    right = "Early on Sunday a tanker lorry overturned on the coast road near Cardwick."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_a_host_and_a_name_of_another_role_are_no_swap() -> None:
    left = "The national chess finals will be staged by Morvenna next spring, the federation said."
    right = "The federation said Quillan will host next spring's national chess finals."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []


def test_two_names_given_as_nouns_of_one_wordnet_class_are_a_swap() -> None:
    left = "Rescue teams reached four hamlets in the remote Ostrel valley after the avalanche."
    right = "After the avalanche, rescuers got through to four hamlets in the remote Varnik valley."
    assert only(left, right, "entity") == ("Ostrel", "Varnik")


def test_two_sites_in_two_voices_are_a_swap() -> None:
    left = "The Tovik brewery has bought the old malt house for 3 million euros."
    right = "The old malt house was sold for 3 million euros to the Hallin brewery."
    assert only(left, right, "entity") == ("Tovik", "Hallin")


@pytest.mark.parametrize("noun", ["mine", "river", "company"])
def test_where_a_movement_starts_and_where_it_ends_are_no_swap(noun: str) -> None:
    left = f"Workers from the Tovik {noun} marched to the town hall on Sunday."
    right = f"Workers marched on Sunday from the town hall to the Hallin {noun}."
    assert [c.type for c in conflicts(left, right) if c.type == "entity"] == []
