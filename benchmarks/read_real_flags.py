"""Every contradiction flag ``compare`` shows on real reports of one event, to read.

For each same-event pair of BASIL clusters 0-49 (never 50-99), the findings of kind
contradiction at or above the default ``--min-score`` are printed with both
sentences, and the label of the labelled real set that covers each (true, false or
unlabelled), so a reader can judge what a reviewer would be shown.

``--with-titles`` reads each article as a user's file holds it: its title line, a
blank line, then the text. Headlines are where capitalised negations, abbreviations
and opposite wordings meet; the labelled set has no titles, so a flag on one is
unlabelled (a flag in the text is judged at its offset in the text).

Usage (from the project root):
    .venv/bin/python benchmarks/read_real_flags.py [--external DIR] [--min-score X]
        [--with-titles]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs, title_prefix
from labelled_set import judge, labels

from tui.engine.compare import compare
from tui.engine.findings.model import Finding, Side

DEFAULT_EXTERNAL = Path("../shared/eval/external")
DEFAULT_MIN_SCORE = 0.5
"""The default of ``diptych compare --min-score``."""


def _sentence(text: str, side: Side) -> str:
    """The sentence around a finding's side, its words marked with [[ ]]."""
    start = max(text.rfind("\n", 0, side.start), text.rfind(". ", 0, side.start) + 1, 0)
    ends = [e for e in (text.find("\n", side.end), text.find(". ", side.end)) if e >= 0]
    end = min(ends, default=len(text))
    return f"{text[start : side.start]}[[{side.quote}]]{text[side.end : end]}".strip()


def in_text(finding: Finding, left_prefix: int, right_prefix: int) -> Finding | None:
    """The finding with offsets into the text alone, or None when a side is in a title."""
    if finding.left.start < left_prefix or finding.right.start < right_prefix:
        return None
    return replace(
        finding,
        left=_shifted(finding.left, left_prefix),
        right=_shifted(finding.right, right_prefix),
    )


def _shifted(side: Side, by: int) -> Side:
    return replace(side, start=side.start - by, end=side.end - by)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    parser.add_argument("--with-titles", action="store_true", help="each title line first")
    args = parser.parse_args()
    known = labels()
    pairs = flags = 0
    verdicts = {"true": 0, "false": 0, "unlabelled": 0}
    for cluster, left, right in same_event_pairs(args.external, LABELLED_CLUSTERS):
        pairs += 1
        a = basil_article(left, args.with_titles)
        b = basil_article(right, args.with_titles)
        left_prefix = len(title_prefix(left)) if args.with_titles else 0
        right_prefix = len(title_prefix(right)) if args.with_titles else 0
        outlets = (left["source"], right["source"])
        for finding in compare(a, b).findings:
            if finding.kind != "contradiction" or finding.score < args.min_score:
                continue
            flags += 1
            in_body = in_text(finding, left_prefix, right_prefix)
            label = None if in_body is None else judge(cluster, outlets, in_body, known).label
            verdict = "unlabelled" if label is None else ("true" if label.true else "false")
            verdicts[verdict] += 1
            print(f"\n#{flags} cluster {cluster} {'/'.join(outlets)} {finding.type} ", end="")
            print(f"{finding.score:.2f} label: {verdict}")
            print(f"  {finding.message}")
            print(f"  L: {_sentence(a.text, finding.left)}")
            print(f"  R: {_sentence(b.text, finding.right)}")
    counts = ", ".join(f"{k} {v}" for k, v in verdicts.items())
    print(f"\n{flags} flags >= {args.min_score} on {pairs} same-event pairs ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
