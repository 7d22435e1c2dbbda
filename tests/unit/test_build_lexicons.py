"""tools/build_lexicons.py: antonym pairs from a WordNet database, strong words from VADER."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

TOOL = Path(__file__).resolve().parents[2] / "tools" / "build_lexicons.py"


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_lexicons", TOOL)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


DATA_ADJ = """\
  1 This header line of the licence starts with spaces.
00000001 00 a 01 hopeful 0 001 ! 00000002 a 0101 | having hope
00000002 00 a 01 hopeless 0 001 ! 00000001 a 0101 | without hope
00000003 00 s 01 optimistic 0 001 & 00000001 a 0000 | expecting the best
00000004 00 a 01 common 0 001 ! 00000005 a 0101 | a rare sense of common
00000005 00 a 01 rare 0 001 ! 00000004 a 0101 | seldom found
"""
INDEX_ADJ = """\
  1 header
common a 3 1 ! 3 0 00000009 00000008 00000004
hopeful a 1 1 ! 1 0 00000001
hopeless a 1 1 ! 1 0 00000002
optimistic a 1 1 & 1 0 00000003
rare a 1 1 ! 1 0 00000005
"""
DATA_VERB = (
    "00000010 29 v 02 accept 0 take 0 001 ! 00000011 v 0101 | receive\n"
    "00000011 29 v 01 reject 0 001 ! 00000010 v 0101 | refuse\n"
)
INDEX_VERB = "accept v 1 1 ! 1 0 00000010\nreject v 1 1 ! 1 0 00000011\ntake v 1 1 ! 1 0 00000010\n"


DATA_NOUN = """\
00000020 15 n 01 Jamaica 0 001 @i 00000023 n 0000 | an island country
00000021 15 n 01 Lincoln 0 001 @i 00000023 n 0000 | a city in Nebraska
00000022 18 n 01 Lincoln 0 000 | a president
00000023 15 n 01 country 0 000 | a nation
00000024 15 n 01 Reading 0 001 @i 00000023 n 0000 | a town in England
00000025 04 n 01 reading 0 000 | the act of reading
"""


@pytest.fixture
def wordnet(tmp_path: Path) -> Path:
    for name, text in {
        "data.adj": DATA_ADJ, "index.adj": INDEX_ADJ,
        "data.verb": DATA_VERB, "index.verb": INDEX_VERB, "data.noun": DATA_NOUN,
        "index.adv": "",
    }.items():  # fmt: skip
        (tmp_path / name).write_text(text, encoding="latin-1")
    return tmp_path


def test_direct_and_indirect_antonyms_of_frequent_senses(
    builder: ModuleType, wordnet: Path
) -> None:
    pairs = builder.antonym_pairs(wordnet)
    assert ("hopeful", "hopeless") in pairs
    assert ("hopeless", "optimistic") in pairs  # a satellite opposes its head's antonym
    assert ("accept", "reject") in pairs
    assert ("reject", "take") not in pairs  # the pointer joins "accept" only
    assert ("common", "rare") not in pairs  # the third sense of "common" is rare


def test_tables_are_written_with_their_notice(
    builder: ModuleType, wordnet: Path, tmp_path: Path
) -> None:
    out = tmp_path / "antonyms.txt"
    builder.write_antonyms(builder.antonym_pairs(wordnet), out)
    text = out.read_text(encoding="utf-8")
    assert "Princeton University" in text
    assert "hopeful | hopeless\n" in text
    vader = tmp_path / "vader_lexicon.txt"
    vader.write_text(
        "praised\t2.2\t0.6\t[]\ngrim\t-2.7\t0.6\t[]\nokay\t0.9\t0.5\t[]\n:)\t2.0\t1\t[]\n"
    )
    assert builder.evaluative_words(vader) == {"praised": 2.2, "grim": -2.7}


def test_place_names_are_locations_no_person_bears_nor_everyday_words(
    builder: ModuleType, wordnet: Path
) -> None:
    assert builder.place_names(wordnet) == ["Jamaica"]
