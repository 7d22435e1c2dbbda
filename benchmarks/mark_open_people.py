"""Set the ``open:`` marks of one people case file to what the engine does now.

Like benchmarks/mark_open_cases.py for the contradiction cases: a blind people batch is
committed before any run; its first run marks every expectation that fails (under the
case's ``open:``, ``"same 0": "<label>: <what failed>"``, the key being the kind and the
index of the expectation within its kind), and a later run removes the mark of each
expectation that holds, since tests/unit/test_people_cases.py asserts that an open
expectation still fails. The file is edited as text, so its comments and layout stay; a
mark on an expectation that still fails is kept word for word, and a new mark goes among
the kept ones in the order the expectations are checked.

Usage (from the project root):
    .venv/bin/python benchmarks/mark_open_people.py tests/data/people_cases/F.yaml \
        "first run, session N"
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.people_cases import Outcome, check_case, load_cases  # noqa: E402

_CASE = re.compile(r"^  - name:")
_KEY_AFTER_NAME = re.compile(r"^    \w+:")
_OPEN = re.compile(r"^    open:\s*$")
_MARK = re.compile(r'^      (?P<quote>"?)(?P<key>[a-z_]+ \d+)(?P=quote):')
_CHECKED_IN_ORDER = (
    "same",
    "apart",
    "found",
    "not_people",
    "no_words_in_names",
    "offices",
    "not_office",
)
"""The kinds of tests/people_cases.check_case, in the order it checks them; `conflicts`
(one expectation: the whole list) comes last."""


@dataclass(frozen=True)
class Verdict:
    held: bool
    failed: str
    """What failed, for a new mark: the expectation and what the names table gave."""


@dataclass(frozen=True)
class Marking:
    lines: list[str]
    added: int
    removed: int
    kept: int


def _shown(expectation: Any) -> str:
    """An expectation as the case file writes it: "a.txt: Bill", "[a.txt: X, b.txt: Y]"."""
    if isinstance(expectation, list):
        return "[" + ", ".join(_shown(e) for e in expectation) + "]"
    if isinstance(expectation, dict):
        fields = ", ".join(f"{key}: {_shown(value)}" for key, value in expectation.items())
        return fields if len(expectation) == 1 else "{" + fields + "}"
    return str(expectation)


def _in_checked_order(case: dict[str, Any]) -> list[tuple[str, Any]]:
    expect: dict[str, Any] = case["expect"]
    listed = [(kind, e) for kind in _CHECKED_IN_ORDER for e in expect.get(kind, [])]
    if "conflicts" in expect:
        listed.append(("conflicts", expect["conflicts"]))
    return listed


def case_verdicts(case: dict[str, Any], outcomes: list[Outcome]) -> dict[str, Verdict]:
    """Mark key ("same 0") -> verdict for every expectation of one case, in checked order."""
    listed = _in_checked_order(case)
    if [(o.kind, o.expectation) for o in outcomes] != [(k, str(e)) for k, e in listed]:
        raise ValueError(f"{case['name']}: the outcomes are not the case's expectations")
    found: dict[str, Verdict] = {}
    seen: Counter[str] = Counter()
    for outcome, (kind, expectation) in zip(outcomes, listed, strict=True):
        key = f"{kind} {seen[kind]}"
        seen[kind] += 1
        found[key] = Verdict(outcome.held, f"{_shown(expectation)}: {outcome.detail}")
    return found


def _mark_line(key: str, label: str, failed: str) -> str:
    text = f"{label}: {failed}".replace("\n", " ").replace('"', "'").replace("\\", "\\\\")
    return f'      "{key}": "{text}"\n'


def _marked_case(chunk: list[str], found: dict[str, Verdict], label: str) -> Marking:
    """One case's lines (its name line first) with its marks set to ``found``."""
    has_open = len(chunk) > 1 and _OPEN.match(chunk[1]) is not None
    start = 2 if has_open else 1
    end = start
    while has_open and end < len(chunk) and chunk[end].startswith("      "):
        end += 1
    rest = chunk[end:]
    if not rest or not _KEY_AFTER_NAME.match(rest[0]) or any(_OPEN.match(x) for x in rest):
        raise ValueError(f"unexpected layout after {chunk[0].strip()!r}: open: must follow it")
    order = list(found)
    kept: list[tuple[str, str]] = []
    for line in chunk[start:end]:
        match = _MARK.match(line)
        if match is None:
            raise ValueError(f"a mark that is not one line: {line.strip()!r}")
        key = match.group("key")
        if key in found and not found[key].held:
            kept.append((key, line))
    marks = list(kept)
    had = {key for key, _ in kept}
    new = [key for key in order if not found[key].held and key not in had]
    for key in new:
        later = [n for n, (k, _) in enumerate(marks) if order.index(k) > order.index(key)]
        line = _mark_line(key, label, found[key].failed)
        marks.insert(later[0] if later else len(marks), (key, line))
    lines = [chunk[0]] + (["    open:\n"] if marks else []) + [line for _, line in marks] + rest
    removed = end - start - len(kept)
    return Marking(lines, added=len(new), removed=removed, kept=len(kept))


def marked(lines: list[str], verdicts: list[dict[str, Verdict]], label: str) -> Marking:
    """``lines`` of a case file with each case's marks set to its verdicts (one dict a
    case, in the file's order): a mark for each failing expectation, none for one that
    holds."""
    starts = [n for n, line in enumerate(lines) if _CASE.match(line)]
    if len(starts) != len(verdicts):
        raise ValueError(f"{len(starts)} '  - name:' lines for {len(verdicts)} cases")
    out = lines[: starts[0]] if starts else list(lines)
    added = removed = kept = 0
    for n, found in enumerate(verdicts):
        chunk = lines[starts[n] : starts[n + 1] if n + 1 < len(starts) else len(lines)]
        case = _marked_case(chunk, found, label)
        out += case.lines
        added, removed, kept = added + case.added, removed + case.removed, kept + case.kept
    return Marking(out, added, removed, kept)


def _summary(name: str, verdicts: list[dict[str, Verdict]]) -> str:
    total: Counter[str] = Counter()
    held: Counter[str] = Counter()
    for found in verdicts:
        for key, verdict in found.items():
            kind = key.split()[0]
            total[kind] += 1
            held[kind] += verdict.held
    right = sum(all(v.held for v in found.values()) for found in verdicts)
    kinds = ", ".join(f"{kind} {held[kind]}/{total[kind]}" for kind in total)
    return (
        f"{name}: {sum(held.values())}/{sum(total.values())} expectations held, "
        f"{right}/{len(verdicts)} cases fully right ({kinds})"
    )


def mark_file(path: Path, label: str) -> tuple[Marking, str]:
    """Run the cases of ``path``, rewrite its marks and say what held."""
    cases = load_cases(path)
    for case in cases:
        if case.get("open", {}) is None:  # an `open:` left with no marks under it
            del case["open"]
    with tempfile.TemporaryDirectory() as folder:
        verdicts = [
            case_verdicts(case, check_case(case, Path(folder) / f"case{n:02d}"))
            for n, case in enumerate(cases)
        ]
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    marking = marked(lines, verdicts, label)
    text = "".join(marking.lines)
    written = [case.get("open", {}) for case in yaml.safe_load(text)["cases"]]
    failing = [{k for k, v in found.items() if not v.held} for found in verdicts]
    if [set(marks) for marks in written] != failing:
        raise ValueError("the marks written are not the failing expectations")
    path.write_text(text, encoding="utf-8")
    return marking, _summary(path.name, verdicts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path, help="a case file of tests/data/people_cases")
    parser.add_argument("label", help='what a new mark starts with ("first run, session 12")')
    args = parser.parse_args()
    marking, summary = mark_file(args.file, args.label)
    print(summary)
    print(f"marks: {marking.added} added, {marking.removed} removed, {marking.kept} kept")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
