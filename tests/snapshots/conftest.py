"""Snapshot fixtures: apps built from seeds/, with no user config or data folder."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Article, load_corpus
from tui.engine.overview import PairNumbers

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture
def seed_app() -> DiptychApp:
    return DiptychApp(load_corpus(SEEDS))


class FixedScores:
    """Stands in for the comparison cache: the overview snapshot shows the UI, not the engine.

    Scores depend only on the distance between the two articles in the corpus, and
    cover every colour level, so a detector change never rewrites this snapshot.
    """

    SHARES = ((0.95, 0.85), (0.6, 0.5), (0.35, 0.25), (0.1, 0.0))

    def __init__(self, articles: Sequence[Article]) -> None:
        self._index = {article.sha256: index for index, article in enumerate(articles)}

    def numbers(self, left: Article, right: Article) -> PairNumbers:
        distance = abs(self._index[left.sha256] - self._index[right.sha256])
        left_share, right_share = self.SHARES[(distance - 1) % len(self.SHARES)]
        return PairNumbers(left_share, right_share, distance % 3, (distance + 1) % 2, 0)


@pytest.fixture
def seed_app_fixed_scores() -> DiptychApp:
    corpus = load_corpus(SEEDS)
    app = DiptychApp(corpus)
    app.cache = FixedScores(sorted(corpus.articles, key=lambda a: a.name))  # type: ignore[assignment]
    return app


async def freeze(pilot: Pilot[object]) -> None:
    """Stop what moves between frames: cursor blink, and any running worker, twice: a
    worker's result may start another (the overview's groups after its pairs), and on a
    loaded machine the second may still run after the first round of messages."""
    for _ in range(2):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
    for text_input in pilot.app.screen.query(Input):
        text_input.cursor_blink = False
    await pilot.pause()
