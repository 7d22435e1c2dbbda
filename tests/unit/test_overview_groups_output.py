"""``diptych overview``: the groups of articles about one event, in the JSON and the text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.seed_versions import write_seed_versions
from tui.cli import main


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    folder = tmp_path_factory.mktemp("groups") / "versions"
    return folder, write_seed_versions(folder)


def overview(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["overview", *args]) == 0
    return capsys.readouterr().out


def test_json_groups_hold_each_seeds_versions_and_their_pairs_counts(
    versions: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, seed_of = versions
    document = json.loads(overview(capsys, str(folder), "--format", "json", "--jobs", "1"))
    assert document["schema"] == "diptych.overview/2"
    groups = document["groups"]
    assert len(groups) >= 3 and all(len(g["articles"]) >= 2 for g in groups)
    sizes = [len(g["articles"]) for g in groups]
    assert sizes == sorted(sizes, reverse=True)
    titles = {a["file"]: a["title"] for a in document["articles"]}
    placed = [name for g in groups for name in g["articles"]]
    assert len(placed) == len(set(placed))  # an article is in one group at most
    for group in groups:
        assert group["title"] == titles[group["articles"][0]]
        members = set(group["articles"])
        within = [p for p in document["pairs"] if {p["left"], p["right"]} <= members]
        assert group["pairs"] == len(within)
        for count in ("contradictions", "names", "shared"):
            assert group[count] == sum(p[count] for p in within)
    # each group is about one seed: two or more of its versions (they share sentences)
    for group in groups:
        seeds = [seed_of[name] for name in group["articles"]]
        assert max(seeds.count(seed) for seed in seeds) >= 2


def test_text_lists_the_groups_before_the_pairs(
    versions: tuple[Path, dict[str, str]], capsys: pytest.CaptureFixture[str]
) -> None:
    folder, _ = versions
    out = overview(capsys, str(folder), "--jobs", "1")
    heading = next(line for line in out.splitlines() if "groups about one event" in line)
    assert out.index(heading) < out.index("aligned contra names shared")
    assert heading.endswith("alone):")
