"""A minimal app that opens the compare screen on two articles (seeds 000 and 001 by default).

Used by the compare tests, snapshots and benchmark, so they do not depend on the full app;
run it by hand with ``.venv/bin/python tests/app/compare_app.py [LEFT RIGHT]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tui.engine.comparison_cache import ComparisonCache  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.screens.compare import CompareScreen  # noqa: E402

SEEDS = ROOT / "seeds"


def seed_pair(first: str = "000", second: str = "001") -> tuple[Article, Article]:
    corpus = load_corpus(SEEDS)
    by_prefix = {article.name[:3]: article for article in corpus.articles}
    return by_prefix[first], by_prefix[second]


class CompareApp(App[None]):
    """Pushes one CompareScreen (opened at offset ``at`` of the left article if given);
    ``tag_requests`` records the screen's tag requests."""

    def __init__(self, left: Article, right: Article, at: int | None = None) -> None:
        super().__init__()
        self.pair = (left, right)
        self.at = at
        self.cache = ComparisonCache()
        self.tag_requests: list[CompareScreen.TagClaim] = []

    def on_mount(self) -> None:
        self.push_screen(CompareScreen(*self.pair, self.cache, at=self.at))

    def on_compare_screen_tag_claim(self, message: CompareScreen.TagClaim) -> None:
        self.tag_requests.append(message)


async def wait_until_ready(pilot: Pilot[object]) -> CompareScreen:
    """Wait for the comparison worker and the first paint of the compare screen."""
    for _ in range(500):
        await pilot.pause(0.02)
        screen = pilot.app.screen
        if isinstance(screen, CompareScreen) and screen.ready:
            await pilot.pause()
            return screen
    raise AssertionError("the compare screen never became ready")


def main(argv: list[str]) -> None:
    if len(argv) == 2:
        corpus = load_corpus([Path(p) for p in argv])
        pair = (corpus.articles[0], corpus.articles[1])
    else:
        pair = seed_pair()
    CompareApp(*pair).run()


if __name__ == "__main__":
    main(sys.argv[1:])
