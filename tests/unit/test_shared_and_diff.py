"""Shared passages, word diffs, and the side-by-side rows built from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine.compare import compare
from tui.engine.corpus import Article, load_article
from tui.engine.diff import word_diff
from tui.engine.findings import shared as shared_module
from tui.engine.findings.shared import shared_passages
from tui.engine.view import build_rows, highlights


def article(tmp_path: Path, name: str, text: str) -> Article:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return load_article(path)


def test_shared_runs_are_maximal_and_ignore_case_and_punctuation(tmp_path: Path) -> None:
    left = article(
        tmp_path,
        "l.txt",
        "Officials said the talks in London were long, tense and productive today.",
    )
    right = article(
        tmp_path,
        "r.txt",
        "Sources: THE TALKS IN LONDON WERE LONG; tense and productive, they added.",
    )
    (finding,) = shared_passages(left, right)
    assert finding.left.quote == "the talks in London were long, tense and productive"
    assert finding.right.quote == "THE TALKS IN LONDON WERE LONG; tense and productive"
    assert left.text[finding.left.start : finding.left.end] == finding.left.quote


def test_runs_shorter_than_six_words_are_not_shared(tmp_path: Path) -> None:
    left = article(tmp_path, "l.txt", "The talks in London were long.")
    right = article(tmp_path, "r.txt", "Yes, the talks in London were short.")
    assert shared_passages(left, right) == []


def test_shared_runs_cross_sentences_but_not_boilerplate(tmp_path: Path) -> None:
    body = "The delegation arrived late on Monday night. It left early the next morning."
    footer = "\nShare\nReply0\nDisclaimer: this page may contain third-party content and views.\n"
    left = article(tmp_path, "l.txt", body + footer)
    right = article(tmp_path, "r.txt", "Reports say: " + body + footer)
    quotes = [f.left.quote for f in shared_passages(left, right)]
    assert quotes == [body.rstrip(".")]  # words only: the final stop is not part of the run


def test_an_articles_word_table_records_each_words_sentence_and_each_sentences_first_word(
    tmp_path: Path,
) -> None:
    text = "The ferry left at dawn. Nobody waved!\n\n--\n\nIt docked at noon."
    words = shared_module._Words(article(tmp_path, "a.txt", text))
    assert [s.text for s in words.sentences] == [
        "The ferry left at dawn.",
        "Nobody waved!",
        "--",
        "It docked at noon.",
    ]
    assert words.norms == ["the", "ferry", "left", "at", "dawn", "nobody", "waved"] + [
        "it", "docked", "at", "noon"
    ]  # fmt: skip
    assert words.owner == [0, 0, 0, 0, 0, 1, 1, 3, 3, 3, 3]  # "--" holds no word
    assert words.first == [0, 5, 7, 7]


def test_word_diff_spans_point_into_both_texts() -> None:
    left, right = "Prices rose by five percent in May.", "Prices fell by five percent in June."
    ops = word_diff(left, 100, right, 200)
    changed_left = [left[o.left.start - 100 : o.left.end - 100] for o in ops if o.op == "delete"]
    changed_right = [
        right[o.right.start - 200 : o.right.end - 200] for o in ops if o.op == "insert"
    ]
    assert changed_left == ["rose ", "May"]
    assert changed_right == ["fell ", "June"]
    equal = [left[o.left.start - 100 : o.left.end - 100] for o in ops if o.op == "equal"]
    assert equal == ["Prices ", "by five percent in ", "."]


def test_rows_keep_every_sentence_once_in_left_order(seeds: Path) -> None:
    left = load_article(seeds / "000_4ab7afceee558d79.txt")
    right = load_article(seeds / "001_cf6e1a4fd903ed95.txt")
    comparison = compare(left, right)
    rows = build_rows(comparison)
    lefts = [i for row in rows for i in row.left]
    rights = [i for row in rows for i in row.right]
    assert lefts == sorted(lefts) == [s.id for s in left.sentences]
    assert sorted(rights) == [s.id for s in right.sentences]
    for row in rows:
        if row.alignment is not None:
            alignment = comparison.alignments[row.alignment]
            assert (row.left, row.right) == (alignment.left, alignment.right)
        else:
            assert not (row.left and row.right)


def test_highlights_cover_findings_and_diffs_on_each_side(seeds: Path) -> None:
    comparison = compare(
        load_article(seeds / "000_4ab7afceee558d79.txt"),
        load_article(seeds / "001_cf6e1a4fd903ed95.txt"),
    )
    for side in ("left", "right"):
        marks = highlights(comparison, side)
        text = (comparison.left if side == "left" else comparison.right).text
        assert {m.kind for m in marks} >= {"shared", "changed"}
        assert all(0 <= m.span.start < m.span.end <= len(text) for m in marks)


def test_unaligned_runs_of_both_sides_interleave_by_position(tmp_path: Path) -> None:
    left = article(
        tmp_path, "l.txt", "Apples grow on trees. Bees make honey. Rivers reach the sea."
    )
    right = article(
        tmp_path,
        "r.txt",
        "Trains run late. Snow fell overnight. Chess needs patience. Tea cools fast. "
        "Owls hunt at night. Glass can break.",
    )
    comparison = compare(left, right)
    assert comparison.alignments == ()
    sides = ["L" if row.left else "R" for row in build_rows(comparison)]
    assert sides == ["R", "L", "R", "R", "L", "R", "R", "L", "R"]


def test_compare_reports_each_stage_as_it_starts(seeds: Path) -> None:
    stages: list[str] = []
    compare(
        load_article(seeds / "000_4ab7afceee558d79.txt"),
        load_article(seeds / "001_cf6e1a4fd903ed95.txt"),
        progress=stages.append,
    )
    assert stages == [
        "aligning sentences",
        "finding shared passages",
        "checking contradictions",
        "checking names",
    ]


def test_windows_whose_hashes_collide_are_told_apart_by_their_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    left_text = "Officials said the talks in London were long, tense and productive today."
    right_text = "Sources: the talks in London were long; tense and productive, they added."
    expected = shared_passages(
        article(tmp_path, "l.txt", left_text), article(tmp_path, "r.txt", right_text)
    )
    monkeypatch.setattr(shared_module, "hash", lambda window: 0, raising=False)
    colliding = shared_passages(
        article(tmp_path, "l2.txt", left_text), article(tmp_path, "r2.txt", right_text)
    )
    assert [f.left.quote for f in expected] == [
        "the talks in London were long, tense and productive"
    ]
    assert colliding == expected
