"""What each highlight kind looks like: one table read by the panes and the legend.

Every kind has a colour (a theme variable, so themes own it) AND a cue that
survives without colour: a text style and a gutter glyph. Under NO_COLOR the
four kinds still read apart: italic, underline, bold underline, bold reverse.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class HighlightStyle:
    kind: str
    """A ``tui.engine.view.HighlightKind``; also the component class suffix."""
    glyph: str
    """The gutter marker of a line holding this kind."""
    label: str
    cue: str
    """The colour-free cue, spelled out in the legend."""
    css: str


# Lowest precedence first: a later kind's style is applied over an earlier one,
# and a line's gutter shows the glyph of the last kind it holds.
HIGHLIGHT_STYLES: tuple[HighlightStyle, ...] = (
    HighlightStyle(
        "changed", "~", "changed words", "italic", "color: $text-accent; text-style: italic;"
    ),
    HighlightStyle(
        "shared", "=", "shared passage", "underline", "color: $text-success; text-style: underline;"
    ),
    HighlightStyle(
        "name",
        "?",
        "name discrepancy",
        "bold underline",
        "color: $text-warning; text-style: bold underline;",
    ),
    HighlightStyle(
        "contradiction",
        "!",
        "contradiction",
        "bold reverse",
        "color: $text-error; text-style: bold reverse;",
    ),
)
STYLE_OF_KIND = {style.kind: style for style in HIGHLIGHT_STYLES}
PRECEDENCE = {style.kind: n for n, style in enumerate(HIGHLIGHT_STYLES)}

# Transient marks: search matches and the flash after a jump to a finding.
SEARCH_CSS = "color: $text-accent; text-style: reverse;"
SEARCH_CURRENT_CSS = "color: $accent; text-style: bold reverse;"
FLASH_CSS = "background: $secondary; color: $text; text-style: bold;"

# Tagged claims: a background tint, and a gutter glyph that survives without colour.
# On words a reversed kind (a contradiction) marks, the tint would become the letters'
# colour and blur both marks (grey on grey under NO_COLOR): there the tag underlines
# instead, and the reversed block stays as it is.
TAG_GLYPH = "#"
TAGGED_CSS = "background: $primary 30%;"
TAGGED_OVER_REVERSED_CSS = "text-style: underline;"

# A right sentence shown out of its article's order (tui.engine.moves): a gutter glyph.
MOVED_GLYPH = "\u2195"
MOVED_CSS = "color: $text-accent; text-style: bold;"
REVERSED_KINDS = frozenset(style.kind for style in HIGHLIGHT_STYLES if "reverse" in style.cue)


def component_classes(prefix: str) -> set[str]:
    return {f"{prefix}--{style.kind}" for style in HIGHLIGHT_STYLES}


def component_css(selector: str, prefix: str) -> str:
    """CSS rules giving ``selector``'s component classes the highlight styles."""
    return "\n".join(
        f"{selector} > .{prefix}--{style.kind} {{ {style.css} }}" for style in HIGHLIGHT_STYLES
    )
