"""Every flag the frame-pair reading adds (frame_pairs.py) and ``compare`` shows, with
the two units read, on the in-sample report cases, on BASIL same-event pairs of
clusters 0-49 (titles first) and on pairs of different events (cluster i vs i+1), to
read and to set its bar.

``--held-out`` prints only the count of such flags on clusters 50-99 (never read), by
type and by the shape of the pair (a clause or a whole sentence a side).

Usage (from the project root):
    .venv/bin/python benchmarks/frame_pair_flags.py [--external DIR] [--held-out]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
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
from tui.engine.findings.contradiction.frame_pairs import FramePair, frame_pairs  # noqa: E402
from tui.engine.findings.contradiction.pipeline import sentence_conflicts  # noqa: E402
from tui.engine.findings.model import DEFAULT_MIN_SCORE  # noqa: E402


def flags(left: Article, right: Article) -> list[tuple[str, str, FramePair]]:
    """(type, message, frame pair) of each frame-pair conflict ``compare`` shows."""
    comparison = compare(left, right)
    shown = {
        (f.left.start, f.left.end, f.right.start, f.right.end)
        for f in comparison.findings
        if f.kind == "contradiction" and f.score >= DEFAULT_MIN_SCORE
    }
    found = []
    for framed in frame_pairs(left, right, comparison.alignments):
        for c in sentence_conflicts(framed.left.span, framed.right.span, framed.score):
            if (*c.left, *c.right) in shown and not framed.answered(c.left, c.right):
                found.append((c.type, f"{c.score:.2f} {c.message}", framed))
    return found


def shape(framed: FramePair) -> str:
    return "/".join("sentence" if u.whole else "clause" for u in (framed.left, framed.right))


def _print(where: str, found: list[tuple[str, str, FramePair]]) -> None:
    for type_, message, framed in found:
        print(f"{where}: {type_} {message} (frame {framed.score:.2f}, {shape(framed)})")
        print(f"    L: {framed.left.span.text[:300]!r}\n    R: {framed.right.span.text[:300]!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--held-out", action="store_true", help="count flags on clusters 50-99")
    args = parser.parse_args()
    if args.held_out:
        for titles in (False, True):
            counts: Counter[str] = Counter()
            for _, a, b in same_event_pairs(args.external, range(50, 100)):
                found = flags(basil_article(a, titles), basil_article(b, titles))
                counts.update(f"{type_} {shape(framed)}" for type_, _, framed in found)
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
            print(f"held-out BASIL 50-99 (titles {titles}): {sum(counts.values())} ({kinds})")
        return
    print("== report cases")
    for file in CASE_FILES:
        for case in load(file).get("reports", []):
            _print(
                case["id"], flags(article("l.txt", case["left"]), article("r.txt", case["right"]))
            )
    print("== BASIL 0-49 same-event")
    for cluster, left, right in same_event_pairs(args.external, LABELLED_CLUSTERS):
        found = flags(basil_article(left, True), basil_article(right, True))
        _print(f"cluster {cluster} {left['source']}/{right['source']}", found)
    print("== BASIL 0-49 different events (cluster i vs i+1)")
    for cluster in LABELLED_CLUSTERS:
        lefts = [a for c, a, _ in same_event_pairs(args.external, range(cluster, cluster + 1))]
        rights = [b for c, _, b in same_event_pairs(args.external, range(cluster + 1, cluster + 2))]
        if lefts and rights and cluster + 1 < LABELLED_CLUSTERS.stop:
            found = flags(basil_article(lefts[0]), basil_article(rights[0]))
            _print(f"clusters {cluster}/{cluster + 1}", found)


if __name__ == "__main__":
    main()
