"""Pilot flows on the compare screen (seeds 000 vs 001 unless a test writes its own pair)."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.strip import Strip
from textual.widgets import Footer, Input
from textual.widgets._footer import FooterKey

import widgets.pair_view
from tests.app.compare_app import CompareApp, seed_pair, wait_until_ready
from tui.app.diptych_app import DiptychApp
from tui.engine.compare import Comparison
from tui.engine.comparison_cache import ComparisonCache
from tui.engine.corpus import Article, Corpus, load_corpus
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.screens.compare import CompareScreen
from tui.screens.compare_commands import export_markdown
from tui.screens.help import HelpScreen
from widgets.article_pane import ArticlePane
from widgets.findings_panel import FILTERS, FindingsPanel
from widgets.status_line import StatusLine


def panel_current(screen: CompareScreen) -> int | None:
    return screen.query_one(FindingsPanel).current


async def move_cursor_to(pilot: Pilot[None], screen: CompareScreen, row: int) -> None:
    """Press j or k until the focused pane's cursor is on ``row``."""
    start = screen.panes[screen.side].cursor_row
    for _ in range(abs(row - start)):
        await pilot.press("j" if row > start else "k")
    assert screen.panes[screen.side].cursor_row == row


def visible_rows(pane: ArticlePane) -> range:
    assert pane.pair_layout is not None
    top = int(pane.scroll_y)
    return range(
        pane.pair_layout.row_at(top),
        pane.pair_layout.row_at(top + pane.scrollable_content_region.height - 1) + 1,
    )


@pytest.fixture
def lasting_flash(monkeypatch: pytest.MonkeyPatch) -> None:
    """A flash that outlasts the test: a loaded machine can take 1.5 s between two keys."""
    monkeypatch.setattr(widgets.pair_view, "FLASH_SECONDS", 600.0)


@pytest.mark.usefixtures("lasting_flash")
async def test_next_finding_scrolls_both_panes_to_it_and_flashes_it() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        findings = screen.model.comparison.findings
        assert len(findings) >= 2
        panel = screen.query_one(FindingsPanel)
        for _ in range(len(findings)):  # walk to the last finding: the one furthest down
            await pilot.press("n")
        await pilot.pause()
        index = panel.current
        assert index == len(findings) - 1
        finding = findings[index]
        left, right = screen.panes["left"], screen.panes["right"]
        row = screen.model.row_of_span("left", finding.left.span)
        assert row is not None and left.cursor_row == right.cursor_row == row
        assert row in visible_rows(left)
        assert left.scroll_y == right.scroll_y > 0
        assert finding.left.span in left.flashed
        assert finding.right.span in right.flashed
        await pilot.press("N")
        assert panel.current == index - 1


async def test_cursor_starts_on_the_first_claim_so_t_tags_at_once() -> None:
    first, second = seed_pair()
    app = CompareApp(first, second)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        assert not screen.model.rows[0].left  # the pair opens on a gap row of the left side
        row = screen.panes["left"].cursor_row
        assert screen.model.rows[row].left and not any(
            screen.model.rows[n].left for n in range(row)
        )
        assert screen.panes["right"].cursor_row == row
        await pilot.press("t")
        await pilot.pause()
        claim = app.tag_requests[-1].claim
        assert claim.article is first
        assert claim.start == first.sentences[screen.model.rows[row].left[0]].start


async def test_swap_mirrors_the_pair_and_keeps_the_focused_sentence() -> None:
    first, second = seed_pair()
    app = CompareApp(first, second)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        target = next(n for n, row in enumerate(screen.model.rows) if row.left and row.right)
        await move_cursor_to(pilot, screen, target)
        sentence = screen.model.rows[screen.panes["left"].cursor_row].left[0]
        await pilot.press("s")
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        assert screen.model.comparison.left is second and screen.model.comparison.right is first
        assert screen.side == "right" and app.focused is screen.panes["right"]
        assert sentence in screen.model.rows[screen.panes["right"].cursor_row].right
        await pilot.press("s")
        screen = await wait_until_ready(pilot)
        assert screen.model is not None and screen.model.comparison.left is first


async def test_filter_cycles_kinds_in_panel_and_panes() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        panel = screen.query_one(FindingsPanel)
        findings = screen.model.comparison.findings
        for expected in (*FILTERS[1:], FILTERS[0]):
            await pilot.press("f")
            assert panel.kind_filter == expected
            wanted = [n for n, f in enumerate(findings) if expected in ("all", f.kind)]
            assert panel.shown == wanted
            kinds = screen.panes["left"].kinds
            assert kinds == ({"contradiction", "name", "shared", "changed"} if expected == "all"
                             else {expected, "changed"})  # fmt: skip
        await pilot.press("f", "f")  # name findings only: n walks among them alone
        await pilot.press("n")
        if panel.shown:
            assert panel.current is not None and findings[panel.current].kind == "name"


async def test_the_screen_filter_is_the_one_every_part_shows() -> None:
    """One reactive on the screen: setting it reaches the list, both panes and the status."""
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(160, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        screen.kind_filter = "shared"
        await pilot.pause()
        panel = screen.query_one(FindingsPanel)
        assert panel.kind_filter == "shared" and panel.border_title is not None
        assert panel.border_title.startswith("Findings: shared")
        assert all(pane.kinds == {"shared", "changed"} for pane in screen.panes.values())
        assert "filter: shared" in str(screen.query_one(StatusLine).render())
        await pilot.press("f")  # the key cycles on from the screen's value
        assert screen.kind_filter == panel.kind_filter == "all"
        assert "filter:" not in str(screen.query_one(StatusLine).render())


async def test_findings_scored_below_the_default_are_not_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The screen shows what ``compare`` prints by default: a finding scored below
    ``DEFAULT_MIN_SCORE`` is in neither the list, the panes nor the status counts."""
    app = CompareApp(*seed_pair())
    whole = app.cache.get(*app.pair)
    doubtful = replace(
        next(f for f in whole.findings if f.kind == "contradiction"),
        score=DEFAULT_MIN_SCORE - 0.01,
    )
    padded = Comparison(whole.left, whole.right, whole.alignments, (*whole.findings, doubtful))
    monkeypatch.setattr(app.cache, "get", lambda left, right: padded)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        assert screen.model.comparison.findings == whole.findings
        assert screen.query_one(FindingsPanel).findings == whole.findings
        status = str(screen.query_one(StatusLine).render())
        assert f"!{whole.count('contradiction')} contradiction" in status


async def test_escape_and_q_go_back() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_until_ready(pilot)
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)
        app.push_screen(CompareScreen(*app.pair, app.cache))
        await wait_until_ready(pilot)
        await pilot.press("q")
        assert not isinstance(app.screen, CompareScreen)


async def test_search_marks_matches_in_both_texts_and_steps_through_them() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        await pilot.press("home")  # the first match is the first one at or after the cursor
        await pilot.press("slash", *"london")
        texts = [screen.model.article(side).text for side in ("left", "right")]
        total = sum(len(re.findall("london", text, re.IGNORECASE)) for text in texts)
        assert total >= 2
        status = screen.query_one(StatusLine)
        assert status.search_state == f"/london -/{total}"
        await pilot.press("enter")
        assert status.search_state == f"/london 1/{total}"
        seen = set()
        for _ in range(total):
            await pilot.press("down")
            left = screen.panes["left"]
            row = screen.model.rows[left.cursor_row]
            sentences = [
                screen.model.article(side).sentences[i].text
                for side, ids in (("left", row.left), ("right", row.right))
                for i in ids
            ]
            assert any("london" in s.lower() for s in sentences)
            seen.add(status.search_state)
        assert len(seen) == total  # every match visited once before wrapping
        assert any(left.matches.values()) or any(screen.panes["right"].matches.values())


async def test_first_escape_clears_the_search_in_place_the_second_leaves() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        status = screen.query_one(StatusLine)
        panes = screen.panes.values()
        for leave_bar_first in (False, True):
            await pilot.press("slash", *"london", "enter")
            assert re.fullmatch(r"/london \d+/\d+", status.search_state)
            if leave_bar_first:  # the bar stays open while the user reads in a pane
                await pilot.press("shift+tab")
                assert isinstance(app.focused, ArticlePane)
            await pilot.press("escape")
            assert app.screen is screen and isinstance(app.focused, ArticlePane)
            assert status.search_state == ""
            assert not any(pane.matches for pane in panes)
            assert screen.query_one("#search", Input).value == ""
            assert not screen.query_one("#search").has_class("-active")
        await pilot.press("escape")
        assert not isinstance(app.screen, CompareScreen)


async def test_copy_sentence_or_finding_quotes_and_tag_hook() -> None:
    first, second = seed_pair()
    app = CompareApp(first, second)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        target = next(n for n, row in enumerate(screen.model.rows) if row.left)
        await move_cursor_to(pilot, screen, target)
        row = screen.model.rows[target]
        await pilot.press("y")
        assert app.clipboard == " ".join(first.sentences[i].text for i in row.left)
        await pilot.press("t")
        await pilot.pause()
        claim = app.tag_requests[-1].claim
        assert claim.article is first and claim.related_article is second
        assert claim.start == first.sentences[row.left[0]].start
        assert claim.end == first.sentences[row.left[-1]].end

        await pilot.press("tab", "tab")
        assert isinstance(app.focused, FindingsPanel)
        assert panel_current(screen) == 0  # focusing the list highlights its first finding
        await pilot.press("y")
        finding = screen.model.comparison.findings[0]
        assert app.clipboard == (
            f"{first.name}: {finding.left.quote}\n{second.name}: {finding.right.quote}"
        )
        await pilot.press("t")
        await pilot.pause()
        claim = app.tag_requests[-1].claim  # tab went through the right pane: its side
        assert claim.article is second and screen.side == "right"
        assert (claim.start, claim.end) == (finding.right.start, finding.right.end)
        assert claim.related_quote == finding.left.quote


async def test_article_text_is_shown_literally(tmp_path: Path) -> None:
    left = tmp_path / "a.txt"
    left.write_text(
        "Officials met [bold red]in secret[/bold red] on Monday.\n"
        "The \x1b[31mred\x1b[0m report rang a bell\x07 twice.\n",
        encoding="utf-8",
    )
    right = tmp_path / "b.txt"
    right.write_text("Officials met [link=x]in public[/link] on Tuesday.\n", encoding="utf-8")
    corpus = load_corpus([left, right])
    app = CompareApp(*corpus.articles)
    async with app.run_test(size=(120, 20)) as pilot:
        screen = await wait_until_ready(pilot)
        pane = screen.panes["left"]
        shown = "\n".join(pane.render_line(y).text for y in range(8))
        assert "[bold red]in secret[/bold red]" in shown
        assert "\u241b[31mred\u241b[0m" in shown and "\u2407" in shown
        assert "\x1b" not in shown and "\x07" not in shown
        right_pane = screen.panes["right"]
        shown_right = "\n".join(right_pane.render_line(y).text for y in range(8))
        assert "[link=x]in public[/link]" in shown_right


async def test_narrow_terminal_stacks_the_panes_with_rows_still_shared() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(60, 40)) as pilot:
        screen = await wait_until_ready(pilot)
        left, right = screen.panes["left"], screen.panes["right"]
        assert screen.has_class("-narrow")
        assert left.region.bottom <= right.region.y
        assert left.pair_layout is right.pair_layout
        await pilot.press("pagedown")
        assert left.scroll_y == right.scroll_y > 0
        right.scroll_to(y=right.scroll_y + 7, animate=False)  # a mouse wheel on one pane
        await pilot.pause()
        assert left.scroll_y == right.scroll_y


async def test_palette_offers_swap_and_exports_markdown_outside_the_corpus(
    tmp_path: Path,
) -> None:
    first, second = seed_pair()
    app = CompareApp(first, second)
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        await pilot.press("ctrl+p", *"swap the left", "enter")
        screen = await wait_until_ready(pilot)
        assert screen.model is not None and screen.model.comparison.left is second

        export_markdown(screen, screen.model, tmp_path)
        written = tmp_path / f"{second.path.stem}-vs-{first.path.stem}.md"
        assert written.read_text(encoding="utf-8").startswith("# ")
        export_markdown(screen, screen.model, first.path.parent)  # the corpus: clipboard only
        assert not (first.path.parent / written.name).exists()
        assert app.clipboard == written.read_text(encoding="utf-8")


async def test_only_visible_lines_are_rendered(tmp_path: Path) -> None:
    """A long pair: the panes ask for their visible lines, never the whole article."""
    topics = ["tariffs", "rare earths", "chips", "markets", "shipping", "soybeans", "energy"]
    left = " ".join(
        f"Report {n} says talks on {topics[n % 7]} moved in round {n}." for n in range(250)
    )
    right = " ".join(
        f"Report {n} says the talks on {topics[n % 7]} advanced in round {n}." for n in range(250)
    )
    (tmp_path / "left.txt").write_text(left, encoding="utf-8")
    (tmp_path / "right.txt").write_text(right, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    calls: list[tuple[str | None, int]] = []
    original = ArticlePane.render_line

    def counted(pane: ArticlePane, y: int) -> Strip:
        calls.append((pane.id, y))
        return original(pane, y)

    app = CompareApp(*corpus.articles)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        pane = screen.panes["left"]
        visible = pane.scrollable_content_region.height
        assert pane.pair_layout is not None and pane.pair_layout.height > 10 * visible
        ArticlePane.render_line = counted  # type: ignore[method-assign]
        try:
            await pilot.press("pagedown")
            await pilot.pause()
        finally:
            ArticlePane.render_line = original  # type: ignore[method-assign]
        assert all(0 <= y < visible for _, y in calls)  # viewport lines only
        for side in ("left-pane", "right-pane"):  # a repaint or two of the view, not the article
            assert visible <= sum(pane == side for pane, _ in calls) <= 3 * visible


@pytest.mark.usefixtures("lasting_flash")
async def test_enter_on_a_listed_finding_shows_it_in_both_panes() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        await pilot.press("tab", "tab", "end", "up", "enter")
        panel = screen.query_one(FindingsPanel)
        index = panel.current
        assert index == panel.shown[-2]
        finding = screen.model.comparison.findings[index]
        right = finding.right.span
        row = screen.model.row_of_span("right", right)  # tab passed the right pane last
        assert row is not None and screen.panes["right"].cursor_row == row
        assert row in visible_rows(screen.panes["right"])
        assert right in screen.panes["right"].flashed


class FailingCache(ComparisonCache):
    def get(self, left: Article, right: Article) -> Comparison:
        raise RuntimeError("disk on fire")


async def test_a_failed_comparison_is_reported_and_the_screen_stays_usable() -> None:
    app = CompareApp(*seed_pair())
    app.cache = FailingCache()
    async with app.run_test(size=(100, 30)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            status = app.screen.query(StatusLine)
            if status and "failed" in status.first().search_state:
                break
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.model is None
        assert "disk on fire" in screen.query_one(StatusLine).search_state
        assert not screen.query_one("#panes").loading
        await pilot.press("n", "s", "y", "escape")
        assert not isinstance(app.screen, CompareScreen)


async def test_tab_cycles_left_right_findings_as_the_readme_says() -> None:
    readme = " ".join((Path(__file__).parents[2] / "README.md").read_text("utf-8").split())
    assert (
        "`tab` moves the focus from the left article to the right article to the findings "
        "list and round again (`shift+tab` backwards)" in readme
    )
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        left, right = screen.panes["left"], screen.panes["right"]
        panel = screen.query_one(FindingsPanel)
        assert app.focused is left
        for expected in (right, panel, left):
            await pilot.press("tab")
            assert app.focused is expected
        for expected in (panel, right, left):
            await pilot.press("shift+tab")
            assert app.focused is expected


async def test_help_names_the_screen_and_the_focused_part_in_words() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await wait_until_ready(pilot)
        for focused in ("left article", "right article", "findings list"):
            app.push_screen(HelpScreen(screen))
            await pilot.pause()
            help_screen = app.screen
            assert isinstance(help_screen, HelpScreen)
            body = help_screen.query_one("#help-body")
            assert str(body.border_title) == "Keys · Compare"
            places = {entry.where for entry in help_screen.entries}
            assert f"Focused: {focused}" in places
            assert not any("Screen" in place or "Pane" in place for place in places)
            await pilot.press("escape", "tab")


async def test_the_highlighted_finding_row_carries_a_cursor_glyph_not_only_bold() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        panel = screen.query_one(FindingsPanel)
        assert len(panel.shown) >= 2
        await pilot.press("tab", "tab")  # focus the findings: the first one is highlighted
        assert app.focused is panel and panel.highlighted == 0
        first_cells = [panel.render_line(y).text[:2] for y in range(2)]
        assert first_cells[0][0] == "\u258c" and first_cells[1][0] == " "
        await pilot.press("down")
        assert panel.render_line(0).text[0] == " " and panel.render_line(1).text[0] == "\u258c"
        await pilot.press("tab")  # away from the list: the highlighted row keeps a thin mark
        assert app.focused is not panel
        assert panel.render_line(1).text[0] == "\u258f"


async def test_a_tag_on_contradicting_words_keeps_both_marks_visible() -> None:
    app = CompareApp(*seed_pair())
    async with app.run_test(size=(120, 36)) as pilot:
        screen = await wait_until_ready(pilot)
        assert screen.model is not None
        finding = next(f for f in screen.model.comparison.findings if f.kind == "contradiction")
        assert finding.left.sentence is not None
        sentence = screen.model.article("left").sentences[finding.left.sentence]
        pane = screen.panes["left"]
        pane.set_tagged({sentence.id: [sentence.span]})
        assert pane.pair_layout is not None
        top, height = pane.pair_layout.row_span(screen.model.row_of_sentence["left"][sentence.id])
        pane.scroll_to(y=top, animate=False)
        await pilot.pause()
        segments = [seg for y in range(height) for seg in pane.render_line(y) if seg.style]
        word = finding.left.quote.split()[-1]
        marked = [seg.style for seg in segments if word in seg.text]
        tint = next(seg.style.bgcolor for seg in segments if seg.text == "#")  # the tag cell
        assert marked and tint is not None
        assert any(seg.style.bgcolor == tint for seg in segments if seg.text.strip("# "))
        for style in marked:
            assert style.reverse and style.bold  # the contradiction's own look
            assert style.underline  # the tag's mark on those words
            assert style.bgcolor != tint  # no tint turned into the letters' colour


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_footer_shows_every_key_whole(size: tuple[int, int], seed_corpus: Corpus) -> None:
    app = DiptychApp(seed_corpus)
    async with app.run_test(size=size) as pilot:
        first, second = seed_corpus.articles[:2]
        app.push_screen(CompareScreen(first, second, app.cache))
        screen = await wait_until_ready(pilot)
        footer = screen.query_one(Footer)
        keys = sorted(footer.query(FooterKey), key=lambda key: key.region.x)
        shown = {key.key for key in keys}
        assert {"n", "s", "slash", "t", "y", "escape", "question_mark"} <= shown
        for key, after in zip(keys, keys[1:], strict=False):
            assert footer.region.contains_region(key.region), key.key
            assert key.region.right <= after.region.x, (key.key, after.key)  # none hides one
