"""PairModel.marks: each sentence's marks, its word changes diffed only when first asked for."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.engine.compare as compare_module
from tui.engine.compare import Comparison, compare
from tui.engine.corpus import load_corpus
from tui.engine.diff import flipped
from tui.engine.pair_rows import MIN_DIFF_SHARE, SIDES, PairRows
from tui.engine.view import Highlight, Side, highlights, swap_sides
from widgets.highlight_styles import PRECEDENCE
from widgets.pair_model import PairModel


def seed_comparison(seeds: Path) -> Comparison:
    corpus = load_corpus(seeds)
    return compare(corpus.articles[0], corpus.articles[1])


def every_mark_by_sentence(pair: PairRows, side: Side) -> dict[int, tuple[Highlight, ...]]:
    """The reference: every highlight of the side (all diffs at once), grouped by sentence."""
    grouped: dict[int, list[Highlight]] = {}
    for mark in highlights(pair.comparison, side, MIN_DIFF_SHARE):
        for sentence in pair.sentence_ids(side, mark.span):
            grouped.setdefault(sentence, []).append(mark)
    return {
        sentence: tuple(sorted(found, key=lambda mark: PRECEDENCE[mark.kind]))
        for sentence, found in grouped.items()
    }


@pytest.mark.parametrize("swapped", [False, True])
def test_marks_by_sentence_are_those_of_every_highlight(seeds: Path, swapped: bool) -> None:
    comparison = seed_comparison(seeds)
    if swapped:
        comparison = swap_sides(comparison)
    pair = PairRows(comparison)
    model = PairModel(pair)
    for side in SIDES:
        expected = every_mark_by_sentence(pair, side)
        assert any(mark.kind == "changed" for marks in expected.values() for mark in marks)
        for sentence in range(len(pair.article(side).sentences)):
            assert model.marks(side, sentence) == expected.get(sentence, ())


def test_opening_diffs_nothing_and_a_sentence_diffs_only_its_alignment(
    seeds: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    diffed: list[tuple[int, ...]] = []
    original = compare_module._diff

    def counted(*args):  # type: ignore[no-untyped-def]
        diffed.append(args[2].left)
        return original(*args)

    monkeypatch.setattr(compare_module, "_diff", counted)
    comparison = seed_comparison(seeds)
    model = PairModel(PairRows(comparison))
    model.layout(60)
    assert diffed == []
    alignment = comparison.alignments[len(comparison.alignments) // 2]
    model.marks("left", alignment.left[0])
    assert alignment.left in diffed and len(diffed) < len(comparison.alignments)
    asked = len(diffed)
    model.marks("left", alignment.left[0])
    model.marks("right", alignment.right[0])
    assert len(diffed) == asked  # kept: neither asking again nor the other side diffs again


def test_a_swapped_comparison_flips_its_source_diffs(seeds: Path) -> None:
    comparison = seed_comparison(seeds)
    swapped = swap_sides(comparison)
    last = len(comparison.alignments) - 1
    assert swapped.diff(last) == flipped(comparison.diff(last))
    assert flipped(swapped.diff(last)) == comparison.diff(last)
