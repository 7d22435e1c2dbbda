"""tools/build_adjective_senses.py: adjectives with the WordNet clusters of their senses."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_adjective_senses")


DATA_ADJ = """\
  1 This header line of the licence starts with spaces.
00000001 00 a 01 past 0 001 ! 00000004 a 0101 | earlier than the present time
00000002 00 s 02 former 0 old 0 001 & 00000001 a 0000 | belonging to some prior time
00000003 00 s 01 previous 0 001 & 00000001 a 0000 | just preceding something else
00000004 00 a 01 future 0 001 ! 00000001 a 0101 | yet to be
00000005 00 a 01 old 0 000 | having lived for a long time
00000006 00 s 01 aged 0 001 & 00000005 a 0000 | advanced in years
00000007 00 a 01 purple 0 000 | of a colour no other word here names
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    return write_texts(tmp_path, {"data.adj": DATA_ADJ}, encoding="latin-1")


def test_a_word_holds_the_cluster_of_every_sense(builder: ModuleType, wordnet: Path) -> None:
    table = builder.adjective_clusters(wordnet)
    assert table["old"] == table["former"] | table["aged"]
    assert len(table["old"]) == 2


def test_satellites_of_one_head_and_the_head_share_a_cluster(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.adjective_clusters(wordnet)
    assert table["former"] == table["previous"] == table["past"]


def test_antonyms_and_clusters_of_one_word_are_left_apart(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.adjective_clusters(wordnet)
    assert table["past"].isdisjoint(table.get("future", set()))
    assert "purple" not in table  # its cluster holds no other word


def test_the_table_starts_with_the_wordnet_notice(
    builder: ModuleType, wordnet: Path, tmp_path: Path
) -> None:
    path = tmp_path / "out.txt"
    builder.write_clusters(builder.adjective_clusters(wordnet), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# Derived from WordNet 3.0 by tools/build_adjective_senses.py")
    assert any(line.startswith("former\t") for line in lines)
