"""A people finding and the person or kind swap it explains are one disagreement."""

from __future__ import annotations

from pathlib import Path

from tui.engine.compare import compare
from tui.engine.corpus import load_corpus


def contradictions_of(tmp_path: Path, left: str, right: str) -> list[tuple[str, str, str]]:
    (tmp_path / "a.txt").write_text(left, encoding="utf-8")
    (tmp_path / "b.txt").write_text(right, encoding="utf-8")
    first, second = load_corpus(tmp_path).articles
    return [
        (f.type, f.left.quote, f.right.quote)
        for f in compare(first, second).findings
        if f.kind == "contradiction"
    ]


def test_a_new_holder_of_an_office_is_one_office_conflict(tmp_path: Path) -> None:
    found = contradictions_of(
        tmp_path,
        "Secretary of State Marco Rubio met the Chinese ambassador in Washington.\n",
        "Secretary of State Mike Pompeo met the Chinese ambassador in Washington.\n",
    )
    assert found == [("office", "Marco Rubio", "Mike Pompeo")]


def test_another_office_for_one_person_is_one_office_conflict(tmp_path: Path) -> None:
    found = contradictions_of(
        tmp_path,
        "Treasury Secretary Scott Bessent said the framework would go to the president.\n",
        "Commerce Secretary Scott Bessent said the framework would go to the president.\n",
    )
    assert found == [("office", "Treasury Secretary", "Commerce Secretary")]


def test_a_person_swap_outside_an_office_is_still_reported(tmp_path: Path) -> None:
    found = contradictions_of(
        tmp_path,
        "The bill was signed by Marco Rubio in a ceremony at the Capitol on Friday.\n",
        "The bill was signed by Mike Pompeo in a ceremony at the Capitol on Friday.\n",
    )
    assert found == [("entity", "Marco Rubio", "Mike Pompeo")]


def test_another_person_in_one_role_is_one_name_finding(tmp_path: Path) -> None:
    left = "Rep. Loretta Sanchez voted against the harbour bill on Tuesday night.\n"
    right = "Rep. Linda Sanchez voted against the harbour bill on Tuesday night.\n"
    (tmp_path / "a.txt").write_text(left, encoding="utf-8")
    (tmp_path / "b.txt").write_text(right, encoding="utf-8")
    first, second = load_corpus(tmp_path).articles
    found = [(f.kind, f.type) for f in compare(first, second).findings if f.kind != "shared"]
    assert found == [("name", "person")]
