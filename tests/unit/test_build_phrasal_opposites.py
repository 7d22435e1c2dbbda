"""tools/build_phrasal_opposites.py: opposites of two-word verbs, from what WordNet says
they mean (a tiny WordNet here; the one-word opposites are the shipped antonyms.txt)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_phrasal_opposites")


DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000001 30 v 01 increase 0 001 ! 00000002 v 0101 | become bigger
00000002 30 v 01 decrease 0 001 ! 00000001 v 0101 | become smaller
00000003 30 v 02 escalate 0 step_up 0 001 @ 00000001 v 0000 | increase in extent
00000004 30 v 01 scale_down 0 001 @ 00000002 v 0000 | reduce in scale
00000005 32 v 01 veto 0 000 | vote against
00000006 32 v 02 vote_down 0 arrest 0 001 @ 00000005 v 0000 | thwart the passage of
00000007 32 v 01 approve 0 000 | give sanction to
00000008 41 v 01 go_ahead 0 000 | proceed (with a plan of action)
00000009 41 v 01 proceed 0 000 | continue a course of action
00000010 41 v 01 stop 0 000 | come to a halt
00000011 41 v 01 release 0 000 | let go of
00000012 41 v 01 find 0 000 | come upon
00000013 41 v 02 found 0 launch 0 001 ! 00000014 v 0101 | set up or establish
00000014 41 v 01 close_down 0 001 ! 00000013 v 0101 | cease to operate
00000015 40 v 01 sell 0 001 ! 00000016 v 0101 | exchange for money
00000016 40 v 01 buy 0 001 ! 00000015 v 0101 | obtain by purchase
00000017 40 v 01 auction_off 0 001 @ 00000015 v 0000 | sell at an auction
"""
INDEX_VERB = """\
  1 header
approve v 1 0 1 0 00000007
auction_off v 1 1 @ 1 0 00000017
buy v 1 1 ! 1 0 00000016
sell v 1 1 ! 1 0 00000015
arrest v 3 0 3 0 00000011 00000012 00000006
decrease v 1 1 ! 1 0 00000002
escalate v 1 1 @ 1 0 00000003
find v 1 0 1 0 00000012
found v 1 0 1 0 00000013
go_ahead v 1 0 1 0 00000008
close_down v 1 1 ! 1 0 00000014
increase v 1 1 ! 1 0 00000001
launch v 1 1 ! 1 0 00000013
proceed v 1 0 1 0 00000009
release v 1 0 1 0 00000011
scale_down v 1 1 @ 1 0 00000004
step_up v 1 1 @ 1 0 00000003
stop v 1 0 1 0 00000010
veto v 1 0 1 0 00000005
vote_down v 1 1 @ 1 0 00000006
"""
VERB_EXC = "found find\n"


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    texts = {"data.verb": DATA_VERB, "index.verb": INDEX_VERB, "verb.exc": VERB_EXC}
    return write_texts(tmp_path, texts, encoding="latin-1")


def test_two_word_verbs_inherit_the_antonyms_of_what_they_are_a_kind_of(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.phrasal_opposites(wordnet)
    assert {"scale down", "decrease"} <= table["step up"]
    assert {"step up", "escalate", "increase"} <= table["scale down"]


def test_two_word_verbs_inherit_the_hand_opposites_of_what_they_mean(
    builder: ModuleType, wordnet: Path
) -> None:
    table = builder.phrasal_opposites(wordnet)
    assert "approve" in table["vote down"]  # a kind of "veto" (antonyms.txt)
    assert "stop" in table["go ahead"]  # its gloss opens with "proceed"
    # "arrest" stands beside "vote down" in its third, rare sense: no "release"
    assert "release" not in table["vote down"]


def test_no_opposite_passes_between_the_two_parties_of_one_act(
    builder: ModuleType, wordnet: Path
) -> None:
    """The verbs "sell" and "buy" tell one sale from each side (antonyms.txt: "buy <> sell")."""
    assert "buy" not in builder.phrasal_opposites(wordnet).get("auction off", set())


def test_an_irregular_form_of_another_verb_is_no_opposite(
    builder: ModuleType, wordnet: Path
) -> None:
    """The lemma "found" (establish) would match the past of "find" in any text."""
    table = builder.phrasal_opposites(wordnet)
    assert "launch" in table["close down"] and "found" not in table["close down"]


def test_the_table_is_written_in_the_format_of_the_antonym_lists(
    builder: ModuleType, wordnet: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.txt"
    builder.write_opposites({"step up": {"scale down", "decrease"}}, out)
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    assert lines == ["step up | decrease, scale down"]
