"""Pilot tests of the claims screen: open with ``c``, sort, filter, open a cell, tag a claim.

``build_claims`` is replaced by a fixed matrix (``tests/claims_double.py``): these
tests check the screen, not the clustering.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import ProgressBar, Static
from textual.widgets._footer import FooterKey

import tui.screens.claims as claims_screen
from tests.app.compare_app import wait_until_ready
from tests.app.conftest import Note, saves_done
from tests.claims_double import (
    DISPUTED,
    EVERYWHERE,
    PAIR,
    SINGLE,
    builder,
    fixed_matrix,
    synthetic_matrix,
)
from tests.text_files import write_texts
from tui.app.diptych_app import DiptychApp
from tui.engine.claims.model import ClaimMatrix
from tui.engine.corpus import Article, Corpus, load_corpus
from tui.screens.claims import ClaimsScreen
from tui.screens.help import HelpScreen
from tui.screens.tag_editor import TagEditor
from tui.tags.labels import DEFAULT_LABELS
from tui.tags.store import TagStore
from widgets.claim_grid import STANCE_GLYPHS, ClaimGrid
from widgets.highlight_styles import TAG_GLYPH

MakeApp = Callable[[Corpus], DiptychApp]
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def use_matrix(
    monkeypatch: pytest.MonkeyPatch, make: Callable[[Sequence[Article]], ClaimMatrix]
) -> None:
    monkeypatch.setattr(claims_screen, "build_claims", builder(make))


@pytest.fixture
def fixed(monkeypatch: pytest.MonkeyPatch) -> None:
    use_matrix(monkeypatch, fixed_matrix)


@pytest.fixture
def seed_copy(tmp_path: Path, seed_corpus: Corpus) -> Corpus:
    """The seeds in a folder of their own: tags are written beside the articles."""
    texts = {article.name: article.text for article in seed_corpus.articles}
    return load_corpus(write_texts(tmp_path / "seeds", texts))


async def open_claims(pilot: Pilot[int]) -> ClaimsScreen:
    if not isinstance(pilot.app.screen, ClaimsScreen):
        await pilot.press("c")
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ClaimsScreen)
    return screen


def shown_ids(screen: ClaimsScreen) -> list[int]:
    assert screen.rows is not None
    return [screen.rows.claim(row).id for row in range(len(screen.rows.rows))]


def text_of(screen: ClaimsScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


def focused_claim(screen: ClaimsScreen) -> int:
    assert screen.rows is not None
    return screen.rows.claim(screen.query_one(ClaimGrid).cursor[0]).id


@pytest.mark.usefixtures("fixed")
async def test_c_opens_the_claims_of_the_corpus_disputed_first_singles_hidden(
    make_app: MakeApp, seed_corpus: Corpus
) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        assert screen.articles == tuple(sorted(seed_corpus.articles, key=lambda a: a.name))
        assert not screen.query_one(ProgressBar).display
        assert shown_ids(screen) == [DISPUTED, EVERYWHERE, PAIR]
        intro = text_of(screen, "#claims-intro")
        assert "3 claims held by 2+ of 5 articles (1 held by one hidden" in intro
        assert "sorted by disagreement" in intro and "1 chain refused" in intro
        status = text_of(screen, "#claims-status")
        assert "Claim 0" in status and "contradicts" in status
        assert "12 dead against 40 dead" in status
        await pilot.press("escape")
        assert not isinstance(app.screen, ClaimsScreen)
        await pilot.press("c")  # the corpus's screen is kept: no second build
        assert isinstance(app.screen, ClaimsScreen) and app.screen.rows is screen.rows


async def test_the_footer_offers_the_claim_keys_once_the_matrix_is_built(
    make_app: MakeApp, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = threading.Event()

    def held(articles: Sequence[Article]) -> ClaimMatrix:
        built.wait(timeout=30)  # until the footer was checked while the worker runs
        return fixed_matrix(articles)

    use_matrix(monkeypatch, held)
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert {key.key for key in app.screen.query(FooterKey)} & {"s", "f", "t"} == set()
        built.set()
        screen = await open_claims(pilot)
        assert {"s", "f", "t", "enter"} <= {key.key for key in screen.query(FooterKey)}


@pytest.mark.usefixtures("fixed")
async def test_s_cycles_the_order_and_keeps_the_cursor_on_its_claim(
    make_app: MakeApp, seed_corpus: Corpus
) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        await pilot.press("down", "down")
        assert focused_claim(screen) == PAIR
        await pilot.press("s")
        assert shown_ids(screen) == [EVERYWHERE, DISPUTED, PAIR]
        assert "sorted by coverage" in text_of(screen, "#claims-intro")
        assert focused_claim(screen) == PAIR
        await pilot.press("k")
        assert focused_claim(screen) == DISPUTED
        await pilot.press("s")
        assert shown_ids(screen) == [DISPUTED, EVERYWHERE, PAIR]


@pytest.mark.usefixtures("fixed")
async def test_f_shows_and_hides_single_article_claims(
    make_app: MakeApp, seed_corpus: Corpus
) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        await pilot.press("f")
        assert shown_ids(screen) == [DISPUTED, EVERYWHERE, PAIR, SINGLE]
        assert "single-article ones included" in text_of(screen, "#claims-intro")
        await pilot.press("end")
        assert focused_claim(screen) == SINGLE
        await pilot.press("f")
        assert shown_ids(screen) == [DISPUTED, EVERYWHERE, PAIR]
        assert focused_claim(screen) == DISPUTED  # its claim is hidden: back to the top


@pytest.mark.usefixtures("fixed")
async def test_enter_opens_the_cells_pair_with_the_cursor_on_the_claim(
    make_app: MakeApp, seed_corpus: Corpus
) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        articles = screen.articles
        await pilot.press("enter")  # claim 0, article 0: contradicts article 1 in sentence 1
        compare = await wait_until_ready(pilot)
        assert compare.model is not None
        assert (compare.model.article("left"), compare.model.article("right")) == articles[:2]
        row = compare.model.rows[compare.panes["left"].cursor_row]
        assert 1 in row.left
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("right", "right", "right", "enter")  # article 3 omits claim 0
        compare = await wait_until_ready(pilot)
        assert compare.model is not None
        summary = fixed_matrix(articles).claims[DISPUTED].summary
        assert compare.model.article("left") == articles[summary.article]
        assert compare.model.article("right") == articles[3]
        assert summary.sentences[0] in compare.model.rows[compare.panes["left"].cursor_row].left


@pytest.mark.usefixtures("fixed")
async def test_enter_on_a_claim_only_its_article_holds_explains_why_nothing_opens(
    make_app: MakeApp, seed_corpus: Corpus, notes: list[Note]
) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_claims(pilot)
        await pilot.press("f", "end", "right", "right", "right", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ClaimsScreen)
    assert [note.title for note in notes] == ["Nothing to compare"]


@pytest.mark.usefixtures("fixed")
async def test_t_tags_every_member_each_linked_to_its_partner_and_one_u_undoes_them_all(
    make_app: MakeApp, seed_copy: Corpus, notes: list[Note]
) -> None:
    app = make_app(seed_copy)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        articles = screen.articles
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)
        grid = screen.query_one(ClaimGrid)
        assert grid.render_line(1).text[1] == " "
        await pilot.press("2", "ctrl+s")
        await saves_done(pilot)
        assert app.screen is screen
        assert grid.render_line(1).text[1] == TAG_GLYPH  # the disputed claim, now tagged
        assert grid.render_line(2).text[1] == " "
        assert f"{TAG_GLYPH} tagged" in text_of(screen, "#claims-status")
        claim = fixed_matrix(articles).claims[DISPUTED]
        for member in claim.members:
            tags = TagStore.open(articles[member.article]).tags()
            assert [(t.anchor.start, t.anchor.end) for t in tags] == [(member.start, member.end)]
            assert tags[0].tag.labels == (DEFAULT_LABELS[1],)
            assert tags[0].tag.related is not None
        untouched = [a for n, a in enumerate(articles) if claim.member(n) is None]
        assert all(TagStore.open(article).tags() == [] for article in untouched)
        assert any(n.title == "Claim tagged" and n.message.startswith("3 of 3") for n in notes)
        await pilot.press("u")
        await saves_done(pilot)
        assert grid.render_line(1).text[1] == " "
    assert all(TagStore.open(article).tags() == [] for article in articles)
    assert [n.title for n in notes if n.title == "Undo"] == ["Undo"]


async def test_two_marked_articles_get_their_own_claims(
    make_app: MakeApp, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_matrix(monkeypatch, lambda articles: synthetic_matrix(articles, 12))
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("space", "down", "down", "space")
        screen = await open_claims(pilot)
        names = sorted(article.name for article in seed_corpus.articles)
        assert [a.name for a in screen.articles] == [names[0], names[2]]
        assert screen.query_one(ClaimGrid).labels == ("000", "002")
        assert "marked" in screen.sub_title


async def test_a_failing_build_is_reported_and_the_screen_stays(
    make_app: MakeApp, seed_corpus: Corpus, notes: list[Note], monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(articles: Sequence[Article]) -> ClaimMatrix:
        raise RuntimeError("no claims today")

    use_matrix(monkeypatch, fail)
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        await pilot.press("s", "enter", "t")  # nothing to act on: refused quietly
        await pilot.pause()
        assert app.screen is screen and screen.rows is None
    assert [(n.title, n.severity) for n in notes] == [("Error", "error")]
    assert "no claims today" in notes[0].message


@pytest.mark.usefixtures("fixed")
async def test_help_lists_the_claims_keys_by_binding_id(
    make_app: MakeApp, seed_corpus: Corpus
) -> None:
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_claims(pilot)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        ids = {entry.binding_id for entry in app.screen.entries}
        assert {"claims-open", "claims-sort", "claims-singles", "claims-tag"} <= ids
        assert {"claims-down", "claims-right", "claims-back"} <= ids


@pytest.mark.usefixtures("fixed")
async def test_without_colour_each_stance_and_the_cursor_keep_their_own_glyph(
    monkeypatch: pytest.MonkeyPatch, make_app: MakeApp, seed_corpus: Corpus
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    app = make_app(seed_corpus)
    async with app.run_test(size=(160, 48)) as pilot:
        screen = await open_claims(pilot)
        grid = screen.query_one(ClaimGrid)
        assert app.no_color
        first = grid.render_line(1).text  # the disputed claim, cursor on article 0
        cells = first.split("\u2502")[1].split()
        assert cells == [
            f"[{STANCE_GLYPHS[claims_screen.Stance.CONTRADICTS]}]",
            *(STANCE_GLYPHS[claims_screen.Stance(s)] for s in ("contradicts", "states")),
            *(STANCE_GLYPHS[claims_screen.Stance.OMITS],) * 2,
        ]
        assert len(set(STANCE_GLYPHS.values())) == 3


async def test_thousands_of_claims_render_only_the_visible_lines(
    make_app: MakeApp, seed_corpus: Corpus, monkeypatch: pytest.MonkeyPatch
) -> None:
    use_matrix(monkeypatch, lambda articles: synthetic_matrix(articles, 3000))
    calls: list[int] = []
    original = ClaimGrid.render_line

    def counted(grid: ClaimGrid, y: int):  # type: ignore[no-untyped-def]
        calls.append(y)
        return original(grid, y)

    monkeypatch.setattr(ClaimGrid, "render_line", counted)
    app = make_app(seed_corpus)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await open_claims(pilot)
        grid = screen.query_one(ClaimGrid)
        calls.clear()
        await pilot.press("end")
        await pilot.pause()
        assert screen.rows is not None
        assert grid.cursor[0] == len(screen.rows.rows) - 1 > 1000
        assert 0 < len(calls) <= 3 * grid.size.height
        assert max(calls) < grid.size.height
