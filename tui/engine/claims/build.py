"""``build_claims(articles)``: the claim matrix of a corpus.

The candidate pairs (``related``, or every pair) are aligned and checked for
contradictions, in a process pool when there are many (``pair_jobs``; each
article's own work is done once per worker). Only the pairs of two articles
about one event (``events``) go on: their alignment sides cut every article into
units (``units``); their alignments join units into claims (``clustering``); a
contradiction finding whose two sides fall in one claim
is attached to it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations

from tui.engine.align import Alignment, align_profiles
from tui.engine.claims.affinity import Affinity
from tui.engine.claims.clustering import Edges, centrality, cluster_units
from tui.engine.claims.events import same_event_pairs
from tui.engine.claims.model import Claim, ClaimContradiction, ClaimMatrix, ClaimMember, ClaimSide
from tui.engine.claims.units import Side, Unit, Units, cut_units, join_split_units
from tui.engine.corpus import Article
from tui.engine.findings.model import DEFAULT_MIN_SCORE, Finding
from tui.engine.overview import Progress
from tui.engine.similarity import article_profiles


@dataclass(frozen=True, slots=True)
class PairClaims:
    """What claims need of one compared pair."""

    alignments: tuple[Alignment, ...]
    contradictions: tuple[Finding, ...]


def pair_claims(left: Article, right: Article) -> PairClaims:
    """Align two articles and find their contradictions: the contradiction detectors',
    the name detector's (one office held by two people) and those between sentences the
    alignments leave free and the sentences that hold them (``find_held_contradictions``,
    as ``compare`` reads them). Shared passages and
    spelling findings are not looked for, nor anything in a pair with no alignment
    (its findings would join sentences the pair does not align: they seldom fall in
    one claim). Findings scored below ``DEFAULT_MIN_SCORE`` are left out, as the
    compare screen leaves them out."""
    from tui.engine.findings.contradiction.pipeline import (
        find_contradictions,
        find_held_contradictions,
    )
    from tui.engine.people.names import find_name_findings

    alignments = tuple(align_profiles(article_profiles(left), article_profiles(right)))
    if not alignments:
        return PairClaims((), ())
    found = [
        finding
        for finding in find_contradictions(left, right, alignments)
        + find_name_findings(left, right, alignments)
        + find_held_contradictions(left, right, alignments)
        if finding.kind == "contradiction" and finding.score >= DEFAULT_MIN_SCORE
    ]
    found.sort(key=lambda f: (f.left.start, f.right.start, f.type))
    return PairClaims(alignments, tuple(found))


def build_claims(
    articles: Sequence[Article],
    progress: Progress | None = None,
    *,
    all_pairs: bool = False,
    workers: int | None = None,
) -> ClaimMatrix:
    """The claims of ``articles``; ``progress`` is told (pairs done, pairs in all).

    ``workers`` caps the processes (default: one per available core; tiny inputs
    always run in this process)."""
    from tui.engine.pair_jobs import map_pairs
    from tui.engine.related import candidate_pairs

    articles = tuple(articles)
    related = candidate_pairs(articles)
    pairs = list(combinations(range(len(articles)), 2)) if all_pairs else list(related.pairs)
    if progress is not None:
        progress(0, len(pairs))
    results = dict(
        zip(pairs, map_pairs(pair_claims, articles, pairs, progress, workers), strict=True)
    )
    return assemble(articles, results, related.scores)


def assemble(
    articles: tuple[Article, ...],
    results: dict[tuple[int, int], PairClaims],
    related: Mapping[tuple[int, int], float],
) -> ClaimMatrix:
    """The matrix from each compared pair's alignments and contradictions; only the
    pairs of articles about one event (``same_event_pairs``, with the candidate scores
    ``related``) join claims."""
    alignments = {pair: result.alignments for pair, result in results.items()}
    same_event = same_event_pairs(articles, alignments, related)
    results = {pair: result for pair, result in results.items() if pair in same_event}
    units = cut_units(articles, _sides(results))
    units = join_split_units(units, _edges(units, results))
    edges = _edges(units, results)
    affinity = Affinity(articles, units.units)
    clusters = cluster_units(units.units, edges, set(results), affinity.similar)
    cluster_of = {unit: n for n, members in enumerate(clusters.members) for unit in members}
    found: list[list[ClaimContradiction]] = [[] for _ in clusters.members]
    for (i, j), result in results.items():
        for finding in result.contradictions:
            left, right = finding.left.sentence, finding.right.sentence
            if left is None or right is None:
                continue
            x = cluster_of[units.of_sentence[i, left]]
            if x == cluster_of[units.of_sentence[j, right]]:
                found[x].append(_contradiction(i, j, finding))
    drafts = [
        _claim(articles, [units.units[u] for u in members], edges, members, found[n])
        for n, members in enumerate(clusters.members)
    ]
    drafts.sort(key=lambda c: (-len(c.members), c.members[0].article, c.members[0].start))
    claims = tuple(Claim(n, c.summary, c.members, c.contradictions) for n, c in enumerate(drafts))
    return ClaimMatrix(articles, claims, clusters.refused)


def _sides(results: dict[tuple[int, int], PairClaims]) -> list[Side]:
    return [
        side
        for (i, j), result in results.items()
        for a in result.alignments
        for side in (Side(i, a.left, a.score), Side(j, a.right, a.score))
    ]


def _edges(units: Units, results: dict[tuple[int, int], PairClaims]) -> Edges:
    edges: dict[tuple[int, int], float] = {}
    for (i, j), result in results.items():
        for alignment in result.alignments:
            lefts = {units.of_sentence[i, s] for s in alignment.left}
            rights = {units.of_sentence[j, s] for s in alignment.right}
            for u in lefts:
                for v in rights:
                    key = (min(u, v), max(u, v))
                    edges[key] = max(edges.get(key, 0.0), alignment.score)
    return edges


def _claim(
    articles: tuple[Article, ...],
    units: list[Unit],
    edges: Edges,
    positions: Sequence[int],
    contradictions: list[ClaimContradiction],
) -> Claim:
    members = tuple(_member(articles, unit) for unit in units)
    weights = centrality(positions, edges)
    summary = members[max(range(len(members)), key=lambda k: (weights[k], -k))]
    ordered = sorted(contradictions, key=lambda c: (c.left.article, c.right.article, c.left.start))
    return Claim(-1, summary, members, tuple(ordered))


def _member(articles: tuple[Article, ...], unit: Unit) -> ClaimMember:
    sentences = articles[unit.article].sentences
    first, last = sentences[unit.sentences[0]], sentences[unit.sentences[-1]]
    return ClaimMember(unit.article, unit.sentences, first.start, last.end)


def _contradiction(i: int, j: int, finding: Finding) -> ClaimContradiction:
    left, right = finding.left, finding.right
    return ClaimContradiction(
        ClaimSide(i, left.sentence, left.start, left.end),
        ClaimSide(j, right.sentence, right.start, right.end),
        finding.type,
        finding.message,
        finding.score,
    )
