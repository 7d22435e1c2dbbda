"""tools/build_change.py: which way a verb says an amount moved, from WordNet."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_change")


DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000001 30 v 01 increase 0 000 | become bigger or greater in amount
00000002 30 v 01 decrease 0 000 | decrease in size, extent, or range
00000003 30 v 02 rise 0 climb 0 001 @ 00000001 v 0000 | increase in value
00000004 30 v 01 soar 0 001 @ 00000003 v 0000 | rise rapidly
00000005 30 v 01 fall 0 001 @ 00000002 v 0000 | decrease in value
00000006 30 v 01 swing 0 002 @ 00000001 v 0000 @ 00000002 v 0000 | move both ways
00000007 30 v 01 gain 0 002 @ 00000001 v 0000 ! 00000008 v 0101 | increase in value
00000008 30 v 01 lose 0 002 ! 00000007 v 0101 ! 00000010 v 0101 | fail to keep
00000009 30 v 01 walk 0 000 | go on foot
00000010 30 v 01 find 0 001 ! 00000008 v 0101 | come upon
"""
INDEX_VERB = """\
  1 header
climb v 1 1 @ 1 0 00000003
decrease v 1 1 @ 1 0 00000002
fall v 1 1 @ 1 0 00000005
find v 1 1 ! 1 0 00000010
gain v 1 1 @ 1 0 00000007
increase v 1 1 @ 1 0 00000001
lose v 1 1 ! 1 0 00000008
rise v 1 1 @ 1 0 00000003
soar v 1 1 @ 1 0 00000004
swing v 1 1 @ 1 0 00000006
walk v 1 1 @ 1 0 00000009
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    texts = {
        "data.verb": DATA_VERB,
        "index.verb": INDEX_VERB,
        "data.adj": "",
        "index.adj": "",
        "verb.exc": "rose rise\nfell fall\n",
    }
    return write_texts(tmp_path, texts, encoding="latin-1")


def test_verbs_that_are_kinds_of_increase_or_decrease_move_an_amount(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.directions(wordnet)
    assert table["rise"] == table["climb"] == table["soar"] == table["gain"] == "up"
    assert table["fall"] == "down"
    assert table["lose"] == "down"  # the antonym of a verb that moves up
    assert "swing" not in table and "walk" not in table  # both ways; neither
    assert "find" not in table  # an antonym of an antonym: no direction of its own


def test_inflected_forms_are_written(builder: ModuleType, wordnet: Path, tmp_path: Path) -> None:
    out = tmp_path / "change.txt"
    builder.write_change(builder.directions(wordnet), wordnet, out)
    rows = dict(line.split("\t") for line in out.read_text().splitlines() if "\t" in line)
    assert rows["rose"] == rows["soared"] == rows["climbing"] == "up"
    assert rows["fell"] == rows["falls"] == "down"
