"""The unseen set of independent reports (tests/data/unseen/claims_independent.yaml,
written before any aligner change): two reports of one invented event each, told in
other words and another order. Every alignment the aligner makes between them joins a
gold same-claim pair (no sentence is aligned with one stating another claim), and the
gold pairs aligned when the set was written stay aligned. The other nine are told with
words the aligner cannot match ("212 people" / "more than two hundred people", "rescue
boats" / "lifeboats", "fuel" / "diesel"); ``benchmarks/eval_claims_unseen.py``
scores the set, ``benchmarks/claims_independent_frontier.py`` what joining more costs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tui.engine.align import align_profiles
from tui.engine.corpus import Article, build_article
from tui.engine.similarity import article_profiles

SET = Path(__file__).resolve().parent.parent / "data" / "unseen" / "claims_independent.yaml"
EVENTS: list[dict[str, Any]] = yaml.safe_load(SET.read_text(encoding="utf-8"))["events"]
ALIGNED = {
    "ferry-aground": {("The vessel, the Nordlys Star", "The Nordlys Star was sailing"),
                      ("The operator, Brekke Lines", "Brekke Lines has cancelled"),
                      ("Investigators from the maritime", "The safety board has opened")},
    "tram-extension": {("The city council of Varnholm voted", "Varnholm's trams will reach"),
                       ("The 6.4-kilometre extension", "The new line, costing"),
                       ("The mayor, Astrid Lunde", "Mayor Astrid Lunde hailed")},
    "museum-coins": {("Thieves broke into the Tervel", "A hoard of antique silver coins"),
                     ("The burglars entered through", "According to investigators"),
                     ("A night guard discovered", "The theft was noticed")},
}  # fmt: skip
"""Gold pairs the aligner found when the set was written (9 of 18)."""


def _article(name: str, text: str) -> Article:
    return build_article(Path(name), text.encode("utf-8"), text, "utf-8", False)


def _sentence(article: Article, snippet: str) -> int:
    (found,) = [s.id for s in article.sentences if s.text.startswith(snippet)]
    return found


@pytest.mark.parametrize("event", EVENTS, ids=[e["id"] for e in EVENTS])
def test_independent_reports_align_only_same_claims(event: dict[str, Any]) -> None:
    left, right = _article("left.txt", event["left"]), _article("right.txt", event["right"])
    gold = {(_sentence(left, a), _sentence(right, b)) for a, b in event["same"]}
    aligned = align_profiles(article_profiles(left), article_profiles(right))
    for alignment in aligned:
        pairs = {(x, y) for x in alignment.left for y in alignment.right}
        assert pairs & gold, (alignment, [left.sentences[x].text for x in alignment.left])
    found = {(x, y) for a in aligned for x in a.left for y in a.right}
    kept = {(_sentence(left, a), _sentence(right, b)) for a, b in ALIGNED[event["id"]]}
    assert kept <= found
