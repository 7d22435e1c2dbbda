"""Every conflict the split-unit reading adds (split_units.py), with the free
sentence's share of words, on the in-sample report cases and on BASIL same-event
pairs of clusters 0-49 (titles first), to read and to set its bar.

``--held-out`` prints only the count of such flags on clusters 50-99 (never read).

Usage (from the project root):
    .venv/bin/python benchmarks/split_unit_flags.py [--external DIR] [--held-out]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from basil_candidates import (  # noqa: E402
    DEFAULT_EXTERNAL,
    LABELLED_CLUSTERS,
    basil_article,
    same_event_pairs,
)

from tests.contradiction_cases import CASE_FILES, article, load  # noqa: E402
from tui.engine.compare import compare  # noqa: E402
from tui.engine.corpus import Article  # noqa: E402
from tui.engine.findings.contradiction.entity import entity_conflicts  # noqa: E402
from tui.engine.findings.contradiction.pipeline import gate, score, without_overlaps  # noqa: E402
from tui.engine.findings.contradiction.split_units import extended_units  # noqa: E402
from tui.engine.findings.model import DEFAULT_MIN_SCORE  # noqa: E402
from tui.engine.segment import Sentence  # noqa: E402
from tui.engine.similarity import article_profiles, containment, pair_idf  # noqa: E402


def flags(left: Article, right: Article) -> list[str]:
    alignments = compare(left, right).alignments
    lefts, rights = article_profiles(left), article_profiles(right)
    weights = pair_idf(lefts, rights)
    stems = {p.id: p.stems for p in lefts}, {p.id: p.stems for p in rights}
    lines = []
    for unit in extended_units(left, right, alignments):
        proposed = entity_conflicts(unit.pair)
        kept = [
            c
            for c in without_overlaps(gate(unit.pair, proposed))
            if unit.in_free(c) and not unit.answered(c)
        ]
        kept = [c for c in score(unit.pair, kept, unit.score) if c.score >= DEFAULT_MIN_SCORE]
        if not kept:
            continue
        side = 0 if unit.free_on_left else 1
        own_unit = unit.pair.left if side == 0 else unit.pair.right
        other_unit = unit.pair.right if side == 0 else unit.pair.left
        own_ids = _ids(own_unit, (left, right)[side]) - {unit.free.id}
        other_ids = _ids(other_unit, (left, right)[1 - side])
        free = stems[side].get(unit.free.id, frozenset())
        said = frozenset().union(*(stems[side].get(i, frozenset()) for i in own_ids))
        other = frozenset().union(*(stems[1 - side].get(i, frozenset()) for i in other_ids))
        unsaid_other = other - said
        held = containment(free, other, weights)
        held_unsaid = containment(free, unsaid_other, weights)
        for c in kept:
            lines.append(
                f"{c.type} {c.score:.2f} {c.message} | held {held:.2f} unsaid {held_unsaid:.2f}"
                f" shared {len(free & other)} shared-unsaid {len(free & unsaid_other)}"
                f" free {len(free)}\n    FREE: {unit.free.text[:200]!r}\n"
                f"    OWN: {own_unit.text[:300]!r}\n    OTHER: {other_unit.text[:300]!r}"
            )
    return lines


def _ids(unit: Sentence, article_: Article) -> set[int]:
    return {s.id for s in article_.sentences if unit.start <= s.start and s.end <= unit.end}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument(
        "--held-out", action="store_true", help="count the flags on clusters 50-99 only"
    )
    args = parser.parse_args()
    if args.held_out:
        for titles in (False, True):
            count = sum(
                len(flags(basil_article(a, titles), basil_article(b, titles)))
                for _, a, b in same_event_pairs(args.external, range(50, 100))
            )
            print(f"held-out BASIL 50-99 (titles {titles}): {count} split-unit flags")
        return
    print("== report cases")
    for file in CASE_FILES:
        for case in load(file).get("reports", []):
            for line in flags(article("l.txt", case["left"]), article("r.txt", case["right"])):
                print(f"{case['id']}: {line}")
    print("== BASIL 0-49 same-event")
    for cluster, left, right in same_event_pairs(args.external, LABELLED_CLUSTERS):
        a, b = basil_article(left, True), basil_article(right, True)
        for line in flags(a, b):
            print(f"cluster {cluster} {left['source']}/{right['source']}: {line}")


if __name__ == "__main__":
    main()
