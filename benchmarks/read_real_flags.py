"""Every contradiction flag ``compare`` shows on real reports of one event, to read.

For each same-event pair of BASIL clusters 0-49 (never 50-99), the findings of kind
contradiction at or above the default ``--min-score`` are printed with both
sentences, and the label of the labelled real set that covers each (true, false or
unlabelled), so a reader can judge what a reviewer would be shown.

``--with-titles`` reads each article as a user's file holds it: its title line, a
blank line, then the text. Headlines are where capitalised negations, abbreviations
and opposite wordings meet; the labelled set holds labels on titles too (offsets
into the file), and its labels on the text are shifted past the title.

Usage (from the project root):
    .venv/bin/python benchmarks/read_real_flags.py [--external DIR] [--min-score X]
        [--with-titles]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs
from labelled_set import as_read, judge, labels

from tui.engine.compare import compare
from tui.engine.findings.model import Side

DEFAULT_EXTERNAL = Path("../shared/eval/external")
DEFAULT_MIN_SCORE = 0.5
"""The default of ``diptych compare --min-score``."""


def marked_sentence(text: str, side: Side) -> str:
    """The sentence around a finding's side, its words marked with [[ ]]."""
    start = max(text.rfind("\n", 0, side.start), text.rfind(". ", 0, side.start) + 1, 0)
    ends = [e for e in (text.find("\n", side.end), text.find(". ", side.end)) if e >= 0]
    end = min(ends, default=len(text))
    return f"{text[start : side.start]}[[{side.quote}]]{text[side.end : end]}".strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--external", type=Path, default=DEFAULT_EXTERNAL)
    parser.add_argument("--min-score", type=float, default=DEFAULT_MIN_SCORE)
    parser.add_argument("--with-titles", action="store_true", help="each title line first")
    args = parser.parse_args()
    known = as_read(labels(), args.external, args.with_titles)
    pairs = flags = 0
    verdicts = {"true": 0, "false": 0, "unlabelled": 0}
    for cluster, left, right in same_event_pairs(args.external, LABELLED_CLUSTERS):
        pairs += 1
        a = basil_article(left, args.with_titles)
        b = basil_article(right, args.with_titles)
        outlets = (left["source"], right["source"])
        for finding in compare(a, b).findings:
            if finding.kind != "contradiction" or finding.score < args.min_score:
                continue
            flags += 1
            label = judge(cluster, outlets, finding, known).label
            verdict = "unlabelled" if label is None else ("true" if label.true else "false")
            verdicts[verdict] += 1
            print(f"\n#{flags} cluster {cluster} {'/'.join(outlets)} {finding.type} ", end="")
            print(f"{finding.score:.2f} label: {verdict}")
            print(f"  {finding.message}")
            print(f"  L: {marked_sentence(a.text, finding.left)}")
            print(f"  R: {marked_sentence(b.text, finding.right)}")
    counts = ", ".join(f"{k} {v}" for k, v in verdicts.items())
    print(f"\n{flags} flags >= {args.min_score} on {pairs} same-event pairs ({counts})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
