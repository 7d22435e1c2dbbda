"""Snapshots of the compare screen: seeds 000 vs 001 at two sizes, a filter, markup, NO_COLOR."""

from __future__ import annotations

import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot

from tests.app.compare_app import wait_until_ready
from tests.snapshots.conftest import SEEDS, freeze
from tui.app.diptych_app import DiptychApp
from tui.engine.compare import compare
from tui.engine.corpus import Corpus, load_corpus
from tui.screens.compare import CompareScreen
from tui.tags.corpus_tags import CorpusTags

SnapCompare = Callable[..., bool]
Before = Callable[[Pilot[object]], Awaitable[None]]


def open_pair(corpus: Corpus, keys: tuple[str, ...] = ()) -> Before:
    """Push the compare screen on the corpus's first two articles, wait, then press ``keys``."""

    async def run_before(pilot: Pilot[object]) -> None:
        app = pilot.app
        assert isinstance(app, DiptychApp)
        app.push_screen(CompareScreen(corpus.articles[0], corpus.articles[1], app.cache))
        await wait_until_ready(pilot)
        if keys:
            await pilot.press(*keys)
        await freeze(pilot)

    return run_before


@pytest.fixture
def seed_corpus() -> Corpus:
    return load_corpus(SEEDS)


def test_compare_000_001_at_160x48(snap_compare: SnapCompare, seed_corpus: Corpus) -> None:
    app = DiptychApp(seed_corpus)
    assert snap_compare(app, terminal_size=(160, 48), run_before=open_pair(seed_corpus))


def test_compare_000_001_at_80x24(snap_compare: SnapCompare, seed_corpus: Corpus) -> None:
    app = DiptychApp(seed_corpus)
    assert snap_compare(app, terminal_size=(80, 24), run_before=open_pair(seed_corpus))


def test_findings_filtered_to_contradictions(
    snap_compare: SnapCompare, seed_corpus: Corpus
) -> None:
    app = DiptychApp(seed_corpus)
    before = open_pair(seed_corpus, ("f", "tab", "tab"))  # filter, then focus the findings
    assert snap_compare(app, terminal_size=(160, 48), run_before=before)


def test_article_with_markup_and_control_characters_shown_literally(
    snap_compare: SnapCompare, tmp_path: Path
) -> None:
    (tmp_path / "a_markup.txt").write_text(
        "Officials met [bold red]in secret[/bold red] in London on June 5.\n"
        "The \x1b[31mred\x1b[0m report, a bell\x07 and [link=https://example.com]a link[/link].\n"
        "Treasury Secretary Besent left early.\n",
        encoding="utf-8",
    )
    (tmp_path / "b_plain.txt").write_text(
        "Officials met [bold red]in secret[/bold red] in London on June 6.\n"
        "Emoji codes such as :smile: stay text.\n"
        "Treasury Secretary Bessent left early.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    assert snap_compare(DiptychApp(corpus), terminal_size=(100, 24), run_before=open_pair(corpus))


def test_compare_under_no_color(
    snap_compare: SnapCompare, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")  # read when the App is created
    app = DiptychApp(seed_corpus)
    before = open_pair(seed_corpus, ("j", "j", "j"))
    assert snap_compare(app, terminal_size=(160, 48), run_before=before)


def tag_contradiction_sentence(corpus: Corpus) -> Before:
    """Open the pair, mark the left sentence of its first contradiction as tagged, go there."""
    opened = open_pair(corpus)

    async def run_before(pilot: Pilot[object]) -> None:
        await opened(pilot)
        screen = pilot.app.screen
        assert isinstance(screen, CompareScreen) and screen.model is not None
        finding = next(f for f in screen.model.comparison.findings if f.kind == "contradiction")
        assert finding.left.sentence is not None
        sentence = screen.model.article("left").sentences[finding.left.sentence]
        screen.panes["left"].set_tagged({sentence.id: [sentence.span]})
        row = screen.model.row_of_sentence["left"][sentence.id]
        await pilot.press(*["j"] * (row - screen.panes["left"].cursor_row))
        await freeze(pilot)

    return run_before


@pytest.mark.parametrize("no_color", [False, True], ids=["colour", "no-color"])
def test_a_tagged_contradiction_shows_both_marks(
    snap_compare: SnapCompare,
    seed_corpus: Corpus,
    monkeypatch: pytest.MonkeyPatch,
    no_color: bool,
) -> None:
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    app = DiptychApp(seed_corpus)
    before = tag_contradiction_sentence(seed_corpus)
    assert snap_compare(app, terminal_size=(100, 24), run_before=before)


def test_no_color_compare_with_a_saved_tag_on_contradicting_words(
    snap_compare: SnapCompare, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A tag saved in the sidecar on exactly the words of a contradiction, opened the way a
    reviewer does (``diptych A B``): without colour, both marks must still be told apart."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt"):
        shutil.copy(SEEDS / name, folder / name)
    left, right = load_corpus(folder).articles
    finding = next(f for f in compare(left, right).findings if f.kind == "contradiction")
    tags = CorpusTags([left, right])
    tags.store(left).add(finding.left.start, finding.left.end, ["disputed"])
    assert tags.flush() == []
    monkeypatch.setenv("NO_COLOR", "1")  # read when the App is created
    corpus = load_corpus(folder)
    app = DiptychApp(corpus, pair=(corpus.articles[0], corpus.articles[1]))

    async def opened(pilot: Pilot[object]) -> None:
        await wait_until_ready(pilot)
        await freeze(pilot)

    assert snap_compare(app, terminal_size=(160, 48), run_before=opened)
