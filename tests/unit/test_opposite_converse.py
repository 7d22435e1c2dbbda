"""opposite_converse.py: converse verbs ("bought" / "sold") are opposite only when the
same party is their subject on both sides."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.opposite_converse import subject
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence


def _subject(text: str, verb: str) -> set[str]:
    words = sentence_words(Sentence(0, 0, len(text), text))
    return subject(words, next(k for k, w in enumerate(words) if w.text == verb))


def test_subjects_read_from_the_clause() -> None:
    assert {"shopper", "elstow"} <= _subject("Elstow shoppers can now buy fresh fish.", "buy")
    assert "firm" in _subject("It is a small firm that sells boats.", "sells")
    assert "trust" in _subject("The mill was sold by the Corvin trust.", "sold")
    assert _subject("The mill was sold in March.", "sold") == set()


def test_one_sale_told_from_each_party_agrees() -> None:
    left = "The Corvin trust bought the old mill at Elstow from the county council in March."
    right = "In March the county council sold the old Elstow mill to the Corvin trust."
    assert conflicts(left, right) == []


def test_a_relative_subject_and_another_party_agree() -> None:
    left = (
        "A regulator moved to close an online shop that helps pensioners buy cheaper"
        " hearing aids from Norway."
    )
    right = (
        "The regulator moved to close Aldway, an online shop that sells cheaper hearing aids"
        " from Norway."
    )
    assert conflicts(left, right) == []


def test_a_loan_told_from_each_party_agrees() -> None:
    left = "The Pellow credit union lent the rowing club 80,000 pounds to rebuild its boathouse."
    right = (
        "The rowing club borrowed 80,000 pounds from the Pellow credit union to rebuild"
        " its boathouse."
    )
    assert conflicts(left, right) == []


def test_the_same_buyer_selling_is_an_opposite() -> None:
    left = "The Corvin trust bought the old mill at Elstow in March, its chairman said."
    right = "In March the Corvin trust sold the old mill at Elstow, its chairman said."
    assert only(left, right, "opposite") == ("bought", "sold")


def test_the_same_party_across_voices_is_an_opposite() -> None:
    left = "The Corvin trust bought the old mill at Elstow in March, its chairman said."
    right = "The old mill at Elstow was sold by the Corvin trust in March, its chairman said."
    assert only(left, right, "opposite") == ("bought", "was sold")
