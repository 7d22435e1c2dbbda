"""A claim denied in the active voice and affirmed in the passive in other words: the
passive's agent is the active's subject and its subject the active's object
(clause_frame.frames_agree through voice.py)."""

from __future__ import annotations

from tui.engine.findings.contradiction.clause_frame import frames_agree
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def found(left: str, right: str) -> list[tuple[str, str, str]]:
    conflicts = sentence_conflicts(
        Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right)
    )
    return [
        (c.type, left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in conflicts
        if c.score >= DEFAULT_MIN_SCORE
    ]


def agree(left: str, left_verb: str, right: str, right_verb: str) -> bool:
    lw = sentence_words(Sentence(0, 0, len(left), left))
    rw = sentence_words(Sentence(1, 0, len(right), right))
    i = next(k for k, w in enumerate(lw) if w.text == left_verb)
    j = next(k for k, w in enumerate(rw) if w.text == right_verb)
    return frames_agree(lw, (i, i), rw, (j, j))


def test_the_passive_reads_in_the_roles_of_the_active() -> None:
    left = "The ferry company has changed the winter timetable for the island route."
    right = "The winter timetable for the island route was altered by the ferry company."
    assert agree(left, "changed", right, "altered")


def test_another_agent_is_another_claim() -> None:
    left = "The ferry company has changed the winter timetable for the island route."
    right = "The winter timetable for the island route was altered by the harbour board."
    assert not agree(left, "changed", right, "altered")


def test_a_denial_in_the_active_against_a_reworded_passive_conflicts() -> None:
    left = "The ferry company has never changed the winter timetable for the island route."
    right = "The winter timetable for the island route has been altered by the ferry company."
    assert [kind for kind, *_ in found(left, right)] == ["negation"]
