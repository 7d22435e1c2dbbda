"""Command palette entries of the compare screen: swap, finding filters, Markdown export."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.screen import Screen

from tui.engine.export import to_markdown
from tui.engine.pair_rows import PairRows
from widgets.findings_panel import FILTERS


def export_markdown(screen: Screen[object], model: PairRows, folder: Path) -> None:
    """Write the comparison as Markdown into ``folder`` (never a folder of the articles)."""
    comparison = model.comparison
    text = to_markdown(comparison)
    corpus_folders = {comparison.left.path.parent.resolve(), comparison.right.path.parent.resolve()}
    if folder.resolve() in corpus_folders:
        screen.app.copy_to_clipboard(text)
        screen.notify(
            f"{folder} holds the articles, where a .md file would be read as one: "
            "the Markdown report was copied to the clipboard instead.",
            severity="warning",
            markup=False,
        )
        return
    path = folder / f"{comparison.left.path.stem}-vs-{comparison.right.path.stem}.md"
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        screen.notify(f"Could not write {path}: {error.strerror}", severity="error", markup=False)
        return
    screen.notify(f"Saved the comparison to {path}", markup=False)


class CompareCommands(Provider):
    """Commands that act on the comparison on screen (nothing when another screen is on top)."""

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        screen = self.screen
        model: PairRows | None = getattr(screen, "model", None)
        if model is None:
            return
        yield (
            "Swap the left and right article",
            partial(screen.run_action, "swap"),
            "Same comparison, seen from the other article (key: s)",
        )
        for kind in FILTERS:
            yield (
                f"Show {kind} findings" if kind == "all" else f"Show only {kind} findings",
                partial(screen.run_action, f"show_findings('{kind}')"),
                "Filter the findings panel and the highlights (key: f cycles)",
            )
        yield (
            "Export the comparison as Markdown",
            partial(export_markdown, screen, model, Path.cwd()),
            f"Write {model.comparison.left.path.stem}-vs-{model.comparison.right.path.stem}.md "
            "in the current folder",
        )

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(name, callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=help_text)
