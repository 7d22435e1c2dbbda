"""Unit fixtures: name findings of two short articles written per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tui.engine.align import align
from tui.engine.corpus import load_article
from tui.engine.findings.model import Finding
from tui.engine.people.names import find_name_findings

Pair = Callable[[str, str], list[Finding]]


@pytest.fixture
def pair(tmp_path: Path) -> Pair:
    """Name findings between two articles written from text; every quote checked
    to be exactly its span of the article."""

    def run(left_text: str, right_text: str) -> list[Finding]:
        (tmp_path / "left.txt").write_text(left_text, encoding="utf-8")
        (tmp_path / "right.txt").write_text(right_text, encoding="utf-8")
        left = load_article(tmp_path / "left.txt")
        right = load_article(tmp_path / "right.txt")
        found = find_name_findings(left, right, tuple(align(left.sentences, right.sentences)))
        for finding in found:
            assert left.text[finding.left.start : finding.left.end] == finding.left.quote
            assert right.text[finding.right.start : finding.right.end] == finding.right.quote
        return found

    return run
