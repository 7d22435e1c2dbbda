"""Which compared pairs may join claims: those of two articles about one event.

A corpus can hold reports of many unrelated events. Two of them often share a
sentence or two that read alike ("X said in a statement", a politician's
stock description), and the aligner, judging one pair at a time, aligns them.
Joined into claims, such a stray alignment makes a claim of two events, and
other members' links carry it further. Whether two articles report one event
is not a matter of one pair, though: the event groups (``event_groups``:
average-link clustering by aligned share) judge every article against every
member of a group. So only the pairs within one event group contribute claim
links. A pair aligned by a single sentence still counts when the two articles
fall in one group through the others (two reports that each share much with a
third). And two reports that share much of their rare vocabulary (the candidate
score of ``related``, a TF-IDF cosine) are about one event however few of their
sentences align: translations and retellings word a story differently but name
the same people, places and figures.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tui.engine.align import Alignment
from tui.engine.compare import aligned_shares
from tui.engine.corpus import Article
from tui.engine.event_groups import average_link

SAME_EVENT_SCORE = 0.3
"""Candidate score at which two articles report one event, whatever they align. On
BASIL events 0-49 (150 reports) no pair of different events reached it (the highest
0.25) and more than half the pairs of one event did."""


def same_event_pairs(
    articles: Sequence[Article],
    alignments: Mapping[tuple[int, int], Sequence[Alignment]],
    related: Mapping[tuple[int, int], float],
) -> set[tuple[int, int]]:
    """The compared pairs (keys of ``alignments``, i < j) whose articles fall in one
    event group or whose candidate score (``related``, by pair) is at least
    ``SAME_EVENT_SCORE``."""
    similarity = {
        pair: share
        for pair, aligned in alignments.items()
        if (share := _mean_share(articles[pair[0]], articles[pair[1]], aligned)) > 0
    }
    group_of = {
        article: n for n, members in enumerate(average_link(similarity)) for article in members
    }
    return {
        (i, j)
        for i, j in alignments
        if (i in group_of and group_of[i] == group_of.get(j))
        or related.get((i, j), 0.0) >= SAME_EVENT_SCORE
    }


def _mean_share(left: Article, right: Article, alignments: Sequence[Alignment]) -> float:
    """The mean share of each article's sentences aligned (as the overview's)."""
    return sum(aligned_shares(left, right, alignments)) / 2
