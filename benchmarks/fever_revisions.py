"""Single-fact revisions from FEVER symmetric: two claims about one evidence sentence,
one supported and one refuted, that differ in one fact.

Claims that share an evidence sentence are paired, each refuted claim with the
supported claim closest to it in words (at least half its words in common, at most
four words changed a side). The pair is typed by what the word diff changed:

- date: a month, weekday or year; number: any other digit or number word;
- negation: "not", "never", "no", "n't" ... on one side only;
- entity: capitalised words on both sides (a name, place, team or nationality);
- other: anything else (mostly an opposite word or a changed predicate).

A pair is found when any contradiction is reported between the two claims. False
alarms are counted on pairs that agree: each supported claim against its evidence
sentence. The dev file is the one to read and tune on; the test file is the check.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from difflib import SequenceMatcher
from pathlib import Path

from tui.engine.findings.contradiction.conflict import Conflict

Detector = Callable[[str, str], list[Conflict]]

_MONTHS = set(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_NUMBER_WORDS = set(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred thousand million billion first second third fourth fifth".split()
)
_NEGATION = {"not", "never", "no", "n't", "nothing", "none", "neither", "nor", "only"}


def _detok(text: str) -> str:
    for a, b in ((" -LRB- ", " ("), (" -RRB-", ")"), (" ,", ","), (" .", "."), (" 's", "'s")):
        text = text.replace(a, b)
    return text


FILES = ("fever_symmetric_dev.jsonl", "fever_symmetric_test.jsonl")


def _rows(path: Path) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def revision_pairs(path: Path) -> list[tuple[str, str, str]]:
    """(supported claim, refuted claim, type) for every single-fact revision of one file."""
    claims: dict[str, list[tuple[str, str]]] = {}
    for row in _rows(path):
        claims.setdefault(row["evidence"], []).append((row["claim"], row["gold_label"]))
    pairs = []
    for group in claims.values():
        supported = [c for c, label in group if label == "SUPPORTS"]
        for refuted in (c for c, label in group if label == "REFUTES"):
            best = max(supported, key=lambda s: _ratio(s, refuted), default=None)
            if best is None:
                continue
            kind = revision_type(best.split(), refuted.split())
            if kind is not None:
                pairs.append((_detok(best), _detok(refuted), kind))
    return pairs


def _ratio(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower().split(), b.lower().split()).ratio()


def revision_type(left: list[str], right: list[str]) -> str | None:
    """The type of the one fact two tokenised claims differ in, or None when they
    differ too much to be one revision."""
    matcher = SequenceMatcher(None, [w.lower() for w in left], [w.lower() for w in right])
    if matcher.ratio() < 0.5:
        return None
    a: list[str] = []
    b: list[str] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            a += left[i1:i2]
            b += right[j1:j2]
    if not (a or b) or len(a) > 4 or len(b) > 4:
        return None
    changed = [w.lower() for w in a + b]
    if any(w in _MONTHS or re.fullmatch(r"1\d{3}|20\d\d|\d{1,2}(st|nd|rd|th)", w) for w in changed):
        return "date"
    if any(any(c.isdigit() for c in w) or w in _NUMBER_WORDS for w in changed):
        return "number"
    if {w.lower() for w in a} & _NEGATION or {w.lower() for w in b} & _NEGATION:
        return "negation"
    if any(w[:1].isupper() for w in a) and any(w[:1].isupper() for w in b):
        return "entity"
    return "other"


def agreeing_pairs(path: Path) -> list[tuple[str, str]]:
    """(evidence sentence, supported claim) for every supported claim of one file."""
    return [
        (_detok(row["evidence"]), _detok(row["claim"]))
        for row in _rows(path)
        if row["gold_label"] == "SUPPORTS"
    ]


def revisions(folder: Path, detect: Detector, show: int = 0) -> None:
    """Print, for the dev and the test file, the share of single-fact revisions found
    per type and the false alarms on agreeing pairs."""
    for name in FILES:
        _revisions(folder / name, detect, show if "dev" in name else 0)


def _revisions(path: Path, detect: Detector, show: int) -> None:
    found: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: dict[str, list[str]] = {}
    for supported, refuted, kind in revision_pairs(path):
        totals[kind] += 1
        if detect(supported, refuted):
            found[kind] += 1
        else:
            misses.setdefault(kind, []).append(f"{supported}  ||  {refuted}")
    print(f"\nFEVER single-fact revisions, {path.name} (supported vs refuted claim)")
    for kind in sorted(totals):
        rate = found[kind] / totals[kind]
        print(f"  {kind:10} found {found[kind]:4}/{totals[kind]:4} = {rate:6.1%}")
        for example in misses.get(kind, [])[:show]:
            print(f"      {example}")
    total, hit = sum(totals.values()), sum(found.values())
    print(f"  all        found {hit:4}/{total:4} = {hit / total:6.1%}")
    agreeing = agreeing_pairs(path)
    alarms = sum(bool(detect(evidence, claim)) for evidence, claim in agreeing)
    rate = alarms / max(len(agreeing), 1)
    print("  false alarms on agreeing pairs (evidence vs supported claim): ", end="")
    print(f"{alarms}/{len(agreeing)} = {rate:.1%}")
