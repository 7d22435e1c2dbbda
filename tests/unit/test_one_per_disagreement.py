"""A people finding and the person or kind swap it explains are one disagreement."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine.compare import compare
from tui.engine.corpus import load_corpus


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # a new holder of an office: one office conflict, not an entity swap as well
        (
            "Secretary of State Marco Rubio met the Chinese ambassador in Washington.",
            "Secretary of State Mike Pompeo met the Chinese ambassador in Washington.",
            [("contradiction", "office", "Marco Rubio", "Mike Pompeo")],
        ),
        # another office for one person: one office conflict, not a kind swap as well
        (
            "Treasury Secretary Scott Bessent said the framework would go to the president.",
            "Commerce Secretary Scott Bessent said the framework would go to the president.",
            [("contradiction", "office", "Treasury Secretary", "Commerce Secretary")],
        ),
        # another person in one role: one name finding
        (
            "Rep. Loretta Sanchez voted against the harbour bill on Tuesday night.",
            "Rep. Linda Sanchez voted against the harbour bill on Tuesday night.",
            [("name", "person", "Loretta Sanchez", "Linda Sanchez")],
        ),
        # a person swap the people findings do not see stands on its own
        (
            "The bill was signed by Marco Rubio in a ceremony at the Capitol on Friday.",
            "The bill was signed by Mike Pompeo in a ceremony at the Capitol on Friday.",
            [("contradiction", "entity", "Marco Rubio", "Mike Pompeo")],
        ),
    ],
)
def test_one_disagreement_is_reported_once(
    tmp_path: Path, left: str, right: str, expected: list[tuple[str, str, str, str]]
) -> None:
    (tmp_path / "a.txt").write_text(left + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(right + "\n", encoding="utf-8")
    first, second = load_corpus(tmp_path).articles
    found = [
        (f.kind, f.type, f.left.quote, f.right.quote)
        for f in compare(first, second).findings
        if f.kind != "shared"
    ]
    assert found == expected
