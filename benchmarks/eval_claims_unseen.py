"""Same-claim pairs of independent reports: the unseen set of claims13.

The set is ``tests/data/unseen/claims_independent.yaml``.

Run from the project root:  .venv/bin/python benchmarks/eval_claims_unseen.py [--show]

Each event of the set is told by two reports written independently (not rewrites).
Two figures, each as precision and recall against the set's gold same-claim pairs:

* **alignments**: the pairwise alignments of each event's two reports; an alignment
  matches a gold pair when it holds the sentence of each side.
* **claims**: ``build_claims`` on all the reports in one corpus (so the events' reports
  are also candidates for each other); a claim's member pair matches a gold pair when
  each unit holds that side's sentence. Member pairs joining two events are counted apart.

``--show`` prints every miss and every pair that matches no gold pair.
"""

from __future__ import annotations

import sys
import tempfile
from argparse import ArgumentParser
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine.align import align_profiles  # noqa: E402
from tui.engine.claims.build import build_claims  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.engine.similarity import article_profiles  # noqa: E402

SET = ROOT / "tests" / "data" / "unseen" / "claims_independent.yaml"

Pair = tuple[str, int, int]
"""(event id, left sentence id, right sentence id)."""
Unit = tuple[tuple[int, int], tuple[int, ...], tuple[int, ...]]
"""((left article, right article), left sentence ids, right sentence ids)."""


def _sentence(article: Article, snippet: str) -> int:
    found = [s.id for s in article.sentences if s.text.startswith(snippet)]
    if len(found) != 1:
        raise SystemExit(f"{article.name}: {len(found)} sentences start with {snippet!r}")
    return found[0]


def _line(label: str, right: int, found: int, recalled: int, gold: int) -> str:
    precision = right / found if found else 1.0
    return (
        f"  {label:<12} precision {right:>3}/{found:<3} = {precision:6.1%}"
        f"   recall {recalled:>3}/{gold:<3} = {recalled / gold:6.1%}"
    )


def main() -> int:
    parser = ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", action="store_true", help="print misses and wrong pairs")
    args = parser.parse_args()
    events = yaml.safe_load(SET.read_text(encoding="utf-8"))["events"]
    with tempfile.TemporaryDirectory() as folder:
        for event in events:
            for side in ("left", "right"):
                Path(folder, f"{event['id']}.{side}.txt").write_text(event[side], encoding="utf-8")
        articles = sorted(load_corpus(Path(folder)).articles, key=lambda a: a.name)
    by_name = {a.name: a for a in articles}
    event_of = {n: a.name.split(".")[0] for n, a in enumerate(articles)}
    gold: set[Pair] = set()
    aligned: list[Unit] = []
    for event in events:
        left, right = by_name[f"{event['id']}.left.txt"], by_name[f"{event['id']}.right.txt"]
        for a, b in event["same"]:
            gold.add((event["id"], _sentence(left, a), _sentence(right, b)))
        pair = (articles.index(left), articles.index(right))
        for alignment in align_profiles(article_profiles(left), article_profiles(right)):
            aligned.append((pair, alignment.left, alignment.right))
    members: list[Unit] = []
    across = 0
    for claim in build_claims(articles).claims:
        for m, n in combinations(sorted(claim.members, key=lambda m: m.article), 2):
            if event_of[m.article] != event_of[n.article]:
                across += 1
            else:
                members.append(((m.article, n.article), m.sentences, n.sentences))
    print(f"Unseen independent reports: {len(events)} events, {len(gold)} gold pairs")
    for label, units in (("alignments", aligned), ("claims", members)):
        pairs = {
            (event_of[a], x, y): ((a, b), left, right)
            for (a, b), left, right in units
            for x in left
            for y in right
        }
        matched = [u for u in units if _pairs(u, event_of) & gold]
        print(_line(label, len(matched), len(units), len(gold & set(pairs)), len(gold)))
        if args.show:
            for e, x, y in sorted(gold - set(pairs)):
                print(f"    missed {e} {x}/{y}")
            for u in units:
                if not _pairs(u, event_of) & gold:
                    (a, b), xs, ys = u
                    print(f"    wrong  {_text(articles[a], xs)} | {_text(articles[b], ys)}")
    print(f"  claim member pairs joining two events: {across}")
    return 0


def _pairs(unit: Unit, event_of: dict[int, str]) -> set[Pair]:
    (a, _), left, right = unit
    return {(event_of[a], x, y) for x in left for y in right}


def _text(article: Article, sentences: tuple[int, ...]) -> str:
    return " ".join(article.sentences[s].text for s in sentences)[:80]


if __name__ == "__main__":
    raise SystemExit(main())
