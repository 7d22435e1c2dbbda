"""Side-by-side text rendering of a Comparison with Rich.

Article text is printed as display text (``visible_text``: control characters as
visible placeholders of the same length) and never parsed as markup.

Rich drops colour when stdout is not a terminal or NO_COLOR is set; each
highlight also carries a text style (bold, underline, italic) so it reads in
monochrome, and the legend says which is which.
"""

from __future__ import annotations

from rich.console import Console, Group
from rich.style import Style
from rich.table import Table
from rich.text import Text

from tui.engine.compare import Comparison
from tui.engine.corpus import Article
from tui.engine.export import visible_findings
from tui.engine.view import Highlight, build_rows, highlights
from tui.engine.visible import visible_text

STYLES: dict[str, Style] = {
    "changed": Style(italic=True, color="cyan"),
    "shared": Style(underline=True, color="green"),
    "name": Style(bold=True, color="magenta", underline=True),
    "contradiction": Style(bold=True, color="red", reverse=True),
}
LEGEND = (
    ("shared", "shared passage (underline)"),
    ("contradiction", "contradiction (bold, reverse)"),
    ("name", "name discrepancy (bold underline)"),
    ("changed", "changed words (italic)"),
)


def _styled(article: Article, ids: tuple[int, ...], marks: list[Highlight]) -> Text:
    parts = []
    for sentence_id in ids:
        sentence = article.sentences[sentence_id]
        text = Text(visible_text(sentence.text), style="dim" if sentence.boilerplate else "")
        for mark in marks:
            start = max(mark.span.start, sentence.start) - sentence.start
            end = min(mark.span.end, sentence.end) - sentence.start
            if start < end:
                text.stylize(STYLES[mark.kind], start, end)
        parts.append(text)
    return Text(" ").join(parts)


def render(comparison: Comparison, min_score: float) -> Group:
    shown = {
        i for i, f in enumerate(comparison.findings) if f in visible_findings(comparison, min_score)
    }
    order = {kind: n for n, (kind, _) in enumerate(LEGEND)}
    marks = {
        side: sorted(
            (h for h in highlights(comparison, side) if h.finding is None or h.finding in shown),
            key=lambda h: -order[h.kind],
        )
        for side in ("left", "right")
    }
    table = Table(expand=True, show_lines=True)
    left_name, right_name = visible_text(comparison.left.name), visible_text(comparison.right.name)
    table.add_column(Text(left_name), ratio=1)
    table.add_column("", width=4, justify="center")
    table.add_column(Text(right_name), ratio=1)
    for row in build_rows(comparison):
        score = "" if row.alignment is None else f"{comparison.alignments[row.alignment].score:.2f}"
        table.add_row(
            _styled(comparison.left, row.left, marks["left"]),
            Text(score, style="dim"),
            _styled(comparison.right, row.right, marks["right"]),
        )
    legend = Text("  ").join(Text(label, style=STYLES[kind]) for kind, label in LEGEND)
    summary = Text(
        f"{left_name} vs {right_name}: "
        f"{len(comparison.alignments)} aligned pairs, "
        f"{comparison.left_aligned_share:.0%} / {comparison.right_aligned_share:.0%} aligned; "
        + ", ".join(
            f"{sum(f.kind == kind for f in visible_findings(comparison, min_score))} {kind}"
            for kind in ("contradiction", "name", "shared")
        )
    )
    findings = Table(title="findings", title_justify="left", expand=True)
    for column in ("kind", "type", "left", "right", "message"):
        findings.add_column(column)
    for finding in visible_findings(comparison, min_score):
        cells = (finding.kind, finding.type, finding.left.quote, finding.right.quote,
                 finding.message)  # fmt: skip
        findings.add_row(*(Text(visible_text(cell)) for cell in cells))
    return Group(summary, legend, table, findings)


def print_report(comparison: Comparison, min_score: float, width: int | None = None) -> None:
    console = Console(width=width, highlight=False, emoji=False, markup=False)
    console.print(render(comparison, min_score))
