"""The contradiction detectors' quick tests only save time: with every quick test
forced to let a pair through, the findings are the same.

Each detector first asks cheap questions of a pair (do the sentences share their
start and end, can a sentence hold a number...) before cutting the sentences into
words; a quick test that wrongly refused a pair would lose a finding. The pairs
here are the seeds' sentences with one edit of each kind a detector looks for.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.engine.corpus import load_corpus
from tui.engine.findings.contradiction import (
    date,
    entity_names,
    facts,
    number,
    pipeline,
    quantities,
    quote,
    words,
)
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.segment import Sentence
from tui.engine.textnorm import fold

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _always(*_: object) -> bool:
    return True


QUICK_TESTS = [
    (entity_names, "_may_swap", _always),
    (date, "_may_hold_date", _always),
    (date, "_NEEDS", tuple(_always for _ in date._NEEDS)),
    (number, "may_count", _always),
    (quantities, "may_count", _always),
    (quote, "may_negate", _always),
]
"""(module, name, a stand-in that lets everything through) of every quick test."""

_CAPITALISED_RUN = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+(?: (?:of )?[A-Z][a-z]+)*")
_NUMBER = re.compile(r"\b\d+\b")
_DATE_WORD = re.compile(r"\b(?:Monday|Tuesday|Friday|March|June|July|last week)\b")
_NEXT_DATE_WORD = {
    "Monday": "Tuesday", "Tuesday": "Friday", "Friday": "Monday", "March": "April",
    "June": "July", "July": "June", "last week": "next week",
}  # fmt: skip
_AUXILIARY = re.compile(r"\b(is|are|was|were|has|have|will|would|can|could)\b ")


def _sentences() -> list[str]:
    corpus = load_corpus(SEEDS)
    return [s.text for a in corpus.articles for s in a.content_sentences if len(s.text) > 25]


def _edited_pairs() -> Iterator[tuple[str, str]]:
    """Each seed sentence with one name swapped for another seed name, a number
    changed, a date changed, a negation added, and a word dropped; and each with a
    weekday, a month or a relative date added and changed."""
    texts = _sentences()
    names = sorted({m.group() for t in texts for m in _CAPITALISED_RUN.finditer(t)})
    for k, text in enumerate(texts):
        for m in _CAPITALISED_RUN.finditer(text):
            other = names[(names.index(m.group()) + 7 + k) % len(names)]
            yield text, text[: m.start()] + other + text[m.end() :]
            yield text, text[: m.start()] + "the " + other + text[m.end() :]
        for m in _NUMBER.finditer(text):
            yield text, text[: m.start()] + str(int(m.group()) + 3) + text[m.end() :]
        for m in _DATE_WORD.finditer(text):
            yield text, text[: m.start()] + _NEXT_DATE_WORD[m.group()] + text[m.end() :]
        dated = text.rstrip(".") + [" on Monday.", " in March.", " last week."][k % 3]
        yield dated, _DATE_WORD.sub(lambda m: _NEXT_DATE_WORD[m.group()], dated)
        if (m := _AUXILIARY.search(text)) is not None:
            yield text, text[: m.end()] + "not " + text[m.end() :]
        cut = text.split(" ")
        yield text, " ".join(cut[:3] + cut[4:])


def _conflicts(pairs: list[tuple[str, str]]) -> list[list[tuple[str, tuple[int, int], float]]]:
    facts.forget_all()  # no analysis made under the other quick tests is reused
    found = []
    for left, right in pairs:
        conflicts = sentence_conflicts(
            Sentence(0, 0, len(left), left), Sentence(1, 3, 3 + len(right), right)
        )
        found.append([(c.type, c.left, c.score) for c in conflicts])
    return found


def test_forcing_every_quick_test_open_changes_no_finding(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pairs = list(_edited_pairs())
    quick = _conflicts(pairs)
    for module, name, stand_in in QUICK_TESTS:
        monkeypatch.setattr(module, name, stand_in)
    assert _conflicts(pairs) == quick
    kinds = {kind for found in quick for kind, *_ in found}
    assert {"entity", "number", "date", "negation"} <= kinds  # the edits reach the detectors


def test_common_start_counts_equal_items_from_the_start() -> None:
    assert words.common_start(("a", "b", "c"), ("a", "b", "d", "e")) == 2
    assert words.common_start(("a",), ("b",)) == 0
    assert words.common_start((), ("a",)) == 0
    assert words.common_start(("a", "b"), ("a", "b")) == 2


def test_sentence_tokens_are_the_words_text_and_norm() -> None:
    sentence = Sentence(0, 5, 40, "The U.S. Senate didn't pass it, Ms. Tai said.")
    tokens = words.sentence_tokens(sentence)
    cut = words.sentence_words(sentence)
    assert tokens.texts == tuple(w.text for w in cut)
    assert tokens.norms == tuple(w.norm for w in cut)
    assert words.sentence_norms(sentence) == frozenset(tokens.norms)


@pytest.mark.parametrize(
    ("left", "right", "same"),
    [
        ("The U.S. said so.", "the u.s. SAID so.", True),
        ("Caf\u00e9 \u201cdeal\u201d", 'cafe "deal"', True),  # accents and curly quotes fold
        ("They paid.", "They  paid.", False),
        ("They paid.", "They paid!", False),
    ],
)
def test_texts_that_fold_alike_hold_no_contradiction(left: str, right: str, same: bool) -> None:
    assert pipeline._same_text(left, right) is same
    assert same == (fold(left) == fold(right))


@pytest.mark.parametrize(
    "text",
    [
        "Twenty-five people came.",
        "They met for the FIRST time.",
        "The one_two plan and seventh_heaven.",
        "No count here at all.",
        "Someone else won.",
        "Ninety\u00a0days later.",
        "\u00c9l dijo que s\u00ed, once more.",
        "A dozen eggs.",
        "Sixty-something, a second look.",
    ],
)
def test_may_count_finds_a_number_word_where_the_word_boundary_search_does(text: str) -> None:
    expected = quantities._NUMBER_WORD.search(text) is not None
    assert quantities.may_count(Sentence(0, 0, len(text), text)) is expected
    assert quantities.may_count(Sentence(0, 0, len(text) + 3, text + " 7.")) is True


def test_the_date_quick_test_sees_months_weekdays_years_and_clock_times_only() -> None:
    assert date._may_hold_date("Talks resume on Monday.")
    assert not date._may_hold_date("It cost 5 dollars.")
    assert date._may_hold_date("It cost 5 dollars in 2019.")
    assert date._may_hold_date("In Sept the talks resumed.")
    assert not date._may_hold_date("The talks resumed quietly.")
    assert date._may_hold_date("The talks resumed last week.")
