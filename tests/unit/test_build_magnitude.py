"""tools/build_magnitude.py: adjectives and adverbs of great or little size, extent or
gravity, from WordNet's clusters."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_magnitude")


DATA_ADJ = """\
  1 This header line of the licence starts with spaces.
00000001 00 a 01 large 0 000 | above average in size
00000002 00 s 01 huge 0 001 & 00000001 a 0000 | unusually great in size
00000003 00 a 01 small 0 000 | limited in size
00000004 00 s 01 tiny 0 001 & 00000003 a 0000 | very small
00000005 00 a 01 critical 0 000 | being in or verging on a state of crisis
00000006 00 s 01 serious 0 001 & 00000005 a 0000 | causing fear of great harm
00000007 00 a 01 serious 0 000 | concerned with work or important matters
00000008 00 s 01 star 0 001 & 00000001 a 0000 | indicating the most important performer
00000009 00 s 01 fine 0 001 & 00000001 a 0000 | of great extent
00000010 00 s 01 fine 0 001 & 00000003 a 0000 | thin in thickness
00000011 00 a 01 green 0 000 | of the colour of grass
"""
INDEX_ADJ = """\
  1 header
critical a 1 0 1 0 00000005
fine a 2 0 2 0 00000009 00000010
green a 1 0 1 0 00000011
huge a 1 0 1 0 00000002
large a 1 0 1 0 00000001
serious a 2 0 2 0 00000007 00000006
small a 1 0 1 0 00000003
star a 1 0 1 0 00000008
tiny a 1 0 1 0 00000004
"""
DATA_ADV = """\
  1 header
00000101 02 r 01 seriously 0 001 \\ 00000006 a 0101 | in a serious manner
00000102 02 r 01 slightly 0 000 | to a small degree
00000103 02 r 01 tinily 0 000 | in a tiny way
00000104 02 r 01 greenly 0 000 | in a green way
"""
INDEX_ADV = """\
  1 header
greenly r 1 0 1 0 00000104
seriously r 1 0 1 0 00000101
slightly r 1 0 1 0 00000102
"""
CNTLIST = """\
star%1:18:00:: 1 40
star%5:00:00:large:00 1 2
large%3:00:00:: 1 30
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    texts = {
        "data.adj": DATA_ADJ,
        "index.adj": INDEX_ADJ,
        "data.adv": DATA_ADV,
        "index.adv": INDEX_ADV,
        "cntlist.rev": CNTLIST,
    }
    return write_texts(tmp_path, texts, encoding="latin-1")


def test_the_clusters_of_the_roots_give_the_poles(builder: ModuleType, wordnet: Path) -> None:
    table = builder.adjective_poles(wordnet)
    assert table["large"] == table["huge"] == "high"
    assert table["small"] == table["tiny"] == "low"
    assert table["serious"] == "high"  # a later sense in the cluster of "critical"
    assert "fine" not in table  # a sense on each pole
    assert "star" not in table  # used mostly as a noun
    assert "green" not in table


def test_adverbs_take_the_pole_of_their_adjective(builder: ModuleType, wordnet: Path) -> None:
    table = builder.adverb_poles(wordnet, {"serious": "high", "slight": "low"})
    assert table["seriously"] == "high"  # its pertainym
    assert table["slightly"] == "low"  # its ending
    assert "greenly" not in table


def test_the_table_is_written_with_its_notice(
    builder: ModuleType, wordnet: Path, tmp_path: Path
) -> None:
    out = tmp_path / "magnitude.txt"
    builder.write_magnitude({"minor": "low", "major": "high"}, out)
    text = out.read_text(encoding="utf-8")
    assert "WordNet 3.0" in text and "build_magnitude" in text
    assert "major\thigh\nminor\tlow\n" in text
