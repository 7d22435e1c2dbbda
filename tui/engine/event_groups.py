"""Groups of articles about one event, from the overview's compared pairs.

Two reports of one event align a good share of their sentences; reports of
different events align next to none. Joining every pair that aligns a little
(connected components) chains events together at scale: one article that
quotes two events links both. So the groups come from average-link
agglomerative clustering: start with one group per article and repeatedly join
the two groups whose *mean* similarity over every pair of their articles is
highest, while it is at least ``JOIN_AT``. A pair never compared (skipped as
unrelated) counts as similarity 0, so a group only grows by an article that is
close to most of its members, not to one.

The similarity of a pair is its mean aligned share (``PairNumbers.aligned_share``).
``JOIN_AT`` was chosen on BASIL events 0-49 only (150 articles, three reports an
event): adjusted Rand index 0.954 against the events, purity 0.993, where connected
components of the same pairs score 0.393. ``benchmarks/bench_groups.py`` prints
these figures, for 300 and 1,000 articles too.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from tui.engine.overview import PairSummary

JOIN_AT = 0.03
"""Least mean aligned share between two groups for them to be joined."""


@dataclass(frozen=True, slots=True)
class EventGroup:
    """Articles (positions) that report one event, the most central first."""

    members: tuple[int, ...]
    """The most central article (most aligned with the others) first, then by position."""
    pairs: int
    """Compared pairs within the group."""
    contradictions: int
    """Contradictions found in the group's compared pairs, summed."""
    names: int
    shared: int

    @property
    def central(self) -> int:
        """The article that best stands for the group: its title names the group."""
        return self.members[0]

    def __len__(self) -> int:
        return len(self.members)


def event_groups(pairs: Iterable[PairSummary], join_at: float = JOIN_AT) -> list[EventGroup]:
    """The groups of two or more articles among the compared ``pairs``; an article in
    no group reports an event no other article of the corpus does.

    Largest first, then most contradictions, then by the central article's position.
    """
    pairs = list(pairs)
    similarity = {
        (min(p.left, p.right), max(p.left, p.right)): p.numbers.aligned_share
        for p in pairs
        if p.numbers.aligned_share > 0
    }
    clusters = [members for members in average_link(similarity, join_at) if len(members) > 1]
    groups = _described(clusters, pairs)
    groups.sort(key=lambda g: (-len(g), -g.contradictions, g.central))
    return groups


def average_link(
    similarity: Mapping[tuple[int, int], float], join_at: float = JOIN_AT
) -> list[list[int]]:
    """Clusters of the articles that have a similarity ((i, j) with i < j -> mean
    aligned share), joined best mean link first while it is at least ``join_at``."""
    members: dict[int, list[int]] = {}
    links: dict[int, dict[int, float]] = defaultdict(dict)
    """Cluster -> neighbour cluster -> sum of the similarities between their articles."""
    for (i, j), value in sorted(similarity.items()):
        members.setdefault(i, [i])
        members.setdefault(j, [j])
        links[i][j] = value
        links[j][i] = value
    heap = [(-value, i, j) for (i, j), value in sorted(similarity.items()) if value >= join_at]
    heapq.heapify(heap)
    next_id = max(members, default=-1) + 1
    while heap:
        _, a, b = heapq.heappop(heap)
        if a not in members or b not in members:
            continue  # one side was joined since; its new cluster has its own entries
        merged = next_id
        next_id += 1
        members[merged] = members.pop(a) + members.pop(b)
        joined: dict[int, float] = defaultdict(float)
        for old in (a, b):
            for neighbour, total in links.pop(old).items():
                if neighbour not in (a, b):
                    joined[neighbour] += total
                    del links[neighbour][old]
        links[merged] = dict(joined)
        size = len(members[merged])
        for neighbour, total in sorted(joined.items()):
            links[neighbour][merged] = total
            mean = total / (size * len(members[neighbour]))
            if mean >= join_at:
                heapq.heappush(heap, (-mean, neighbour, merged))
    return [sorted(group) for group in members.values()]


def _described(clusters: list[list[int]], pairs: list[PairSummary]) -> list[EventGroup]:
    """Each cluster's counts over its compared pairs, its most central article first."""
    cluster_of = {article: k for k, members in enumerate(clusters) for article in members}
    closeness: dict[int, float] = defaultdict(float)
    counts = [[0, 0, 0, 0] for _ in clusters]
    for pair in pairs:
        k = cluster_of.get(pair.left)
        if k is None or cluster_of.get(pair.right) != k:
            continue
        numbers = pair.numbers
        closeness[pair.left] += numbers.aligned_share
        closeness[pair.right] += numbers.aligned_share
        total = counts[k]
        total[0] += 1
        total[1] += numbers.contradictions
        total[2] += numbers.names
        total[3] += numbers.shared
    return [
        EventGroup(tuple(sorted(members, key=lambda m: (-closeness[m], m))), *total)
        for members, total in zip(clusters, counts, strict=True)
    ]
