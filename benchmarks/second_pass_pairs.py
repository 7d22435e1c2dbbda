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

Usage (from the project root):
    .venv/bin/python benchmarks/second_pass_pairs.py [--external DIR] [--list [--unlabelled]]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from unittest import mock

from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs

from tui.engine import align as align_module
from tui.engine.align import Alignment, align_profiles
from tui.engine.corpus import Article
from tui.engine.grouping import Grouping
from tui.engine.similarity import Profile, article_profiles

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

    @property
    def key(self) -> Key:
        return (self.cluster, *self.outlets, self.left, self.right)


@dataclass(frozen=True)
class Label:
    pair: PassPair
    right: bool
    reason: str


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
        found[pair.key] = Label(pair, row["label"] == "right", row["reason"])
    return found


@contextmanager
def recording() -> Iterator[list[tuple[str, int, int]]]:
    """Record (pass, left position, right position) of each pair the second passes make
    while the block runs (positions among each article's content sentences)."""
    made: list[tuple[str, int, int]] = []
    paraphrase_pairs = align_module.paraphrase_pairs
    fill_gaps = align_module.fill_gaps

    def paraphrases(*args: Any, **kwargs: Any) -> list[tuple[int, int]]:
        pairs = paraphrase_pairs(*args, **kwargs)
        made.extend(("paraphrase", i, j) for i, j in pairs)
        return pairs

    def gaps(grouping: Grouping, *args: Any, **kwargs: Any) -> None:
        before = {id(g) for g in grouping.groups}
        fill_gaps(grouping, *args, **kwargs)
        for group in grouping.groups:
            if id(group) not in before:
                made.append(("gap", group.members[0][0], group.members[1][0]))

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
            )
            for name, i, j in made
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
    right_labels = [label for label in labels.values() if label.right]
    still = sum(by_key[r.pair.cluster, r.pair.outlets].aligned(r.pair) for r in right_labels)
    wrong_labels = len(labels) - len(right_labels)
    print(f"labels: {len(labels)} ({len(right_labels)} right, {wrong_labels} wrong)")
    print(
        f"second passes now make {len(made)} pairs: {right} labelled right, {wrong} wrong, "
        f"{unlabelled} unlabelled; precision {_share(right, right + wrong)}"
    )
    for name in ("paraphrase", "gap"):
        own = [labels[p.key] for p in made if p.key in labels and p.pass_name == name]
        good = sum(label.right for label in own)
        print(f"  {name:10s} {good}/{len(own)} right, precision {_share(good, len(own))}")
    print(f"labelled right pairs still aligned (any pass): {still}/{len(right_labels)}")


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--list", action="store_true", help="print every pair with both sentences")
    parser.add_argument("--unlabelled", action="store_true", help="with --list: only unlabelled")
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no basil_clusters.jsonl; pass --external DIR", file=sys.stderr)
        return 2
    labels = read_labels() if LABELS.exists() else {}
    events = list(same_event_alignments(args.external))
    if args.list:
        print_pairs(events, lambda p: not (args.unlabelled and p.key in labels))
    else:
        report(events, labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
