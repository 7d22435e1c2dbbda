"""The word lists shipped as data for the contradiction detectors."""

from __future__ import annotations

from tui.engine.datafiles import DATA
from tui.engine.findings.contradiction.wordlists import (
    antonyms,
    inflects,
    lemma_key,
    negation_cues,
    phrase_key,
    reciprocal_antonyms,
)


def test_irregular_forms_share_the_lemma_key_of_their_base() -> None:
    for base, forms in {"leave": "left leaves leaving", "rise": "rose risen rising"}.items():
        assert {lemma_key(form) for form in forms.split()} == {lemma_key(base)}


def test_the_antonym_table_is_symmetric_and_reaches_irregular_forms() -> None:
    table = antonyms()
    for key, opposites in table.items():
        for opposite in opposites:
            assert key in table[opposite]
    assert phrase_key("left") in table[phrase_key("remaining")]
    assert phrase_key("give up") in table[phrase_key("retained")]


def test_every_antonym_line_has_two_groups() -> None:
    lines = (DATA / "antonyms.txt").read_text(encoding="utf-8").splitlines()
    entries = [line for line in lines if line.strip() and not line.startswith("#")]
    assert len(entries) > 100
    assert all(line.count(" | ") + line.count(" <> ") == 1 for line in entries)


def test_negation_cues_and_their_exceptions() -> None:
    cues, exceptions = negation_cues()
    assert {("not",), ("never",), ("failed", "to")} <= cues
    assert ("not", "only") in exceptions
    assert not cues & exceptions


def test_reciprocal_opposites_are_marked() -> None:
    assert frozenset((phrase_key("won"), phrase_key("lost"))) in reciprocal_antonyms()
    assert frozenset((phrase_key("rise"), phrase_key("fall"))) not in reciprocal_antonyms()


def test_a_word_matches_an_entry_only_as_one_of_its_forms() -> None:
    for word, entry in [("approved", "approve"), ("rising", "rise"), ("left", "leave"),
                        ("easier", "easy"), ("stopped", "stop"), ("won", "win")]:  # fmt: skip
        assert inflects(word, entry), word
    for word, entry in [("position", "positive"), ("quite", "quit"), ("likely", "like"),
                        ("information", "informal"), ("department", "depart")]:  # fmt: skip
        assert not inflects(word, entry), word


def test_wordnet_opposites_join_the_hand_written_ones() -> None:
    table = antonyms()
    assert phrase_key("hopeless") in table[phrase_key("hopeful")]
    assert phrase_key("reject") in table[phrase_key("accept")]
    assert phrase_key("left") in table[phrase_key("remaining")]  # hand-written
    lines = (DATA / "wordnet_antonyms.txt").read_text(encoding="utf-8").splitlines()
    assert lines[1].startswith("# WordNet 3.0 Copyright 2006 by Princeton University")
    assert (DATA / "WORDNET-LICENSE.txt").exists()
