"""Contradiction flags on a corpus as a user has it: BASIL clusters 0-49 as files.

Every article of clusters 0-49 (never 50-99) is read as a user's file holds it,
title line first (``basil_candidates.title_prefix``), named ``cNN_outlet.txt``; the
overview picks the pairs it compares (``overview.pairs_to_compare``: related pairs,
also across clusters) and each is compared as ``diptych compare`` does. Every
contradiction flag at or above ``--min-score`` is printed with both sentences:

- same-event flags (both articles of one cluster) with the label of the labelled
  real set that covers them (true, false or unlabelled);
- cross-event flags (two clusters: two different events), false by construction,
  since two reports of different events make no same claim.

Usage (from the project root):
    .venv/bin/python benchmarks/overview_flags.py [--external DIR] [--min-score X]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from basil_candidates import LABELLED_CLUSTERS, basil_clusters, title_prefix
from labelled_set import Label, as_read, judge, labels
from read_real_flags import DEFAULT_MIN_SCORE, marked_sentence

from tui.engine.compare import compare
from tui.engine.corpus import Article, build_article
from tui.engine.findings.model import Finding
from tui.engine.overview import pairs_to_compare

DEFAULT_EXTERNAL = Path("../shared/eval/external")


def verdict(cluster: int, outlets: tuple[str, str], finding: Finding, known: list[Label]) -> str:
    """The label covering a same-event finding, whichever way round the labels hold the
    two outlets (the overview orders them by file name)."""
    label = judge(cluster, outlets, finding, known).label
    if label is None:
        label = judge(cluster, (outlets[1], outlets[0]), finding.swapped(), known).label
    return "unlabelled" if label is None else ("true" if label.true else "false")


def corpus(external: Path) -> list[tuple[int, str, Article]]:
    """(cluster, outlet, article) for every article of the labelled clusters, title
    first, sorted by file name as ``diptych overview`` sorts a folder."""
    found = []
    for cluster, records in basil_clusters(external, LABELLED_CLUSTERS):
        for record in records:
            text = title_prefix(record) + record["text"]
            name = Path(f"c{cluster:02d}_{record['source']}.txt")
            article = build_article(name, text.encode("utf-8"), text, "utf-8", False)
            found.append((cluster, record["source"], article))
    return sorted(found, key=lambda item: item[2].name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    args = parser.parse_args()
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no basil_clusters.jsonl; pass --external DIR", file=sys.stderr)
        return 2
    known = as_read(labels(), args.external, with_titles=True)
    articles = corpus(args.external)
    chosen, _ = pairs_to_compare([article for _, _, article in articles])
    counts = {"same": 0, "cross": 0}
    verdicts = {"true": 0, "false": 0, "unlabelled": 0}
    flags = 0
    for i, j in chosen:
        (left_cluster, left_outlet, a), (right_cluster, right_outlet, b) = articles[i], articles[j]
        same = left_cluster == right_cluster
        counts["same" if same else "cross"] += 1
        for finding in compare(a, b).findings:
            if finding.kind != "contradiction" or finding.score < args.min_score:
                continue
            flags += 1
            outlets = (left_outlet, right_outlet)
            judged = verdict(left_cluster, outlets, finding, known) if same else "cross-event"
            verdicts[judged] = verdicts.get(judged, 0) + 1
            print(f"\n#{flags} {a.name} / {b.name} {finding.type} {finding.score:.2f} {judged}")
            print(f"  {finding.message}")
            print(f"  L: {marked_sentence(a.text, finding.left)}")
            print(f"  R: {marked_sentence(b.text, finding.right)}")
    cross = verdicts.get("cross-event", 0)
    same_flags = ", ".join(f"{k} {verdicts[k]}" for k in ("true", "false", "unlabelled"))
    print(f"\n{len(articles)} articles, {len(chosen)} pairs compared, flags >= {args.min_score}:")
    print(f"  same-event pairs  {counts['same']:4}: {flags - cross} flags ({same_flags})")
    per_pair = cross / counts["cross"] if counts["cross"] else 0.0
    print(f"  cross-event pairs {counts['cross']:4}: {cross} flags ({per_pair:.3f} a pair)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
