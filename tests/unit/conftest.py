"""Unit fixtures: articles written from text per test, and the name findings of two."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path

import pytest

from tui.engine.align import align
from tui.engine.corpus import Article, load_article
from tui.engine.findings.model import Finding
from tui.engine.people.names import find_name_findings

Pair = Callable[[str, str], list[Finding]]
Write = Callable[[str], Article]


@pytest.fixture
def write_article(tmp_path: Path) -> Write:
    """An article loaded from text, each call its own file."""
    count = itertools.count()

    def write(text: str) -> Article:
        path = tmp_path / f"article{next(count)}.txt"
        path.write_text(text, encoding="utf-8")
        return load_article(path)

    return write


@pytest.fixture
def pair(write_article: Write) -> Pair:
    """Name findings between two articles written from text; every quote checked
    to be exactly its span of the article."""

    def run(left_text: str, right_text: str) -> list[Finding]:
        left, right = write_article(left_text), write_article(right_text)
        found = find_name_findings(left, right, tuple(align(left.sentences, right.sentences)))
        for finding in found:
            assert left.text[finding.left.start : finding.left.end] == finding.left.quote
            assert right.text[finding.right.start : finding.right.end] == finding.right.quote
        return found

    return run
