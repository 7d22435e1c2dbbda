"""One person given two offices in sentences that say the same (office_conflicts.
office_changes): two roles of one body ("the trust's chair" / "the trust's chief
executive"), an organisation's office and a public one, or offices of two named bodies
are a conflict; a word for whoever runs a body ("who runs", "head of") beside the
office of that body, and two names of one role, are not. Holders of one office named by
the body and by its initials are holders of one seat."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Pair
from tui.engine.findings.model import Finding
from tui.engine.people.office_refs import one_body


def offices_of(found: list[Finding]) -> list[tuple[str, str]]:
    return [(f.left.quote, f.right.quote) for f in found if f.type == "office"]


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "Tomas Berg, chair of the water regulator, said the reservoir was half empty.",
            "The reservoir is half empty, said Tomas Berg, chief executive of the utility.",
            ("chair", "chief executive"),
        ),
        (
            "The trust's chairman, Tomas Berg, said the reservoir was half empty.",
            "The reservoir is half empty, the trust's chief executive, Tomas Berg, said.",
            ("chairman", "chief executive"),
        ),
        (
            "Mira Holt, director of the Saltmarsh aquarium, said the shark tank would reopen.",
            "The shark tank will reopen, said the head of the zoo, Mira Holt.",
            ("director", "head"),
        ),
        (
            "Mira Holt, director of the Saltmarsh aquarium, said the shark tank would reopen.",
            "The shark tank will reopen, said Mira Holt, the aquarium's chief engineer.",
            ("director", "chief engineer"),
        ),
        (
            "Tomas Berg, the head of the national water board, said the reservoir was half empty.",
            "The reservoir is half empty, said Tomas Berg, the environment minister.",
            ("head", "environment minister"),
        ),
    ],
)
def test_one_person_given_two_roles_in_sentences_that_say_the_same_is_a_conflict(
    pair: Pair, left: str, right: str, words: tuple[str, str]
) -> None:
    assert offices_of(pair(left, right)) == [words]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Tomas Berg, chief executive of Velden Water, said the reservoir was half empty.",
            "The reservoir is half empty, said Tomas Berg, who runs Velden Water.",
        ),
        (
            "Tomas Berg, head of Velden Water, said the reservoir was half empty.",
            "The reservoir is half empty, said Velden Water's chief executive, Tomas Berg.",
        ),
        (
            "Rovers manager Tomas Berg said the squad was tired after the cup run.",
            "The squad was tired after the cup run, said Rovers coach Tomas Berg.",
        ),
        (
            "Mira Holt, director of the Saltmarsh aquarium, said the shark tank would reopen.",
            "The shark tank will reopen, said the head of the aquarium, Mira Holt.",
        ),
        (
            "The regatta's director, Tomas Berg, said 300 boats had entered.",
            "Some 300 boats have entered, said Velden's mayor, Tomas Berg.",
        ),
        (
            "Tomas Berg, the former chair of the water regulator, said the reservoir was "
            "half empty.",
            "The reservoir is half empty, said Tomas Berg, chief executive of the utility.",
        ),
    ],
)
def test_one_role_in_two_words_or_a_past_one_is_no_conflict(
    pair: Pair, left: str, right: str
) -> None:
    assert offices_of(pair(left, right)) == []


def test_holders_of_an_office_of_a_body_named_and_by_its_initials_conflict(pair: Pair) -> None:
    found = pair(
        "Ana Duarte, the director-general of the Baltic Shipping Council, said the canal "
        "would reopen on Monday.",
        "The canal will reopen on Monday, BSC director-general Piet Maas said.",
    )
    assert offices_of(found) == [("Ana Duarte", "Piet Maas")]


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("who", "world health organization", True),
        ("imf", "international monetary fund", True),
        ("u.n.", "united nations", True),
        ("bsc", "baltic shipping council", True),
        ("who", "world bank", False),
        ("ohio", "oklahoma", False),
        (None, "ohio", False),
    ],
)
def test_one_body_reads_initials(a: str | None, b: str, one: bool) -> None:
    assert one_body(a, b) is one
