"""swap_sides: the compare screen's `s` key mirrors a comparison without re-aligning it."""

from __future__ import annotations

from pathlib import Path

from tui.engine.compare import compare
from tui.engine.corpus import load_corpus
from tui.engine.view import build_rows, equal_share, highlights, swap_sides


def test_swap_sides_mirrors_alignments_findings_and_diffs(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    comparison = compare(corpus.articles[0], corpus.articles[1])
    swapped = swap_sides(comparison)

    assert swapped.left is comparison.right and swapped.right is comparison.left
    assert [(a.right, a.left) for a in swapped.alignments] == [
        (a.left, a.right) for a in comparison.alignments
    ]
    assert comparison.findings
    assert {(f.right, f.left, f.kind) for f in swapped.findings} == {
        (f.left, f.right, f.kind) for f in comparison.findings
    }
    assert [f.left.start for f in swapped.findings] == sorted(
        f.left.start for f in swapped.findings
    )
    assert {(h.span, h.kind) for h in highlights(swapped, "left")} == {
        (h.span, h.kind) for h in highlights(comparison, "right")
    }
    assert swapped.left_aligned_share == comparison.right_aligned_share
    assert swap_sides(swapped).findings == comparison.findings


def test_swapped_rows_keep_every_sentence_once(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    swapped = swap_sides(compare(corpus.articles[2], corpus.articles[3]))
    rows = build_rows(swapped)
    assert sorted(i for r in rows for i in r.left) == [s.id for s in swapped.left.sentences]
    assert sorted(i for r in rows for i in r.right) == [s.id for s in swapped.right.sentences]


def test_loose_alignments_drop_their_word_diff(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    comparison = compare(corpus.articles[0], corpus.articles[1])
    shares = [equal_share(ops) for ops in comparison.diffs]
    assert all(0.0 <= share <= 1.0 for share in shares)
    cut = sorted(shares)[len(shares) // 2]
    kept = highlights(comparison, "left", min_equal_share=cut)
    every = highlights(comparison, "left")
    changed = [h for h in every if h.kind == "changed"]
    assert 0 < len([h for h in kept if h.kind == "changed"]) < len(changed)
    assert [h for h in kept if h.kind != "changed"] == [h for h in every if h.kind != "changed"]


def test_swapped_findings_tell_their_message_in_the_new_order(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    for first, second in ((0, 1), (2, 3), (1, 4)):
        comparison = compare(corpus.articles[first], corpus.articles[second])
        by_sides = {(f.right, f.left, f.kind, f.type): f for f in swap_sides(comparison).findings}
        for finding in comparison.findings:
            swapped = by_sides[(finding.left, finding.right, finding.kind, finding.type)]
            if " vs " not in finding.message:
                assert swapped.message == finding.message  # nothing to reorder
                continue
            contrast = finding.contrast
            assert contrast is not None, finding.message  # every "x vs y" gives both words
            assert finding.message == (
                f"{contrast.topic}: {contrast.left} vs {contrast.right}{contrast.note}"
            )
            assert swapped.message == (
                f"{contrast.topic}: {contrast.right} vs {contrast.left}{contrast.note}"
            )


def test_office_holders_swap_places_in_the_message(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    comparison = compare(corpus.articles[0], corpus.articles[1])
    office = next(f for f in comparison.findings if "Raimondo" in f.message)
    assert office.message.index("Raimondo") < office.message.index(office.right.quote)
    swapped = next(f for f in swap_sides(comparison).findings if "Raimondo" in f.message)
    assert swapped.message.index(office.right.quote) < swapped.message.index("Raimondo")
    assert swapped.message.startswith(office.message.split(":")[0] + ":")


def test_each_finding_side_is_one_span_and_the_highlights_use_it(seeds: Path) -> None:
    corpus = load_corpus(seeds)
    comparison = compare(corpus.articles[0], corpus.articles[1])
    assert comparison.findings
    marked = {(h.span, h.finding) for h in highlights(comparison, "left") if h.finding is not None}
    for index, finding in enumerate(comparison.findings):
        span = finding.left.span
        assert comparison.left.text[span.start : span.end] == finding.left.quote
        assert (span, index) in marked
