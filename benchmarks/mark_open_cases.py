"""Set the ``open:`` marks of one contradiction case file to what the engine does now.

A blind batch is committed before any run; its first run then marks every case that
fails (``open: "<label>: <what was flagged>"``), and a later run removes the mark of
each case that holds, since tests/unit/test_contradiction_cases.py asserts that an
open case still fails. The file is edited as text, so its comments and layout stay;
a case keeps a mark it already has while it still fails.

Usage (from the project root):
    .venv/bin/python benchmarks/mark_open_cases.py tests/data/contradiction_cases/F.yaml \
        "first run, session N"
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.contradiction_cases import Outcome, check_pair, check_report, load  # noqa: E402

_CASE_ID = re.compile(r"^  - id: (\S+)\s*$")
_OPEN = re.compile(r"^    open: ")


def verdicts(path: Path) -> dict[str, tuple[bool, str]]:
    """Case id -> (whether it holds, what was flagged) for every pair and report."""
    cases = load(path)
    found: dict[str, tuple[bool, str]] = {}
    for case in cases.get("pairs", []):
        outcome = check_pair(case)
        found[case["id"]] = (outcome.held, _flagged(outcome))
    for case in cases.get("reports", []):
        outcome = check_report(case)
        missed = [e.type for e in outcome.expected if e not in outcome.found]
        found[case["id"]] = (outcome.held, f"{_flagged(outcome)} (missed: {missed})")
    return found


def _flagged(outcome: Outcome) -> str:
    flags = "; ".join(f"{f.type}: {f.message}" for f in outcome.flags) or "nothing flagged"
    return flags.replace('"', "'").replace("\n", " ")


def marked(lines: list[str], found: dict[str, tuple[bool, str]], label: str) -> list[str]:
    """``lines`` with a mark after the id of each failing case that has none, and
    without the mark of each case that holds."""
    out: list[str] = []
    current: str | None = None
    for k, line in enumerate(lines):
        if _OPEN.match(line) and current is not None and found[current][0]:
            continue
        out.append(line)
        if match := _CASE_ID.match(line):
            current = match.group(1)
            held, why = found[current]
            has_mark = k + 1 < len(lines) and _OPEN.match(lines[k + 1]) is not None
            if not held and not has_mark:
                out.append(f'    open: "{label}: {why}"\n')
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a case file of tests/data/contradiction_cases")
    parser.add_argument("label", help='what a new mark starts with ("first run, session 12")')
    args = parser.parse_args()
    found = verdicts(args.file)
    lines = args.file.read_text(encoding="utf-8").splitlines(keepends=True)
    new = marked(lines, found, args.label)
    args.file.write_text("".join(new), encoding="utf-8")
    held = sum(h for h, _ in found.values())
    print(f"{args.file.name}: {held}/{len(found)} cases hold; {len(new) - len(lines):+d} lines")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
