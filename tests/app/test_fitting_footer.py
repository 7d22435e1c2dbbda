"""The footer is rebuilt when the keys it shows change, and only then."""

from __future__ import annotations

import pytest
from textual.app import ComposeResult
from textual.binding import Binding
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from tests.app.compare_app import CompareApp, seed_pair, wait_until_ready
from tests.app.screen_app import ScreenApp
from widgets.fitting_footer import FittingFooter


class TwoKeyScreen(Screen[None]):
    BINDINGS = [Binding("a", "first", "First"), Binding("b", "second", "Second")]

    second_enabled = True

    def compose(self) -> ComposeResult:
        yield FittingFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return None if action == "second" and not self.second_enabled else True


async def keys_shown(
    pilot: Pilot[None], screen: Screen[None], expected: list[tuple[str, bool]]
) -> None:
    """Wait (a bounded while: a loaded machine lays the footer out late) until the
    footer shows ``expected``."""
    for _ in range(100):
        if shown_keys(screen) == expected:
            return
        await pilot.pause(0.02)
    assert shown_keys(screen) == expected


def shown_keys(screen: Screen[None]) -> list[tuple[str, bool]]:
    """(key, greyed out) of the screen's own keys as the footer shows them."""
    footer = screen.query_one(FittingFooter)
    return [
        (key.key, key.has_class("-disabled")) for key in footer.query(FooterKey) if key.key in "ab"
    ]


async def test_the_same_keys_shown_again_are_not_rebuilt(monkeypatch: pytest.MonkeyPatch) -> None:
    screen = TwoKeyScreen()
    app = ScreenApp(screen)
    rebuilt = 0
    original = Footer.recompose

    async def counted(footer: Footer) -> None:
        nonlocal rebuilt
        rebuilt += 1
        await original(footer)

    monkeypatch.setattr(Footer, "recompose", counted)
    async with app.run_test(size=(120, 10)) as pilot:
        await keys_shown(pilot, screen, [("a", False), ("b", False)])
        before = rebuilt
        for _ in range(3):
            screen.refresh_bindings()  # nothing the footer shows has changed
            await pilot.pause()
        assert rebuilt == before

        screen.second_enabled = False
        screen.refresh_bindings()
        await keys_shown(pilot, screen, [("a", False), ("b", True)])
        assert rebuilt == before + 1


async def test_the_palette_hint_goes_as_soon_as_the_terminal_narrows() -> None:
    screen = TwoKeyScreen()
    async with ScreenApp(screen).run_test(size=(120, 10)) as pilot:
        await pilot.pause()
        footer = screen.query_one(FittingFooter)
        assert footer.query(".-command-palette")
        await pilot.resize_terminal(80, 10)
        await pilot.pause()
        await pilot.pause()
        assert not footer.query(".-command-palette")
        assert shown_keys(screen) == [("a", False), ("b", False)]


@pytest.mark.parametrize("size", [(80, 24), (160, 48)])
async def test_the_compare_screens_footer_is_built_once_narrow_or_wide(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """It fits the terminal before its keys are first shown, not by rebuilds after."""
    built = 0
    original = Footer.recompose

    async def counted(footer: Footer) -> None:
        nonlocal built
        built += 1
        await original(footer)

    monkeypatch.setattr(Footer, "recompose", counted)
    app = CompareApp(*seed_pair())
    async with app.run_test(size=size) as pilot:
        screen = await wait_until_ready(pilot)
        await pilot.pause()
        footer = screen.query_one(FittingFooter)
        assert footer.query(FooterKey)
        assert bool(footer.query(".-command-palette")) == (size[0] >= 90)
        assert built == 1
