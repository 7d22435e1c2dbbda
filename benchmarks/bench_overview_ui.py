"""The app's overview screen at scale: UI time per scored pair, engine work excluded.

Run from the project root:  .venv/bin/python benchmarks/bench_overview_ui.py
    [--articles 150] [--matrix-max N]

BASIL's first ``--articles`` articles (whole events) are written to a temporary folder
(never into the repository) and their candidate pairs compared once, up front. The app
then gets a stand-in cache that answers those numbers at once, so the figures measure
the screen alone: from pressing ``o`` on the corpus screen until the overview says every
pair is scored (building the screen, receiving each pair's numbers, progress, the
description of the cursor, and the groups and ranked pairs where shown). Apart from that
total, the handlers of the scores' messages are timed on the UI thread (``PairScored``,
one message a pair, on older trees; ``PairsScored``, one a batch): the cost of updating
the screen as pairs are scored, per pair. ``--matrix-max``
sets the largest corpus shown as a matrix (on trees that have that setting), to time the
matrix at this size too.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
import time
from argparse import ArgumentParser
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_overview import write_basil  # noqa: E402

from tui.app.diptych_app import DiptychApp  # noqa: E402
from tui.engine.comparison_cache import pair_key  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.engine.overview import PairNumbers, overview  # noqa: E402


class ScoredCache:
    """Answers the overview's numbers from a finished overview, at once."""

    def __init__(self, articles: list[Article], numbers: dict[tuple[int, int], PairNumbers]):
        self._numbers = {
            pair_key(articles[i], articles[j]): (articles[i].sha256, n)
            for (i, j), n in numbers.items()
        }

    def numbers(self, left: Article, right: Article) -> PairNumbers:
        first, found = self._numbers.get(
            pair_key(left, right), (left.sha256, PairNumbers(0.0, 0.0, 0, 0, 0))
        )
        return found if first == left.sha256 else found.swapped()


class HandlerClock:
    """Times the overview's handlers of scores messages (one a pair or one a batch)."""

    MESSAGES = ("PairScored", "PairsScored")

    def __init__(self) -> None:
        self.seconds = 0.0

    def install(self) -> None:
        from tui.screens.overview import OverviewScreen

        for message_type, handlers in OverviewScreen._decorated_handlers.items():
            if message_type.__name__ in self.MESSAGES:
                handlers[:] = [(self._timed(method), selector) for method, selector in handlers]

    def _timed(self, method: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started

        return timed


async def time_overview(app: DiptychApp) -> float:
    async with app.run_test(size=(160, 48)) as pilot:
        await pilot.pause()
        started = time.perf_counter()
        await pilot.press("o")
        while True:
            await app.workers.wait_for_complete()
            await pilot.pause()
            intro = str(app.screen.query_one("#overview-intro").render())
            if "scored" in intro:
                return time.perf_counter() - started


def main() -> int:
    parser = ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--matrix-max", type=int, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        write_basil(Path(folder), args.articles)
        corpus = load_corpus(Path(folder))
        articles = sorted(corpus.articles, key=lambda a: a.name)
        scored = overview(articles)
        numbers = {(p.left, p.right): p.numbers for p in scored.pairs}
        if args.matrix_max is not None:
            import tui.screens.overview as screen

            screen.MATRIX_MAX = args.matrix_max  # type: ignore[attr-defined]
        clock = HandlerClock()
        clock.install()
        app = DiptychApp(corpus)
        app.cache = ScoredCache(articles, numbers)  # type: ignore[assignment]
        seconds = asyncio.run(time_overview(app))
    print(
        f"{len(articles)} articles, {len(numbers):,} pairs scored: overview in {seconds:.2f} s, "
        f"{seconds / max(1, len(numbers)) * 1000:.2f} ms a pair (UI only); "
        f"score updates {clock.seconds:.2f} s, {clock.seconds / max(1, len(numbers)) * 1000:.3f} "
        "ms a pair"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
