"""Every screen on the hostile corpus: the rendered screen holds no control character,
and markup in article, file name, tag and config text shows literally."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from rich.console import Console
from textual.app import App

from tests.app.conftest import saves_done
from tests.app.screen_app import ScreenApp
from tests.hostile import (
    CONFIG_LABEL,
    MARKUP,
    NOTE,
    SIDECAR_LABELS,
    HostileCorpus,
    assert_safe,
)
from tui.app.diptych_app import DiptychApp
from tui.engine.corpus import Corpus, load_corpus
from tui.screens.compare import CompareScreen
from tui.screens.help import HelpScreen
from tui.screens.overview import OverviewScreen
from tui.screens.tag_editor import TagEditor
from tui.screens.tags_screen import TagsScreen
from tui.tags.corpus_tags import CorpusTags

MakeApp = Callable[[Corpus], DiptychApp]


def safe_screen(app: App[Any]) -> str:
    """The text of every cell on screen, as the terminal would receive it (styles aside),
    checked by ``assert_safe``."""
    console = Console(
        width=app.size.width, height=app.size.height, file=io.StringIO(), record=True,
        force_terminal=True, color_system="truecolor", legacy_windows=False,
    )  # fmt: skip
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(update)
    screen = console.export_text(styles=False)
    assert_safe(screen)
    return screen


async def test_corpus_overview_and_help(hostile: HostileCorpus, make_app: MakeApp) -> None:
    app = make_app(load_corpus(hostile.folder))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        screen = safe_screen(app)
        assert MARKUP in screen and "[b]left[-b].txt" in screen
        assert "binary\u241b[2J.txt" in screen  # the skipped file
        await pilot.press("o")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, OverviewScreen)
        screen = safe_screen(app)
        assert MARKUP in screen
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        safe_screen(app)


async def test_tags_screen(hostile: HostileCorpus, make_app: MakeApp) -> None:
    app = make_app(load_corpus(hostile.folder))
    async with app.run_test(size=(200, 48)) as pilot:
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, TagsScreen)
        screen = safe_screen(app)
        assert SIDECAR_LABELS[0] in screen and "esc\u241b[2J" in screen
        assert "\u241b[31mrare earth\u241b[0m" in screen  # the claim column


async def test_compare_and_tag_editor(hostile: HostileCorpus, make_app: MakeApp) -> None:
    app = make_app(load_corpus(hostile.folder))
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.press("space", "down", "space", "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        screen = safe_screen(app)
        assert MARKUP in screen
        await pilot.press("n", "t")
        await pilot.pause()
        assert isinstance(app.screen, TagEditor)
        screen = safe_screen(app)
        assert CONFIG_LABEL in screen  # the label vocabulary of diptych.yaml, literally
        await pilot.press("1", "ctrl+s")
        await saves_done(pilot)
        assert isinstance(app.screen, CompareScreen)
        safe_screen(app)  # with the "Tag saved" notice naming the article


async def test_tag_editor_on_a_hostile_tag(hostile: HostileCorpus) -> None:
    [placed] = CorpusTags(load_corpus(hostile.folder).articles).all_tags()
    editor = TagEditor(
        placed.current,
        article=placed.article,
        labels=(CONFIG_LABEL, *SIDECAR_LABELS),
        related=placed.tag.related,
        initial=placed.tag,
    )
    app = ScreenApp(editor)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        screen = safe_screen(app)
        assert CONFIG_LABEL in screen and SIDECAR_LABELS[0] in screen
        assert "note \u241b]0;PWNED\u2407 [bold red]x[/]" in screen
        await pilot.press("ctrl+s")
    [result] = app.results
    assert result is not None and result.note == NOTE  # shown safely, saved as it was
