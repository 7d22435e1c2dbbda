"""A long comparison split across two processes finds what one process finds."""

from __future__ import annotations

import os
import select
from pathlib import Path

import pytest

from tui.engine import compare as compare_module
from tui.engine.align import Alignment
from tui.engine.compare import compare
from tui.engine.corpus import Article, load_article
from tui.engine.findings.model import Finding
from tui.engine.forked import Forked, Inbox, Tickets


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


@pytest.mark.parametrize("pieces", [1, 3, 64])
def test_two_cores_find_what_one_finds(
    seeds: Path, monkeypatch: pytest.MonkeyPatch, pieces: int
) -> None:
    left = load_article(seeds / "000_4ab7afceee558d79.txt")
    right = load_article(seeds / "001_cf6e1a4fd903ed95.txt")
    one = compare(left, right)
    assert {f.kind for f in one.findings} == {"shared", "contradiction", "name"}
    monkeypatch.setattr(compare_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(compare_module, "PIECES", pieces)
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


def test_tickets_are_each_taken_once_by_one_of_two_processes() -> None:
    tickets = Tickets()

    def take(inbox: Inbox) -> list[int]:
        tickets.close_issuing()
        inbox.receive()
        return list(tickets)

    child = Forked(take)
    tickets.issue(200)
    child.send("go")
    here = list(tickets)
    there = child.result()
    assert sorted(here + there) == list(range(200))
    assert here == sorted(here) and there == sorted(there)
    assert list(tickets) == []  # all taken: taking again finds none


def _numbers_pair(folder: Path) -> tuple[Path, Path]:
    """Two articles of eight sentences that differ only in a number each."""
    cities = ["Lyon", "Porto", "Graz", "Turin", "Ghent", "Malmo", "Cork", "Brno"]
    paths = []
    for side, (base, step) in enumerate([(100, 7), (300, 11)]):
        path = folder / f"{side}.txt"
        path.write_text(
            "\n\n".join(
                f"The factory in {city} hired {base + step * k} new workers for its "
                "second assembly line this spring."
                for k, city in enumerate(cities)
            )
        )
        paths.append(path)
    return paths[0], paths[1]


def test_a_piece_the_child_took_and_died_on_is_checked_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left_path, right_path = _numbers_pair(tmp_path)
    left, right = load_article(left_path), load_article(right_path)
    one = compare(left, right)
    (contradictions_stage, find_contradictions), names = compare_module._detectors()
    parent = os.getpid()
    died_read, died_write = os.pipe()
    waited: list[bool] = []

    def dies_in_the_child(
        left: Article, right: Article, alignments: tuple[Alignment, ...]
    ) -> list[Finding]:
        if os.getpid() != parent:
            os.write(died_write, b"x")
            os._exit(1)  # with the piece it took
        if not waited:  # the parent's first piece waits until the child died
            waited.append(os.read(died_read, 1) == b"x")
        return find_contradictions(left, right, alignments)

    half = len(one.alignments) // 2
    for piece in (one.alignments[:half], one.alignments[half:]):
        assert find_contradictions(left, right, piece)  # the child takes one and loses it
    monkeypatch.setattr(compare_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(compare_module, "PIECES", 2)
    monkeypatch.setattr(
        compare_module,
        "_detectors",
        lambda: [(contradictions_stage, dies_in_the_child), names],
    )
    two = compare(load_article(left_path), load_article(right_path), cores=2)
    assert waited == [True]
    assert two.findings == one.findings


def test_the_held_contradictions_are_read_while_the_child_compares_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The child's name comparison waits for the parent's held contradictions: the
    parent reads them before it waits for the child, not after."""
    left_path, right_path = _numbers_pair(tmp_path)
    one = compare(load_article(left_path), load_article(right_path))
    (contradictions_stage, contradictions), (names_stage, find_names) = compare_module._detectors()
    held_read, held_write = os.pipe()
    read_held = compare_module._held_contradictions

    def held_then_tell(
        left: Article, right: Article, alignments: tuple[Alignment, ...]
    ) -> list[Finding]:
        found = read_held(left, right, alignments)
        os.write(held_write, b"x")
        return found

    def names_after_held(
        left: Article, right: Article, alignments: tuple[Alignment, ...]
    ) -> list[Finding]:
        if not select.select([held_read], [], [], 10)[0]:
            raise AssertionError("the held contradictions were not read meanwhile")
        return find_names(left, right, alignments)

    monkeypatch.setattr(compare_module, "PARALLEL_FROM", 0)
    monkeypatch.setattr(compare_module, "_held_contradictions", held_then_tell)
    monkeypatch.setattr(
        compare_module,
        "_detectors",
        lambda: [(contradictions_stage, contradictions), (names_stage, names_after_held)],
    )
    two = compare(load_article(left_path), load_article(right_path), cores=2)
    assert two.findings == one.findings


def test_a_short_pair_stays_in_one_process(seeds: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_fork(compute: object) -> None:
        raise AssertionError("forked for a short pair")

    monkeypatch.setattr("tui.engine.forked.Forked", no_fork)
    left = load_article(seeds / "000_4ab7afceee558d79.txt")
    right = load_article(seeds / "001_cf6e1a4fd903ed95.txt")
    assert compare(left, right, cores=2).findings == compare(left, right).findings


def test_count_is_the_number_of_findings_of_a_kind(tmp_path: Path) -> None:
    left_path, right_path = _numbers_pair(tmp_path)
    comparison = compare(load_article(left_path), load_article(right_path))
    kinds = [f.kind for f in comparison.findings]
    assert comparison.count("contradiction") == kinds.count("contradiction") > 0
    for kind in ("shared", "name", "no such kind"):
        assert comparison.count(kind) == kinds.count(kind)
