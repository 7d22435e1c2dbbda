"""Speed of the tag store on a seed copy whose sidecar already holds N tags.

Run from the project root:  .venv/bin/python benchmarks/bench_tags.py [--sizes 10 100 500 1000]

Prints, per size: the sidecar's size; opening the store and placing every tag;
one change written on the caller's thread (read, merge, re-anchor, dump, atomic
write with fsync; mean of 5); and opening after a line was inserted at the top
of the article, so every tag must be re-anchored. Then, as the app saves
(through a ``Saver``): the UI time of one change (the change and the refreshed
``tags()``; mean of 5) when no write is running and when one is, and how long
the background write takes. All in a temporary folder; the seeds are only read.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine.corpus import load_article  # noqa: E402
from tui.tags import sidecar  # noqa: E402
from tui.tags.anchor import make_target  # noqa: E402
from tui.tags.model import Tag  # noqa: E402
from tui.tags.saver import Saver  # noqa: E402
from tui.tags.store import TagStore  # noqa: E402

SEED = ROOT / "seeds" / "000_4ab7afceee558d79.txt"
MOMENT = "2026-11-22T23:40:00Z"
CHANGES = 5


def seeded_store(folder: Path, size: int) -> TagStore:
    """A store whose sidecar holds ``size`` tags, written directly in one go."""
    shutil.copy(SEED, folder / SEED.name)
    article = load_article(folder / SEED.name)
    sentences = article.content_sentences
    document = sidecar.new_document(article.name, article.sha256)
    for i in range(size):
        s = sentences[i % len(sentences)]
        target = make_target(article.text, s.start, s.end)
        tag = Tag(
            f"T{i:05d}", ("disputed",), f"note {i}\nsecond line", target, None, MOMENT, MOMENT
        )
        document["tags"].append(sidecar.new_tag_node(tag))
    path = folder / (SEED.name + sidecar.SUFFIX)
    path.write_bytes(sidecar.dump(document))
    return TagStore.open(article)


def ui_change(store: TagStore, start: int, end: int, note: str) -> float:
    """Seconds the UI spends on one change: record it, then read the tags to show."""
    started = time.perf_counter()
    store.add(start, end, ["verified"], note)
    store.tags()
    return time.perf_counter() - started


def measure_saver(size: int) -> str:
    with tempfile.TemporaryDirectory() as name:
        saver = Saver()
        store = seeded_store(Path(name), size)
        store = TagStore.open(store.article, saver=saver)
        store.tags()
        sentence = store.article.content_sentences[2]
        idle, busy, written = [], [], []
        for i in range(CHANGES):
            idle.append(ui_change(store, sentence.start, sentence.end, f"idle {i}"))
            started = time.perf_counter()
            saver.wait()
            written.append(time.perf_counter() - started)
        saver.request(store)  # nothing pending: make a write run
        store.add(sentence.start, sentence.end, ["verified"], "start a write")
        time.sleep(0.05)
        for i in range(CHANGES):
            busy.append(ui_change(store, sentence.start, sentence.end, f"busy {i}"))
        saver.wait()
        assert store.saved and len(TagStore.open(store.article).tags()) == size + 2 * CHANGES + 1
    return (
        f"{size:5} tags  with a saver: UI per change {mean(idle) * 1000:5.1f} ms "
        f"(max {max(idle) * 1000:5.1f}), during a write {mean(busy) * 1000:5.1f} ms "
        f"(max {max(busy) * 1000:5.1f}); background write {mean(written) * 1000:6.0f} ms"
    )


def mean(values: list[float]) -> float:
    return sum(values) / len(values)


def measure(size: int) -> str:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        store = seeded_store(folder, size)
        article = store.article
        kib = store.path.stat().st_size / 1024
        started = time.perf_counter()
        reopened = TagStore.open(article)
        reopened.tags()
        opened = time.perf_counter() - started
        sentence = article.content_sentences[2]
        started = time.perf_counter()
        for _ in range(CHANGES):
            reopened.add(sentence.start, sentence.end, ["verified"], "x")
        change = (time.perf_counter() - started) / CHANGES
        (folder / SEED.name).write_text("A new first line.\n" + article.text, encoding="utf-8")
        edited = load_article(folder / SEED.name)
        started = time.perf_counter()
        placed = TagStore.open(edited).tags()
        moved = time.perf_counter() - started
        count = sum(p.status.value == "moved" for p in placed)
    return (
        f"{size:5} tags {kib:6.0f} KiB  open+place {opened * 1000:6.0f} ms  "
        f"one change {change * 1000:6.0f} ms  open+re-anchor {moved * 1000:6.0f} ms "
        f"({count} moved)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 500, 1000])
    parser.add_argument("--saver-only", action="store_true", help="only the saver figures")
    arguments = parser.parse_args()
    for size in arguments.sizes:
        if not arguments.saver_only:
            print(measure(size), flush=True)
        print(measure_saver(size), flush=True)


if __name__ == "__main__":
    main()
