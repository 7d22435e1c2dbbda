"""The diptych Textual app: wires screens, bindings, the keymap, the palette and CSS."""

from __future__ import annotations

import os
import sys
from typing import Any, ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.screen import Screen

import tui.screens
import widgets
from tui.app.config import Config, ConfigError, load_config
from tui.app.keymap import KeymapChecker, defined_in
from tui.app.keys_in_order import InOrderApp
from tui.app.palette import CorpusCommands
from tui.app.tagging import Tagging
from tui.engine.comparison_cache import ComparisonCache
from tui.engine.corpus import Article, Corpus
from tui.engine.visible import visible_lines, visible_text
from tui.screens.claims import ClaimsScreen
from tui.screens.compare import CompareScreen
from tui.screens.corpus import CorpusScreen
from tui.screens.help import HelpScreen
from tui.screens.messages import OpenPair
from tui.screens.overview import OVERVIEW_SCREEN, OverviewScreen
from tui.screens.tags_screen import TagsScreen

CORPUS_SCREEN = "corpus"


TERMINAL_CHECK_SECONDS = 1.0
"""How often the app checks that its terminal is still there."""
HUNG_UP = 129
"""The exit status after the terminal hung up (128 + SIGHUP, as a shell reports it)."""


def _on_a_terminal() -> bool:
    """Whether the app's input is a terminal still there (a hung-up one is not a tty)."""
    stdin = sys.__stdin__
    return stdin is not None and os.isatty(stdin.fileno())


class DiptychApp(InOrderApp[int]):
    """Compare the articles of ``corpus``; keys and labels come from its ``diptych.yaml``."""

    CSS_PATH = "diptych.tcss"
    TITLE = "diptych"
    COMMANDS = App.COMMANDS | {CorpusCommands}
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help",
                tooltip="Show every key of this screen"),
        Binding("ctrl+p,colon", "command_palette", "Commands", id="command-palette", show=False,
                tooltip="Open the command palette"),
        Binding("ctrl+q", "quit", "Quit", show=False, priority=True, id="quit",
                tooltip="Quit diptych (q on the corpus screen)"),
        Binding("u", "undo_tag", "Undo tag", show=False, id="tag-undo",
                tooltip="Undo the last tag change (add, edit or delete), in any article"),
    ]  # fmt: skip

    def __init__(
        self,
        corpus: Corpus,
        config: Config | None = None,
        pair: tuple[Article, Article] | None = None,
    ) -> None:
        """``pair`` opens on the comparison of those two articles (``diptych a.txt b.txt``)."""
        super().__init__()
        self.corpus = corpus
        self._first_pair = pair
        self.cache = ComparisonCache()
        """One cache for every screen: a pair scored by the overview opens at once."""
        self._config_error: str | None = None
        if config is None:
            try:
                config = load_config(corpus.root)
            except ConfigError as error:
                self._config_error = str(error)
                config = Config()
        self.config = config
        self._keymap_checker: KeymapChecker | None = None
        self.tagging = Tagging(self, corpus, config.labels)

    def on_mount(self) -> None:
        if not self.is_headless and _on_a_terminal():
            self.set_interval(TERMINAL_CHECK_SECONDS, self._exit_if_terminal_gone)
        self._apply_keymap()
        self.install_screen(OverviewScreen(self.corpus, self.cache), name=OVERVIEW_SCREEN)
        self.install_screen(CorpusScreen(self.corpus, self.tagging.tags), name=CORPUS_SCREEN)
        self.push_screen(CORPUS_SCREEN)
        if self._first_pair is not None:
            self.open_pair(OpenPair(*self._first_pair))

    def _exit_if_terminal_gone(self) -> None:
        """Leave when the terminal has hung up (its window closed, its tmux session
        killed). Only a session leader is sent SIGHUP: started by ``make run`` or a
        script, the app is not one, and Textual's input thread then reads end of file
        in a busy loop, at most of a core, for ever. Tags are saved as they change."""
        if not _on_a_terminal():
            self.exit(return_code=HUNG_UP)

    def _apply_keymap(self) -> None:
        """Apply the configured keymap; report its problems at start and as screens appear."""
        if self._config_error:
            self.notify(
                f"{self._config_error}\nUsing the default keys and labels.",
                title="Configuration ignored",
                severity="error",
                markup=False,
                timeout=15,
            )
        if not self.config.keymap:
            return
        self.set_keymap(dict(self.config.keymap))
        checker = KeymapChecker(
            self.config.keymap, type(self), defined_in(tui.screens) + defined_in(widgets)
        )
        self._keymap_checker = checker
        self._report_keymap(checker.at_start())
        self.screen_change_signal.subscribe(self, self._check_screen_keys)

    def _check_screen_keys(self, screen: Screen[object]) -> None:
        """Once the screen is composed, check the chains of its focusable widgets."""
        if self._keymap_checker is not None:
            checker = self._keymap_checker
            self.call_after_refresh(lambda: self._report_keymap(checker.on_screen(screen)))

    def _report_keymap(self, problems: list[str]) -> None:
        if problems:
            self.notify(
                "\n".join(problems),
                title=f"Keymap in {self.config.source}",
                severity="warning",
                markup=False,
                timeout=15,
            )

    def notify(self, message: str, *, title: str = "", **options: Any) -> None:
        """Every notice, whatever text of an article or file name it quotes, is shown
        with control characters as visible placeholders."""
        super().notify(visible_lines(message), title=visible_text(title), **options)

    def action_browse_tags(self) -> None:
        self.tagging.browse()

    def action_undo_tag(self) -> None:
        self.tagging.undo()

    def action_help(self) -> None:
        self.push_screen(HelpScreen(self.screen))

    @on(OpenPair)
    def open_pair(self, message: OpenPair) -> None:
        screen = CompareScreen(
            message.left, message.right, self.cache, tags=self.tagging.tags, at=message.at
        )
        if isinstance(self.screen, CompareScreen):
            self.switch_screen(screen)
        else:
            self.push_screen(screen)

    @on(TagsScreen.DeleteTag)
    def delete_tag(self, message: TagsScreen.DeleteTag) -> None:
        self.tagging.delete(message.placed)

    @on(CompareScreen.TagClaim)
    def tag_claim(self, message: CompareScreen.TagClaim) -> None:
        self.tagging.edit(message.claim)

    @on(ClaimsScreen.TagMembers)
    def tag_members(self, message: ClaimsScreen.TagMembers) -> None:
        self.tagging.edit_all(message.spans)
