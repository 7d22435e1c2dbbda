"""tools/build_name_things.py: job words WordNet's SemCor never attests."""

from __future__ import annotations

from tests.tools import load_tool


def test_a_common_noun_joined_to_a_person_noun_is_a_job_word() -> None:
    tool = load_tool("build_name_things")
    common = {"ship", "owner", "shipowner", "fire", "fighter", "firefighter", "hakeem", "ache"}
    heads = {"owner", "fighter", "son"}
    assert tool._compound_job_noun("shipowner", heads, common)
    assert tool._compound_job_noun("firefighter", heads, common)
    assert not tool._compound_job_noun("hakeem", heads, common)  # no person noun in it
    assert not tool._compound_job_noun("acheson", heads, common)  # no common noun
