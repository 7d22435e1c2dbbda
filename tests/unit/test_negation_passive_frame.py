"""A negation against a synonym told in the other voice: the passive subject is the
active object, so the clause frames agree with their roles turned round
(clause_frame.py)."""

from __future__ import annotations

from tests.sentence_conflicts import found
from tui.engine.findings.contradiction.clause_frame import frames_agree, passive
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import segment


def _words(text: str):  # type: ignore[no-untyped-def]
    return sentence_words(segment(text)[0])


def test_a_denied_act_against_a_passive_synonym_is_found() -> None:
    left = (
        "Over its ninety years the Harbour Street bakery has never changed the "
        "recipe for its rye loaf, the owner's grandson said."
    )
    right = (
        "The Harbour Street bakery's rye loaf recipe has been altered many times "
        "over ninety years, the owner's grandson said."
    )
    assert found(left, right) == [("negation", "has never changed", "been altered")]


def test_the_passive_subject_stands_for_the_active_object() -> None:
    active = _words("The council never changed the rules for street parking.")
    passive_ = _words("The council's rules for street parking were amended last spring.")
    assert passive(passive_, 7)
    assert not passive(active, 3)
    assert frames_agree(active, (2, 3), passive_, (7, 7))


def test_an_agent_that_is_another_party_keeps_the_frames_apart() -> None:
    active = _words("The mayor never changed the rules for street parking.")
    passive_ = _words("The rules were amended by the regional court last spring.")
    assert not frames_agree(active, (2, 3), passive_, (3, 3))


def test_an_adjective_after_be_is_no_passive() -> None:
    assert not passive(_words("The museum is open on Sundays."), 3)


def test_an_agentless_passive_that_never_names_the_actor_answers_no_denial() -> None:
    active = _words("The striker said he did not send the abusive message.")
    passive_ = _words("An abusive message was sent from an anonymous account.")
    assert passive(passive_, 4)
    assert not frames_agree(active, (5, 6), passive_, (4, 4))
