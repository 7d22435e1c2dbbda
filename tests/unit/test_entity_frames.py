"""Names tied by one frame (entity_typed._one_frame): two names of no known type (or of
one type, or both of where a thing is) in one slot, the same noun they are given as or
a preposition of one sense of place, and an owner read apart from the name it owns."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.entity_typed import _one_frame
from tui.engine.findings.contradiction.entity_types import distinct_indexes, distinct_words
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> tuple[Word, ...]:
    return sentence_words(Sentence(0, 0, len(text), text))


def _entities(left: str, right: str) -> list[str]:
    return [c.message for c in conflicts(left, right) if c.type == "entity"]


def test_two_untyped_names_after_one_preposition_of_place_are_a_swap() -> None:
    left = "The puffin colony on Halsey has grown by a third since 2012."
    right = "Since 2012 the puffin colony on Brannock has grown by a third."
    assert only(left, right, "entity") == ("Halsey", "Brannock")


def test_two_names_given_as_one_noun_are_a_swap() -> None:
    left = "Beavers have been released in the lower Ystrad valley to slow the floods."
    right = "To slow the floods, beavers were let go in the remote Carreg valley."
    assert only(left, right, "entity") == ("Ystrad", "Carreg")


def test_an_owned_name_takes_the_preposition_before_its_owner() -> None:
    left = "The choir will sing at the Merriton Theatre in Ashby on 4 April."
    right = "On 4 April the choir will sing in Ashby's Grainger Theatre."
    assert only(left, right, "entity") == ("Merriton Theatre", "Grainger Theatre")


def test_one_name_with_and_without_its_owner_is_no_swap() -> None:
    left = "The choir will sing at the Grainger Theatre in Ashby on 4 April."
    right = "On 4 April the choir will sing in Ashby's Grainger Theatre."
    assert _entities(left, right) == []


def test_names_in_one_frame_told_by_other_claims_are_no_swap() -> None:
    left = "The puffin colony on Halsey has grown by a third since 2012."
    right = "A ferry to Brannock was cancelled on Monday because of the storm."
    assert _entities(left, right) == []


def test_people_in_one_frame_are_left_to_the_people_findings() -> None:
    left = _words("All eyes at the festival were on Maria Lund.")
    right = _words("At the festival all eyes were on Ingrid Sollie.")
    assert not _one_frame(left, (7, 8), right, (7, 8))
    places = _words("All eyes at the festival were on Lundholm.")
    assert _one_frame(places, (7, 7), _words("At the festival all eyes were on Sollvik."), (7, 7))


def test_a_wordnet_head_word_does_not_tell_a_name_apart() -> None:
    words = _words("It was bought by the Kelmark Science Museum on Thursday.")
    assert [w.text for w in distinct_words(words, (4, 6))] == ["Kelmark", "Science"]
    hospital = _words("She was taken to St Aidan's Hospital.")
    assert distinct_indexes(hospital, (4, 6)) == [4, 5]
