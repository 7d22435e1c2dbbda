"""The overview's pairs compared on a Dask cluster (a LocalCluster of one worker process)."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from distributed import LocalCluster

from tui.cli import main
from tui.engine import pair_jobs
from tui.engine.corpus import load_corpus
from tui.engine.dask_jobs import DaskMissing, summarise_on_dask


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        yield cluster.scheduler_address


def test_the_cluster_gives_the_summaries_of_this_process(
    seeds: Path, scheduler: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = sorted(load_corpus(seeds).articles, key=lambda a: a.name)
    pairs = [(3, 4), (0, 1), (1, 2), (0, 2), (2, 4)]
    monkeypatch.setattr(pair_jobs, "CHUNK_PAIRS", 2)  # three jobs
    seen: list[tuple[int, int]] = []
    on_cluster = summarise_on_dask(
        articles, pairs, scheduler, lambda done, total: seen.append((done, total))
    )
    assert on_cluster == pair_jobs.summarise_pairs(articles, pairs, workers=1)
    assert [total for _, total in seen] == [5, 5, 5]
    assert seen[-1] == (5, 5)


def test_overview_json_is_the_same_on_the_cluster(
    seeds: Path, scheduler: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["overview", str(seeds), "--format", "json", "--jobs", "1"]) == 0
    local = json.loads(capsys.readouterr().out)
    command = ["overview", str(seeds), "--format", "json", "--executor", "dask"]
    assert main([*command, "--scheduler", scheduler]) == 0
    assert json.loads(capsys.readouterr().out) == local


def test_executor_and_scheduler_go_together(
    seeds: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["overview", str(seeds), "--executor", "dask"]) != 0
    assert "--scheduler" in capsys.readouterr().err
    assert main(["overview", str(seeds), "--scheduler", "tcp://127.0.0.1:1"]) != 0


def test_without_the_extra_the_executor_says_what_to_install(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails
    articles = load_corpus(seeds).articles
    with pytest.raises(DaskMissing, match=r"diptych\[dask\]"):
        summarise_on_dask(articles, [(0, 1)], "tcp://127.0.0.1:1")
