"""Pilot tests of the overview past a dozen articles (groups, ranked pairs, a group's
matrix) and of its batched updates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.message import Message
from textual.widgets import Static

import tui.screens.overview as overview_screen
from tests.seed_versions import write_seed_versions
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Corpus, load_corpus
from tui.engine.pair_ranking import disagreements
from tui.screens.messages import OpenPair
from tui.screens.overview import OverviewScreen
from widgets.event_group_table import EventGroupTable
from widgets.pair_matrix import PairMatrix
from widgets.ranked_pairs import RankedPairs

MakeApp = Callable[[Corpus], DiptychApp]


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> tuple[Corpus, dict[str, str]]:
    """15 articles: three versions of each seed."""
    folder = tmp_path_factory.mktemp("overview") / "versions"
    seed_of = write_seed_versions(folder)
    return load_corpus(folder), seed_of


class Recorder:
    """A message hook keeping the pairs asked to open and the batches of scores."""

    def __init__(self) -> None:
        self.opened: list[tuple[str, str]] = []
        self.batches: list[int] = []
        self._seen: list[Message] = []

    def __call__(self, message: Message) -> None:
        if message in self._seen:
            return  # a bubbling message passes the hook once per node
        self._seen.append(message)
        if isinstance(message, OpenPair):
            self.opened.append((message.left.name, message.right.name))
        elif isinstance(message, OverviewScreen.PairsScored):
            self.batches.append(len(message.scored))


async def test_a_corpus_past_a_dozen_shows_groups_and_ranked_pairs(
    make_app: MakeApp, versions: tuple[Corpus, dict[str, str]]
) -> None:
    corpus, seed_of = versions
    recorder = Recorder()
    app = make_app(corpus)
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        assert not screen.query(PairMatrix)
        groups = screen.query_one(EventGroupTable)
        assert groups.has_focus and groups.row_count >= 3
        heading = str(screen.query_one("#overview-groups-heading", Static).render())
        assert "groups about one event" in heading
        # every group holds versions of seeds only, and each seed's versions are together
        names = sorted(article.name for article in corpus.articles)
        group_seeds = [{seed_of[names[m]] for m in g.members} for g in screen._groups]
        for seeds in group_seeds:
            assert all(sum(1 for other in group_seeds if seed in other) == 1 for seed in seeds)

        await pilot.press("enter")  # the first group's matrix
        await app.workers.wait_for_complete()
        await pilot.pause()
        group_screen = app.screen
        assert isinstance(group_screen, OverviewScreen) and group_screen is not screen
        matrix = group_screen.query_one(PairMatrix)
        first = screen._groups[0]
        assert matrix.row_count == len(first)
        assert "%" in matrix.get_cell_at(matrix.cursor_coordinate).plain  # every pair compared
        assert "group: " in group_screen.sub_title
        await pilot.press("escape")
        assert app.screen is screen

        await pilot.press("tab")
        ranked = screen.query_one(RankedPairs)
        assert ranked.has_focus
        shown = [ranked._pairs[row] for row in range(ranked.row_count)]
        shares = [pair.numbers.aligned_share for pair in shown]
        assert shares == sorted(shares, reverse=True) and shares[0] > 0
        top = shown[0]
        await pilot.press("enter")
        await pilot.pause()
        assert recorder.opened == [(names[top.left], names[top.right])]
        await pilot.press("escape")
        await pilot.pause()

        await pilot.press("r")
        await pilot.pause()
        heading = str(screen.query_one("#overview-pairs-heading", Static).render())
        assert "by disagreements" in heading
        counts = [disagreements(ranked._pairs[row]) for row in range(ranked.row_count)]
        assert counts and min(counts) > 0 and counts == sorted(counts, reverse=True)


async def test_scores_reach_the_screen_in_batches(
    make_app: MakeApp, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(overview_screen, "BATCH_SECONDS", 3600.0)
    recorder = Recorder()
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48), message_hook=recorder) as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        matrix = app.screen.query_one(PairMatrix)
        assert recorder.batches == [10]  # 5 seeds, all 10 pairs related: one message
        cells = [matrix.get_cell_at((row, column)).plain for row in range(5) for column in range(5)]
        assert sum("%" in cell for cell in cells) == 20
        intro = str(app.screen.query_one("#overview-intro", Static).render())
        assert intro.startswith("Every pair of 5 articles, scored")


async def test_the_matrix_opens_on_its_first_column(make_app: MakeApp, seed_corpus: Corpus) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        matrix = app.screen.query_one(PairMatrix)
        assert matrix.cursor_coordinate == (0, 1)
        assert matrix.scroll_x == 0  # the row labels and the first column in view


def test_seed_versions_are_fifteen_articles(tmp_path: Path) -> None:
    seed_of = write_seed_versions(tmp_path)
    assert len(load_corpus(tmp_path).articles) == len(seed_of) == 15
