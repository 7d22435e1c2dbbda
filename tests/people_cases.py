"""The hand-written people cases (tests/data/people_cases/*.yaml) checked against the
JSON of ``diptych names``: family members apart, no discourse words in names, one person
across spellings and articles, offices with place and time, the right office conflicts only.

Used by tests/unit/test_people_cases.py (every expectation not marked open must hold) and
benchmarks/eval_names.py (how many hold, open ones included).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from tui.commands.names_cmd import to_json
from tui.engine.corpus import load_corpus
from tui.engine.people.table import name_table

CASE_FOLDER = Path(__file__).resolve().parent / "data" / "people_cases"
CASE_FILES = (
    CASE_FOLDER / "cases.yaml",
    CASE_FOLDER / "fresh.yaml",
    CASE_FOLDER / "fresh2.yaml",
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
    CASE_FOLDER / "fresh16.yaml",
    CASE_FOLDER / "checks22.yaml",
)
"""The cases the model was fixed against, sixteen fresh batches and one check set, each
written after the model was built and committed before it was run on them (their first
runs measured how far the model generalises: fresh.yaml 145/160, fresh2.yaml 175/215,
fresh3.yaml 311/339, fresh4.yaml 224/251, fresh5.yaml 238/266, fresh6.yaml 236/262,
fresh7.yaml 238/271, fresh8.yaml 237/284, fresh9.yaml 215/271, fresh10.yaml 215/276,
fresh11.yaml 248/305, fresh12.yaml 273/324, fresh13.yaml 366/435, fresh14.yaml 412/489,
fresh15.yaml 527/618, fresh16.yaml 559/661, checks22.yaml 133/201; fresh3 to fresh16
written blind while the model was being changed, their failures left open as a held-out
measure of that work; checks22 run, never read, by the builder working on people in
session 22)."""


@dataclass(frozen=True)
class Outcome:
    case: str
    kind: str
    expectation: str
    held: bool
    detail: str
    open: str | None
    """Why a known failure is left open, or None."""


def load_cases(file: Path) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = yaml.safe_load(file.read_text(encoding="utf-8"))["cases"]
    return cases


def names_json(case: dict[str, Any], folder: Path) -> dict[str, Any]:
    """``diptych names --format json`` of the case's articles, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for file, text in case["articles"].items():
        (folder / file).write_text(text, encoding="utf-8")
    corpus = load_corpus(folder)
    return to_json(name_table(corpus.articles), str(folder))


Selector = str | dict[str, str]
"""A person by one of their mentions: "a.txt: Bill", which YAML reads in a flow list
as the mapping {"a.txt": "Bill"}."""


def _file_and_written(selector: Selector) -> tuple[str, str]:
    if isinstance(selector, dict):
        ((file, written),) = selector.items()
        return file, written
    file, _, written = selector.partition(":")
    return file.strip(), written.strip()


class _People:
    """The people table of one case, looked up by "file: written form"."""

    def __init__(self, table: dict[str, Any]) -> None:
        self.table = table
        self.rows: dict[tuple[str, str], int] = {}
        self.held: dict[int, list[dict[str, Any]]] = {}
        for n, person in enumerate(table["people"]):
            self.held[n] = []
            for appearance in person["articles"]:
                self.held[n].extend(appearance["office_history"])
                for mention in appearance["mentions"]:
                    self.rows.setdefault((appearance["file"], mention["quote"]), n)

    def row(self, selector: Selector) -> int | None:
        return self.rows.get(_file_and_written(selector))

    def names(self, row: int) -> str:
        return str(self.table["people"][row]["name"])

    def written(self) -> Iterator[str]:
        for person in self.table["people"]:
            for appearance in person["articles"]:
                for mention in appearance["mentions"]:
                    yield mention["quote"]
        for ambiguous in self.table["ambiguous"]:
            yield ambiguous["quote"]


def _selectors_found(people: _People, selectors: list[Selector]) -> str:
    missing = [s for s in selectors if people.row(s) is None]
    return f"not found: {missing}" if missing else ""


def _same(people: _People, group: list[Selector]) -> tuple[bool, str]:
    missing = _selectors_found(people, group)
    if missing:
        return False, missing
    rows = [people.row(s) for s in group]
    held = len(set(rows)) == 1
    named = [
        f"{_file_and_written(s)} -> {people.names(r)}"
        for s, r in zip(group, rows, strict=True)
        if r is not None
    ]
    return held, "" if held else f"rows: {named}"


def _apart(people: _People, group: list[Selector]) -> tuple[bool, str]:
    missing = _selectors_found(people, group)
    if missing:
        return False, missing
    merged = [(a, b) for a, b in itertools.combinations(group, 2) if people.row(a) == people.row(b)]
    return not merged, f"one person: {merged}" if merged else ""


def _office_matches(held: dict[str, Any], office: str) -> bool:
    return office.lower() in (held["office"].lower(), held["title"].lower())


def _offices(people: _People, want: dict[str, Any]) -> tuple[bool, str]:
    row = people.row(want["who"])
    if row is None:
        return False, f"not found: {want['who']}"
    offices = people.held[row]
    for held in offices:
        if not _office_matches(held, want["office"]) or held["current"] != want["current"]:
            continue
        if "place" in want and held["jurisdiction"]["place"] != want["place"]:
            continue
        return True, ""
    given = [(h["office"], h["title"], h["current"], h["jurisdiction"]) for h in offices]
    return False, f"offices: {given}"


def _not_office(people: _People, want: dict[str, Any]) -> tuple[bool, str]:
    row = people.row(want["who"])
    if row is None:
        return False, f"not found: {want['who']}"
    wrong = [h["written"]["quote"] for h in people.held[row] if _office_matches(h, want["office"])]
    return not wrong, f"given: {wrong}" if wrong else ""


def _conflicts(people: _People, wanted: list[dict[str, Any]]) -> tuple[bool, str]:
    conflicts = people.table["office_conflicts"]
    found = {frozenset(h["name"] for h in c["holders"]) for c in conflicts}
    expected = set()
    for want in wanted:
        rows = [people.row(s) for s in want["holders"]]
        if None in rows:
            return False, f"holder not found: {want['holders']}"
        expected.add(frozenset(people.names(r) for r in rows if r is not None))
    held = found == expected
    shown = [(c["office"], [h["name"] for h in c["holders"]]) for c in conflicts]
    return held, "" if held else f"conflicts: {shown}"


def _word_in(word: str, written: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", written) is not None


def check_case(case: dict[str, Any], folder: Path) -> list[Outcome]:
    """Every expectation of one case, held or not."""
    people = _People(names_json(case, folder))
    expect: dict[str, Any] = case["expect"]
    open_ones: dict[str, str] = case.get("open", {})
    outcomes: list[Outcome] = []

    def add(kind: str, expectation: Any, result: tuple[bool, str]) -> None:
        index = sum(o.kind == kind for o in outcomes)
        why = open_ones.get(f"{kind} {index}")
        outcomes.append(Outcome(case["name"], kind, str(expectation), *result, why))

    for group in expect.get("same", []):
        add("same", group, _same(people, group))
    for group in expect.get("apart", []):
        add("apart", group, _apart(people, group))
    for selector in expect.get("found", []):
        missing = _selectors_found(people, [selector])
        add("found", selector, (not missing, missing))
    written = list(people.written())
    for text in expect.get("not_people", []):
        hits = [w for w in written if text in w]
        add("not_people", text, (not hits, f"mentions: {hits}" if hits else ""))
    for word in expect.get("no_words_in_names", []):
        hits = [w for w in written if _word_in(word, w)]
        add("no_words_in_names", word, (not hits, f"mentions: {hits}" if hits else ""))
    for want in expect.get("offices", []):
        add("offices", want, _offices(people, want))
    for want in expect.get("not_office", []):
        add("not_office", want, _not_office(people, want))
    if "conflicts" in expect:
        add("conflicts", expect["conflicts"], _conflicts(people, expect["conflicts"]))
    return outcomes


def check_all(file: Path, folder: Path) -> list[Outcome]:
    """Every expectation of every case of one case file."""
    return [
        outcome
        for n, case in enumerate(load_cases(file))
        for outcome in check_case(case, folder / f"case{n:02d}")
    ]
