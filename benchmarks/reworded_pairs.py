"""Can a scored gate align the free sentences of two reports that state one claim in few
shared words? A study on labelled pairs of real reports, and on the seeds.

The aligner leaves a sentence free when no pass finds it a partner. Between the seeds
(one English wire report, four translated commentaries) most of the gold claim pairs
the claims miss are such free pairs with little overlap ("The core topics ... focus on
two strategic resources: rare earth exports and high-end chip ..." / "... two critical
points: China's dominance over rare earth minerals and ..."). This script asks whether
features a reader would use tell such pairs from free pairs that only share the
event's names and topic:

* the *candidates* of an article pair are its free sentence pairs (both sentences left
  free by the shipped aligner) sharing two content stems, or one and a WordNet synonym;
* the *proposals* are the candidates each sentence of which is the other's best free
  partner (synonym Dice, both ways), with a synonym Dice of at least ``PROPOSE_DICE``
  and ``MIN_WORDS`` content words a side;
* each proposal gets the features of ``FEATURES`` (overlap, how much of each sentence
  the other explains, the weight of the shared anchors, shared names, stems found in
  at most two sentences of each article, agreeing or clashing numbers, the margin over
  each side's next best partner, whether the pair sits between its neighbouring
  alignments and how near the nearest one is, the order of the shared words, a title).

``benchmarks/data/reworded_labels.tsv`` judges a random sample of the proposals on the
same-event pairs of BASIL clusters 0-49 (never 50-99), each article read as a user's
file holds it (title line, blank line, text), by the same-claim rule of
``LABELLING.md``: cluster, outlets (the order of ``basil_candidates``), the two
sentences' character offsets, label, a few-word reason; no article text.

Default: each feature's AUC on the labels (0.5: no separation). ``--split`` fits an
L2-penalised logistic regression on part of the clusters, picks on that part the
lowest score keeping a precision of at least ``MIN_PRECISION``, and scores the rest:
5 folds of clusters, then 200 random halves, pooled (held-out figures only).
``--seeds`` counts the seeds' proposals that the gold (``claims_gold_seeds.yaml``)
holds. ``--list [--unlabelled]`` prints the proposals with both sentences, to label.

Usage (from the project root):
    .venv/bin/python benchmarks/reworded_pairs.py [--external DIR]
        [--split | --seeds | --list [--unlabelled]]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import math
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs
from logistic import fit_logistic, sigmoid

from tui.engine.align import Alignment, align_profiles
from tui.engine.corpus import Article, load_corpus
from tui.engine.name_variants import unify_name_variants
from tui.engine.paraphrase import Overlap, overlap
from tui.engine.similarity import Profile, article_profiles, pair_idf, weight_of
from tui.engine.synonyms import synonym_pairs
from tui.engine.word_order import shared_in_order

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXTERNAL = Path("../shared/eval/external")
LABELS = ROOT / "benchmarks" / "data" / "reworded_labels.tsv"
PROPOSE_DICE = 0.2
MIN_WORDS = 6
MIN_SHARED = 2
MIN_PRECISION = 0.9
RANDOM_HALVES = 200
L2 = 1.0
FEATURES = (
    "dice",
    "cover_min",
    "cover_max",
    "anchor",
    "names",
    "rare_shared",
    "numbers_agree",
    "numbers_clash",
    "margin",
    "order",
    "near",
    "in_order",
    "title",
)
Pair = tuple[int, int]
Span = tuple[int, int]
Key = tuple[int, str, str, Span, Span]


@dataclass(frozen=True)
class Proposal:
    """A proposed free pair of one article pair: its sentences and features."""

    left: int
    """``Sentence.id`` on each side."""
    right: int
    features: dict[str, float]


# --- candidates, features and proposals -------------------------------------------------


def proposals_of(left: Article, right: Article) -> list[Proposal]:
    """The proposals of one article pair, aligned as the shipped aligner aligns it."""
    lefts = article_profiles(left)
    alignments = align_profiles(lefts, article_profiles(right))
    rights = unify_name_variants(lefts, article_profiles(right))
    weights = pair_idf(lefts, rights)
    aligned = _positions(alignments, lefts, rights)
    taken = ({i for i, _ in aligned}, {j for _, j in aligned})
    candidates = _free_candidates(lefts, rights, taken)
    scored = {(i, j): overlap(lefts[i], rights[j], weights) for i, j in candidates}
    best_left: dict[int, list[float]] = defaultdict(list)
    best_right: dict[int, list[float]] = defaultdict(list)
    for (i, j), shared in scored.items():
        best_left[i].append(shared.dice)
        best_right[j].append(shared.dice)
    for ranked in (*best_left.values(), *best_right.values()):
        ranked.sort(reverse=True)
    counts = (
        Counter(s for p in lefts for s in p.stems),
        Counter(s for p in rights for s in p.stems),
    )
    found = []
    for (i, j), shared in scored.items():
        mutual = best_left[i][0] == shared.dice == best_right[j][0]
        if not mutual or shared.dice < PROPOSE_DICE:
            continue
        if min(len(lefts[i].stems), len(rights[j].stems)) < MIN_WORDS:
            continue
        others = [*best_left[i][1:2], *best_right[j][1:2]]
        features = _features(lefts[i], rights[j], weights, shared, counts)
        features["margin"] = shared.dice - max(others, default=0.0)
        features["order"], features["near"] = _order(aligned, i, j)
        found.append(Proposal(lefts[i].id, rights[j].id, features))
    return found


def _positions(
    alignments: Sequence[Alignment], lefts: Sequence[Profile], rights: Sequence[Profile]
) -> list[Pair]:
    """Every (left, right) position couple the alignments hold."""
    left_at = {p.id: p.position for p in lefts}
    right_at = {p.id: p.position for p in rights}
    return sorted((left_at[i], right_at[j]) for a in alignments for i in a.left for j in a.right)


def _free_candidates(
    lefts: Sequence[Profile], rights: Sequence[Profile], taken: tuple[set[int], set[int]]
) -> list[Pair]:
    index: dict[str, list[int]] = defaultdict(list)
    for j in range(len(rights)):
        if j not in taken[1]:
            for stem in rights[j].stems:
                index[stem].append(j)
    found = []
    for i in range(len(lefts)):
        if i in taken[0]:
            continue
        counts: Counter[int] = Counter(j for stem in lefts[i].stems for j in index.get(stem, ()))
        for j, shared in counts.items():
            left, right = lefts[i].stems, rights[j].stems
            if shared >= MIN_SHARED or synonym_pairs(left - right, right - left):
                found.append((i, j))
    return found


def _features(
    left: Profile,
    right: Profile,
    weights: dict[str, float],
    shared: Overlap,
    counts: tuple[Counter[str], Counter[str]],
) -> dict[str, float]:
    common = left.stems & right.stems
    common_weight = weight_of(common, weights)
    covers = [
        (common_weight + weight_of(words, weights)) / total if total else 0.0
        for words, total in (
            ([a for a, _ in shared.synonyms], weight_of(left.stems, weights)),
            ([b for _, b in shared.synonyms], weight_of(right.stems, weights)),
        )
    ]
    numbers = _numbers(left.text), _numbers(right.text)
    top = max(weights.values())
    return {
        "dice": shared.dice,
        "cover_min": min(covers),
        "cover_max": max(covers),
        "anchor": common_weight / top,
        "names": float(len(left.names & right.names)),
        "rare_shared": float(sum(counts[0][s] <= 2 and counts[1][s] <= 2 for s in common)),
        "numbers_agree": float(bool(numbers[0] & numbers[1])),
        "numbers_clash": float(all(numbers) and not numbers[0] & numbers[1]),
        "in_order": shared_in_order(left.text, right.text, shared.synonyms),
        "title": float(left.position == 0 or right.position == 0),
    }


def _order(aligned: Sequence[Pair], i: int, j: int) -> tuple[float, float]:
    """(1 when the pair sits between the partners of its nearest aligned neighbours, 0
    when not, 0.5 when nothing is aligned; minus the distance to the nearest aligned
    couple lying on the same diagonal side)."""
    if not aligned:
        return 0.5, -99.0
    lefts = [a for a, _ in aligned]
    k = bisect.bisect_left(lefts, i)
    before = aligned[k - 1][1] if k > 0 else -1
    after = aligned[k][1] if k < len(aligned) else math.inf
    near = min((abs(i - a) + abs(j - b) for a, b in aligned if (a - i) * (b - j) > 0), default=99)
    return float(before < j < after), -float(near)


def _numbers(text: str) -> frozenset[str]:
    """The digit groups of ``text``, thousands separators dropped."""
    groups, digits = [], ""
    for character in text + " ":
        if character.isdigit():
            digits += character
        elif digits and character != ",":
            groups.append(digits)
            digits = ""
    return frozenset(groups)


# --- BASIL proposals and labels ----------------------------------------------------------


@dataclass(frozen=True)
class Labelled:
    cluster: int
    key: Key
    features: dict[str, float]
    texts: tuple[str, str]


def basil_proposals(external: Path) -> Iterator[Labelled]:
    for cluster, left_record, right_record in same_event_pairs(external, LABELLED_CLUSTERS):
        left = basil_article(left_record, with_title=True)
        right = basil_article(right_record, with_title=True)
        outlets = (left_record["source"], right_record["source"])
        for p in proposals_of(left, right):
            a, b = left.sentences[p.left], right.sentences[p.right]
            key = (cluster, *outlets, (a.start, a.end), (b.start, b.end))
            yield Labelled(cluster, key, p.features, (a.text, b.text))


def read_labels(path: Path = LABELS) -> dict[Key, bool]:
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return {
        (
            int(row["cluster"]),
            row["left_outlet"],
            row["right_outlet"],
            (int(row["left_start"]), int(row["left_end"])),
            (int(row["right_start"]), int(row["right_end"])),
        ): row["label"] == "right"
        for row in rows
    }


# --- separation and the cross-validated gate ---------------------------------------------


def auc(rows: Sequence[tuple[dict[str, float], bool]], name: str) -> float:
    """The chance a right pair scores above a wrong one on feature ``name`` (ties half)."""
    right = [f[name] for f, y in rows if y]
    wrong = [f[name] for f, y in rows if not y]
    won = sum((a > b) + 0.5 * (a == b) for a in right for b in wrong)
    return won / (len(right) * len(wrong))


def fit(rows: Sequence[tuple[dict[str, float], bool]]) -> list[float]:
    """Intercept and weights of an L2-penalised logistic regression (Newton's method)."""
    xs = [[1.0, *(f[n] for n in FEATURES)] for f, _ in rows]
    ys = [1.0 if y else 0.0 for _, y in rows]
    return fit_logistic(xs, ys, l2=L2, iterations=50, tolerance=1e-7)


def predict(beta: Sequence[float], features: dict[str, float]) -> float:
    return sigmoid(beta[0] + sum(b * features[n] for b, n in zip(beta[1:], FEATURES, strict=True)))


def threshold_for(scored: Sequence[tuple[float, bool]]) -> float:
    """The lowest score at which the pairs scoring at least it are at least
    ``MIN_PRECISION`` right; infinity when no score is."""
    best, right, total = math.inf, 0, 0
    for score, truth in sorted(scored, key=lambda s: -s[0]):
        right += truth
        total += 1
        if right >= MIN_PRECISION * total:
            best = score
    return best


Rows = Sequence[tuple[Labelled, bool]]


def held_out(rows: Rows, fit_on: set[int]) -> tuple[int, int, int, bool]:
    """(right kept, wrong kept, right missed) on the clusters outside ``fit_on``, and
    whether any threshold reached ``MIN_PRECISION`` on the fitting clusters."""
    train = [(p.features, y) for p, y in rows if p.cluster in fit_on]
    beta = fit(train)
    bar = threshold_for([(predict(beta, f), y) for f, y in train])
    right = wrong = missed = 0
    for p, y in rows:
        if p.cluster not in fit_on:
            kept = predict(beta, p.features) >= bar
            right, wrong, missed = (
                right + (kept and y),
                wrong + (kept and not y),
                missed + (y and not kept),
            )
    return right, wrong, missed, bar < math.inf


def split_report(rows: Rows) -> None:
    clusters = list(LABELLED_CLUSTERS)
    for name, splits in (
        ("5 folds of clusters", [set(clusters) - set(clusters[k::5]) for k in range(5)]),
        (
            f"{RANDOM_HALVES} random halves of clusters",
            [
                set(random.Random(s).sample(clusters, len(clusters) // 2))
                for s in range(RANDOM_HALVES)
            ],
        ),
    ):
        right = wrong = missed = reached = 0
        for fit_on in splits:
            r, w, m, ok = held_out(rows, fit_on)
            right, wrong, missed, reached = right + r, wrong + w, missed + m, reached + ok
        print(
            f"  {name}: a threshold at precision {MIN_PRECISION} on the fitting part in "
            f"{reached}/{len(splits)}; held out, pooled: precision {_share(right, right + wrong)}, "
            f"right kept {_share(right, right + missed)}"
        )
    beta = fit([(p.features, y) for p, y in rows])
    scored = sorted(((predict(beta, p.features), y) for p, y in rows), key=lambda s: -s[0])
    for top in (5, 10, 20, 40):
        print(f"  in sample, the {top} best scored: {sum(y for _, y in scored[:top])} right")


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0/0)"


# --- the seeds -----------------------------------------------------------------------------


def seeds_report() -> None:
    """How many of the seeds' proposals the gold holds, and how many gold pairs the
    pairwise alignments miss that a proposal holds."""
    from eval_claims import _matches, alignment_pairs, seeds_gold, unit_pair

    from tui.engine.claims.build import pair_claims

    articles = sorted(load_corpus(ROOT / "seeds").articles, key=lambda a: a.name)
    gold = seeds_gold(articles)
    aligned = alignment_pairs(
        {
            (i, j): pair_claims(articles[i], articles[j])
            for i in range(len(articles))
            for j in range(i + 1, len(articles))
        }
    )
    proposed = [
        unit_pair(i, [p.left], j, [p.right])
        for i in range(len(articles))
        for j in range(i + 1, len(articles))
        for p in proposals_of(articles[i], articles[j])
    ]
    in_gold = sum(_matches(p, gold) for p in proposed)
    missed = [g for g in gold if not _matches(g, aligned)]
    print(
        f"seeds: {len(proposed)} proposals, {in_gold} of them gold pairs; of the {len(missed)} "
        f"gold pairs no alignment holds, {sum(_matches(g, proposed) for g in missed)} are proposed"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--split", action="store_true", help="held-out gate over clusters")
    parser.add_argument("--seeds", action="store_true", help="the seeds' proposals and gold")
    parser.add_argument("--list", action="store_true", help="print proposals with both sentences")
    parser.add_argument("--unlabelled", action="store_true", help="with --list: only unlabelled")
    args = parser.parse_args()
    if args.seeds:
        seeds_report()
        return 0
    if not (args.external / "basil_clusters.jsonl").exists():
        print(f"{args.external}: no basil_clusters.jsonl; pass --external DIR", file=sys.stderr)
        return 2
    labels = read_labels()
    found = list(basil_proposals(args.external))
    if args.list:
        for p in found:
            if not (args.unlabelled and p.key in labels):
                print("\n" + "\t".join(map(str, (*p.key[:3], *p.key[3], *p.key[4]))))
                print("  L: " + " ".join(p.texts[0].split()))
                print("  R: " + " ".join(p.texts[1].split()))
        return 0
    rows = [(p, labels[p.key]) for p in found if p.key in labels]
    rights = sum(y for _, y in rows)
    print(
        f"BASIL 0-49 same-event pairs: {len(found)} proposals, {len(rows)} labelled "
        f"({rights} right, {len(rows) - rights} wrong): ungated precision "
        f"{_share(rights, len(rows))}"
    )
    if args.split:
        split_report(rows)
    else:
        features = [(p.features, y) for p, y in rows]
        for name in FEATURES:
            print(f"  {name:14s} AUC {auc(features, name):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
