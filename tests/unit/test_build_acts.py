"""tools/build_acts.py: the verbs naming an act that doing a verb is doing too, from
WordNet: synonyms, a near hypernym, an entailment, not a catch-all act nor an opposite."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_acts")


DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000001 40 v 02 get 0 acquire 0 001 ~ 00000002 v 0000 | come into possession of
00000002 40 v 02 buy 0 purchase 0 002 @ 00000001 v 0000 * 00000003 v 0000 | obtain by paying
00000003 40 v 01 pay 0 000 | give money
00000004 29 v 01 sleep 0 000 | be asleep
00000005 29 v 01 snore 0 001 * 00000004 v 0000 | breathe noisily in sleep
00000006 30 v 01 change 0 003 ~ 00000007 v 0000 ~ 00000008 v 0000 ~ 00000009 v 0000 | alter
00000007 30 v 01 repaint 0 001 @ 00000006 v 0000 | paint again
00000008 30 v 01 open 0 002 ! 00000009 v 0101 $ 00000009 v 0000 | make open
00000009 30 v 01 close 0 001 ! 00000008 v 0101 | make closed
00000010 30 v 01 buy 0 001 @ 00000004 v 0000 | a third sense, read as no act
"""
INDEX_VERB = """\
  1 header
acquire v 1 1 @ 1 0 00000001
buy v 3 1 @ 3 0 00000002 00000003 00000010
change v 1 1 @ 1 0 00000006
close v 1 1 @ 1 0 00000009
get v 1 1 @ 1 0 00000001
open v 1 1 @ 1 0 00000008
pay v 1 1 @ 1 0 00000003
purchase v 1 1 @ 1 0 00000002
repaint v 1 1 @ 1 0 00000007
sleep v 1 1 @ 1 0 00000004
snore v 1 1 @ 1 0 00000005
"""


@pytest.fixture
def table(builder: ModuleType, tmp_path: Path) -> dict[str, set[str]]:
    folder = write_texts(
        tmp_path, {"data.verb": DATA_VERB, "index.verb": INDEX_VERB}, encoding="latin-1"
    )
    acts: dict[str, set[str]] = builder.act_table(folder)
    return acts


def test_a_kind_of_act_implies_its_near_hypernym(table: dict[str, set[str]]) -> None:
    assert {"acquire", "get", "purchase"} <= table["buy"]
    assert "buy" not in table["acquire"]


def test_an_entailed_act_is_implied(table: dict[str, set[str]]) -> None:
    assert "sleep" in table["snore"]
    assert "pay" in table["buy"]


def test_a_synonym_implies_the_verb_as_the_verb_implies_it(table: dict[str, set[str]]) -> None:
    assert "buy" in table["purchase"]


def test_a_catch_all_hypernym_and_a_rare_sense_imply_nothing(
    builder: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(builder, "MAX_TROPONYMS", 2)
    folder = write_texts(
        tmp_path, {"data.verb": DATA_VERB, "index.verb": INDEX_VERB}, encoding="latin-1"
    )
    acts = builder.act_table(folder)
    assert "change" not in acts.get("repaint", set())
    assert "sleep" not in acts["buy"]


def test_an_opposite_in_its_verb_group_is_never_implied(table: dict[str, set[str]]) -> None:
    assert "close" not in table.get("open", set())
