"""people/job_seats.py and seat_conflicts.py: a job title said of a named body is a seat of
that body; one person in two seats of one body, or two people in one, disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.contradiction_cases import article, assert_unseen_case, load, shown_contradictions
from tui.engine.people import job_seats as job_seats_module
from tui.engine.people.job_seats import article_seats, job_seats, joined_titles, one_body, public
from tui.engine.people.persons import find_people


def _seats(text: str) -> list[tuple[str, str]]:
    """(title, body) of every seat said of the one person of ``text``."""
    (person,) = find_people(article("a.txt", text))
    return [(s.title, s.body) for m in person.mentions for s in job_seats(text, m)]


@pytest.mark.parametrize(
    ("text", "seats"),
    [
        ("The ferry line's chief purser, Ola Brekke, said it.", [("chief purser", "ferry line")]),
        ("Ola Brekke, the ferry line's purser, said it.", [("purser", "ferry line")]),
        (
            "The purser of the Nordby ferry line, Ola Brekke, said it.",
            [("purser", "nordby ferry line")],
        ),
        ("Ola Brekke, purser at the ferry line, said it.", [("purser", "ferry line")]),
        ("State geologist Ola Brekke said it.", [("geologist", "state")]),
        ("It was late, said Ola Brekke, the Dale County clerk.", [("clerk", "dale county")]),
        ("Harrow Buses' chief purser, Ola Brekke, said it.", [("chief purser", "harrow buses")]),
        ("Ola Brekke, the Harrow Pilots' purser, said it.", [("purser", "harrow pilots")]),
        ("Tour manager Ola Brekke said it.", [("manager", "tour")]),
        (
            "The Harrow Sailing Club has elected Ola Brekke as its new commodore.",
            [("commodore", "harrow sailing club")],
        ),
    ],
)
def test_a_job_said_of_a_body_is_a_seat(text: str, seats: list[tuple[str, str]]) -> None:
    assert _seats(text) == seats


@pytest.mark.parametrize(
    "text",
    [
        "A purser on the ferry, Ola Brekke, said it.",  # one of several
        "The purser, Ola Brekke, said it.",  # no body
        "Former state geologist Ola Brekke said it.",  # a past holder
        "The ferry line's deputy purser, Ola Brekke, said it.",  # a lower rank
        "The ferry line's friend, Ola Brekke, said it.",  # no job
        "It was late, said the purser Ola Brekke.",  # "the" is no body
        "Chief purser Ola Brekke said it.",  # a job is no body
    ],
)
def test_no_seat_without_a_body_or_held_now_by_one(text: str) -> None:
    assert _seats(text) == []


def test_a_person_is_no_body() -> None:
    text = "Trump's lawyer, Michael Cohen, said it. Trump said nothing."
    people = find_people(article("a.txt", text))
    cohen = next(p for p in people if p.key == "cohen")
    keys = frozenset(p.key for p in people)
    assert [s.body for m in cohen.mentions for s in job_seats(text, m, keys)] == []


def _seats_of(text: str, name: str) -> list[tuple[str, str]]:
    """(title, body) of every seat said of the person of ``text`` named ``name``."""
    (person,) = [p for p in find_people(article("a.txt", text)) if p.key == name]
    return [(s.title, s.body) for m in person.mentions for s in job_seats(text, m)]


def test_a_successor_holds_the_seat_of_the_holder_before() -> None:
    text = "Ian Moss, purser of the Harrow ferry line since 2001, has been succeeded by Ola Brekke."
    assert _seats_of(text, "brekke") == [("purser", "harrow ferry line")]
    assert _seats_of(text, "moss") == []
    text = "Ian Moss, purser of the Harrow ferry line, has praised Ola Brekke."
    assert _seats_of(text, "brekke") == []


def test_one_of_several_is_said_so() -> None:
    text = "Ola Brekke, a purser at the Harrow ferry line, said it."
    (person,) = find_people(article("a.txt", text))
    (seat,) = [s for m in person.mentions for s in job_seats(text, m)]
    assert (seat.title, seat.body, seat.several) == ("purser", "harrow ferry line", True)


def test_bodies_and_joined_titles() -> None:
    assert one_body("museum", "rail museum") and not one_body("library", "record office")
    assert one_body("kell station", "kell weather station")
    assert not one_body("kell weather station", "kell parish council")
    assert public("harlan county") and public("state") and not public("club")
    text = "the gallery's director and chief curator, Lena Frost"
    assert joined_titles(text, text.index(" and"), "Chief Curator")


def test_one_person_in_two_seats_of_one_body() -> None:
    shown = shown_contradictions(
        "The mill's head weaver, Agnes Pirie, said the looms would run again in May.",
        "Agnes Pirie, the mill's millwright, said the looms would be running again in May.",
    )
    assert [(t, left, right) for t, left, right in shown] == [
        ("office", "head weaver", "millwright")
    ]


def test_two_people_in_one_seat_of_one_body() -> None:
    shown = shown_contradictions(
        "The mill's millwright, Agnes Pirie, said the looms would run again in May.",
        "The looms will be running again in May, said Jean Laird, millwright at the mill.",
    )
    assert shown == [("office", "Agnes Pirie", "Jean Laird")]


def test_the_head_and_one_of_the_staff_are_two_seats() -> None:
    shown = shown_contradictions(
        "Agnes Pirie, the head of the Dunmill weaving mill, said the looms would run in May.",
        "The looms will run in May, said Agnes Pirie, a mechanic at the Dunmill mill.",
    )
    assert shown == [("office", "head", "mechanic")]


def test_two_of_several_share_no_seat() -> None:
    assert not shown_contradictions(
        "A mechanic at the Dunmill mill, Agnes Pirie, said the looms would run in May.",
        "The looms will run in May, said Jean Laird, a mechanic at the Dunmill mill.",
    )


def test_two_bodies_are_two_seats() -> None:
    assert not shown_contradictions(
        "Agnes Pirie, millwright at the Dunmill weaving mill, said the looms would run in May.",
        "The looms will run in May, said Agnes Pirie, the Leith choir's conductor.",
    )


_BODY_WORD = ("Strathallandunmillweavers" * 3)[:72]  # long: the window's edge cuts a title
_CUT = f"Agnes Pirie, the {_BODY_WORD} mill's headquarters said it."
"""The window after the name ends inside "headquarters": its last word, "head", is a job."""


_SEATED = (
    "The mill's head weaver, Agnes Pirie, said the looms would run again in May.",
    "Agnes Pirie, the mill's millwright, said it. Pirie said more. Jean Laird agreed.",
    "The looms will run in May, said Jean Laird, millwright at the mill, on Monday.",
    "Former state geologist Ola Brekke said it; Brekke, the Dale County clerk, did not.",
)
"""Texts with seats before and after a name, for the tests of the searches' shortcuts."""


@pytest.mark.parametrize(
    "text",
    [
        *_SEATED,
        "Agnes Pirie said on Monday that the looms of the mill would run again in May.",
        _CUT,
    ],
)
def test_a_window_without_a_job_noun_holds_no_seat(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """job_seats skips a window with no job noun in it: the seats are those it finds when
    every window is searched, also where the window's edge cuts a word."""
    assert _CUT.index("quarters") - _CUT.index(",") == job_seats_module._REACH
    people = find_people(article("a.txt", text))
    keys = frozenset(p.key for p in people)
    mentions = [m for p in people for m in p.mentions]
    skipped = [job_seats(text, m, keys) for m in mentions]
    assert any(skipped) or text != _CUT  # the cut word's "head" is read as a title
    assert not job_seats_module._names_a_job("Agnes Pirie said on Monday that the ")
    monkeypatch.setattr(job_seats_module, "_names_a_job", lambda window: True)
    assert [job_seats(text, m, keys) for m in mentions] == skipped


CASES: list[dict[str, Any]] = load(
    Path(__file__).resolve().parent.parent / "data" / "unseen" / "seats.yaml"
)["pairs"]


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_unseen_seat_case(case: dict[str, Any]) -> None:
    assert_unseen_case(case, frozenset())


CASES_13: list[dict[str, Any]] = load(
    Path(__file__).resolve().parent.parent / "data" / "unseen" / "seats13.yaml"
)["pairs"]

MISSED_13 = frozenset(
    (
        "u13s-orchestra-appointed-conductor",  # the seat is not said beside the other name
        "u13s-allotment-succeeded-by",  # "Priya Shah" is not read as a person
        "u13s-aquarium-director-a-keeper",  # "keeper" is no job noun of WordNet's
        "u13s-marathon-race-director-no-determiner",  # two offices of the table, one
        # "chief" of a trade: left to office_conflicts.py, which does not compare them
        "u13s-quarry-site-manager-no-determiner",  # "site" is not the quarry
    )
)

FALSE_13 = frozenset(("u13s-agree-two-lawyers-of-family",))
"""Traps still flagged: a family has more than one lawyer, which nothing here knows."""


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(strict=True)) if c["id"] in FALSE_13 else c
        for c in CASES_13
    ],
    ids=[c["id"] for c in CASES_13],
)
def test_unseen_seat_case_13(case: dict[str, Any]) -> None:
    assert_unseen_case(case, MISSED_13)


_SPACED = "The ferry line's purser,\n  Ola Brekke, said it."
_LONG_CLAUSE = "Ian Moss, purser of the Harrow ferry line,\nhas been replaced by  Ola Brekke."


@pytest.mark.parametrize(
    "text",
    [
        *_SEATED,
        "The purser of the Nordby ferry line, Ola Brekke, said it.",
        "Tour manager Ola Brekke said it, as (Tour manager) Jean Laird did.",
        "The Harrow Sailing Club has elected Ola Brekke as its new commodore.",
        "The Harrow Sailing Club has elected Ola Brekke as its deputy commodore.",
        "Ian Moss, purser of the Harrow ferry line since 2001, has been succeeded by Ola Brekke.",
        _LONG_CLAUSE,
        _SPACED,
        _CUT,
    ],
)
def test_the_words_every_seat_needs_are_looked_for_first(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A seat is searched for only where what its patterns need is beside the name (a
    space before it and a job noun or a comma, a comma after it, "succeeded by"): the
    seats are those found when every search is made."""
    people = find_people(article("a.txt", text))
    keys = frozenset(p.key for p in people)
    mentions = [m for p in people for m in p.mentions]
    looked = [job_seats(text, m, keys) for m in mentions]
    assert any(looked) or "said it, as" in text or "deputy" in text
    for precheck in ("_may_hold", "_comma_after", "_succeeded_by"):
        monkeypatch.setattr(job_seats_module, precheck, lambda *_: True)
    assert [job_seats(text, m, keys) for m in mentions] == looked


def test_seats_are_read_once_per_mention_of_an_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """``article_seats`` keeps each mention's reading with the article: a second pair asks
    for it again and gets it without reading, the bodies left out its own."""
    text = (
        "Trump's lawyer, Michael Cohen, said it. Trump said nothing. "
        "The ferry line's purser, Ola Brekke, agreed."
    )
    read = article("a.txt", text)
    people = find_people(read)
    mentions = [m for p in people for m in p.mentions]
    keys = frozenset(p.key for p in people)
    first = [article_seats(read).around(m, keys) for m in mentions]
    assert first == [job_seats(text, m, keys) for m in mentions]
    assert [(s.title, s.body) for seats in first for s in seats] == [("purser", "ferry line")]
    monkeypatch.setattr(job_seats_module, "_read_seats", lambda *_: pytest.fail("read again"))
    unfiltered = [s.body for m in mentions for s in article_seats(read).around(m)]
    assert unfiltered == ["trump", "ferry line"]
    assert all(s.mention is m for m in mentions for s in article_seats(read).around(m))


@pytest.mark.parametrize("past", ["Former", "retired", "Late", "onetime", "erstwhile"])
def test_a_past_holders_word_makes_no_seat_in_front_or_in_the_title(past: str) -> None:
    assert _seats(f"{past}  state geologist Ola Brekke said it.") == []
    assert _seats(f"The ferry line's {past.lower()} purser, Ola Brekke, said it.") == []
    assert _seats(f"Once {past.lower()}r, state geologist Ola Brekke said it.") == [
        ("geologist", "state")
    ]
