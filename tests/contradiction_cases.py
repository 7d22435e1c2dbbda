"""The hand-written contradiction cases (tests/data/contradiction_cases/*.yaml) checked
against what the engine flags at the default ``--min-score``.

Sentence pairs go through the contradiction pipeline's pair API
(``sentence_conflicts``, every left sentence against every right sentence after
segmenting), plus the office findings of ``compare`` (office conflicts come from the
people tables, which see articles, not sentence pairs). Short reports go through
``compare`` end to end (alignment, then every detector), as ``diptych compare --format
json`` prints them.

A planted case holds when a flag points at its two differing words (its left span
overlaps the left words, its right span the right words) and nothing else is flagged;
an agreeing case holds when nothing is flagged. Used by
tests/unit/test_contradiction_cases.py (every case not marked open holds) and
benchmarks/eval_fresh_contradictions.py (per-type figures, open cases included).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from tui.engine.compare import Comparison, compare
from tui.engine.corpus import Article, build_article
from tui.engine.export import to_json
from tui.engine.findings.contradiction.pair import PublicationDays
from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.published import parse_day
from tui.engine.segment import segment

CASE_FOLDER = Path(__file__).resolve().parent / "data" / "contradiction_cases"
CASE_FILES = (
    CASE_FOLDER / "fresh.yaml",
    CASE_FOLDER / "fresh2.yaml",
    CASE_FOLDER / "entity2.yaml",
    CASE_FOLDER / "fresh3.yaml",
    CASE_FOLDER / "fresh4.yaml",
    CASE_FOLDER / "fresh5.yaml",
    CASE_FOLDER / "fresh6.yaml",
    CASE_FOLDER / "fresh7.yaml",
    CASE_FOLDER / "fresh8.yaml",
    CASE_FOLDER / "fresh9.yaml",
    CASE_FOLDER / "fresh10.yaml",
    CASE_FOLDER / "fresh11.yaml",
    CASE_FOLDER / "fresh12.yaml",
    CASE_FOLDER / "fresh13.yaml",
    CASE_FOLDER / "fresh14.yaml",
    CASE_FOLDER / "fresh15.yaml",
    CASE_FOLDER / "entity3.yaml",
    CASE_FOLDER / "fresh16.yaml",
    CASE_FOLDER / "fresh17.yaml",
    CASE_FOLDER / "fresh18.yaml",
    CASE_FOLDER / "fresh19.yaml",
    CASE_FOLDER / "dates22.yaml",
    CASE_FOLDER / "entity22.yaml",
    CASE_FOLDER / "negation22.yaml",
)
"""Fresh batches, each written and committed before the detectors were run on it (dates22,
entity22 and negation22: check sets of one type each, run but never read by the builders
working on that type in session 22)."""

AGREE = "agree"


@dataclass(frozen=True)
class Flag:
    """One contradiction the engine reports: its type and both spans (text offsets)."""

    type: str
    left: tuple[int, int]
    right: tuple[int, int]
    message: str


@dataclass(frozen=True)
class Expected:
    """A planted disagreement: its type and the differing words of each side."""

    type: str
    left: tuple[int, int]
    right: tuple[int, int]

    def pointed_at_by(self, flag: Flag) -> bool:
        return _overlap(self.left, flag.left) and _overlap(self.right, flag.right)


@dataclass(frozen=True)
class Outcome:
    """What the engine flagged for one case, set against what was planted."""

    case: str
    type: str
    """The planted type of a pair ("agree" for a trap); "report" for a report."""
    expected: tuple[Expected, ...]
    flags: tuple[Flag, ...]
    open: str | None

    @property
    def found(self) -> tuple[Expected, ...]:
        """The planted disagreements some flag points at."""
        return tuple(e for e in self.expected if any(e.pointed_at_by(f) for f in self.flags))

    @property
    def typed(self) -> tuple[Expected, ...]:
        """The planted disagreements a flag of the planted type points at."""
        return tuple(
            e
            for e in self.expected
            if any(e.pointed_at_by(f) and f.type == e.type for f in self.flags)
        )

    @property
    def flagged_elsewhere(self) -> tuple[Flag, ...]:
        """Flags that point at no planted disagreement: false alarms."""
        return tuple(f for f in self.flags if not any(e.pointed_at_by(f) for e in self.expected))

    @property
    def flagged_planted(self) -> bool:
        """Whether a planted case got any flag at all (pointing right or not)."""
        return bool(self.flags)

    @property
    def held(self) -> bool:
        return len(self.found) == len(self.expected) and not self.flagged_elsewhere


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


PUBLISHED = "published"
"""A case file's optional top-level key: the day both outlets publish ("YYYY-MM-DD"),
passed to the engine with every case of the file (each case carries it once loaded)."""


def load(file: Path) -> dict[str, Any]:
    """A case file; each case of it holds the file's ``published`` day, if it has one."""
    cases: dict[str, Any] = yaml.safe_load(file.read_text(encoding="utf-8"))
    day = cases.get(PUBLISHED)
    if day is not None:
        for case in (*cases.get("pairs", []), *cases.get("reports", [])):
            case[PUBLISHED] = str(day)
    return cases


def published(case: dict[str, Any]) -> datetime.date | None:
    """The day the case's two texts are published, if its file gives one."""
    day = case.get(PUBLISHED)
    return None if day is None else parse_day(day)


def words_at(left: str, right: str, words: list[str], type_: str) -> Expected:
    left_words, right_words = words
    start_left, start_right = left.index(left_words), right.index(right_words)
    return Expected(
        type_,
        (start_left, start_left + len(left_words)),
        (start_right, start_right + len(right_words)),
    )


def article(name: str, text: str, day: datetime.date | None = None) -> Article:
    """``text`` as the engine reads a file called ``name`` (published on ``day``, as
    ``diptych compare --published`` gives it)."""
    data = text.encode("utf-8")
    return replace(build_article(Path(name), data, text, "utf-8", False), published=day)


def compared(left: str, right: str, day: datetime.date | None = None) -> Comparison:
    """``compare`` of two texts, both published on ``day`` where given."""
    return compare(article("left.txt", left, day), article("right.txt", right, day))


def assert_unseen_case(case: dict[str, Any], missed: frozenset[str]) -> None:
    """A helper's unseen case as it was left: a trap unflagged, a planted pair listed in
    ``missed`` still missed (so a gain is noticed and the list kept true), any other found."""
    outcome = check_pair(case)
    if case["type"] == AGREE:
        assert not outcome.flags, [f.message for f in outcome.flags]
    elif case["id"] in missed:
        assert not outcome.found, f"{case['id']} is found now: take it off MISSED"
    else:
        assert outcome.found, [f.message for f in outcome.flags]


def shown_contradictions(left: str, right: str) -> list[tuple[str, str, str]]:
    """(type, left words, right words) of each contradiction ``compare`` shows between two
    short reports at the default threshold."""
    comparison = compare(article("left.txt", left), article("right.txt", right))
    return [
        (f.type, f.left.quote, f.right.quote)
        for f in comparison.findings
        if f.kind == "contradiction" and f.score >= DEFAULT_MIN_SCORE
    ]


def _shown(comparison: Comparison) -> list[dict[str, Any]]:
    """The findings ``diptych compare --format json`` prints at the default --min-score."""
    findings: list[dict[str, Any]] = to_json(comparison, DEFAULT_MIN_SCORE)["findings"]
    return findings


def flags_of_findings(findings: Iterable[dict[str, Any]]) -> tuple[Flag, ...]:
    """The contradictions among JSON findings, and the people findings that name a
    different person in one role (``name``/``person``: how a swapped office holder
    can be told)."""
    return tuple(
        Flag(
            f["type"],
            (f["left"]["start"], f["left"]["end"]),
            (f["right"]["start"], f["right"]["end"]),
            f["message"],
        )
        for f in findings
        if f["kind"] == "contradiction" or (f["kind"], f["type"]) == ("name", "person")
    )


def pair_flags(left: str, right: str, day: datetime.date | None = None) -> tuple[Flag, ...]:
    """What the pair API flags between every sentence of ``left`` and of ``right``,
    plus the office findings of comparing the two texts (both published on ``day``,
    where given)."""
    days = None if day is None else PublicationDays(day, day)
    flags = [
        Flag(c.type, c.left, c.right, c.message)
        for left_sentence in segment(left)
        for right_sentence in segment(right)
        for c in sentence_conflicts(left_sentence, right_sentence, days=days)
        if c.score >= DEFAULT_MIN_SCORE
    ]
    people = compared(left, right, day)
    flags += [f for f in flags_of_findings(_shown(people)) if f.type in {"office", "person"}]
    return tuple(flags)


def check_pair(case: dict[str, Any]) -> Outcome:
    left, right = case["left"], case["right"]
    expected = (
        () if case["type"] == AGREE else (words_at(left, right, case["words"], case["type"]),)
    )
    flags = pair_flags(left, right, published(case))
    return Outcome(case["id"], case["type"], expected, flags, case.get("open"))


def report_findings(case: dict[str, Any]) -> list[dict[str, Any]]:
    """The findings ``diptych compare --format json`` prints for the case's two reports."""
    return _shown(compared(case["left"], case["right"], published(case)))


def check_report(case: dict[str, Any], findings: list[dict[str, Any]] | None = None) -> Outcome:
    """``findings``: the JSON findings of the pair, when already computed (the benchmark
    runs the command itself)."""
    left, right = case["left"], case["right"]
    expected = tuple(words_at(left, right, e["words"], e["type"]) for e in case["expect"])
    shown = report_findings(case) if findings is None else findings
    return Outcome(case["id"], "report", expected, flags_of_findings(shown), case.get("open"))


def all_cases() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Every sentence pair and every report of every case file."""
    pairs: list[dict[str, Any]] = []
    reports: list[dict[str, Any]] = []
    for file in CASE_FILES:
        cases = load(file)
        pairs += cases.get("pairs", [])
        reports += cases.get("reports", [])
    return pairs, reports
