"""tools/build_outcomes.py: which outcome of a contest a verb gives its subject, and
which verbs say an act was accomplished, from WordNet."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_outcomes")


DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000001 33 v 01 win 0 000 | be the winner in a contest or competition
00000002 33 v 01 beat 0 001 @ 00000005 v 0000 | come out better in a competition
00000003 33 v 01 crush 0 001 @ 00000002 v 0000 | beat thoroughly
00000004 33 v 01 lose 0 000 | fail to win
00000005 33 v 02 get_the_better_of 0 defeat 0 000 | win a victory over
00000006 33 v 01 outsmart 0 001 @ 00000005 v 0000 | defeat by being more clever
00000007 40 v 01 lose 0 000 | fail to keep
00000008 30 v 01 walk 0 000 | go on foot
00000009 30 v 01 beat 0 000 | hit repeatedly
00000010 30 v 02 complete 0 finish 0 000 | come or bring to a finish or an end
00000011 30 v 01 wrap_up 0 001 @ 00000010 v 0000 | finish a task completely
00000012 30 v 01 meet 0 000 | fill or meet a want or need
00000013 30 v 01 serve 0 001 @ 00000012 v 0000 | satisfy a requirement
"""
INDEX_VERB = """\
  1 header
beat v 2 1 @ 2 0 00000002 00000009
complete v 1 1 @ 1 0 00000010
defeat v 1 1 @ 1 0 00000005
finish v 1 1 @ 1 0 00000010
lose v 2 1 @ 2 0 00000007 00000004
meet v 1 1 @ 1 0 00000012
outsmart v 1 1 @ 1 0 00000006
serve v 1 1 @ 1 0 00000013
crush v 1 1 @ 1 0 00000003
walk v 1 1 @ 1 0 00000008
win v 1 1 @ 1 0 00000001
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    texts = {
        "data.verb": DATA_VERB,
        "index.verb": INDEX_VERB,
        "verb.exc": "won win\nlost lose\nbeaten beat\nmet meet\n",
    }
    return write_texts(tmp_path, texts, encoding="latin-1")


def test_verbs_of_winning_and_losing(builder: ModuleType, wordnet: Path) -> None:
    table = builder.outcomes(wordnet)
    assert table["win"] == table["beat"] == table["crush"] == table["defeat"] == "win"
    assert table["lose"] == "lose"  # by its contest sense, though "fail to keep" is first
    assert "outsmart" not in table  # a kind of "defeat", not of winning a contest
    assert "walk" not in table


def test_verbs_of_accomplishment_without_their_kinds(builder: ModuleType, wordnet: Path) -> None:
    table = builder.outcomes(wordnet)
    assert table["complete"] == table["finish"] == table["meet"] == "done"
    assert "serve" not in table  # a kind of "meet": satisfying a need is no act done


def test_inflected_forms_are_written(builder: ModuleType, wordnet: Path, tmp_path: Path) -> None:
    out = tmp_path / "contest.txt"
    builder.write_outcomes(builder.outcomes(wordnet), wordnet, out)
    rows = dict(line.split("\t") for line in out.read_text().splitlines() if "\t" in line)
    assert rows["won"] == rows["beaten"] == rows["crushed"] == "win"
    assert rows["lost"] == rows["losing"] == "lose"
    assert rows["met"] == rows["completed"] == "done"


REQUEST_VERB = """\
  1 This header line of the licence starts with spaces.
00000021 31 v 02 refuse 0 decline 0 000 | refuse to accept; "He refused my offer"
00000022 31 v 01 snub 0 001 @ 00000021 v 0000 | refuse to acknowledge
00000023 31 v 02 allow 0 grant 0 000 | let have; "grant permission"
00000024 31 v 02 worsen 0 decline 0 000 | grow worse
"""
REQUEST_INDEX = """\
  1 header
allow v 1 1 @ 1 0 00000023
decline v 2 1 @ 2 0 00000024 00000021
grant v 1 1 @ 1 0 00000023
refuse v 1 1 @ 1 0 00000021
snub v 1 1 @ 1 0 00000022
"""


def test_verbs_that_answer_a_request_either_way(builder: ModuleType, tmp_path: Path) -> None:
    folder = write_texts(
        tmp_path,
        {"data.verb": REQUEST_VERB, "index.verb": REQUEST_INDEX, "verb.exc": ""},
        encoding="latin-1",
    )
    table = builder.outcomes(folder)
    assert table["refuse"] == table["decline"] == "refuse"  # "decline" in its second sense
    assert table["grant"] == table["allow"] == "grant"
    assert "snub" not in table  # a kind of refusing, not a synonym
