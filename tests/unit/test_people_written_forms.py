"""How a name is written and where its span ends (tui/engine/people/mentions.py,
persons.py): an apostrophe inside a romanised name is part of it, a possessive is not."""

from __future__ import annotations

import pytest

from tests.unit.conftest import Write
from tui.engine.people.persons import cluster_people


def mentions_written(write_article: Write, text: str) -> list[list[str]]:
    doc = write_article(text)
    return [[doc.text[m.start : m.end] for m in p.mentions] for p in cluster_people(doc).people]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Interior Minister Hassan Jum'a said the border would stay shut.", "Hassan Jum'a"),
        ("Rifa'a Nasser, the mayor of the town, said the vote would wait.", "Rifa'a Nasser"),
        (
            "The rebel commander Salim al-Ba\u2019a said his fighters would withdraw.",
            "Salim al-Ba\u2019a",
        ),
    ],
)
def test_an_apostrophe_before_a_letter_is_part_of_the_name(
    write_article: Write, text: str, name: str
) -> None:
    assert [name] in mentions_written(write_article, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Dana Whitlock's bill failed, Whitlock said.", "Dana Whitlock"),
        ("Governor Maren Reynolds' veto stood, Reynolds said on Monday.", "Maren Reynolds"),
    ],
)
def test_a_possessive_stays_outside_the_name(write_article: Write, text: str, name: str) -> None:
    people = mentions_written(write_article, text)
    assert any(written[0] == name for written in people)
    assert not any("'" in w for written in people for w in written)
