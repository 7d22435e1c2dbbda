"""The corpus-wide people table (tui/engine/people/table.py) and ``diptych names``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.text_files import write_texts
from tui.cli import main
from tui.engine.corpus import load_corpus
from tui.engine.people.table import name_table


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    texts = {
        "a.txt": "Finance Minister Nakamula met Foreign Minister Dagny Berg in Oslo on Monday.",
        "b.txt": "Finance Minister Nakamura met Foreign Minister Berg in Oslo on Monday.",
        "c.txt": "Finance Minister Kenji Nakamura met Foreign Minister Olav Lund on Monday.",
    }
    return write_texts(tmp_path, texts)


def test_one_row_per_person_with_each_articles_spelling(corpus: Path) -> None:
    table = name_table(load_corpus(corpus).articles)
    rows = {row.spelling: row for row in table.people}
    nakamura = rows["Nakamura"]
    assert nakamura.name == "Kenji Nakamura"
    assert nakamura.spelling_differs
    assert [(a.article, a.spellings) for a in nakamura.appearances] == [
        ("a.txt", ("Nakamula",)),
        ("b.txt", ("Nakamura",)),
        ("c.txt", ("Nakamura",)),
    ]
    assert nakamura.appearances[0].offices == (("Finance Minister", "Finance Minister"),)
    assert not rows["Berg"].spelling_differs


def test_a_name_read_family_name_first_is_shown_whole(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Vice Premier He Lifeng met General Kim Yong-chol in Beijing on Monday.",
        "b.txt": "Vice Premier He Lifeng said the talks with Kim Yong-chol went well.",
    }
    table = name_table(load_corpus(write_texts(tmp_path, texts)).articles)
    assert {row.spelling: row.name for row in table.people} == {
        "He": "He Lifeng",
        "Kim": "Kim Yong-chol",
    }


def test_office_given_to_different_people_is_a_dispute(corpus: Path) -> None:
    table = name_table(load_corpus(corpus).articles)
    (dispute,) = table.disputes
    assert dispute.office == "Foreign Minister"
    assert {(h.name, h.articles) for h in dispute.holders} == {
        ("Dagny Berg", ("a.txt", "b.txt")),
        ("Olav Lund", ("c.txt",)),
    }


def test_names_command_json(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["names", str(corpus), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "diptych.names/1"
    names = {p["name"]: p for p in document["people"]}
    assert names["Kenji Nakamura"]["spellings"] == ["Nakamula", "Nakamura"]
    assert document["office_conflicts"][0]["office"] == "Foreign Minister"


def test_names_command_on_the_seeds_shows_the_variants_and_conflicts(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["names", str(seeds), "--width", "160"]) == 0
    out = capsys.readouterr().out
    for spelling in ("Besent", "Besant", "Besseint", "Bessent", "Luthnick", "Rutnik", "Greer"):
        assert spelling in out
    assert "office conflicts" in out and "Yellen" in out and "Raimondo" in out


@pytest.fixture
def family(tmp_path: Path) -> Path:
    texts = {
        "a.txt": "Former President Bill Clinton spoke in Denver. Hillary Clinton, the "
        "secretary of state, spoke in Lima. Clinton later flew home.",
        "b.txt": "Hillary Clinton spoke in Lima on Monday. Ohio Gov. Dana Wirth, who was "
        "mayor of Toledo until 2011, stayed away.",
    }
    return write_texts(tmp_path, texts)


def test_names_json_lists_mentions_offices_and_ambiguous_mentions(
    family: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["names", str(family), "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    people = {p["name"]: p for p in document["people"]}
    assert set(people) == {"Bill Clinton", "Hillary Clinton", "Dana Wirth"}
    hillary = people["Hillary Clinton"]
    assert [a["file"] for a in hillary["articles"]] == ["a.txt", "b.txt"]
    text = (family / "a.txt").read_text(encoding="utf-8")
    for mention in hillary["articles"][0]["mentions"]:
        assert text[mention["start"] : mention["end"]] == mention["quote"] == "Hillary Clinton"
    (bill,) = people["Bill Clinton"]["articles"]
    (office,) = bill["office_history"]
    assert (office["office"], office["current"]) == ("President", False)
    wirth = people["Dana Wirth"]["articles"][0]["office_history"]
    assert [(o["title"], o["jurisdiction"]["place"], o["current"]) for o in wirth] == [
        ("Governor", "ohio", True),
        ("Mayor", "toledo", False),
    ]
    (ambiguous,) = document["ambiguous"]
    assert (ambiguous["file"], ambiguous["quote"]) == ("a.txt", "Clinton")
    assert ambiguous["candidates"] == ["Bill Clinton", "Hillary Clinton"]


def test_names_text_marks_past_offices_and_ambiguous_mentions(
    family: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["names", str(family), "--width", "160"]) == 0
    out = capsys.readouterr().out
    assert "President (past)" in out
    assert "'Clinton' at" in out and "could be Bill Clinton or Hillary Clinton" in out


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "Henry Dalton Jr. took over the bakery on Monday. His father, Henry Dalton Sr., "
            "opened it in 1962.",
            ["Henry Dalton Jr.", "Henry Dalton Sr."],
        ),
        (
            "Rosa Ibarra III won the seat her grandmother, the late Rosa Ibarra, held for years.",
            ["Rosa Ibarra", "Rosa Ibarra III"],
        ),
    ],
)
def test_relatives_told_apart_by_a_suffix_are_two_rows(
    tmp_path: Path, text: str, rows: list[str]
) -> None:
    """Each keeps a row of its own in every article (one key for both lost one of them)."""
    texts = {"a.txt": text, "b.txt": text.replace(" on Monday", "")}
    table = name_table(load_corpus(write_texts(tmp_path, texts)).articles)
    written = sorted(
        (name for row in table.people for name in row.appearances[0].names[:1]),
    )
    assert written == rows
    assert sorted(row.name for row in table.people) == rows
    assert all(len(row.appearances) == 2 for row in table.people)


def test_a_king_named_by_his_given_name_is_the_king_named_with_his_fathers(
    tmp_path: Path,
) -> None:
    """One article names the king by his given name, beside his son whose father's name
    it is ("Tariq bin Faisal"); the other names him in full: one row, named in full."""
    texts = {
        "a.txt": "Crown Prince Tariq bin Faisal opened the port on Monday. His father, King "
        "Faisal, stayed in the capital. Tariq bin Faisal said trade would grow.",
        "b.txt": "The crown prince, Tariq bin Faisal, opened the port on Monday. King Faisal "
        "bin Nasser sent a message. Prince Tariq bin Faisal toured the docks.",
    }
    table = name_table(load_corpus(write_texts(tmp_path, texts)).articles)
    rows = {row.name: [(a.article, a.names) for a in row.appearances] for row in table.people}
    assert rows == {
        "Tariq bin Faisal": [("a.txt", ("Tariq bin Faisal",)), ("b.txt", ("Tariq bin Faisal",))],
        "Faisal bin Nasser": [("a.txt", ("Faisal",)), ("b.txt", ("Faisal bin Nasser",))],
    }


def test_a_surname_alone_is_written_with_its_particles(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Marta van der Berghe, the port director, opened the dock. Later, van der "
        "Berghe said it would stay open.",
    }
    table = name_table(load_corpus(write_texts(tmp_path, texts)).articles)
    (row,) = table.people
    (appearance,) = row.appearances
    assert appearance.names == ("Marta van der Berghe", "van der Berghe")
    assert [w.text for w in appearance.mentions] == list(appearance.names)
