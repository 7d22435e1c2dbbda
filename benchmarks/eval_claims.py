"""Claim matrix quality: "same claim" pairs on the seeds' gold and on rewrites of real
reports, contradictions carried into claims, and refused chains.

Run from the project root:  .venv/bin/python benchmarks/eval_claims.py [--show N] [--why]
    [--rewrites-only | --seeds-only | --events-only] [--clusters 50] [--held-out]

A claim scores as a set of pairs: for any two of its members, (article a, its
unit; article b, its unit). A predicted pair matches a gold pair of the same two
articles when each side's unit shares a sentence with the gold's. Precision is
the share of predicted pairs matching a gold pair, recall the share of gold pairs
matched. The same is reported for the raw pairwise alignments (every compared
pair's alignments, before clustering), to show what the clustering keeps.

* **Seeds**: the hand-labelled gold ``benchmarks/data/claims_gold_seeds.yaml``.
* **Rewrites**: BASIL clusters 0-49 (150 real reports, three outlets an event;
  never 50-99) and the five seeds, each with one rewrite, all in one corpus of 310
  articles (scored apart: real reports, seeds). A rewrite keeps most sentences
  of its original in order (about one in eight dropped, some neighbours
  swapped), rewords them (words dropped, replaced and swapped, as in
  ``bench_compare``) and plants a contradiction in about one in
  four (``planted_edits``: number, date, negation, opposite, entity, quote; the
  planted sentence is reworded by a synonym swap only, so the change survives).
  Gold: each kept sentence with its rewritten self. Only pairs between an article
  and its own rewrite are scored (the other outlets of an event have no gold).
  Also counted: claim member pairs joining two events (any two articles).
  Contradictions carried: a planted change counts as found when the claim holding
  the original sentence holds its rewrite too and carries a contradiction of the
  planted type between the two; shown beside the pairwise detector's recall on the
  same pairs, and each change lost split by stage (``_carry_loss``; listed with
  ``--why``).

* **Events**: the 150 real reports of BASIL clusters 0-49 alone, in one corpus.
  A cluster is one event, so a claim member pair of two articles of different
  clusters joins reports of different events: counted without reading (the
  share of all member pairs, and the claims holding such a pair). Also counted:
  the pairwise alignments of the compared pairs across events (what the overview
  shows of such a pair). ``--show N`` prints N cross-event member pairs.

``--held-out`` runs the rewrites and events on clusters 50-99 instead: the held-out check,
of which only these aggregate figures are printed (never an example; nothing was
tuned on them).

Texts are written to a temporary folder, never into the repository.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from argparse import ArgumentParser, Namespace
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import cast

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import claims_misses  # noqa: E402
from bench_compare import REWORD, perturb  # noqa: E402
from planted_edits import OWN_CLUSTERS, found_as, plants  # noqa: E402

from tui.engine.claims.build import PairClaims, build_claims, pair_claims  # noqa: E402
from tui.engine.claims.events import same_event_pairs  # noqa: E402
from tui.engine.claims.model import Claim, ClaimMatrix  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.engine.findings.contradiction.conflict import Conflict  # noqa: E402
from tui.engine.overview import pairs_to_compare  # noqa: E402
from tui.engine.related import candidate_pairs  # noqa: E402

GOLD = ROOT / "benchmarks" / "data" / "claims_gold_seeds.yaml"
BASIL = ROOT.parent / "shared" / "eval" / "external" / "basil_clusters.jsonl"
DROP = 0.12
SWAP = 0.1
PLANT = 0.25
CONTRADICTIONS = ("number", "date", "negation", "opposite", "entity", "quote")

Units = tuple[int, frozenset[int], int, frozenset[int]]
"""(article a, its sentences, article b, its sentences), a < b."""


@dataclass
class Score:
    matched_predicted: int = 0
    predicted: int = 0
    matched_gold: int = 0
    gold: int = 0

    def line(self, label: str) -> str:
        p = self.matched_predicted / self.predicted if self.predicted else 0.0
        r = self.matched_gold / self.gold if self.gold else 0.0
        return (
            f"  {label:26} precision {self.matched_predicted:5}/{self.predicted:5} = {p:6.1%}"
            f"   recall {self.matched_gold:5}/{self.gold:5} = {r:6.1%}"
        )


def score(predicted: Iterable[Units], gold: Iterable[Units]) -> Score:
    gold = list(gold)
    by_articles: dict[tuple[int, int], list[Units]] = {}
    for g in gold:
        by_articles.setdefault((g[0], g[2]), []).append(g)
    result = Score(gold=len(gold))
    matched: set[Units] = set()
    for p in set(predicted):
        hits = [g for g in by_articles.get((p[0], p[2]), []) if p[1] & g[1] and p[3] & g[3]]
        result.predicted += 1
        result.matched_predicted += bool(hits)
        matched.update(hits)
    result.matched_gold = len(matched)
    return result


def unit_pair(a: int, left: Iterable[int], b: int, right: Iterable[int]) -> Units:
    if a > b:
        a, left, b, right = b, right, a, left
    return (a, frozenset(left), b, frozenset(right))


def claim_pairs(claims: Iterable[Claim]) -> list[Units]:
    return [
        unit_pair(x.article, x.sentences, y.article, y.sentences)
        for claim in claims
        for n, x in enumerate(claim.members)
        for y in claim.members[n + 1 :]
    ]


def alignment_pairs(results: dict[tuple[int, int], PairClaims]) -> list[Units]:
    return [
        unit_pair(i, a.left, j, a.right)
        for (i, j), result in results.items()
        for a in result.alignments
    ]


# --- seeds ---------------------------------------------------------------------------


def _normal(text: str) -> str:
    return " ".join(text.split())


def resolve(article: Article, snippet: str) -> int:
    """The one content sentence holding ``snippet`` (whitespace collapsed)."""
    found = [s.id for s in article.content_sentences if snippet in _normal(s.text)]
    if len(found) != 1:
        raise SystemExit(f"{article.name}: {snippet!r} matches {len(found)} sentences")
    return found[0]


def seeds_gold(articles: Sequence[Article]) -> list[Units]:
    document = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    position = {a.name: n for n, a in enumerate(articles)}
    label = {key: position[name] for key, name in document["articles"].items()}
    pairs = []
    for claim in document["claims"]:
        units = [
            (label[key], [resolve(articles[label[key]], s) for s in snippets])
            for key, snippets in claim["members"].items()
        ]
        pairs += [unit_pair(*x, *y) for n, x in enumerate(units) for y in units[n + 1 :]]
    return pairs


def seeds(args: Namespace) -> None:
    articles = sorted(load_corpus(ROOT / "seeds").articles, key=lambda a: a.name)
    gold = seeds_gold(articles)
    matrix = build_claims(articles)
    every = {
        (i, j): pair_claims(articles[i], articles[j])
        for i in range(len(articles))
        for j in range(i + 1, len(articles))
    }
    print(f"\nSeeds: {len(articles)} articles, {len(gold)} gold pairs")
    print(score(claim_pairs(matrix.claims), gold).line("claims"))
    print(score(alignment_pairs(every), gold).line("pairwise alignments"))
    print(_miss_split(set(claim_pairs(matrix.claims)), set(alignment_pairs(every)), gold))
    shared = [c for c in matrix.claims if len(c.members) > 1]
    print(
        f"  {len(shared)} claims held by 2+ articles, largest "
        f"{max(len(c.members) for c in shared)}; {matrix.refused_chains} merges refused as chains"
    )
    if args.why:
        print(_why(articles, matrix, every, gold))
    if args.show:
        _show_seed_errors(articles, set(claim_pairs(matrix.claims)), gold, args.show, "claims")
        _show_seed_errors(
            articles, set(alignment_pairs(every)), gold, args.show, "pairwise alignments"
        )


def _why(
    articles: Sequence[Article],
    matrix: ClaimMatrix,
    every: dict[tuple[int, int], PairClaims],
    gold: list[Units],
) -> str:
    """The stage that lost each gold pair the claims miss (``claims_misses``)."""
    related = candidate_pairs(articles)
    compared = {pair: every[pair].alignments for pair in related.pairs}
    same_event = same_event_pairs(articles, compared, related.scores)
    found = claim_pairs(matrix.claims)
    missed = [g for g in gold if not _matches(g, found)]
    every_pair = sorted(every)
    return "\n".join(
        [
            claims_misses.report(
                articles,
                claims_misses.explain(
                    articles, matrix, missed, compared, related.scores, same_event
                ),
            ),
            claims_misses.second_pass_frontier(articles, matrix, gold, every_pair),
            claims_misses.second_pass_frontier(articles, matrix, gold, sorted(same_event)),
        ]
    )


def _matches(pair: Units, pool: Iterable[Units]) -> bool:
    """Whether ``pool`` holds a pair of the same two articles sharing a sentence a side."""
    return any(
        pair[0] == g[0] and pair[2] == g[2] and pair[1] & g[1] and pair[3] & g[3] for g in pool
    )


def _by_articles(pool: Iterable[Units]) -> dict[tuple[int, int], list[Units]]:
    found: dict[tuple[int, int], list[Units]] = {}
    for pair in pool:
        found.setdefault((pair[0], pair[2]), []).append(pair)
    return found


def _in(pair: Units, index: dict[tuple[int, int], list[Units]]) -> bool:
    """``_matches`` against a pool indexed by ``_by_articles``."""
    return _matches(pair, index.get((pair[0], pair[2]), ()))


def _miss_split(claims: Iterable[Units], aligned: Iterable[Units], gold: list[Units]) -> str:
    """Where the gold pairs the claims miss are lost: never aligned by the pair's own
    alignments (the aligner), or aligned but not joined into one claim (the merging);
    and how many gold pairs only the claims find (joined through a third article)."""
    in_claims, in_aligned = _by_articles(claims), _by_articles(aligned)
    missed = [g for g in gold if not _in(g, in_claims)]
    merging = sum(_in(g, in_aligned) for g in missed)
    through = sum(_in(g, in_claims) and not _in(g, in_aligned) for g in gold)
    return (
        f"  claims miss {len(missed)} gold pairs: {len(missed) - merging} never aligned "
        f"pairwise (aligner), {merging} aligned but not joined (merging); "
        f"{through} found only through a third article"
    )


def _show_seed_errors(
    articles: Sequence[Article], predicted: set[Units], gold: list[Units], show: int, what: str
) -> None:
    names = "ABCDEFGHIJ"

    def text(a: int, units: frozenset[int]) -> str:
        return " ".join(_normal(articles[a].sentences[s].text) for s in sorted(units))[:110]

    for title, pairs, pool in (
        (f"gold pairs {what} miss", gold, predicted),
        (f"pairs of {what} not in gold", sorted(predicted, key=str), gold),
    ):
        wrong = [p for p in pairs if not _matches(p, pool)]
        print(f"  {title}: {len(wrong)}")
        for a, left, b, right in wrong[:show]:
            print(f"    {names[a]}{sorted(left)} {text(a, left)}")
            print(f"    {names[b]}{sorted(right)} {text(b, right)}")


# --- reports of different events ------------------------------------------------------


def events(args: Namespace) -> None:
    """Claim member pairs and alignments that join reports of different BASIL events."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        event_of: dict[str, int] = {}
        for n, (event, record) in enumerate(basil_records(args.clusters, args.held_out)):
            name = f"{event:03d}_{n % 3}.txt"
            (folder / name).write_text(f"{record['title']}\n\n{record['text']}\n", encoding="utf-8")
            event_of[name] = event
        articles = sorted(load_corpus(folder).articles, key=lambda a: a.name)
        started = time.perf_counter()
        matrix = build_claims(articles)
        seconds = time.perf_counter() - started
    event = [event_of[a.name] for a in articles]
    first = OWN_CLUSTERS if args.held_out else 0
    print(
        f"\nEvents: BASIL clusters {first}-{first + len(set(event)) - 1}, {len(articles)} reports "
        f"in one corpus; build_claims {seconds:.1f} s"
    )
    pairs = claim_pairs(matrix.claims)
    across = [p for p in pairs if event[p[0]] != event[p[2]]]
    mixed = [c for c in matrix.claims if len({event[m.article] for m in c.members}) > 1]
    shared = sum(1 for c in matrix.claims if len(c.members) > 1)
    print(
        f"  claim member pairs across events {len(across):5}/{len(pairs):5} = "
        f"{len(across) / max(len(pairs), 1):6.1%}   (same event {len(pairs) - len(across):,})"
    )
    print(f"  claims holding two events        {len(mixed):5}/{shared:5} claims of 2+ articles")
    compared = {
        pair: pair_claims(articles[pair[0]], articles[pair[1]])
        for pair in pairs_to_compare(articles)[0]
    }
    aligned = alignment_pairs(compared)
    stray = [p for p in aligned if event[p[0]] != event[p[2]]]
    touched = {(p[0], p[2]) for p in stray}
    crossing = sum(1 for i, j in compared if event[i] != event[j])
    print(
        f"  pairwise alignments across events {len(stray):4}/{len(aligned):5}, in {len(touched)} "
        f"of the {crossing} compared pairs across events ({len(compared)} compared in all)"
    )
    if args.show and not args.held_out:
        for a, left, b, right in across[: args.show]:
            print(f"    {articles[a].name}{sorted(left)} {_text(articles[a], left)}")
            print(f"    {articles[b].name}{sorted(right)} {_text(articles[b], right)}\n")


def _text(article: Article, sentences: frozenset[int]) -> str:
    return " ".join(_normal(article.sentences[s].text) for s in sorted(sentences))[:150]


# --- rewrites of real reports ----------------------------------------------------------


@dataclass(frozen=True)
class Kept:
    """A sentence of an original and where its rewrite starts (offsets in the files)."""

    original: int
    rewrite: int
    planted: str | None


def basil_records(clusters: int, held_out: bool) -> list[tuple[int, dict[str, str]]]:
    if not BASIL.exists():
        raise SystemExit(f"{BASIL} not found: this benchmark reads ../shared/eval/external")
    lines = BASIL.read_text(encoding="utf-8").splitlines()
    start = OWN_CLUSTERS if held_out else 0
    lines = lines[start : start + min(clusters, OWN_CLUSTERS)]
    return [
        (event, record)
        for event, line in enumerate(lines)
        for record in json.loads(line)["articles"]
    ]


def write_rewrite(
    original: Article, rng: random.Random, vocabulary: Sequence[str]
) -> tuple[str, list[Kept]]:
    """The rewrite's text and, per kept sentence, its place in both files."""
    chosen = [s for s in original.content_sentences if rng.random() > DROP]
    for k in range(len(chosen) - 1):
        if rng.random() < SWAP:
            chosen[k], chosen[k + 1] = chosen[k + 1], chosen[k]
    parts: list[str] = []
    kept: list[Kept] = []
    offset = 0
    for n, sentence in enumerate(chosen):
        text = _normal(sentence.text)
        planted = None
        options = [(kind, changed) for kind, changed in plants(text) if kind in CONTRADICTIONS]
        if options and rng.random() < PLANT:
            planted, text = rng.choice(options)
            reworded = [changed for kind, changed in plants(text) if kind == "trap-synonym"]
            text = rng.choice(reworded) if reworded else text
        else:
            text = perturb(text, REWORD, vocabulary, rng)
        separator = "" if n == 0 else ("\n\n" if n % 3 == 0 else " ")
        offset += len(separator)
        kept.append(Kept(sentence.start, offset, planted))
        parts.append(separator + text)
        offset += len(text)
    return "".join(parts) + "\n", kept


def rewrites(args: Namespace) -> None:
    rng = random.Random(13)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        names = []
        for n, (event, record) in enumerate(basil_records(args.clusters, args.held_out)):
            name = f"{event:03d}_{n % 3}.txt"
            (folder / name).write_text(f"{record['title']}\n\n{record['text']}\n", encoding="utf-8")
            names.append(name)
        for seed in sorted((ROOT / "seeds").glob("*.txt")):
            name = f"seed_{seed.name}"
            (folder / name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
            names.append(name)
        originals = {a.name: a for a in load_corpus(folder).articles}
        vocabulary = sorted({w for a in originals.values() for w in a.text.split() if w.isalpha()})
        plan: dict[str, list[Kept]] = {}
        for name in names:
            text, kept = write_rewrite(originals[name], rng, vocabulary)
            (folder / name.replace(".txt", "_r.txt")).write_text(text, encoding="utf-8")
            plan[name] = kept
        articles = sorted(load_corpus(folder).articles, key=lambda a: a.name)
        started = time.perf_counter()
        matrix = build_claims(articles)
        seconds = time.perf_counter() - started
        first = OWN_CLUSTERS if args.held_out else 0
        _score_rewrites(matrix, plan, seconds, first, args.why and not args.held_out)


def _sentence_at(article: Article, offset: int) -> int | None:
    for s in article.content_sentences:
        if s.start <= offset < s.end:
            return s.id
    return None


def _score_rewrites(
    matrix: ClaimMatrix, plan: dict[str, list[Kept]], seconds: float, first: int, why: bool
) -> None:
    articles = matrix.articles
    shared = [c for c in matrix.claims if len(c.members) > 1]
    merged = sum(len(c.members) - 1 for c in matrix.claims)
    basil = sum(1 for name in plan if not name.startswith("seed_"))
    print(
        f"\nRewrites: BASIL clusters {first}-{first + basil // 3 - 1} ({basil} reports) and the "
        f"{len(plan) - basil} seeds, each with its rewrite: {len(articles)} articles in one "
        f"corpus; build_claims {seconds:.1f} s; {len(shared):,} claims held by 2+ articles; "
        f"merges: {merged:,} made, {matrix.refused_chains:,} refused as chains"
    )
    event = [_event(a.name) for a in articles]
    pairs = claim_pairs(matrix.claims)
    across = sum(1 for p in pairs if event[p[0]] != event[p[2]])
    print(
        f" claim member pairs across events (BASIL clusters; the seeds one event) "
        f"{across}/{len(pairs)} = {across / max(len(pairs), 1):.1%}"
    )
    for label, names in (
        ("rewrites of real reports", [n for n in plan if not n.startswith("seed_")]),
        ("rewrites of the seeds", [n for n in plan if n.startswith("seed_")]),
    ):
        _score_group(matrix, {name: plan[name] for name in names}, label, why)


def _event(name: str) -> str:
    """The event of a file of the rewrites corpus: its BASIL cluster, or "seed"."""
    return name.split("_")[0]


def _score_group(matrix: ClaimMatrix, plan: dict[str, list[Kept]], label: str, why: bool) -> None:
    articles = matrix.articles
    position = {a.name: n for n, a in enumerate(articles)}
    gold: list[Units] = []
    planted: list[tuple[int, int, int, int, str]] = []
    for name, kept in plan.items():
        o, r = position[name], position[name.replace(".txt", "_r.txt")]
        for k in kept:
            i, j = _sentence_at(articles[o], k.original), _sentence_at(articles[r], k.rewrite)
            if i is None or j is None:
                continue
            gold.append(unit_pair(o, [i], r, [j]))
            if k.planted:
                planted.append((o, i, r, j, k.planted))
    own = {(position[n], position[n.replace(".txt", "_r.txt")]) for n in plan}
    predicted = [p for p in claim_pairs(matrix.claims) if (p[0], p[2]) in own]
    results = {pair: pair_claims(articles[pair[0]], articles[pair[1]]) for pair in sorted(own)}
    print(f" {label}: {len(plan)} pairs, {len(gold)} gold sentence pairs")
    print(score(predicted, gold).line("claims (own rewrite)"))
    print(score(alignment_pairs(results), gold).line("pairwise alignments"))
    print(_miss_split(predicted, alignment_pairs(results), gold))
    if why:
        print(_merging_losses(matrix, predicted, alignment_pairs(results), gold))
    claim_of = {
        (m.article, s): claim for claim in matrix.claims for m in claim.members for s in m.sentences
    }
    carried = pairwise = 0
    lost: Counter[str] = Counter()
    shown: list[str] = []
    for o, i, r, j, kind in planted:
        claim = claim_of[o, i]
        member = claim.member(r)
        types = [
            c.type for c in claim.contradictions if {c.left.article, c.right.article} == {o, r}
        ]
        reached = bool(member and j in member.sentences)
        carried += reached and _found(kind, types)
        found = [
            f.type
            for f in results[o, r].contradictions
            if f.left.sentence == i and f.right.sentence == j
        ]
        pairwise += _found(kind, found)
        if not (reached and _found(kind, types)):
            stage = _carry_loss(reached, _found(kind, found))
            lost[stage] += 1
            shown.append(
                f"    [{stage}] {kind}: {articles[o].name}[{i}] / {articles[r].name}[{j}]\n"
                f"      {_text(articles[o], frozenset([i]))}\n"
                f"      {_text(articles[r], frozenset([j]))}"
            )
    total = len(planted)
    print(
        f"  contradictions carried into claims {carried:4}/{total:4} = {carried / total:6.1%}"
        f"   (pairwise detector on the same pairs {pairwise}/{total} = {pairwise / total:.1%})"
    )
    print("  carry losses: " + ", ".join(f"{stage} {n}" for stage, n in sorted(lost.items())))
    if why:
        print("\n".join(shown))


def _carry_loss(reached: bool, detected: bool) -> str:
    """Why a planted change is not carried into claims: the claim holding the original
    sentence does not hold its rewrite (``not in one claim``); it does, but the pairwise
    detector finds no contradiction of the planted type at the two sentences
    (``not detected``); or it does, yet the claim carries none (``not carried``)."""
    if not reached:
        return "not in one claim"
    return "not carried" if detected else "not detected"


def _merging_losses(
    matrix: ClaimMatrix, predicted: list[Units], aligned: list[Units], gold: list[Units]
) -> str:
    """The gold pairs an article and its rewrite align but the claims keep apart, each
    side with the claim holding it (its articles and sentences)."""
    articles = matrix.articles
    in_claims, in_aligned = _by_articles(predicted), _by_articles(aligned)
    lost = [g for g in gold if not _in(g, in_claims) and _in(g, in_aligned)]
    claim_of = {
        (m.article, s): claim for claim in matrix.claims for m in claim.members for s in m.sentences
    }
    lines = [f"  aligned but not joined: {len(lost)}"]
    for a, left, b, right in lost:
        for article, sentences in ((a, left), (b, right)):
            claim = claim_of[article, min(sentences)]
            holders = ", ".join(
                f"{articles[m.article].name}{list(m.sentences)}" for m in claim.members
            )
            text = _text(articles[article], sentences)
            lines.append(f"    {articles[article].name}{sorted(sentences)} {text}")
            lines.append(f"      in claim {claim.id}: {holders}")
        lines.append("")
    return "\n".join(lines)


@dataclass(frozen=True)
class _Typed:
    """What ``found_as`` reads of a conflict: its type."""

    type: str


def _found(kind: str, types: Iterable[str]) -> bool:
    return found_as(kind, cast(list[Conflict], [_Typed(t) for t in types]))


def main() -> int:
    parser = ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--show", type=int, default=0, help="print N errors of claims and alignments on the seeds"
    )
    parser.add_argument(
        "--why", action="store_true", help="the stage that lost each gold pair the seeds miss"
    )
    parser.add_argument("--seeds-only", action="store_true")
    parser.add_argument("--rewrites-only", action="store_true")
    parser.add_argument("--events-only", action="store_true")
    parser.add_argument("--clusters", type=int, default=OWN_CLUSTERS, help="BASIL clusters (<= 50)")
    parser.add_argument(
        "--held-out",
        action="store_true",
        help="rewrites and events of clusters 50-99 (aggregates only)",
    )
    args = parser.parse_args()
    only = args.seeds_only or args.rewrites_only or args.events_only
    if args.seeds_only or not only:
        seeds(args)
    if args.rewrites_only or not only:
        rewrites(args)
    if args.events_only or not only:
        events(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
