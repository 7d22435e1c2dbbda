"""One line saying what each highlight style means, drawn in those same styles."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget

from widgets.highlight_styles import (
    HIGHLIGHT_STYLES,
    MOVED_CSS,
    MOVED_GLYPH,
    TAG_GLYPH,
    TAGGED_CSS,
    component_classes,
    component_css,
)


class HighlightLegend(Widget):
    """Glyph, label and colour-free cue of every highlight kind (cues dropped when narrow)."""

    COMPONENT_CLASSES = component_classes("highlight-legend") | {
        "highlight-legend--gap",
        "highlight-legend--tagged",
        "highlight-legend--moved",
    }
    DEFAULT_CSS = f"""
    HighlightLegend {{ height: 1; padding: 0 1; color: $text-muted; }}
    {component_css("HighlightLegend", "highlight-legend")}
    HighlightLegend > .highlight-legend--gap {{ color: $text-disabled; }}
    HighlightLegend > .highlight-legend--tagged {{ {TAGGED_CSS} }}
    HighlightLegend > .highlight-legend--moved {{ {MOVED_CSS} }}
    """

    def render(self) -> Text:
        """The widest form that fits: with cues, without, then without the boilerplate note."""
        width = self.content_size.width
        for form in (self._legend(True), self._legend(False)):
            if form.cell_len <= width:
                return form
        return self._legend(False, with_boilerplate=False)

    def _legend(self, with_cues: bool, with_boilerplate: bool = True) -> Text:
        parts: list[Text] = []
        for style in reversed(HIGHLIGHT_STYLES):
            rich_style = self.get_component_rich_style(
                f"highlight-legend--{style.kind}", partial=True
            )
            label = style.label if with_cues else style.label.split()[0]
            part = Text.assemble((style.glyph, rich_style), " ", (label, rich_style))
            if with_cues:
                part.append(f" ({style.cue})")
            parts.append(part)
        tagged = self.get_component_rich_style("highlight-legend--tagged", partial=True)
        parts.append(Text.assemble((f"{TAG_GLYPH} tagged", tagged)))
        gap = self.get_component_rich_style("highlight-legend--gap", partial=True)
        parts.append(Text.assemble(("\u2506", gap), " gap (unaligned)" if with_cues else " gap"))
        moved = self.get_component_rich_style("highlight-legend--moved", partial=True)
        parts.append(
            Text.assemble((MOVED_GLYPH, moved), " moved (out of order)" if with_cues else " moved")
        )
        if with_boilerplate:
            parts.append(Text("dim: boilerplate", style="dim"))
        return Text("  " if with_cues else " ").join(parts)
