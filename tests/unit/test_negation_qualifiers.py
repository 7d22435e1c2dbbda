"""qualifiers.py: a denial and an affirmation of one act that qualify it apart deny no
act ("did not land on schedule" / "landed behind schedule")."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.qualifiers import qualified_apart
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> list[Word]:
    return list(sentence_words(Sentence(0, 0, len(text), text)))


def test_each_side_qualifying_the_act_apart_agrees() -> None:
    left = "The cargo flight from Tarsk landed late at Velmar on Monday because of snow."
    right = "Snow meant the cargo flight from Tarsk did not land on time at Velmar on Monday."
    assert conflicts(left, right) == []


def test_a_qualifier_after_the_object_both_sides_name() -> None:
    left = "The relief convoy did not reach Orla on time after the bridge was closed."
    right = "The relief convoy reached Orla late after the bridge was closed."
    assert conflicts(left, right) == []


def test_the_act_denied_without_a_qualifier_still_conflicts() -> None:
    left = "The cargo flight from Tarsk did not land at Velmar on Monday because of snow."
    right = "The cargo flight from Tarsk landed at Velmar on Monday despite the snow."
    assert only(left, right, "negation") == ("did not land", "landed")


def test_an_object_after_a_determiner_is_no_qualifier() -> None:
    denying = _words("The board did not close its old depot in Harn.")
    affirming = _words("The board closed its new warehouse in Harn.")
    assert not qualified_apart(denying, 4, len(denying), affirming, 2)


def test_a_qualifier_on_one_side_only_is_not_enough() -> None:
    denying = _words("The ferry did not arrive on time at Brill.")
    affirming = _words("The ferry arrived at Brill.")
    assert not qualified_apart(denying, 4, len(denying), affirming, 2)


def test_a_bare_object_is_no_qualifier() -> None:
    denying = _words("The crane operator is not lifting steel beams onto the roof.")
    affirming = _words("The crane operator is lifting concrete slabs onto the roof.")
    assert not qualified_apart(denying, 5, len(denying), affirming, 4)


def test_an_agent_is_no_qualifier() -> None:
    denying = _words("The bell is not being rung by anyone.")
    affirming = _words("The bell is being rung by someone.")
    assert not qualified_apart(denying, 5, len(denying), affirming, 4)


def test_a_synonym_on_the_other_side_is_no_qualifier() -> None:
    denying = _words("The ferry did not arrive quickly at Brill.")
    affirming = _words("The ferry arrived rapidly at Brill.")
    assert not qualified_apart(denying, 4, len(denying), affirming, 2)


def test_an_adverb_inside_the_object_qualifies_the_object() -> None:
    denying = _words("The skull did not come from a newly found cave at Dorne.")
    affirming = _words("The skull came from a recently discovered cave at Dorne.")
    assert not qualified_apart(denying, 4, len(denying), affirming, 2)
