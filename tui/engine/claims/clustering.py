"""Units into claims: greedy merging by alignment score, without chaining.

Every aligned pair of units is an edge weighted by its alignment's score.
Edges are taken strongest first; each may merge the two claims holding its
units, but only when

- no article would hold two units of the claim (one unit per article), and
- the claims agree: of the cross pairs of members whose articles were
  compared, more than ``MIN_AGREEMENT`` are aligned or, unaligned, still
  ``similar`` (``affinity``): an average link.

Transitive closure would join A and C because A~B and B~C; here A and C must
themselves be aligned (when their articles were compared). A merge refused by
either rule is a refused chain; it is counted once per pair of claims.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from tui.engine.claims.units import Unit

MIN_AGREEMENT = 0.5
"""Share of the compared cross pairs that must be exceeded by the aligned ones for two
claims to merge (a majority: A~B and B~C without A~C is refused)."""

Edges = Mapping[tuple[int, int], float]
"""(unit, unit) positions, the smaller first -> the best score aligning them."""
Similar = Callable[[int, int], bool]
"""Whether two unaligned units (positions) of different articles still agree."""


@dataclass(frozen=True)
class Clusters:
    members: tuple[tuple[int, ...], ...]
    """Each cluster's units (positions), by article."""
    refused: int
    """Merges refused (see the module's docstring)."""


def cluster_units(
    units: Sequence[Unit],
    edges: Edges,
    compared: set[tuple[int, int]],
    similar: Similar = lambda u, v: False,
) -> Clusters:
    """Merge ``units`` along ``edges``; ``compared`` holds the (i, j) article pairs,
    i < j, whose alignments made the edges; ``similar`` says whether an unaligned
    cross pair still agrees (by default none does)."""
    cluster_of = list(range(len(units)))
    clusters: dict[int, dict[int, int]] = {n: {u.article: n} for n, u in enumerate(units)}
    refused: set[tuple[int, int]] = set()
    for (u, v), _score in sorted(edges.items(), key=lambda e: (-e[1], e[0])):
        x, y = cluster_of[u], cluster_of[v]
        if x == y:
            continue
        if not _agree(clusters[x], clusters[y], edges, compared, similar):
            refused.add((min(x, y), max(x, y)))
            continue
        keep, gone = (x, y) if len(clusters[x]) >= len(clusters[y]) else (y, x)
        for unit in clusters[gone].values():
            cluster_of[unit] = keep
        clusters[keep].update(clusters.pop(gone))
    members = tuple(tuple(unit for _, unit in sorted(c.items())) for c in clusters.values())
    return Clusters(members, len(refused))


def _agree(
    x: dict[int, int],
    y: dict[int, int],
    edges: Edges,
    compared: set[tuple[int, int]],
    similar: Similar,
) -> bool:
    if x.keys() & y.keys():
        return False
    known = linked = 0
    for a, u in x.items():
        for b, v in y.items():
            if (min(a, b), max(a, b)) in compared:
                known += 1
                linked += (min(u, v), max(u, v)) in edges or similar(u, v)
    return known > 0 and linked > MIN_AGREEMENT * known


def centrality(members: Sequence[int], edges: Edges) -> list[float]:
    """Each member's summed edge score to the others of its cluster."""
    return [sum(edges.get((min(u, v), max(u, v)), 0.0) for v in members if v != u) for u in members]
