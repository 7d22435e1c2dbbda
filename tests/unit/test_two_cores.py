"""A long comparison split across two processes finds what one process finds."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.engine import compare as compare_module
from tui.engine.compare import compare
from tui.engine.corpus import load_article
from tui.engine.forked import Forked, Inbox


def test_forked_returns_what_the_child_computed_from_the_value_sent() -> None:
    parent = os.getpid()

    def compute(inbox: Inbox) -> tuple[bool, object]:
        return os.getpid() != parent, inbox.receive()

    child = Forked(compute)
    child.send([1, 2, 3])
    assert child.result() == (True, [1, 2, 3])


def test_forked_raises_the_childs_exception_here() -> None:
    def compute(inbox: Inbox) -> int:
        raise ValueError(f"no {inbox.receive()}")

    child = Forked(compute)
    child.send("luck")
    with pytest.raises(ValueError, match="no luck"):
        child.result()


def test_forked_computes_here_when_the_child_dies_without_a_result() -> None:
    parent = os.getpid()

    def compute(inbox: Inbox) -> object:
        if os.getpid() != parent:
            os._exit(3)
        return inbox.receive()

    child = Forked(compute)
    child.send("fallback")
    assert child.result() == "fallback"


@pytest.mark.parametrize("here_share", [0.0, 0.5, 1.0])
def test_two_cores_find_what_one_finds(
    seeds: Path, monkeypatch: pytest.MonkeyPatch, here_share: float
) -> None:
    left = load_article(seeds / "000_4ab7afceee558d79.txt")
    right = load_article(seeds / "001_cf6e1a4fd903ed95.txt")
    one = compare(left, right)
    assert {f.kind for f in one.findings} == {"shared", "contradiction", "name"}
    monkeypatch.setattr(compare_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(compare_module, "HERE_SHARE", here_share)
    stages: list[str] = []
    two = compare(
        load_article(seeds / "000_4ab7afceee558d79.txt"),
        load_article(seeds / "001_cf6e1a4fd903ed95.txt"),
        progress=stages.append,
        cores=2,
    )
    assert two.alignments == one.alignments
    assert two.findings == one.findings
    assert stages == [
        "aligning sentences",
        "finding shared passages",
        "checking contradictions",
        "checking names",
    ]


def test_a_short_pair_stays_in_one_process(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(compute: object) -> None:
        raise AssertionError("forked for a short pair")

    monkeypatch.setattr("tui.engine.forked.Forked", no_fork)
    left = load_article(seeds / "000_4ab7afceee558d79.txt")
    right = load_article(seeds / "001_cf6e1a4fd903ed95.txt")
    assert compare(left, right, cores=2).findings == compare(left, right).findings
