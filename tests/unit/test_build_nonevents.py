"""tools/build_nonevents.py: the verbs whose act is that something does not happen, ends or
stays as it was, from WordNet: root senses and their ways down to DEPTH steps, a
shallow root's sense alone, each verb with the rank of its first sense in the class."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_nonevents")


DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000001 41 v 02 cancel 0 call_off 0 000 | postpone indefinitely or annul something scheduled
00000002 41 v 01 scrub 0 001 @ 00000001 v 0000 | call off at the last moment
00000003 41 v 01 rain_out 0 001 @ 00000002 v 0000 | call off because of rain
00000004 41 v 01 soak 0 001 @ 00000003 v 0000 | a way three steps below the root
00000005 42 v 03 keep 0 maintain 0 hold 0 000 | keep in a certain state
00000006 42 v 01 store 0 001 @ 00000005 v 0000 | a way of keeping
00000007 41 v 01 hold 0 000 | organize or be responsible for
00000008 38 v 01 withdraw 0 000 | pull back or move away
00000009 41 v 01 withdraw 0 001 @ 00000001 v 0000 | retire from active participation
00000010 30 v 01 play 0 000 | take part in a game
00000011 41 v 01 play 0 001 @ 00000001 v 0000 | a fifth sense, too rare to count
"""
INDEX_VERB = """\
  1 header
call_off v 1 1 @ 1 0 00000001
cancel v 1 1 @ 1 0 00000001
hold v 2 1 @ 2 0 00000005 00000007
keep v 1 1 @ 1 0 00000005
maintain v 1 1 @ 1 0 00000005
play v 5 1 @ 5 0 00000010 00000010 00000010 00000010 00000011
rain_out v 1 1 @ 1 0 00000003
scrub v 1 1 @ 1 0 00000002
soak v 1 1 @ 1 0 00000004
store v 1 1 @ 1 0 00000006
withdraw v 2 1 @ 2 0 00000008 00000009
"""


@pytest.fixture
def table(builder: ModuleType, tmp_path: Path) -> dict[str, int]:
    folder = write_texts(
        tmp_path, {"data.verb": DATA_VERB, "index.verb": INDEX_VERB}, encoding="latin-1"
    )
    nonevents: dict[str, int] = builder.nonevent_table(folder)
    return nonevents


def test_a_root_sense_and_its_ways_down_to_the_depth(table: dict[str, int]) -> None:
    assert table["cancel"] == table["call off"] == table["scrub"] == table["rain out"] == 0
    assert "soak" not in table


def test_a_shallow_roots_sense_counts_without_its_ways(table: dict[str, int]) -> None:
    assert table["keep"] == table["maintain"] == table["hold"] == 0
    assert "store" not in table


def test_a_verb_keeps_the_rank_of_its_first_sense_in_the_class(table: dict[str, int]) -> None:
    assert table["withdraw"] == 1


def test_a_rare_sense_puts_no_verb_in_the_class(table: dict[str, int]) -> None:
    assert "play" not in table
