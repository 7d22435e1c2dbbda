"""Claims screen speed on a large matrix: time to first paint and per-key time.

Run from the project root:
    .venv/bin/python benchmarks/bench_claims_ui.py [--articles 300] [--claims 5000]

The articles are written from the seeds' sentences into a temporary folder; the
claim matrix is synthetic (``tests/claims_double.synthetic_matrix``: members, gaps
and contradictions spread evenly), put in place of ``build_claims`` so the figures
measure the screen, not the clustering. Each key press is followed by a pause
for the repaint; ``x`` (bound to nothing) gives the Pilot's own cost per key.
``render_line/key`` counts the grid's ``render_line`` calls (only visible lines
are asked for).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from key_timing import press_time, press_times, timing_line  # noqa: E402

import tui.screens.claims as claims_screen  # noqa: E402
from tests.claims_double import builder, synthetic_matrix  # noqa: E402
from tui.app.diptych_app import DiptychApp  # noqa: E402
from tui.engine.corpus import Corpus, load_corpus  # noqa: E402
from tui.screens.claims import ClaimsScreen  # noqa: E402
from widgets.claim_grid import ClaimGrid  # noqa: E402

SENTENCES_PER_ARTICLE = 20


def write_corpus(articles: int, folder: Path) -> Corpus:
    """``articles`` files of seed sentences, each a different slice (deterministic)."""
    seeds = load_corpus(ROOT / "seeds")
    sentences = [s.text for article in seeds.articles for s in article.content_sentences]
    for n in range(articles):
        picked = [sentences[(n * 3 + k) % len(sentences)] for k in range(SENTENCES_PER_ARTICLE)]
        (folder / f"{n:03}_report.txt").write_text(" ".join(picked) + "\n", encoding="utf-8")
    return load_corpus(folder)


class LineCounter:
    def __init__(self) -> None:
        self.calls = 0
        self._original = ClaimGrid.render_line

    def __enter__(self) -> LineCounter:
        original = self._original

        def counted(grid: ClaimGrid, y: int):  # type: ignore[no-untyped-def]
            self.calls += 1
            return original(grid, y)

        ClaimGrid.render_line = counted  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        ClaimGrid.render_line = self._original  # type: ignore[method-assign]


def summary(name: str, times: Sequence[float], calls: int) -> str:
    return f"{timing_line(name, times, width=9)}  render_line/key {calls / len(times):5.1f}"


async def measure(corpus: Corpus, size: tuple[int, int], presses: int) -> None:
    app = DiptychApp(corpus)
    async with app.run_test(size=size) as pilot:
        started = time.perf_counter()
        await pilot.press("c")
        while not (isinstance(app.screen, ClaimsScreen) and app.screen.rows is not None):
            await pilot.pause(0.005)
        await pilot.pause()
        first_paint = time.perf_counter() - started
        screen = app.screen
        assert screen.rows is not None
        print(f"{size[0]}x{size[1]}: first paint {first_paint * 1000:.0f} ms "
              f"({len(screen.rows.rows)} rows shown of {len(screen.rows.matrix.claims)} claims, "
              f"{len(screen.articles)} articles)")  # fmt: skip
        keys = (
            ("x", presses // 4),
            ("j", presses),
            ("l", presses // 2),
            ("pagedown", presses // 4),
            ("k", presses // 4),
            ("s", 10),
            ("f", 10),
        )
        for key, count in keys:
            with LineCounter() as counter:
                times = await press_times(pilot, key, count)
            print(summary(key, times, counter.calls))
        end = await press_time(pilot, "end")
        print(f"  end       jump to the last claim {1000 * end:.1f} ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--claims", type=int, default=5000)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--size", nargs=2, type=int, action="append", metavar=("W", "H"))
    args = parser.parse_args()
    sizes = [tuple(s) for s in args.size] if args.size else [(160, 48), (80, 24), (200, 60)]
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        corpus = write_corpus(args.articles, Path(folder))
        matrix = synthetic_matrix(sorted(corpus.articles, key=lambda a: a.name), args.claims)
        members = sum(len(claim.members) for claim in matrix.claims)
        print(f"{len(corpus.articles)} articles, {len(matrix.claims)} claims, {members} members; "
              f"written, loaded and built in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        claims_screen.build_claims = builder(lambda _articles: matrix)  # type: ignore[assignment]
        for width, height in sizes:
            asyncio.run(measure(corpus, (width, height), args.presses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
