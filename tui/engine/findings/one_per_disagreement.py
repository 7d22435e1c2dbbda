"""One finding per disagreement: a people finding absorbs the contradiction it explains.

Two detectors can see one edit. A new holder in "Secretary of State Marco Rubio"
/ "... Mike Pompeo" is a person swap to the contradiction pipeline and an office
conflict to the people findings; "Treasury Secretary" / "Commerce Secretary" is
a kind swap and an office conflict; "Rep. Loretta Sanchez" / "Rep. Linda
Sanchez" is a person swap and a different person in the same role
(``name/person``). A reviewer would read one disagreement twice, and a count of
contradictions would double it. The people finding names the person and the
office, so it is kept and the other is dropped. Where the people findings say
nothing (an office they do not know, a title in apposition), the person swap
stands on its own.
"""

from __future__ import annotations

from tui.engine.findings.model import Finding, Side


def explains(finding: Finding) -> bool:
    """A people finding: an office conflict or a different person in one role."""
    return (finding.kind, finding.type) in {("contradiction", "office"), ("name", "person")}


def _overlap(one: Side, other: Side) -> bool:
    return one.start < other.end and other.start < one.end


def without_repeats(findings: list[Finding]) -> list[Finding]:
    """``findings`` less every other contradiction whose two sides both overlap the two
    sides of a people finding."""
    people = [f for f in findings if explains(f)]
    if not people:
        return findings
    return [
        finding
        for finding in findings
        if finding.kind != "contradiction"
        or explains(finding)
        or not any(
            _overlap(finding.left, other.left) and _overlap(finding.right, other.right)
            for other in people
        )
    ]
