"""tools/build_name_things.py: job words WordNet's SemCor never attests."""

from __future__ import annotations

from pathlib import Path

from tests.tools import load_tool


def test_a_common_noun_joined_to_a_person_noun_is_a_job_word() -> None:
    tool = load_tool("build_name_things")
    common = {"ship", "owner", "shipowner", "fire", "fighter", "firefighter", "hakeem", "ache"}
    heads = {"owner", "fighter", "son"}
    assert tool._compound_job_noun("shipowner", heads, common)
    assert tool._compound_job_noun("firefighter", heads, common)
    assert not tool._compound_job_noun("hakeem", heads, common)  # no person noun in it
    assert not tool._compound_job_noun("acheson", heads, common)  # no common noun


def test_a_person_noun_derived_from_another_word_is_told_by_wordnets_pointer(
    tmp_path: Path,
) -> None:
    """A "+" pointer (derivationally related form) leaving from the word itself: "herder"
    (word 1) is derived from herd; a synset whose pointer leaves from another of its words
    ("apiarist" for "beekeeper", word 2) derives only that word; "amir" has none."""
    tool = load_tool("build_name_things")
    (tmp_path / "data.noun").write_text(
        "  1 This software and database is provided\n"
        "10171567 18 n 01 herder 0 02 @ 10000001 n 0000 + 02652158 v 0101 | one who herds\n"
        "09846755 18 n 02 beekeeper 0 apiarist 0 02 @ 10000002 n 0000 + 00916285 n 0201 | x\n"
        "10052497 18 n 01 amir 0 01 @ 10000003 n 0000 | a ruler\n",
        encoding="utf-8",
    )
    derived = tool.derived_words(tmp_path)
    assert derived == {"10171567": frozenset({"herder"}), "09846755": frozenset({"apiarist"})}

    def above(offset: str) -> frozenset[str]:
        return frozenset({offset, "00007846"})  # every synset here is a person

    assert tool._derived_person_noun("herder", ["10171567"], derived, above)
    assert not tool._derived_person_noun("beekeeper", ["09846755"], derived, above)
    assert not tool._derived_person_noun("amir", ["10052497"], derived, above)
