"""Places written with a final full stop ("U.S.") or a possessive ("Peru's"): read as
the places they are, in a swap of reworded claims (entity.py)."""

from __future__ import annotations

from tui.engine.findings.contradiction.entity import entity_mentions
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.contradiction.words import clause_break, sentence_words
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(0, 0, len(text), text)


def _flagged(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in sentence_conflicts(_sentence(left), _sentence(right))
        if c.type == "entity" and c.score >= DEFAULT_MIN_SCORE
    ]


def _keys(text: str) -> list[str]:
    return [m.key for m in entity_mentions(_sentence(text))]


def test_an_abbreviation_with_its_full_stop_is_a_place() -> None:
    assert _keys("The samples were checked by U.K. inspectors at the port.") == ["UK"]
    assert _keys("Talks with U.S. negotiators stalled.") == ["US"]


def test_a_place_in_the_possessive_is_a_place() -> None:
    assert _keys("The storm hit Peru's northern coast on Friday.") == ["peru"]
    assert _keys("The storm hit Peru\u2019s northern coast.") == ["peru"]


def test_a_swap_of_an_abbreviated_nation_in_a_reworded_claim_is_flagged() -> None:
    assert _flagged(
        "The samples were checked by U.K. inspectors at the port of Dover last week.",
        "Last week U.S. inspectors checked the samples at the port of Dover.",
    ) == [("U.K", "U.S")]


def test_a_swap_of_a_possessive_nation_in_a_reworded_claim_is_flagged() -> None:
    assert _flagged(
        "The storm flooded Peru's northern coast, forcing thousands from their homes.",
        "Thousands were forced from their homes as the storm flooded Ecuador's northern coast.",
    ) == [("Peru's", "Ecuador's")]


def test_a_city_in_the_possessive_and_the_state_it_lies_in_are_no_swap() -> None:
    assert (
        _flagged(
            "Last month the council approved Houston's new flood plan by a wide margin.",
            "Last month the council approved a new Texas flood plan by a wide margin.",
        )
        == []
    )


def test_a_possessive_place_before_an_institution_owns_it() -> None:
    keys = _keys("She studied at Denmark's University of Copenhagen for a year.")
    assert keys == ["denmark", "university of copenhagen"]


def _breaks(text: str) -> list[str]:
    words = sentence_words(_sentence(text))
    return [w.text for k, w in enumerate(words) if clause_break(words, k)]


def test_the_full_stop_of_an_initialism_ends_no_clause() -> None:
    assert _breaks("Officials said U.N. inspectors left, and U.S. Marines stayed.") == ["and"]


def test_a_capitalised_stopword_after_an_initialism_opens_a_sentence() -> None:
    assert _breaks("They moved to the U.S. The next day they left.") == ["The"]


def test_a_city_and_its_country_in_the_same_slot_are_no_swap() -> None:
    assert (
        _flagged(
            "The dollar eased to 1.12 francs against its late U.S. close of 1.13.",
            "The dollar was at 1.12 francs against the late New York close of 1.13.",
        )
        == []
    )
    assert (
        _flagged(
            "Lyon engineers designed the bridge over the river last year.",
            "Last year French engineers designed the bridge over the river.",
        )
        == []
    )
