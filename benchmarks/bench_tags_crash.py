"""Tag saves under SIGKILL and under two concurrent writers: what is lost, counted.

Run from the project root:
    .venv/bin/python benchmarks/bench_tags_crash.py [--kills 1000] [--writers-changes 40]

Kills: a writer process tags a seed copy as the app does (changes handed to a
``Saver`` thread; one to three changes, then the wait for "saved"), printing
each change once it is reported saved. It is SIGKILLed at a random moment,
usually in the middle of a save. After each kill the sidecar must parse, and
every change reported saved must be on disk (the tag, with that note or a later
one). Every 10 kills the sidecar starts again, so writes stay small and quick.

Two writers: two processes tag the same two articles at once, through their own
savers: each adds tags, edits its own, and edits tags both saw at the start
(so every second edit of such a tag meets the other's and must be kept as a
conflict copy). Afterwards every note any writer saved must be on disk.

Writers are forked from this process (imports done once), so a round costs
milliseconds. All in a temporary folder; the seeds are only read. Prints counts.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine.corpus import Article, load_article  # noqa: E402
from tui.tags.atomic import TEMP_SUFFIX  # noqa: E402
from tui.tags.saver import Saver, SaveReport  # noqa: E402
from tui.tags.sidecar import SUFFIX, SidecarError, parse, tags_of  # noqa: E402
from tui.tags.store import TagStore  # noqa: E402

SEEDS = ROOT / "seeds"
ARTICLES = ("000_4ab7afceee558d79.txt", "001_cf6e1a4fd903ed95.txt")
RESET_EVERY = 10


def sidecar_of(article: Path) -> Path:
    return article.with_name(article.name + SUFFIX)


def notes_on_disk(article: Path) -> dict[str, list[int]]:
    """Tag id (a conflict copy counts for its original) -> the sequence numbers in its notes."""
    path = sidecar_of(article)
    if not path.exists():
        return {}
    found: dict[str, list[int]] = {}
    for tag in tags_of(parse(path.read_bytes(), path), path):
        found.setdefault(tag.conflict_of or tag.id, []).append(int(tag.note))
    return found


def forked(work: Callable[[], None]) -> int:
    """Run ``work`` in a child process; its pid. The child never returns here."""
    pid = os.fork()
    if pid == 0:
        try:
            work()
        finally:
            os._exit(0)
    return pid


# -- kills -----------------------------------------------------------------------------


def kill_writer(article: Article, first: int, out: int, rng: random.Random) -> None:
    """Change tags until killed; print "id seq" for each change once it is reported saved."""
    saver = Saver()
    store = TagStore.open(article, saver=saver)
    sentences = article.content_sentences
    os.write(out, b"ready\n")
    sequence = first
    while True:
        done: list[tuple[str, int]] = []
        for _ in range(rng.randint(1, 3)):
            ids = [placed.tag.id for placed in store.tags()]
            if ids and rng.random() < 0.4:
                tag_id = rng.choice(ids)
                store.update(tag_id, note=str(sequence))
            else:
                sentence = rng.choice(sentences)
                change = store.add(sentence.start, sentence.end, ["disputed"], str(sequence))
                assert change.tag is not None
                tag_id = change.tag.id
            done.append((tag_id, sequence))
            sequence += 1
        saver.wait()
        if store.saved:
            os.write(out, "".join(f"{i} {s}\n" for i, s in done).encode())


@dataclass
class KillCounts:
    kills: int = 0
    unparsable: int = 0
    lost: int = 0
    reported_saved: int = 0
    temp_files_left: int = 0
    mid_save: int = 0
    """Kills that struck with a write running (a temporary file present, or the file newer)."""
    problems: list[str] = field(default_factory=list)


def run_kills(folder: Path, kills: int, rng: random.Random) -> KillCounts:
    path = folder / ARTICLES[0]
    shutil.copy(SEEDS / ARTICLES[0], path)
    article = load_article(path)
    counts = KillCounts()
    expected: dict[str, int] = {}
    sequence = 0
    for round_ in range(kills):
        if round_ % RESET_EVERY == 0:
            sidecar_of(path).unlink(missing_ok=True)
            expected.clear()
        read, write = os.pipe()
        child_rng = random.Random(rng.random())
        pid = forked(partial(kill_writer, article, sequence, write, child_rng))
        os.close(write)
        reader = os.fdopen(read, "rb")
        assert reader.readline() == b"ready\n"
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        counts.kills += 1
        for line in reader.read().decode().splitlines():
            tag_id, seq = line.split()
            expected[tag_id] = int(seq)
            counts.reported_saved += 1
            sequence = max(sequence, int(seq) + 1)
        reader.close()
        sequence += 100  # changes the child made but never reported keep their numbers apart
        temps = list(folder.glob(f".*{TEMP_SUFFIX}"))
        counts.mid_save += bool(temps)
        try:
            on_disk = notes_on_disk(path)
        except SidecarError as error:
            counts.unparsable += 1
            counts.problems.append(f"kill {round_}: {error}")
            sidecar_of(path).unlink()
            expected.clear()
            continue
        for tag_id, seq in expected.items():
            if max(on_disk.get(tag_id, [-1])) < seq:
                counts.lost += 1
                counts.problems.append(f"kill {round_}: {tag_id} note {seq} not on disk")
        expected = {tag_id: max(on_disk[tag_id]) for tag_id in expected if tag_id in on_disk}
    # the next writer removes what killed writers left behind
    TagStore.open(article).add(0, 10, ["verified"], "0")
    counts.temp_files_left = len(list(folder.glob(f".*{TEMP_SUFFIX}")))
    return counts


# -- two writers -----------------------------------------------------------------------


def concurrent_writer(articles: list[Article], name: int, changes: int, out: int) -> None:
    """Tag both articles through one saver; print "id note" per change, then the conflicts."""
    rng = random.Random(name)
    reports: list[SaveReport] = []
    saver = Saver(on_saved=reports.append)
    stores = [TagStore.open(article, saver=saver) for article in articles]
    shared = {store.name: store.tags() for store in stores}  # both writers start from these
    mine: dict[str, list[str]] = {store.name: [] for store in stores}
    written: list[str] = []
    for i in range(changes):
        store = rng.choice(stores)
        note = str(name * 1_000_000 + i)
        if i % 4 == 1 and shared[store.name]:
            placed = shared[store.name].pop()  # edited by both, each from the version it saw
            store.update(placed.tag.id, note=note, expected=placed.tag)
            tag_id = placed.tag.id
        elif i % 4 == 2 and mine[store.name]:
            tag_id = rng.choice(mine[store.name])
            store.update(tag_id, note=note)
        else:
            sentence = rng.choice(store.article.content_sentences)
            change = store.add(sentence.start, sentence.end, [f"w{name}"], note)
            assert change.tag is not None
            tag_id = change.tag.id
            mine[store.name].append(tag_id)
        written.append(f"{tag_id} {note}")
        if rng.random() < 0.5:
            saver.wait()
    saver.wait()
    conflicts = sum(len(report.conflicts) for report in reports)
    unsaved = sum(not store.saved for store in stores)
    os.write(out, "\n".join([*written, f"end {conflicts} {unsaved}", ""]).encode())


@dataclass
class WriterCounts:
    changes: int = 0
    lost: int = 0
    conflicts_reported: int = 0
    conflict_copies: int = 0
    unsaved: int = 0
    problems: list[str] = field(default_factory=list)


def run_two_writers(folder: Path, changes: int) -> WriterCounts:
    paths = [folder / name for name in ARTICLES]
    for path in paths:
        shutil.copy(SEEDS / path.name, path)
    articles = [load_article(path) for path in paths]
    for article in articles:  # tags both writers will edit at once
        store = TagStore.open(article)
        for sentence in article.content_sentences[:6]:
            store.add(sentence.start, sentence.end, ["verified"], "0")
    pipes = [os.pipe() for _ in range(2)]
    pids = [
        forked(lambda n=n, w=w: concurrent_writer(articles, n + 1, changes, w))
        for n, (_, w) in enumerate(pipes)
    ]
    outputs = []
    for (read, write), pid in zip(pipes, pids, strict=True):
        os.close(write)
        with os.fdopen(read, "rb") as reader:
            outputs.append(reader.read().decode())
        os.waitpid(pid, 0)
    counts = WriterCounts()
    on_disk: dict[str, list[int]] = {}
    for path in paths:
        on_disk.update(notes_on_disk(path))
        document = parse(sidecar_of(path).read_bytes(), sidecar_of(path))
        counts.conflict_copies += sum(
            tag.conflict_of is not None for tag in tags_of(document, path)
        )
    for output in outputs:
        *changes, end = output.splitlines()
        _, conflicts, unsaved = end.split()
        counts.conflicts_reported += int(conflicts)
        counts.unsaved += int(unsaved)
        latest: dict[str, int] = {}  # a writer's later note on a tag replaces its earlier one
        for line in changes:
            tag_id, note = line.split()
            latest[tag_id] = int(note)
            counts.changes += 1
        for tag_id, note in latest.items():
            if note not in on_disk.get(tag_id, []):
                counts.lost += 1
                counts.problems.append(f"{tag_id}: note {note} not on disk")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--writers-changes", type=int, default=40)
    parser.add_argument("--seed", type=int, default=11)
    arguments = parser.parse_args()
    rng = random.Random(arguments.seed)
    with tempfile.TemporaryDirectory() as name:
        started = time.perf_counter()
        kills = run_kills(_mkdir(Path(name) / "kills"), arguments.kills, rng)
        print(
            f"SIGKILL: {kills.kills} kills ({kills.mid_save} with a write under way), "
            f"{kills.reported_saved} changes reported saved; "
            f"{kills.unparsable} unparsable sidecars, {kills.lost} saved changes lost, "
            f"{kills.temp_files_left} temporary files left after the next save "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
        started = time.perf_counter()
        writers = run_two_writers(_mkdir(Path(name) / "writers"), arguments.writers_changes)
        print(
            f"two writers: {writers.changes} changes, {writers.lost} lost (a writer's latest "
            f"note on a tag missing), {writers.conflicts_reported} conflicts reported, "
            f"{writers.conflict_copies} conflict copies kept, {writers.unsaved} stores unsaved "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    for problem in (kills.problems + writers.problems)[:20]:
        print("  ", problem)


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


if __name__ == "__main__":
    main()
