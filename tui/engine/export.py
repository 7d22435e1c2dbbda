"""Serialise a Comparison: the versioned JSON contract and a Markdown report.

The JSON holds the text exactly. The Markdown report holds display text
(``visible_text``) with Markdown and HTML syntax escaped, so an article can
neither drive the terminal it is printed on nor add links, tags or tables
to the rendered report.
"""

from __future__ import annotations

from typing import Any

from tui.engine.compare import Comparison
from tui.engine.corpus import Article
from tui.engine.findings.model import Finding, Side
from tui.engine.prepared_regex import regex
from tui.engine.published import publication_day
from tui.engine.visible import visible_text

SCHEMA = "diptych.comparison/1"


def visible_findings(comparison: Comparison, min_score: float) -> list[Finding]:
    return [f for f in comparison.findings if f.score >= min_score]


def _article_json(article: Article, path: str) -> dict[str, Any]:
    return {
        "path": path,
        "sha256": article.sha256,
        "encoding": article.encoding,
        **({"published": day.isoformat()} if (day := publication_day(article)) else {}),
        "sentences": [
            {
                "id": s.id,
                "start": s.start,
                "end": s.end,
                "text": s.text,
                **({"boilerplate": True} if s.boilerplate else {}),
            }
            for s in article.sentences
        ],
    }


def _side_json(side: Side) -> dict[str, Any]:
    return {"sentence": side.sentence, "start": side.start, "end": side.end, "quote": side.quote}


def to_json(
    comparison: Comparison, min_score: float = 0.0, paths: tuple[str, str] | None = None
) -> dict[str, Any]:
    """The ``diptych.comparison/1`` document (see README, "JSON output")."""
    left_path, right_path = paths or (str(comparison.left.path), str(comparison.right.path))
    return {
        "schema": SCHEMA,
        "left": _article_json(comparison.left, left_path),
        "right": _article_json(comparison.right, right_path),
        "alignments": [
            {"left": list(a.left), "right": list(a.right), "score": a.score, "kind": a.kind}
            for a in comparison.alignments
        ],
        "findings": [
            {
                "kind": f.kind,
                "type": f.type,
                "left": _side_json(f.left),
                "right": _side_json(f.right),
                "message": f.message,
                "score": f.score,
            }
            for f in visible_findings(comparison, min_score)
        ],
    }


_MARKDOWN_SYNTAX = regex(r"[\\`*_\[\]<>|~&#!]")


def markdown_cell(text: str) -> str:
    """One line of literal text for a Markdown table cell or heading."""
    return _MARKDOWN_SYNTAX.sub(r"\\\g<0>", " ".join(visible_text(text).split()))


def to_markdown(comparison: Comparison, min_score: float = 0.0) -> str:
    """A report a reviewer can paste: summary, findings, aligned sentences."""
    left, right = comparison.left, comparison.right
    findings = visible_findings(comparison, min_score)
    lines = [
        f"# {markdown_cell(left.title)} vs {markdown_cell(right.title)}",
        "",
        f"- Left: {markdown_cell(left.name)} ({left.sentence_count} sentences, "
        f"{comparison.left_aligned_share:.0%} aligned)",
        f"- Right: {markdown_cell(right.name)} ({right.sentence_count} sentences, "
        f"{comparison.right_aligned_share:.0%} aligned)",
        f"- Findings: {sum(f.kind == 'contradiction' for f in findings)} contradictions, "
        f"{sum(f.kind == 'name' for f in findings)} name discrepancies, "
        f"{sum(f.kind == 'shared' for f in findings)} shared passages",
        "",
    ]
    for kind, heading in (
        ("contradiction", "Contradictions"),
        ("name", "Name discrepancies"),
        ("shared", "Shared passages"),
    ):
        selected = [f for f in findings if f.kind == kind]
        if not selected:
            continue
        lines += [f"## {heading}", "", "| type | left | right | note |", "|---|---|---|---|"]
        lines += [
            f"| {f.type} | {markdown_cell(f.left.quote)} | {markdown_cell(f.right.quote)} "
            f"| {markdown_cell(f.message)} |"
            for f in selected
        ]
        lines.append("")
    lines += ["## Aligned sentences", "", "| left | right | kind | score |", "|---|---|---|---|"]
    for a in comparison.alignments:
        l_text = " ".join(left.sentences[i].text for i in a.left)
        r_text = " ".join(right.sentences[i].text for i in a.right)
        lines.append(
            f"| {markdown_cell(l_text)} | {markdown_cell(r_text)} | {a.kind} | {a.score:.2f} |"
        )
    return "\n".join(lines) + "\n"
