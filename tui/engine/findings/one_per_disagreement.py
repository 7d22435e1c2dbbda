"""One contradiction per disagreement: an office conflict absorbs the finding it explains.

Two detectors can see one edit: a new holder in "Secretary of State Marco Rubio"
/ "... Mike Pompeo" is a person swap to the contradiction pipeline and an office
conflict to the people findings; "Treasury Secretary" / "Commerce Secretary" is
a kind swap and an office conflict. A reviewer would read one disagreement
twice, and a count of contradictions would double it. The office finding names
the person and the office, so it is kept and the other is dropped.
"""

from __future__ import annotations

from tui.engine.findings.model import Finding, Side

OFFICE = "office"


def _overlap(one: Side, other: Side) -> bool:
    return one.start < other.end and other.start < one.end


def without_office_repeats(findings: list[Finding]) -> list[Finding]:
    """``findings`` less every other contradiction whose two sides both overlap an
    office conflict's two sides."""
    offices = [f for f in findings if f.kind == "contradiction" and f.type == OFFICE]
    if not offices:
        return findings
    return [
        finding
        for finding in findings
        if finding.kind != "contradiction"
        or finding.type == OFFICE
        or not any(
            _overlap(finding.left, office.left) and _overlap(finding.right, office.right)
            for office in offices
        )
    ]
