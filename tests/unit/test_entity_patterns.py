"""Entity swaps the typed source (entity_typed.py) once refused to propose: two names of
one pattern (entity_variants.py), two names after "from", a name given as a noun before
it ("the island of X" / "X island"), a sentence's first word in an inflected form, and
a clause of attribution after the name ("..., the ministry said")."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.entity_slots import _inflected_word
from tui.engine.findings.contradiction.entity_typed import _telling
from tui.engine.findings.contradiction.entity_variants import variant_runs
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> tuple[Word, ...]:
    return sentence_words(Sentence(0, 0, len(text), text))


def _entities(left: str, right: str) -> list[str]:
    return [c.message for c in conflicts(left, right) if c.type == "entity"]


def test_two_names_of_one_pattern_are_a_swap() -> None:
    left = "The Ardley Brass Band won the regional contest in Tolworth on Sunday."
    right = "On Sunday the regional contest in Tolworth was won by the Morvale Brass Band."
    assert only(left, right, "entity") == ("Ardley Brass Band", "Morvale Brass Band")


def test_two_names_of_one_pattern_with_the_head_first_are_a_swap() -> None:
    left = "The wedding party stayed at the Hotel Castellana in Sorrento last week."
    right = "Last week the wedding party stayed in Sorrento at the Hotel Paradiso."
    assert only(left, right, "entity") == ("Hotel Castellana", "Hotel Paradiso")


def test_one_name_written_shorter_is_no_variant() -> None:
    left = _words("The Ardley Brass Band won the contest.")
    right = _words("The Brass Band from Ardley won the contest.")
    assert variant_runs(left, [(1, 3)], right, [(1, 2), (5, 5)]) == []


def test_people_of_one_surname_are_no_variants() -> None:
    left = _words("The prize went to Maria Lund on Sunday.")
    right = _words("On Sunday the prize went to Ingrid Lund.")
    assert variant_runs(left, [(4, 5)], right, [(6, 7)]) == []


def test_two_names_after_from_are_a_swap() -> None:
    left = "A rose bred by a retired teacher from Polwenna won the top prize at the show."
    right = "The top prize at the show went to a rose bred by a retired teacher from Carnsew."
    assert only(left, right, "entity") == ("Polwenna", "Carnsew")


def test_a_name_from_one_place_and_to_another_is_no_swap() -> None:
    left = "The convoy drove across the ice from Kelvik to the mine on Thursday."
    right = "On Thursday the convoy drove across the ice to Ostnes from the mine."
    assert _entities(left, right) == []


def test_a_noun_before_the_name_gives_its_kind() -> None:
    left = "Wardens counted 300 nesting terns on the island of Ronsay this summer."
    right = "This summer wardens counted 300 nesting terns on Fladda island."
    assert only(left, right, "entity") == ("Ronsay", "Fladda")


def test_an_inflected_first_word_is_no_name() -> None:
    assert _inflected_word("glaziers")
    assert _inflected_word("inquiries")
    assert _inflected_word("costing")
    assert not _inflected_word("siemens")
    assert not _inflected_word("reuters")


def test_a_first_word_in_an_inflected_form_does_not_hide_the_swap() -> None:
    left = "Roofers from Castlebay have been hired to repair the storm-damaged church roof."
    right = "The storm-damaged church roof is being repaired by roofers from Northton."
    assert only(left, right, "entity") == ("Castlebay", "Northton")


def test_a_clause_of_attribution_does_not_make_the_name_a_teller() -> None:
    words = _words("The contract went to Norvik Marine, the ministry said.")
    assert not _telling(words, (4, 5))
    assert _telling(_words("Norvik Marine said the contract was signed."), (0, 1))


def test_a_swap_before_a_clause_of_attribution_is_found() -> None:
    left = "The contract to dredge the harbour went to Tallis Dredging, the port authority said."
    right = "The port authority said it had awarded Brenmoor Marine Services the harbour contract."
    assert only(left, right, "entity") == ("Tallis Dredging", "Brenmoor Marine Services")


def test_a_word_of_a_name_the_other_side_uses_as_a_common_word_does_not_name_it() -> None:
    left = "The contract to dredge the harbour went to Tallis Dredging, the port authority said."
    right = "The port authority said it had awarded Brenmoor Marine Services the dredging contract."
    assert only(left, right, "entity") == ("Tallis Dredging", "Brenmoor Marine Services")


def test_a_name_the_other_side_gives_in_full_is_named() -> None:
    left = "The contract to dredge the harbour went to Tallis Dredging, the port authority said."
    right = "The port authority said Tallis Dredging had won the contract to dredge the harbour."
    assert _entities(left, right) == []


def test_the_would_of_reported_speech_is_no_modality() -> None:
    left = "Next year's folk festival will be held in Ballindra, the organisers said."
    right = "The organisers said Carrowmore would host next year's folk festival."
    assert only(left, right, "entity") == ("Ballindra", "Carrowmore")


def test_a_would_no_verb_of_saying_reports_stays_a_modality() -> None:
    left = "Next year's folk festival will be held in Ballindra."
    right = "Next year's folk festival would be held in Carrowmore if the council agreed."
    assert _entities(left, right) == []


def test_two_boats_given_by_their_kind_are_a_swap() -> None:
    left = "The lobster boat Curlew capsized off Fanad Head on Monday; both crew were saved."
    right = "Both crew were saved when the lobster boat Petrel capsized off Fanad Head on Monday."
    assert only(left, right, "entity") == ("Curlew", "Petrel")


def test_names_that_share_a_surname_like_word_are_no_variants() -> None:
    left = _words("The prize went to Kofo Mizufelo on Sunday.")
    right = _words("On Sunday the prize went to Gadute Mizufelo.")
    assert variant_runs(left, [(4, 5)], right, [(6, 7)]) == []


def test_names_that_share_a_word_at_other_ends_are_no_variants() -> None:
    left = _words("The prize went to the Valdor Choir on Sunday.")
    right = _words("On Sunday the prize went to the Choir of Valdesse.")
    assert variant_runs(left, [(5, 6)], right, [(7, 9)]) == []
