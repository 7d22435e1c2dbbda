"""Compare screen speed on a large pair: time to first paint and per-key scroll time.

Run from the project root:  .venv/bin/python benchmarks/bench_ui.py [--sentences 5000]

The pair is generated deterministically from the seeds by ``bench_compare.synthetic_pair``
into a temporary folder. The comparison itself (engine work, timed on its own) is put in
the cache first, so the UI figures measure the screen: ``App.run_test`` until the screen
reports ready and has painted (worker, row model, wrapping, first frame; word diffs only
for the rows drawn), then key presses through the Pilot, each followed by a pause for
the repaint; ``x`` (bound to nothing) gives the Pilot's own cost per key.
Wall times are mostly the Pilot's waiting and the machine's load; ``cpu`` is the process's
CPU time per key, ``own`` its median less the median of ``x`` (the app's own work per key),
``gc`` the garbage collector's share (first paint: from the start of the app).
``render_line/key`` counts the panes' ``render_line`` calls (only visible lines are
asked for) and ``built/key`` the lines actually built (the rest come from the Strip cache).
After one ``end`` and one ``n``, ``n`` is pressed again and again: each steps to the next
finding and flashes it.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from pathlib import Path

from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench_compare  # noqa: E402
from key_timing import CollectorClock, KeyCosts, press_costs, press_time, timing_line  # noqa: E402

from tests.app.compare_app import CompareApp  # noqa: E402
from tui.engine.comparison_cache import ComparisonCache  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.screens.compare import CompareScreen  # noqa: E402
from widgets.article_pane import ArticlePane  # noqa: E402


def make_pair(sentences: int, folder: Path) -> tuple[Article, Article]:
    left, right = bench_compare.synthetic_pair(sentences, bench_compare.seed_sentences())
    paths = [folder / "left.txt", folder / "right.txt"]
    for path, text in zip(paths, (left, right), strict=True):
        path.write_text(text, encoding="utf-8")
    corpus = load_corpus(paths)
    return corpus.articles[0], corpus.articles[1]


class LineCounter:
    """Counts ``render_line`` calls of both panes, and the lines built (Strip cache misses)."""

    def __init__(self) -> None:
        self.calls = 0
        self.built = 0
        self._originals = (ArticlePane.render_line, ArticlePane._render_strip)

    def __enter__(self) -> LineCounter:
        render_line, render_strip = self._originals

        def counted(pane: ArticlePane, y: int):  # type: ignore[no-untyped-def]
            self.calls += 1
            return render_line(pane, y)

        def built(pane: ArticlePane, *args):  # type: ignore[no-untyped-def]
            self.built += 1
            return render_strip(pane, *args)

        ArticlePane.render_line = counted  # type: ignore[method-assign]
        ArticlePane._render_strip = built  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        ArticlePane.render_line, ArticlePane._render_strip = self._originals  # type: ignore[method-assign]


def summary(
    name: str, costs: KeyCosts, idle_cpu: float, counter: LineCounter, collector: CollectorClock
) -> str:
    presses = len(costs.wall)
    cpu = sorted(t * 1000 for t in costs.cpu)
    cpu_median = statistics.median(cpu)
    return (
        f"{timing_line(name, costs.wall)}  render_line/key {counter.calls / presses:5.1f}  "
        f"built/key {counter.built / presses:5.1f}\n"
        f"  {'':<8} cpu median {cpu_median:6.1f} ms  max {cpu[-1]:6.1f} ms  "
        f"own {cpu_median - idle_cpu * 1000:6.1f} ms  "
        f"gc {collector.seconds * 1000 / presses:5.1f} ms/key ({collector.collections} runs)"
    )


async def measure(app: CompareApp, size: tuple[int, int], presses: int) -> None:
    started, started_cpu = time.perf_counter(), time.process_time()
    with CollectorClock() as collector:
        async with app.run_test(size=size) as pilot:
            while not (isinstance(app.screen, CompareScreen) and app.screen.ready):
                await pilot.pause(0.005)
            await pilot.pause()
            first_paint = time.perf_counter() - started
            first_paint_cpu = time.process_time() - started_cpu
            screen = app.screen
            assert isinstance(screen, CompareScreen) and screen.model is not None
            height = screen.panes["left"].pair_layout.height  # type: ignore[union-attr]
            print(f"{size[0]}x{size[1]}: first paint {first_paint * 1000:.0f} ms "
                  f"(cpu {first_paint_cpu * 1000:.0f} ms, gc {collector.seconds * 1000:.0f} ms; "
                  f"{len(screen.model.rows)} rows, {height} lines per pane)")  # fmt: skip
            await measure_keys(pilot, presses)


async def measure_keys(pilot: Pilot, presses: int) -> None:
    keys = (("x", presses // 4), ("j", presses), ("pagedown", presses // 4), ("k", presses // 4))
    idle_cpu = 0.0
    for key, count in keys:  # "x" is bound to nothing: the Pilot's own cost per key
        idle_cpu = await measure_key(pilot, key, count, idle_cpu)
    print(f"  end        jump to the last row {1000 * await press_time(pilot, 'end'):.1f} ms")
    print(f"  n          first finding {1000 * await press_time(pilot, 'n'):.1f} ms")
    await measure_key(pilot, "n", presses // 4, idle_cpu)  # each the next finding, flashed


async def measure_key(pilot: Pilot, key: str, count: int, idle_cpu: float) -> float:
    """Print the costs of ``count`` presses of ``key``; the idle CPU per key (``x``'s) after."""
    with LineCounter() as counter, CollectorClock() as collector:
        costs = await press_costs(pilot, key, count)
    if key == "x":
        idle_cpu = statistics.median(costs.cpu)
    print(summary(key, costs, idle_cpu, counter, collector))
    return idle_cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sentences", type=int, default=5000)
    parser.add_argument("--presses", type=int, default=200)
    parser.add_argument("--size", nargs=2, type=int, action="append", metavar=("W", "H"))
    args = parser.parse_args()
    sizes = [tuple(s) for s in args.size] if args.size else [(160, 48), (80, 24), (200, 60)]
    with tempfile.TemporaryDirectory() as folder:
        t0 = time.perf_counter()
        left, right = make_pair(args.sentences, Path(folder))
        print(f"pair: {left.sentence_count} + {right.sentence_count} sentences, "
              f"{len(left.text) + len(right.text):,} characters; "
              f"generated and loaded in {time.perf_counter() - t0:.1f} s")  # fmt: skip
        cache = ComparisonCache()
        t0 = time.perf_counter()
        cache.get(left, right)
        print(f"comparison (engine, cached before the UI starts): "
              f"{time.perf_counter() - t0:.1f} s")  # fmt: skip
        for width, height in sizes:
            app = CompareApp(left, right)
            app.cache = cache
            asyncio.run(measure(app, (width, height), args.presses))
    return 0


if __name__ == "__main__":
    sys.exit(main())
