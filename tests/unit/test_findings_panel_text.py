"""A finding's line in the findings panel: kind, type, its score, and the message."""

from __future__ import annotations

from tui.engine.findings.model import Finding, Side
from widgets.findings_panel import finding_text


def test_the_line_shows_the_score_between_the_type_and_the_message() -> None:
    finding = Finding(
        "contradiction", "date", Side(0, 10, 16, "Friday"), Side(2, 30, 38, "Saturday"),
        "date differs: Friday vs Saturday", 0.73,
    )  # fmt: skip
    line = finding_text(finding).plain
    assert line.index("date ") < line.index("0.73") < line.index("date differs")
