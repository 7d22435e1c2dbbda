"""Synonym classes for the aligner: the shipped table and the tool that builds it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from tests.text_files import write_texts
from tests.tools import load_tool
from tui.engine.paraphrase import synonym_dice
from tui.engine.similarity import Profile
from tui.engine.synonyms import synonym_pairs


def test_words_sharing_a_frequent_sense_are_synonyms() -> None:
    assert synonym_pairs(["hurri", "remain"], ["stay", "rush"]) == [
        ("hurri", "rush"),
        ("remain", "stay"),
    ]
    # Derivationally related forms whose stems differ.
    assert synonym_pairs(["decis", "relianc"], ["reli", "decid"]) == [
        ("decis", "decid"),
        ("relianc", "reli"),
    ]


def test_a_rare_sense_of_both_words_does_not_make_them_synonyms() -> None:
    # "social" and "school" meet only as rare verb senses ("to socialise", "to educate").
    assert synonym_pairs(["social"], ["school"]) == []
    assert synonym_pairs(["minist"], ["hurri"]) == []


def test_each_word_takes_part_in_one_pair_only() -> None:
    assert synonym_pairs(["hasten"], ["rush"]) == [("hasten", "rush")]
    assert synonym_pairs(["hurri"], ["rush"]) == [("hurri", "rush")]
    # Both are synonyms of "rush": one "rush" pairs with one of them.
    assert len(synonym_pairs(["hasten", "hurri"], ["rush"])) == 1


def test_a_synonym_earns_part_of_a_shared_words_weight() -> None:
    weights = {"offici": 1.0, "remain": 1.0, "stay": 1.0, "dine": 1.0}
    left = Profile(0, 0, frozenset({"offici", "remain"}), "")
    same = Profile(0, 0, frozenset({"offici"}), "")
    assert synonym_dice(left, Profile(0, 0, frozenset({"offici", "remain"}), ""), weights) == 1.0
    with_synonym = synonym_dice(left, Profile(0, 0, frozenset({"offici", "stay"}), ""), weights)
    with_other = synonym_dice(left, Profile(0, 0, frozenset({"offici", "dine"}), ""), weights)
    assert with_other == pytest.approx(0.5)
    assert with_other < with_synonym < 1.0
    assert synonym_dice(left, same, weights) == pytest.approx(2 / 3)


@pytest.fixture(scope="module")
def builder() -> ModuleType:
    return load_tool("build_synonyms")


INDEX_VERB = """\
  1 This header line of the licence starts with spaces.
hurry v 2 1 @ 2 0 00000001 00000002
rush v 4 1 @ 4 0 00000003 00000004 00000005 00000002
stay v 1 1 @ 1 0 00000006
remain v 1 1 @ 1 0 00000006
dine v 1 1 @ 1 0 00000007
decide v 1 1 + 1 0 00000008
"""
DATA_VERB = """\
  1 This header line of the licence starts with spaces.
00000008 31 v 01 decide 0 001 + 00000009 n 0101 | reach a conclusion
"""
INDEX_NOUN = "decision n 2 1 + 2 0 00000010 00000009\n"
DATA_NOUN = "00000009 04 n 01 decision 0 001 + 00000008 v 0101 | the act of deciding\n"


def test_tool_keeps_classes_of_frequent_senses_two_words_share(
    builder: ModuleType, tmp_path: Path
) -> None:
    texts = {
        "index.adj": "", "data.adj": "", "index.adv": "", "data.adv": "",
        "index.verb": INDEX_VERB, "data.verb": DATA_VERB,
        "index.noun": INDEX_NOUN, "data.noun": DATA_NOUN,
    }  # fmt: skip
    table = builder.synonym_classes(write_texts(tmp_path, texts, encoding="latin-1"))
    # "dine" shares no synset: it has no class, and no class holds one stem only.
    assert set(table) == {"hurri", "rush", "stay", "remain", "decid", "decis"}
    # "decision" (its second sense) and "decide" are derivationally related main senses.
    assert table["decid"][0] & table["decis"][0]
    hurry_main, rush_main, rush_other = table["hurri"][0], *table["rush"]
    # The hurry/rush synset is hurry's second sense (a main one) and rush's fourth.
    assert hurry_main & rush_other and not rush_main
    assert table["stay"] == table["remain"]
    out = tmp_path / "synonyms.txt"
    builder.write_synonyms(table, out)
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if line[0] != "#"]
    assert [line.split("\t")[0] for line in lines] == [
        "decid",
        "decis",
        "hurri",
        "remain",
        "rush",
        "stay",
    ]


def test_the_table_is_read_only_when_an_alignment_needs_it() -> None:
    code = (
        "import tui.engine.compare, tui.engine.synonyms as s\n"
        "print(s._raw_table.cache_info().currsize)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "0"
