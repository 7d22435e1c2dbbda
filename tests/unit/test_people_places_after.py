"""An office's "of" phrase names a place of several words whole ("governor of New Mexico")."""

from __future__ import annotations

import pytest

from tui.engine.people.office_refs import _jurisdiction_after


def place_after(sentence: str, office: str) -> tuple[str | None, str | None] | None:
    start = sentence.index(office)
    return _jurisdiction_after(sentence, start, start + len(office), False)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The governor of New Mexico, Rosa Baca, signed it.", (None, "New Mexico")),
        ("The governor of West Virginia said on Monday it would wait.", (None, "West Virginia")),
        ("The president of South Africa, Thabo Nkosi, arrived late.", ("ZA", None)),
    ],
)
def test_a_place_of_several_words_is_read_whole(
    sentence: str, expected: tuple[str | None, str | None]
) -> None:
    assert place_after(sentence, sentence.split()[1]) == expected


def test_a_name_after_a_one_word_place_stays_out_of_it() -> None:
    assert place_after("The governor of Texas Greg Abbott spoke.", "governor") == (None, "Texas")


def test_two_states_that_share_a_first_word_are_two_places() -> None:
    mexico = place_after("The governor of New Mexico, Rosa Baca, spoke.", "governor")
    york = place_after("The governor of New York, Kathy Hochul, spoke.", "governor")
    assert mexico != york


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The mayor of Puerto Varas, Tomasa Lienlaf, closed the shore.", "Puerto Varas"),
        ("The premier of the Western Cape, Lindiwe Dube, said so.", "Western Cape"),
        ("The shore was closed by the mayor of Villa Alemana.", "Villa Alemana"),
    ],
)
def test_an_unknown_place_ending_its_clause_is_read_whole(sentence: str, place: str) -> None:
    assert place_after(sentence, "mayor" if "mayor" in sentence else "premier") == (None, place)


def test_a_name_after_an_unknown_place_stays_out_of_it() -> None:
    sentence = "The mayor of Santa Rosa Luisa Pardo, elected in May, closed the market."
    assert place_after(sentence, "mayor") == (None, "Santa Rosa")


def test_two_places_that_share_a_first_word_are_two_places() -> None:
    rosa = place_after("The mayor of Santa Rosa, Luisa Pardo, spoke.", "mayor")
    clara = place_after("The mayor of Santa Clara, Mateo Ibarra, spoke.", "mayor")
    assert rosa != clara
