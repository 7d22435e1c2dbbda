"""Serialise an Overview: the JSON contract ``diptych.overview/2`` and CSV rows."""

from __future__ import annotations

from typing import Any

from tui.engine.event_groups import EventGroup, event_groups
from tui.engine.overview import Overview, PairSummary

SCHEMA = "diptych.overview/2"
"""/2: skipped pairs are counted (``skipped_count``); the list only on request."""
CSV_HEADER = (
    "left",
    "right",
    "aligned",
    "left_aligned",
    "right_aligned",
    "contradictions",
    "names",
    "shared",
)


def to_json(overview: Overview, corpus: str, list_skipped: bool = False) -> dict[str, Any]:
    """The whole overview; pairs name their articles by file name.

    Skipped pairs are only counted unless ``list_skipped``: at 1,000 articles they
    are nearly all of the 499,500 pairs, and their list alone took 17 MB.
    """
    names = [article.name for article in overview.articles]
    document: dict[str, Any] = {
        "schema": SCHEMA,
        "corpus": corpus,
        "all_pairs": overview.all_pairs,
        "articles": [
            {
                "file": article.name,
                "title": article.title,
                "sentences": article.sentence_count,
                "sha256": article.sha256,
            }
            for article in overview.articles
        ],
        "pairs": [
            dict(zip(CSV_HEADER, csv_row(pair, names), strict=True)) for pair in overview.pairs
        ],
        "skipped_count": len(overview.skipped),
        "groups": [group_json(group, overview) for group in event_groups(overview.pairs)],
    }
    if list_skipped:
        document["skipped"] = [[names[i], names[j]] for i, j in overview.skipped]
    return document


def csv_row(pair: PairSummary, names: list[str]) -> list[Any]:
    """One compared pair, in the order of ``CSV_HEADER``; shares rounded to 4 places."""
    numbers = pair.numbers
    return [
        names[pair.left],
        names[pair.right],
        round(numbers.aligned_share, 4),
        round(numbers.left_share, 4),
        round(numbers.right_share, 4),
        numbers.contradictions,
        numbers.names,
        numbers.shared,
    ]


def group_json(group: EventGroup, overview: Overview) -> dict[str, Any]:
    """One group of articles about one event: its files (the most central first), the
    central article's title, and the counts over the group's compared pairs."""
    central = overview.articles[group.central]
    return {
        "articles": [overview.articles[member].name for member in group.members],
        "title": central.title,
        "pairs": group.pairs,
        "contradictions": group.contradictions,
        "names": group.names,
        "shared": group.shared,
    }
