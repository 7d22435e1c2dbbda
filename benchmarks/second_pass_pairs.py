"""The alignments only the second passes make (paraphrase and gaps), on real reports.

The aligner's first pass matches sentences on the words they share; its paraphrase
pass (``tui.engine.paraphrase``) and gap filling (``tui.engine.gaps``) then pair
free sentences on less evidence. On real reports of one event those passes meet
sentences that share names and topic but not the claim, so their pairs are
labelled apart: ``benchmarks/data/second_pass_labels.tsv``, one row per pair a
second pass made on a same-event pair of BASIL clusters 0-49 (never 50-99), each
article read as a user's file holds it (title line, blank line, text). A row names
the cluster, the two outlets (left, right: the order of ``basil_candidates``), the
pass, the two sentences' character offsets into those files, the label (``right``:
the same claim; ``wrong``) and a few-word reason. No article text is stored.

Default: how the second passes do now on the labels: the pairs they make that are
labelled right or wrong (precision), the right pairs still aligned by any pass
(recall of the labelled right ones), the pairs no label covers (to read). With
``--list`` every pair they make is printed with both sentences, to read and label
(``--unlabelled`` prints only those without a label).

``--fresh`` scores the shipped gate on the labels read after it was fixed (batch 2:
the pairs the ungated pass makes with its score bar lowered to ``FRESH_BAR``, most
of them below the shipped bar), a check on pairs it was not chosen on.

``--split`` checks how the paraphrase pass's gate (``paraphrase.SAME_ORDER`` and
``RESTATED``) was chosen, without judging it on the labels it was chosen on: the
pass runs ungated, each labelled pair it makes gets its two gate features, and on
each half of the clusters (0-24, 25-49) the thresholds keeping the most right pairs
at a precision of at least 0.9 are chosen and then scored on the other half; then
the same over 200 random halves of the clusters, pooled.

Usage (from the project root):
    .venv/bin/python benchmarks/second_pass_pairs.py [--external DIR]
        [--list [--unlabelled] | --split | --fresh]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs

from tui.engine import align as align_module
from tui.engine import paraphrase
from tui.engine.align import Alignment, align_profiles
from tui.engine.corpus import Article
from tui.engine.grouping import Grouping
from tui.engine.paraphrase import overlap
from tui.engine.similarity import Profile, article_profiles
from tui.engine.word_order import shared_in_order

DEFAULT_EXTERNAL = Path("../shared/eval/external")
LABELS = Path(__file__).resolve().parent / "data" / "second_pass_labels.tsv"
Span = tuple[int, int]
Key = tuple[int, str, str, Span, Span]


@dataclass(frozen=True)
class PassPair:
    """A sentence pair one second pass made, by character offsets into the two files."""

    cluster: int
    outlets: tuple[str, str]
    pass_name: str
    left: Span
    right: Span
    gate: tuple[float, float] = (1.0, 1.0)
    """The paraphrase gate's features: (``Overlap.restated``, ``shared_in_order``)."""

    @property
    def key(self) -> Key:
        return (self.cluster, *self.outlets, self.left, self.right)


@dataclass(frozen=True)
class Label:
    pair: PassPair
    right: bool
    reason: str
    batch: int
    """1: read before the gate was chosen; 2: read after it was fixed (``--fresh``)."""


def read_labels(path: Path = LABELS) -> dict[Key, Label]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    found = {}
    for row in rows:
        pair = PassPair(
            int(row["cluster"]),
            (row["left_outlet"], row["right_outlet"]),
            row["pass"],
            (int(row["left_start"]), int(row["left_end"])),
            (int(row["right_start"]), int(row["right_end"])),
        )
        found[pair.key] = Label(pair, row["label"] == "right", row["reason"], int(row["batch"]))
    return found


Made = tuple[str, int, int, tuple[float, float]]
"""(pass, left position, right position, gate features) of a pair a second pass made."""


@contextmanager
def recording() -> Iterator[list[Made]]:
    """Record each pair the second passes make while the block runs (positions among
    each article's content sentences)."""
    made: list[Made] = []
    paraphrase_pairs = align_module.paraphrase_pairs
    fill_gaps = align_module.fill_gaps

    def paraphrases(
        lefts: Sequence[Profile], rights: Sequence[Profile], weights: Any, *args: Any
    ) -> list[tuple[int, int]]:
        pairs = paraphrase_pairs(lefts, rights, weights, *args)
        for i, j in pairs:
            shared = overlap(lefts[i], rights[j], weights)
            order = shared_in_order(lefts[i].text, rights[j].text, shared.synonyms)
            made.append(("paraphrase", i, j, (shared.restated, order)))
        return pairs

    def gaps(grouping: Grouping, *args: Any, **kwargs: Any) -> None:
        before = {id(g) for g in grouping.groups}
        fill_gaps(grouping, *args, **kwargs)
        for group in grouping.groups:
            if id(group) not in before:
                made.append(("gap", group.members[0][0], group.members[1][0], (1.0, 1.0)))

    with (
        mock.patch.object(align_module, "paraphrase_pairs", paraphrases),
        mock.patch.object(align_module, "fill_gaps", gaps),
    ):
        yield made


@dataclass(frozen=True)
class Aligned:
    """One same-event pair: its articles, alignments and the second passes' pairs."""

    cluster: int
    outlets: tuple[str, str]
    articles: tuple[Article, Article]
    alignments: list[Alignment]
    pass_pairs: list[PassPair]

    def aligned(self, pair: PassPair) -> bool:
        """Whether an alignment holds both sentences of ``pair``."""
        left, right = self.articles
        ids = _ids_at(left, pair.left), _ids_at(right, pair.right)
        return any(ids[0] in a.left and ids[1] in a.right for a in self.alignments)


def _ids_at(article: Article, span: Span) -> int:
    return next(s.id for s in article.sentences if (s.start, s.end) == span)


def same_event_alignments(external: Path) -> Iterator[Aligned]:
    """Every same-event pair of clusters 0-49, titles first, with what the passes made."""
    for cluster, left_record, right_record in same_event_pairs(external, LABELLED_CLUSTERS):
        left = basil_article(left_record, with_title=True)
        right = basil_article(right_record, with_title=True)
        lefts, rights = article_profiles(left), article_profiles(right)
        with recording() as made:
            alignments = align_profiles(lefts, rights)
        outlets = (left_record["source"], right_record["source"])
        pairs = [
            PassPair(
                cluster,
                outlets,
                name,
                _span(left, lefts, i),
                _span(right, rights, j),
                gate,
            )
            for name, i, j, gate in made
        ]
        found = Aligned(cluster, outlets, (left, right), alignments, pairs)
        yield replace(found, pass_pairs=[p for p in pairs if found.aligned(p)])


def _span(article: Article, profiles: Sequence[Profile], position: int) -> Span:
    sentence = article.sentences[profiles[position].id]
    return sentence.start, sentence.end


def report(events: Sequence[Aligned], labels: dict[Key, Label]) -> None:
    made = [p for e in events for p in e.pass_pairs]
    judged = [labels[p.key] for p in made if p.key in labels]
    right = sum(label.right for label in judged)
    wrong = len(judged) - right
    unlabelled = len(made) - len(judged)
    by_key = {(e.cluster, e.outlets): e for e in events}
    right_labels = [label for label in labels.values() if label.right and label.batch == 1]
    still = sum(by_key[r.pair.cluster, r.pair.outlets].aligned(r.pair) for r in right_labels)
    rights = sum(label.right for label in labels.values())
    print(f"labels: {len(labels)} ({rights} right, {len(labels) - rights} wrong)")
    print(
        f"second passes now make {len(made)} pairs: {right} labelled right, {wrong} wrong, "
        f"{unlabelled} unlabelled; precision {_share(right, right + wrong)}"
    )
    for name in ("paraphrase", "gap"):
        own = [labels[p.key] for p in made if p.key in labels and p.pass_name == name]
        good = sum(label.right for label in own)
        print(f"  {name:10s} {good}/{len(own)} right, precision {_share(good, len(own))}")
    print(f"batch-1 right pairs still aligned (any pass): {still}/{len(right_labels)}")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "n/a"


def print_pairs(events: Sequence[Aligned], keep: Callable[[PassPair], bool]) -> None:
    for event in events:
        left, right = event.articles
        for pair in event.pass_pairs:
            if not keep(pair):
                continue
            fields = (pair.cluster, *pair.outlets, pair.pass_name, *pair.left, *pair.right)
            print("\n" + "\t".join(map(str, fields)))
            print(f"  L: {left.text[pair.left[0] : pair.left[1]]}".replace("\n", " "))
            print(f"  R: {right.text[pair.right[0] : pair.right[1]]}".replace("\n", " "))


Gate = tuple[float, float]
"""(``RESTATED``, ``SAME_ORDER``): a pair passes when either feature reaches its own."""
MIN_PRECISION = 0.9
RANDOM_HALVES = 200


def passes(pair: PassPair, gate: Gate) -> bool:
    return pair.gate[0] >= gate[0] or pair.gate[1] >= gate[1]


def chosen_gate(judged: Sequence[tuple[PassPair, bool]]) -> Gate:
    """The thresholds keeping the most right pairs of ``judged`` at ``MIN_PRECISION``
    (the strictest such, on a tie); a threshold of 2 turns its feature off, (2, 2)
    keeps nothing."""
    restated = sorted({p.gate[0] for p, _ in judged} | {2.0})
    order = sorted({p.gate[1] for p, _ in judged} | {2.0})

    def kept(gate: Gate) -> list[bool]:
        return [right for p, right in judged if passes(p, gate)]

    feasible = [
        (r, o)
        for r in restated
        for o in order
        if (k := kept((r, o))) and sum(k) >= MIN_PRECISION * len(k)
    ]
    return max(feasible, key=lambda g: (sum(kept(g)), g[0] + g[1]), default=(2.0, 2.0))


def _kept(judged: Sequence[tuple[PassPair, bool]], gate: Gate) -> str:
    kept = [right for p, right in judged if passes(p, gate)]
    rights = sum(right for _, right in judged)
    return (
        f"right kept {sum(kept)}/{rights}, wrong kept {len(kept) - sum(kept)}/"
        f"{len(judged) - rights}, precision {_share(sum(kept), len(kept))}"
    )


FRESH_BAR = 0.25
"""``paraphrase.PARAPHRASE`` for the pass that proposed the batch-2 labels."""


def fresh_report(external: Path, labels: dict[Key, Label]) -> None:
    """The shipped gate on the labels read after it was fixed."""
    with (
        mock.patch.object(paraphrase, "SAME_ORDER", 0.0),
        mock.patch.object(paraphrase, "PARAPHRASE", FRESH_BAR),
    ):
        events = list(same_event_alignments(external))
    shipped = (paraphrase.RESTATED, paraphrase.SAME_ORDER)
    for batch in (1, 2):
        judged = [
            (p, labels[p.key].right)
            for e in events
            for p in e.pass_pairs
            if p.key in labels and labels[p.key].batch == batch
        ]
        print(f"batch {batch}, ungated pass at {FRESH_BAR}: {len(judged)} labelled pairs")
        print(f"  ungated {_kept(judged, (0.0, 0.0))}")
        print(f"  shipped {_kept(judged, shipped)}")


def split_report(external: Path, labels: dict[Key, Label]) -> None:
    """Thresholds chosen on one half of the clusters, scored on the other."""
    with mock.patch.object(paraphrase, "SAME_ORDER", 0.0):
        events = list(same_event_alignments(external))
    judged = [(p, labels[p.key].right) for e in events for p in e.pass_pairs if p.key in labels]
    shipped = (paraphrase.RESTATED, paraphrase.SAME_ORDER)
    print(f"ungated paraphrase pass: {len(judged)} labelled pairs; shipped gate {shipped}")
    halves = {"0-24": range(25), "25-49": range(25, 50)}
    for fit_on, held_out in (("0-24", "25-49"), ("25-49", "0-24")):
        fit = [(p, r) for p, r in judged if p.cluster in halves[fit_on]]
        test = [(p, r) for p, r in judged if p.cluster in halves[held_out]]
        gate = chosen_gate(fit)
        print(f"  chosen on {fit_on}: restated >= {gate[0]:.3f} or order >= {gate[1]:.3f}")
        print(f"    held out {held_out}: ungated {_kept(test, (0.0, 0.0))}")
        print(f"    held out {held_out}: chosen  {_kept(test, gate)}")
        print(f"    held out {held_out}: shipped {_kept(test, shipped)}")
    right = wrong = missed = 0
    for seed in range(RANDOM_HALVES):
        clusters = list(LABELLED_CLUSTERS)
        random.Random(seed).shuffle(clusters)
        half = set(clusters[: len(clusters) // 2])
        gate = chosen_gate([(p, r) for p, r in judged if p.cluster in half])
        for p, r in judged:
            if p.cluster not in half:
                kept = passes(p, gate)
                right, wrong, missed = (
                    right + (kept and r),
                    wrong + (kept and not r),
                    missed + (r and not kept),
                )
    print(
        f"  {RANDOM_HALVES} random halves, pooled held-out: precision "
        f"{_share(right, right + wrong)}, right kept {_share(right, right + missed)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--list", action="store_true", help="print every pair with both sentences")
    parser.add_argument("--unlabelled", action="store_true", help="with --list: only unlabelled")
    parser.add_argument("--split", action="store_true", help="gate chosen on half, scored on half")
    parser.add_argument("--fresh", action="store_true", help="gate on the labels read after it")
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no basil_clusters.jsonl; pass --external DIR", file=sys.stderr)
        return 2
    labels = read_labels() if LABELS.exists() else {}
    if args.split:
        split_report(args.external, labels)
        return 0
    if args.fresh:
        fresh_report(args.external, labels)
        return 0
    events = list(same_event_alignments(args.external))
    if args.list:
        print_pairs(events, lambda p: not (args.unlabelled and p.key in labels))
    else:
        report(events, labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
