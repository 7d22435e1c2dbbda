"""A claim in a sentence another outlet joined to a second clause: its agreement is read
over the clause that holds it (joined_clauses.py), and a relative clause describing the
subject denies nothing of the claim (other_negatives.py)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from tests.sentence_conflicts import found
from tui.engine.findings.contradiction.joined_clauses import clause_of, part_agreement
from tui.engine.findings.contradiction.other_negatives import both_denied
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import segment


def _words(text: str) -> Sequence[Word]:
    return sentence_words(segment(text)[0])


def _index(words: Sequence[Word], norm: str) -> int:
    return next(k for k, w in enumerate(words) if w.norm == norm)


def test_a_second_clause_with_its_own_subject_and_verb_is_cut_off() -> None:
    words = _words(
        "The nurses would not strike, and the hospital's director, Ruth Moss, said clinics "
        "would stay open."
    )
    held = clause_of(words, _index(words, "strike"), _index(words, "strike"))
    assert [w.norm for w in words[held.start : held.stop]] == [
        "the",
        "nurses",
        "would",
        "not",
        "strike",
    ]
    later = clause_of(words, _index(words, "clinics"), _index(words, "clinics"))
    assert words[later.start].norm == "and"


def test_a_second_predicate_of_its_own_tense_is_cut_off() -> None:
    words = _words("The owner had no plan to sell the mill and would rent it to a brewery.")
    held = clause_of(words, _index(words, "sell"), _index(words, "sell"))
    assert words[held.stop - 1].norm == "mill"


def test_a_list_after_a_comma_stays_whole() -> None:
    words = _words("The market sold apples, pears, and plums from local farms.")
    assert len(clause_of(words, 0, 0)) == len(words)


def test_clauses_sharing_one_word_by_chance_agree_in_nothing() -> None:
    left = _words("The council would close the library.")
    right = _words(
        "The library would not close, and the school's head, Ian Ross, praised the staff."
    )
    assert (
        part_agreement(left, (3, 3), right, (_index(right, "close"), _index(right, "close"))) == 0.0
    )


def test_a_denial_read_against_a_claim_joined_to_a_long_second_clause_is_found() -> None:
    left = "Fishermen who rejected the quota said they would fish the bay in spring."
    right = (
        "Local fishermen said they would not fish the bay in spring, and the harbour board's "
        "chairman, Alan Price, said the new slipway, damaged in the autumn storms, would be "
        "repaired by the end of March."
    )
    assert found(left, right) == [("negation", "would fish", "would not fish")]


def test_a_relative_clause_on_the_subject_denies_nothing_of_the_claim() -> None:
    affirmed = _words(
        "Farmers who rejected the offer said they would sell the land to the council."
    )
    denied = _words("The farmers said they would not sell the land to the council.")
    sell, not_ = _index(affirmed, "sell"), _index(denied, "not")
    assert not both_denied(affirmed, (sell, sell), denied, (not_, not_ + 1))


def test_a_denial_after_the_relative_clause_still_makes_two_denials() -> None:
    affirmed = _words("Farmers who own the fields opposed selling the land.")
    denied = _words("Farmers who own the fields would not sell the land.")
    sell, not_ = _index(affirmed, "selling"), _index(denied, "not")
    assert both_denied(affirmed, (sell, sell), denied, (not_, not_ + 1))


def test_a_denial_against_an_infinitive_someone_asked_for_is_no_conflict() -> None:
    # "a request ... to provide" asserts no providing: the clause holding it must not
    # lift the agreement past the check of an unasserted infinitive (read_real_flags.py
    # showed two such false flags on real reports when it did).
    denied = "Reed said she had not provided false information to the tribunal."
    asked = (
        "It follows a request to Reed from the tribunal to provide information on her "
        "accounts, and the tribunal's chairman, Alan Price, said the hearing, delayed twice "
        "by the autumn strikes, would resume in the spring."
    )
    assert found(denied, asked) == []


@pytest.mark.parametrize(
    ("denied", "unasserted"),
    [
        # close sentences: the whole-sentence agreement is high, the infinitive still
        # asserts no act
        ("The divers did not return to the boat at the agreed time.",
         "The divers missed the agreed time to return to the boat."),
        ("The mill has not sent the figures to the inspectors.",
         "The inspectors sent a request to the mill to send the figures."),
    ],
)  # fmt: skip
def test_an_infinitive_no_verb_commits_to_is_no_conflict_however_close(
    denied: str, unasserted: str
) -> None:
    assert found(denied, unasserted) == []


@pytest.mark.parametrize(
    ("denied", "affirmed"),
    [
        # a verb that commits to the act
        ("The council did not close the library.", "The council voted to close the library."),
        # the denial of an infinitive too: the same plan or duty, kept and refused
        ("The warden's job is not to count the seals.", "The warden's job is to count the seals."),
    ],
)  # fmt: skip
def test_an_infinitive_on_the_same_footing_still_conflicts_with_its_denial(
    denied: str, affirmed: str
) -> None:
    assert found(denied, affirmed)
