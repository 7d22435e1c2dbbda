"""tools/build_outcome_nouns.py: which outcome of a contest a noun names, from WordNet."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_outcome_nouns")


DATA_NOUN = """\
  1 This header line of the licence starts with spaces.
00000001 11 n 01 victory 0 000 | a successful ending of a struggle or contest
00000002 11 n 01 landslide 0 001 @ 00000001 n 0000 | an overwhelming electoral victory
00000003 11 n 01 defeat 0 000 | an unsuccessful ending to a struggle or contest
00000004 11 n 01 rout 0 001 @ 00000003 n 0000 | a disorderly retreat of defeated troops
00000005 11 n 01 slaughter 0 000 | the killing of animals for food
00000006 11 n 01 slaughter 0 001 @ 00000003 n 0000 | a sound defeat
00000007 11 n 01 upset 0 002 @ 00000001 n 0000 @ 00000003 n 0000 | a word of both ways
00000008 11 n 01 defeat 0 000 | the feeling of being thwarted
"""
INDEX_NOUN = """\
  1 header
defeat n 2 1 @ 2 0 00000003 00000008
landslide n 1 1 @ 1 0 00000002
rout n 1 1 @ 1 0 00000004
slaughter n 2 1 @ 2 0 00000005 00000006
upset n 1 1 @ 1 0 00000007
victory n 1 1 @ 1 0 00000001
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    return write_texts(
        tmp_path, {"data.noun": DATA_NOUN, "index.noun": INDEX_NOUN}, encoding="latin-1"
    )


def test_a_victory_or_a_kind_of_it_is_a_win_and_a_defeat_a_loss(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.outcome_nouns(wordnet)
    assert table["victory"] == table["landslide"] == "win"
    assert table["defeat"] == table["rout"] == "lose"


def test_an_outcome_only_in_a_later_sense_or_both_ways_is_left_out(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.outcome_nouns(wordnet)
    assert "slaughter" not in table
    assert "upset" not in table


def test_the_table_holds_the_plurals(builder: ModuleType, wordnet: Path, tmp_path: Path) -> None:
    path = tmp_path / "nouns.txt"
    builder.write_outcome_nouns({"victory": "win", "rout": "lose"}, path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert "victories\twin" in lines
    assert "routs\tlose" in lines
    assert lines[0].startswith("# Derived from WordNet 3.0 by tools/build_outcome_nouns.py")
