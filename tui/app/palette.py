"""Command palette (ctrl+p or :): compare any pair, mark an article, open the overview."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from itertools import combinations

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tui.engine.corpus import Article, Corpus
from tui.screens.corpus import CorpusScreen
from tui.screens.messages import OpenPair
from tui.screens.overview import OVERVIEW_SCREEN

TITLE_WIDTH = 48
MAX_PAIR_COMMANDS = 2000
"""Beyond this many pairs (a corpus of ~64 articles) only the mark commands are offered."""


class CorpusCommands(Provider):
    """Commands built from the corpus the app was opened on."""

    def _corpus(self) -> Corpus:
        corpus: Corpus = getattr(self.app, "corpus")  # noqa: B009 - any App with a corpus
        return corpus

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        articles = sorted(self._corpus().articles, key=lambda article: article.name)
        if self.app.get_screen(OVERVIEW_SCREEN) not in self.app.screen_stack:
            yield (
                "Overview of every pair",
                partial(self.app.push_screen, OVERVIEW_SCREEN),
                "A matrix of similarity, contradictions and name findings",
            )
        if isinstance(self.screen, CorpusScreen):
            for article in articles:
                yield (
                    f"Mark {article.name}",
                    partial(self.screen.mark_article, article.name),
                    _short(article.title),
                )
        pairs = list(combinations(articles, 2))
        if len(pairs) <= MAX_PAIR_COMMANDS:
            for left, right in pairs:
                yield (
                    f"Compare {left.name} with {right.name}",
                    partial(self._open, left, right),
                    f"{_short(left.title)} · {_short(right.title)}",
                )

    def _open(self, left: Article, right: Article) -> None:
        self.app.post_message(OpenPair(left, right))

    async def discover(self) -> Hits:
        for name, callback, help_text in self._commands():
            yield DiscoveryHit(Content(name), callback, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, help_text in self._commands():
            score = matcher.match(f"{name} {help_text}")
            if score > 0:
                yield Hit(score, self._highlight(matcher, name), callback, name, escape(help_text))

    @staticmethod
    def _highlight(matcher: Matcher, name: str) -> Content:
        """The name with the matched letters styled; plain when it looks like markup."""
        if escape(name) != name:
            return Content(name)
        return matcher.highlight(name)


def _short(title: str) -> str:
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1].rstrip() + "…"
