"""Public bodies named by their kind in lower case (entity_bodies.py)."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.adjective_senses import same_adjective_sense
from tui.engine.findings.contradiction.entity_bodies import bodies, body_heads, may_name_bodies
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def _bodies(text: str) -> list[str]:
    words = sentence_words(Sentence(0, 0, len(text), text))
    return [" ".join(w.text for w in words[b.first : b.last + 1]) for b in bodies(words)]


def _entities(left: str, right: str) -> list[str]:
    return [c.type for c in conflicts(left, right) if c.type == "entity"]


def test_the_wordnet_table_holds_heads_of_public_bodies_not_other_senses() -> None:
    heads = body_heads()
    assert {"ministry", "agency", "police", "council", "tribunal", "authority"} <= heads
    assert heads.isdisjoint({"payroll", "jury", "palace", "state", "staff", "who"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The foreign ministry summoned the envoy.", ["foreign ministry"]),
        (
            "Police and the coastal rescue agency searched the bay.",
            ["Police", "coastal rescue agency"],
        ),
        ("The Ministry of Fisheries closed the bay.", ["Ministry of Fisheries"]),
        ("Dorva's harbour council met on Monday.", ["harbour council"]),
        ("The harbour council's report was published.", ["harbour council's"]),
    ],
)
def test_a_body_is_its_head_and_the_words_that_say_which(text: str, expected: list[str]) -> None:
    assert _bodies(text) == expected


def test_two_ministries_in_lower_case_are_a_swap() -> None:
    left = "The health ministry has banned the sale of the cough syrup after two children fell ill."
    right = "After two children fell ill, the trade ministry banned sales of the cough syrup."
    assert only(left, right, "entity") == ("health ministry", "trade ministry")


def test_a_named_ministry_and_a_lower_case_one_are_a_swap() -> None:
    left = "The ferry operator was fined by the Ministry of Transport for overloading its boats."
    right = "The maritime authority fined the ferry operator for overloading its boats."
    assert only(left, right, "entity") == ("Ministry of Transport", "maritime authority")


def test_police_and_a_named_agency_in_lower_case_are_a_swap() -> None:
    left = "Police are investigating the theft of fuel from the Kelby depot."
    right = "The national fraud agency is investigating how fuel was stolen from the Kelby depot."
    assert only(left, right, "entity") == ("Police", "national fraud agency")


def test_one_body_named_more_fully_is_no_swap() -> None:
    left = "The ministry banned the sale of the cough syrup after two children fell ill."
    right = "After two children fell ill, the health ministry banned sales of the cough syrup."
    assert _entities(left, right) == []


def test_two_bodies_named_by_their_kind_alone_are_no_swap() -> None:
    left = "The agency banned the sale of the cough syrup after two children fell ill."
    right = "After two children fell ill, the ministry banned sales of the cough syrup."
    assert _entities(left, right) == []


def test_two_bodies_that_tell_it_are_two_sources_not_a_swap() -> None:
    left = "The cough syrup will be taken off the shelves, the health ministry said."
    right = "The medicines agency said the cough syrup would be taken off the shelves."
    assert _entities(left, right) == []


def test_a_side_naming_a_second_body_the_other_lacks_is_no_swap() -> None:
    left = "The health ministry and the police banned the sale of the cough syrup."
    right = "The trade ministry banned the sale of the cough syrup."
    assert _entities(left, right) == []


def test_bodies_in_sentences_that_say_other_things_are_no_swap() -> None:
    left = "The health ministry banned the sale of the cough syrup on Monday."
    right = "The trade ministry will review import tariffs on medical equipment next year."
    assert _entities(left, right) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The agencies linking the two ports met on Monday.", []),
        ("Police officials closed the bridge on Monday.", []),
        ("The Transport Department Inspector General resigned.", []),
        ("The harbour board closed the bridge.", ["harbour board"]),
    ],
)
def test_no_body_in_a_plural_a_qualifier_or_after_a_verb(text: str, expected: list[str]) -> None:
    assert _bodies(text) == expected


def test_two_names_wordnet_gives_one_court_are_no_swap() -> None:
    left = "The island's supreme court will rule on the fishing ban next month."
    right = "Next month the island's high court will rule on the fishing ban."
    assert _entities(left, right) == []


def test_a_court_and_a_kind_of_it_are_no_swap() -> None:
    left = "The Fifth Circuit Court of Appeals upheld the fishing ban on Monday."
    right = "A federal appeals court upheld the fishing ban on Monday."
    assert _entities(left, right) == []


def test_two_courts_wordnet_tells_apart_are_a_swap() -> None:
    left = "The fishing ban was upheld on Monday by the island's family court."
    right = "The island's criminal court upheld the fishing ban on Monday."
    assert only(left, right, "entity") == ("family court", "criminal court")


def test_bodies_told_apart_by_opposite_words_are_left_to_the_opposites() -> None:
    left = "The ferry operator was fined by the senior council for overloading its boats."
    right = "The ferry operator was fined by the junior council for overloading its boats."
    assert _entities(left, right) == []


def test_bodies_told_apart_by_adjectives_of_one_sense_are_one_body() -> None:
    left = "The archive will move into the former customs office on the quay next spring."
    right = "Next spring the archive will move into the old customs office on the quay."
    assert _entities(left, right) == []


def test_bodies_told_apart_by_adjectives_of_other_senses_are_a_swap() -> None:
    left = "The ferry operator was fined by the foreign ministry for overloading its boats."
    right = "The ferry operator was fined by the interior ministry for overloading its boats."
    assert only(left, right, "entity") == ("foreign ministry", "interior ministry")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("old", "former", True),  # one synset, in old's fifth sense
        ("main", "central", True),  # two satellites of one head
        ("big", "large", True),
        ("interior", "home", True),
        ("public", "private", False),  # antonyms never share a cluster
        ("foreign", "interior", False),
        ("new", "old", False),
    ],
)
def test_adjectives_share_a_sense_by_their_wordnet_clusters(a: str, b: str, same: bool) -> None:
    assert same_adjective_sense(a, b) is same


def test_the_quick_test_asks_for_a_body_word_on_each_side() -> None:
    with_body = Sentence(0, 0, 28, "The council's plan was read.")
    without = Sentence(0, 0, 24, "The plan was read aloud.")
    assert may_name_bodies(with_body, with_body)
    assert not may_name_bodies(with_body, without)
