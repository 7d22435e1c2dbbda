"""negative_subjects.py: "no", "none of" or "nobody" on a clause's subject denies the
act of its verb, done by the things its subject names."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only
from tui.engine.findings.contradiction.negative_subjects import negative_subject
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.segment import Sentence


def _words(text: str) -> list[Word]:
    return list(sentence_words(Sentence(0, 0, len(text), text)))


def _reading(text: str) -> tuple[list[str], str] | None:
    words = _words(text)
    cue = next(k for k, w in enumerate(words) if w.norm in {"no", "none", "nobody"})
    found = negative_subject(words, cue, one_word=True)
    if found is None:
        return None
    return [words[n].norm for n in found.nouns], words[found.verb].norm


def test_a_participle_before_a_later_verb_qualifies_the_subject() -> None:
    text = "None of the crates unloaded at the quay in Brest were damaged, the port said."
    assert _reading(text) == (["crates"], "damaged")


def test_a_past_verb_before_a_preposition_with_no_later_verb() -> None:
    text = "None of the old water mains cracked during the frost, the utility said."
    assert _reading(text) == (["old", "water", "mains"], "cracked")


def test_the_verb_after_the_auxiliaries() -> None:
    assert _reading("No lorries were stopped at the Kessel border post.") == (
        ["lorries"],
        "stopped",
    )


def test_a_past_verb_after_a_subject_with_a_phrase() -> None:
    text = "Inspectors said none of the grain silos at the port leaked during the storm."
    assert _reading(text) == (["grain", "silos", "port"], "leaked")


def test_a_pronoun_is_the_whole_subject() -> None:
    assert _reading("Nobody was injured when the scaffold fell.") == ([], "injured")


def test_a_participle_before_the_noun_is_no_verb() -> None:
    text = "None of the stolen bicycles reached their owners."
    assert _reading(text) == (["bicycles"], "reached")


def test_an_object_is_no_subject() -> None:
    assert _reading("The divers found no wreckage on the seabed.") is None


def test_the_act_said_of_the_same_things_conflicts() -> None:
    left = "None of the grain silos at the port leaked during the storm, inspectors said."
    right = "Inspectors said the grain silos at the port leaked during the storm."
    denied, _ = only(left, right, "negation")
    assert denied.startswith("None of the")


def test_the_act_said_of_other_things_agrees() -> None:
    left = "No lorries were stopped at the Kessel border post on Friday, customs said."
    right = "Two coaches were stopped at the Kessel border post on Friday, customs said."
    assert conflicts(left, right) == []


def test_a_thing_named_after_an_act_the_other_side_never_says_is_no_claim() -> None:
    left = "Nobody was rescued from the Marrow quarry on Sunday, the police said."
    right = "Walkers were seen near the Marrow quarry on Sunday, the police said."
    assert conflicts(left, right) == []


def test_the_act_in_other_words_of_the_same_things_conflicts() -> None:
    left = "Several walkers were injured when the footbridge gave way over the gorge."
    right = "No walkers were hurt when the footbridge collapsed into the gorge."
    assert only(left, right, "negation") == ("Several walkers", "No walkers")
