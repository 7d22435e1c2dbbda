"""The claim matrix as text and Markdown: rows are claims, columns are articles.

Articles are labelled A, B, C... (1, 2, 3... past ``MAX_GRID`` articles). Up to
``MAX_GRID`` articles each row shows one glyph per article (``GLYPHS``); past
it, a row lists the articles holding the claim (a contradicting one marked
``x``), since a row of hundreds of cells reads as nothing.
"""

from __future__ import annotations

from string import ascii_uppercase

from tui.engine.claims.model import Claim, ClaimMatrix, Stance
from tui.engine.export import markdown_cell
from tui.engine.visible import visible_text

MAX_GRID = len(ascii_uppercase)
"""Most articles shown as one column each."""
GLYPHS = {Stance.STATES: "+", Stance.CONTRADICTS: "x", Stance.OMITS: "."}
SUMMARY_CHARS = 100
"""A text row's summary is cut to this many characters."""


def labels(matrix: ClaimMatrix) -> list[str]:
    count = len(matrix.articles)
    if count <= MAX_GRID:
        return list(ascii_uppercase[:count])
    return [str(n) for n in range(1, count + 1)]


def headline(matrix: ClaimMatrix, root: str) -> str:
    shared = sum(1 for claim in matrix.claims if len(claim.members) > 1)
    return (
        f"{visible_text(root)}: {len(matrix.articles)} articles, {len(matrix.claims):,} claims: "
        f"{shared:,} held by two or more articles, {len(matrix.claims) - shared:,} an article's "
        f"own; {matrix.refused_chains:,} merges refused as chains"
    )


def cells(matrix: ClaimMatrix, claim: Claim) -> str:
    """The row's stance cells: a glyph per article, or the holders' labels."""
    names = labels(matrix)
    if len(matrix.articles) <= MAX_GRID:
        return "".join(GLYPHS[claim.stance(n)] for n in range(len(names)))
    return " ".join(
        names[n] + ("x" if claim.stance(n) is Stance.CONTRADICTS else "") for n in claim.articles
    )


def to_text(matrix: ClaimMatrix, root: str, min_members: int = 2) -> str:
    names = labels(matrix)
    width = max(len(label) for label in names) if names else 1
    lines = [headline(matrix, root), ""]
    lines += [
        f"  {label:>{width}}  {visible_text(a.name)}  {visible_text(a.title)}"
        for label, a in zip(names, matrix.articles, strict=True)
    ]
    lines += ["", "  " + "   ".join(f"{glyph} {stance}" for stance, glyph in GLYPHS.items()), ""]
    shown = [claim for claim in matrix.claims if len(claim.members) >= min_members]
    for claim in shown:
        summary = " ".join(visible_text(claim.summary.quote(matrix.articles)).split())
        if len(summary) > SUMMARY_CHARS:
            summary = summary[: SUMMARY_CHARS - 3].rstrip() + "..."
        lines.append(f"{claim.id:>5}  {cells(matrix, claim)}  {summary}")
        for c in claim.contradictions:
            pair = f"{names[c.left.article]}/{names[c.right.article]}"
            lines.append(f"{'':>5}  {GLYPHS[Stance.CONTRADICTS]} {pair} {visible_text(c.message)}")
    hidden = len(matrix.claims) - len(shown)
    if hidden:
        lines += ["", f"{hidden:,} claims held by fewer than {min_members} articles not shown."]
    return "\n".join(lines) + "\n"


def to_markdown(matrix: ClaimMatrix, root: str, min_members: int = 2) -> str:
    names = labels(matrix)
    grid = len(matrix.articles) <= MAX_GRID
    lines = [f"# Claims: {markdown_cell(root)}", "", markdown_cell(headline(matrix, root)), ""]
    lines += ["## Articles", "", "| | file | title |", "|---|---|---|"]
    lines += [
        f"| {label} | {markdown_cell(a.name)} | {markdown_cell(a.title)} |"
        for label, a in zip(names, matrix.articles, strict=True)
    ]
    legend = ", ".join(f"`{glyph}` {stance}" for stance, glyph in GLYPHS.items())
    columns = names if grid else ["articles"]
    lines += ["", "## Claims", "", legend, ""]
    lines += ["| # | " + " | ".join(columns) + " | summary |", "|---" * (len(columns) + 2) + "|"]
    shown = [claim for claim in matrix.claims if len(claim.members) >= min_members]
    for claim in shown:
        row = list(cells(matrix, claim)) if grid else [cells(matrix, claim)]
        summary = markdown_cell(claim.summary.quote(matrix.articles))
        lines.append(f"| {claim.id} | " + " | ".join(f"`{c}`" for c in row) + f" | {summary} |")
    conflicts = [(claim, c) for claim in shown for c in claim.contradictions]
    if conflicts:
        lines += ["", "## Contradictions", "", "| # | type | left | right | note |"]
        lines.append("|---|---|---|---|---|")
        for claim, c in conflicts:
            left = f"{names[c.left.article]}: {markdown_cell(c.left.quote(matrix.articles))}"
            right = f"{names[c.right.article]}: {markdown_cell(c.right.quote(matrix.articles))}"
            lines.append(
                f"| {claim.id} | {c.type} | {left} | {right} | {markdown_cell(c.message)} |"
            )
    hidden = len(matrix.claims) - len(shown)
    if hidden:
        lines += ["", f"{hidden:,} claims held by fewer than {min_members} articles not shown."]
    return "\n".join(lines) + "\n"
