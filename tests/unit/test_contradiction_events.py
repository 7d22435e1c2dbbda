"""Dates of one event worded apart: predicates that agree in meaning (multi-word verbs
from WordNet), the predicate a date is given to, and relative dates of two units."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import conflicts
from tui.engine.findings.contradiction import predicates
from tui.engine.findings.contradiction.predicates import (
    agree_in_meaning,
    event_predicates,
    light_predicates,
)
from tui.engine.findings.contradiction.wordlists import phrase_key
from tui.engine.findings.contradiction.words import sentence_words
from tui.engine.segment import Sentence
from tui.engine.synonyms import Senses


def dates(left: str, right: str) -> list[tuple[str, str]]:
    found = conflicts(left, right)
    return [(left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]]) for c in found]


def predicates_of(text: str, slot: str) -> set[tuple[str, ...]]:
    start = text.index(slot)
    words = sentence_words(Sentence(0, 0, len(text), text))
    return event_predicates(words, (start, start + len(slot)))


@pytest.mark.parametrize(
    ("a", "b"),
    [("resign", "step down"), ("postpone", "put off"), ("publish", "release")],
)
def test_predicates_of_one_sense_agree(a: str, b: str) -> None:
    assert agree_in_meaning(phrase_key(a), phrase_key(b))


@pytest.mark.parametrize(("a", "b"), [("resign", "apologize"), ("step down", "step up")])
def test_predicates_of_other_senses_do_not_agree(a: str, b: str) -> None:
    assert not agree_in_meaning(phrase_key(a), phrase_key(b))


def test_the_predicate_of_a_date_is_the_verb_before_it_or_else_after_it() -> None:
    assert phrase_key("step down") in predicates_of("The coach stepped down on Friday.", "Friday")
    assert predicates_of("On Friday, the coach resigned.", "Friday") == set()  # another clause
    assert predicates_of("On Friday the coach resigned.", "Friday") == {phrase_key("resign")}


def test_a_date_that_modifies_a_noun_dates_no_event() -> None:
    assert predicates_of("The March 2030 bond rallied.", "March 2030") == set()


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The coach resigned on Friday after a run of heavy defeats.",
            "After a run of heavy defeats, the coach stepped down on Sunday.",
            ("Friday", "Sunday"),
        ),
        (
            "The audit report was published on 4 June.",
            "The audit's report was released on 4 July.",
            ("4 June", "4 July"),
        ),
    ],
)
def test_a_date_of_one_event_worded_apart_conflicts(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert dates(left, right) == [expected]


def test_dates_given_to_two_events_the_other_side_tells_apart_do_not_conflict() -> None:
    left = "The singer, who had won the prize last year, retired on Monday, her agent said."
    right = "The singer, who won the prize in 2011, retired today, her agent said."
    assert dates(left, right) == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The bank announced the merger yesterday.", "The bank announced the merger last week."),
        (
            "The bank announced the merger two days ago.",
            "The bank announced the merger two weeks ago.",
        ),
        ("The bank announced the merger last month.", "The bank announced the merger last week."),
        ("The museum will reopen next month.", "The museum will reopen next year."),
    ],
)
def test_relative_dates_of_two_units_that_cannot_be_one_day_conflict(left: str, right: str) -> None:
    assert len(dates(left, right)) == 1


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The bank announced the merger yesterday.", "The bank announced the merger today."),
        (
            "The bank announced the merger three weeks ago.",
            "The bank announced the merger last month.",
        ),
        ("The bank announced the merger yesterday.", "The bank announced the merger this week."),
    ],
)
def test_relative_dates_that_may_be_one_day_do_not_conflict(left: str, right: str) -> None:
    assert dates(left, right) == []


def test_a_date_pairs_with_the_one_given_to_the_same_event() -> None:
    left = "The drummer started his career in 1990 and helped found the band in August 1991."
    right = "The drummer helped found the band in 1962."
    assert dates(left, right) == [("August 1991", "1962")]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The bridge reopening is scheduled for April 9, the council said.",
            "The council said the bridge would be reopened on April 16.",
            ("April 9", "April 16"),
        ),
        (
            "The hearing is set to take place on July 14, the court said.",
            "The court said the hearing would be held on July 21.",
            ("July 14", "July 21"),
        ),
    ],
)
def test_a_schedule_predicate_does_not_tell_the_event_apart(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert dates(left, right) == [expected]


def test_dates_of_content_verbs_told_apart_are_refused() -> None:
    left = "The museum said the exhibition would close on June 30."
    right = "The exhibition opened on June 2, the museum said."
    assert dates(left, right) == []


@pytest.mark.parametrize(
    ("predicates", "light"),
    [
        ({("be", "due")}, True),
        ({("take",), ("take", "place")}, True),
        ({phrase_key("scheduled")}, True),
        ({("publish",)}, False),
        ({("take",), ("take", "place"), ("resign",)}, False),
        (set(), False),
    ],
)
def test_light_predicates(predicates: set[tuple[str, ...]], light: bool) -> None:
    assert light_predicates(predicates) is light


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # verbs no synonym table links, the rest of the claim the same in other words
        ("The orchestra performed its final concert of the season on Saturday, organisers said.",
         "Organisers said the season's last concert was given by the orchestra on Sunday.",
         ("Saturday", "Sunday")),
        ("The new speed limits took effect on 3 March, the transport agency said.",
         "According to the transport agency, the new speed limits came into force on 3 May.",
         ("3 March", "3 May")),
        ("The fishing fleet headed out of the harbour on Tuesday, the coastguard reported.",
         "According to the coastguard, the fishing fleet steamed from the harbour on Thursday.",
         ("Tuesday", "Thursday")),
    ],
)  # fmt: skip
def test_a_date_of_one_event_with_its_predicate_reworded_conflicts(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert dates(left, right) == [expected]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # opposite predicates: the start and the end of one thing
        ("The peace conference in the old palace began on Monday with twelve delegations.",
         "The peace conference in the old palace ended on Friday with twelve delegations."),
        # the date of the telling, not of the event
        ("The museum's new wing will welcome its first visitors, its director said on Monday.",
         "The museum's new wing will admit its first visitors on Wednesday, its director said."),
        # two events of one subject: too little else in common
        ("The minister visited the flooded valley on Monday.",
         "The minister toured a hospital in the capital on Thursday."),
    ],
)  # fmt: skip
def test_dates_of_predicates_worded_apart_that_tell_events_apart_do_not_conflict(
    left: str, right: str
) -> None:
    assert dates(left, right) == []


def test_a_predicate_listed_twice_has_the_senses_of_both_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    table = predicates._Table({("leav",): ("1 2\t3", "\t4"), ("go",): ("5",)}, 1)
    monkeypatch.setattr(predicates, "_table", lambda: table)
    predicates._senses.cache_clear()
    try:
        both = predicates._senses(("leav",))
        single = predicates._senses(("go",))
        missing = predicates._senses(("stay",))
    finally:
        predicates._senses.cache_clear()
    assert both == Senses(frozenset({1, 2}), frozenset({1, 2, 3, 4}))
    assert single == Senses(frozenset({5}), frozenset({5}))
    assert missing is None
