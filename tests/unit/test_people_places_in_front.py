"""A place of several words right before a title narrows it whole ("El Alto mayor")."""

from __future__ import annotations

import pytest

from tui.engine.people.mentions import Mention, sentence_runs
from tui.engine.segment import Sentence


def qualifiers(text: str) -> list[str | None]:
    found: list[str | None] = []
    for run in sentence_runs(Sentence(0, 0, len(text), text)):
        if not isinstance(run, Mention):
            found.extend(office.qualifier for office in run.offices or ())
    return found


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("Puerto Varas mayor Rodrigo Antilef closed the shore on Monday.", "puerto varas"),
        ("The Villa Alemana mayor Javiera Toro said buses would run.", "villa alemana"),
    ],
)
def test_a_place_of_several_words_before_a_title_is_read_whole(sentence: str, place: str) -> None:
    assert qualifiers(sentence) == [place]


def test_an_article_opening_the_sentence_is_not_read_into_the_place() -> None:
    assert qualifiers("The Tampa Mayor Jane Castor said it.") == ["tampa"]
