"""Alignment quality on public data the project does not ship.

Run from the project root:  .venv/bin/python benchmarks/eval_align.py [--show N]

* MSR paraphrase corpus (test split): the pairs are cut into blocks of
  ``--block`` pairs; each block becomes two pseudo-articles (first sentences
  left, second sentences right, each side shuffled). Recall is the share of
  label-1 (paraphrase) pairs aligned; precision is the share of reported
  sentence pairs that are label-1 pairs ("strict") or any source pair, label 0
  included ("source": label-0 pairs are mostly related sentences about the
  same story, which an aligner may fairly join).
* BASIL: 100 events, each told by three outlets. No gold: the figures are
  counts, and ``--show N`` prints N random alignments (and the N weakest) to
  judge precision by eye; ``--show-new N`` prints N random alignments that only
  the paraphrase and gap passes make. Examples come from clusters 0-49 only
  (50-99 are a held-out check: aggregate figures only).

Both files are read from ../shared/eval/external (relative to the project root).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine.align import Alignment, align  # noqa: E402
from tui.engine.corpus import Article, build_article  # noqa: E402
from tui.engine.segment import Sentence  # noqa: E402

EXTERNAL = ROOT.parent / "shared" / "eval" / "external"
OWN_CLUSTERS = 50
"""BASIL clusters whose examples may be read; the rest are a held-out check."""
MSR = EXTERNAL / "msr_paraphrase_test.txt"
BASIL = EXTERNAL / "basil_clusters.jsonl"


def _require(path: Path) -> Path:
    if not path.exists():
        raise SystemExit(f"{path} not found: this benchmark reads ../shared/eval/external")
    return path


def _sentences(texts: Sequence[str]) -> list[Sentence]:
    sentences, offset = [], 0
    for n, text in enumerate(texts):
        sentences.append(Sentence(n, offset, offset + len(text), text))
        offset += len(text) + 1
    return sentences


def _pairs(alignments: Sequence[Alignment]) -> set[tuple[int, int]]:
    return {(i, j) for a in alignments for i in a.left for j in a.right}


def _msr_rows() -> list[tuple[bool, str, str]]:
    rows = []
    for line in _require(MSR).read_text(encoding="utf-8-sig").splitlines()[1:]:
        label, _, _, first, second = line.split("\t")
        rows.append((label == "1", first, second))
    return rows


def _topical_blocks(rows: Sequence[tuple[bool, str, str]], block: int) -> list[list[int]]:
    """Blocks of pairs that share words: each block grows around one pair by
    adding the pairs whose words overlap the block's most, so the distractors of
    a pseudo-article talk about the same things, as two reports of one event do."""
    words = [
        {w.lower() for w in (first + " " + second).split() if len(w) > 3}
        for _, first, second in rows
    ]
    left = set(range(len(rows)))
    blocks = []
    while left:
        seed = min(left)
        left.discard(seed)
        members, vocabulary = [seed], set(words[seed])
        while left and len(members) < block:
            best = max(left, key=lambda k: (len(words[k] & vocabulary), -k))
            left.discard(best)
            members.append(best)
            vocabulary |= words[best]
        blocks.append(members)
    return blocks


Aligner = Callable[[Sequence[Sentence], Sequence[Sentence]], list[Alignment]]


def difflib_align(left: Sequence[Sentence], right: Sequence[Sentence]) -> list[Alignment]:
    """A naive reference: each left sentence takes the right one most like it, by
    difflib's character ratio, when that ratio reaches 0.6."""
    found = []
    for a in left:
        matcher = SequenceMatcher(None, b=a.text.lower(), autojunk=False)
        best, where = 0.0, -1
        for b in right:
            matcher.set_seq1(b.text.lower())
            if (
                matcher.real_quick_ratio() > best
                and matcher.quick_ratio() > best
                and matcher.ratio() > best
            ):
                best, where = matcher.ratio(), b.id
        if best >= 0.6:
            found.append(Alignment((a.id,), (where,), round(best, 4), "paraphrase"))
    return found


def eval_msr(block: int, topical: bool, aligner: Aligner = align, ordered: bool = False) -> None:
    rows = _msr_rows()
    if topical:
        blocks = _topical_blocks(rows, block)
    else:
        blocks = [list(range(s, min(s + block, len(rows)))) for s in range(0, len(rows), block)]
    rng = random.Random(0)
    positives = found = reported = strict = source = 0
    started = time.perf_counter()
    for members in blocks:
        chunk = [rows[k] for k in members]
        left_order = list(range(len(chunk)))
        right_order = list(range(len(chunk)))
        if not ordered:
            rng.shuffle(left_order)
            rng.shuffle(right_order)
        left = _sentences([chunk[k][1] for k in left_order])
        right = _sentences([chunk[k][2] for k in right_order])
        right_at = {k: n for n, k in enumerate(right_order)}
        source_pairs = {(n, right_at[k]) for n, k in enumerate(left_order)}
        gold = {(n, right_at[k]) for n, k in enumerate(left_order) if chunk[k][0]}
        got = _pairs(aligner(left, right))
        positives += len(gold)
        found += len(gold & got)
        reported += len(got)
        strict += len(got & gold)
        source += len(got & source_pairs)
    elapsed = time.perf_counter() - started
    how = ("topical" if topical else "consecutive") + (", in order" if ordered else "")
    print(f"MSR test, {how} blocks of {block} pairs: {len(rows)} pairs, {positives} paraphrases")
    print(
        f"  recall {found / positives:.3f}  precision strict {strict / reported:.3f}  "
        f"precision source {source / reported:.3f}  ({reported} sentence pairs, "
        f"{elapsed:.2f} s)"
    )


_WORDS = re.compile(r"\S+")


def _rewrite(
    sentences: Sequence[str], strangers: Sequence[str], rng: random.Random
) -> tuple[list[str], set[tuple[int, int]]]:
    """A rewrite of ``sentences`` and the (original, rewritten) sentence pairs that match.

    Sentences are kept with small edits, heavily reworded, split in two, merged
    with the next one, or dropped; sentences of an unrelated article are slipped
    in; then paragraphs of three to five sentences are shuffled.
    """
    vocabulary = [w for text in sentences for w in _WORDS.findall(text)]
    units: list[list[tuple[str, set[int]]]] = []  # what became of each original sentence
    n = 0
    while n < len(sentences):
        words = _WORDS.findall(sentences[n])
        roll = rng.random()
        if roll < 0.1:
            unit = []  # dropped
        elif roll < 0.2 and len(words) >= 16:
            cut = len(words) // 2
            unit = [(" ".join(words[:cut]) + ".", {n}), (" ".join(words[cut:]), {n})]
        elif roll < 0.28 and n + 1 < len(sentences):
            unit = [(sentences[n].rstrip(".") + ", and " + sentences[n + 1], {n, n + 1})]
            n += 1
        elif roll < 0.43:
            kept = [
                w if rng.random() > 0.2 else rng.choice(vocabulary)
                for w in words
                if rng.random() > 0.3
            ]
            unit = [(" ".join(kept or words), {n})]
        else:
            kept = [w for w in words if rng.random() > 0.08]
            unit = [(" ".join(kept or words), {n})]
        if rng.random() < 0.1:
            unit.append((rng.choice(strangers), set()))
        units.append(unit)
        n += 1
    paragraphs = []
    while units:
        size = rng.randint(2, 4)
        paragraphs.append([item for unit in units[:size] for item in unit])
        units = units[size:]
    rng.shuffle(paragraphs)
    rewritten = [item for paragraph in paragraphs for item in paragraph]
    gold = {(i, j) for j, (_, sources) in enumerate(rewritten) for i in sources}
    return [text for text, _ in rewritten], gold


def _basil_articles() -> list[list[Article]]:
    clusters = [json.loads(line) for line in _require(BASIL).read_text().splitlines()]
    return [
        [
            build_article(Path(a["source"]), a["text"].encode(), a["text"], "utf-8", False)
            for a in cluster["articles"]
        ]
        for cluster in clusters
    ]


def eval_rewrites(events: list[list[Article]], aligner: Aligner = align) -> None:
    """Synthetic rewrites of BASIL articles (the first outlet of each event), gold known."""
    rng = random.Random(0)
    expected = found = reported = correct = 0
    started = time.perf_counter()
    for number, articles in enumerate(events):
        original = [s.text for s in articles[0].content_sentences]
        stranger = events[(number + 1) % len(events)][0]
        rewritten, gold = _rewrite(original, [s.text for s in stranger.content_sentences], rng)
        got = _pairs(aligner(_sentences(original), _sentences(rewritten)))
        expected += len(gold)
        found += len(gold & got)
        reported += len(got)
        correct += len(got & gold)
    elapsed = time.perf_counter() - started
    print(
        f"BASIL rewrites (edits, rewording, splits, merges, drops, insertions, reordering): "
        f"{len(events)} pairs, {expected} gold sentence pairs"
    )
    print(
        f"  recall {found / expected:.3f}  precision {correct / reported:.3f}  "
        f"({reported} sentence pairs, {elapsed:.2f} s)"
    )


Shown = tuple[float, str, str, str]
"""(score, kind, left text, right text) of one alignment, to print."""


def _outlet_alignments(events: list[list[Article]]) -> list[list[tuple[int, int, Alignment]]]:
    """Per event, (left outlet, right outlet, alignment) for every pair of its outlets."""
    return [
        [
            (x, y, a)
            for x in range(len(articles))
            for y in range(x + 1, len(articles))
            for a in align(articles[x].sentences, articles[y].sentences)
        ]
        for articles in events
    ]


def _shown(articles: Sequence[Article], x: int, y: int, a: Alignment) -> Shown:
    left, right = articles[x], articles[y]
    return (
        a.score,
        a.kind,
        " / ".join(left.sentences[i].text for i in a.left),
        " / ".join(right.sentences[j].text for j in a.right),
    )


def _print_sample(title: str, rows: Sequence[Shown]) -> None:
    print(f"\n--- {title} ---")
    for score, kind, left_text, right_text in rows:
        print(f"[{score:.2f} {kind}]\n  L: {left_text[:300]}\n  R: {right_text[:300]}")


def eval_basil(events: list[list[Article]], show: int, show_new: int) -> None:
    rng = random.Random(0)
    kinds: Counter[str] = Counter()
    sizes: Counter[int] = Counter()
    aligned = 0
    sentences = sum(
        (len(articles) - 1) * sum(a.sentence_count for a in articles) for articles in events
    )
    started = time.perf_counter()
    per_event = _outlet_alignments(events)
    elapsed = time.perf_counter() - started
    for found in per_event:
        for _, _, a in found:
            kinds[a.kind] += 1
            sizes[max(len(a.left), len(a.right))] += 1
            aligned += len(a.left) + len(a.right)
    print(
        f"BASIL outlets compared: {len(events)} events, {sum(kinds.values())} alignments "
        f"({dict(kinds)}), group sizes {dict(sorted(sizes.items()))}, "
        f"{aligned / sentences:.1%} of sentences aligned, {elapsed:.2f} s"
    )
    own = events[:OWN_CLUSTERS]
    sample = [
        _shown(own[e], *found)
        for e, event in enumerate(per_event[:OWN_CLUSTERS])
        for found in event
    ]
    if show:
        _print_sample(
            f"random alignments, clusters 0-{len(own) - 1}",
            rng.sample(sample, min(show, len(sample))),
        )
        _print_sample(f"weakest alignments, clusters 0-{len(own) - 1}", sorted(sample)[:show])
    if show_new:
        with (
            mock.patch("tui.engine.align.paraphrase_pairs", return_value=[]),
            mock.patch("tui.engine.align.fill_gaps"),
        ):
            first_pass = _outlet_alignments(own)
        new = sorted(
            _shown(own[e], *found)
            for e, event in enumerate(per_event[:OWN_CLUSTERS])
            for found in set(event) - set(first_pass[e])
        )
        print(
            f"\n{len(new)} alignments of clusters 0-{len(own) - 1} that only the paraphrase "
            "and gap passes make"
        )
        _print_sample("random of them", rng.sample(new, min(show_new, len(new))))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--block", type=int, default=50, help="MSR pairs per pseudo-article")
    parser.add_argument("--show", type=int, default=0, help="BASIL alignments to print")
    parser.add_argument(
        "--show-new",
        type=int,
        default=0,
        help="BASIL alignments only the paraphrase and gap passes make",
    )
    parser.add_argument(
        "--difflib", action="store_true", help="also score the naive difflib reference"
    )
    args = parser.parse_args()
    events = _basil_articles()
    aligners: list[tuple[str, Aligner]] = [("diptych", align)]
    if args.difflib:
        aligners.append(("difflib reference", difflib_align))
    for name, aligner in aligners:
        print(f"== {name}")
        eval_msr(args.block, topical=False, aligner=aligner)
        eval_msr(args.block, topical=True, aligner=aligner)
        eval_msr(args.block, topical=False, aligner=aligner, ordered=True)
        eval_rewrites(events, aligner=aligner)
    eval_basil(events, args.show, args.show_new)
    return 0


if __name__ == "__main__":
    sys.exit(main())
