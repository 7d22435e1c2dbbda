"""Wall time and peak memory of ``diptych compare --format json``.

Run from the project root:  .venv/bin/python benchmarks/bench_compare.py [--sizes 200 1000 5000]

Synthetic pairs are generated deterministically from the seeds' content
sentences: the left article samples sentences and perturbs them; the right one
rewrites the left (light edits, word swaps, splits, merges, fresh sentences)
and shuffles its paragraphs.

The seeds hold only about 2,000 distinct words, while a real pair of 5,000
sentences a side would use ten times as many (names, numbers, rare words:
vocabulary grows with text length). By default half of the words a perturbation
puts in come from a lexicon of invented words, one per sentence of the article,
so the synthetic text grows its vocabulary like real text does.
``--lexicon seeds`` draws them from the seeds' words only: a worst case in which
every word is common and any candidate index must do quadratic work or prune.

Each pair is compared by a fresh ``diptych compare --format json`` subprocess;
time is wall time, memory is the child's peak resident set (``os.wait4``
rusage). The seed pairs and the
command's start-up (imports before any work) are measured the same way.

By default the runs are *warm*, as an installed diptych runs after its first use:
Python may keep byte-code (``PYTHONDONTWRITEBYTECODE`` is dropped from the
children's environment; pip compiles an installed package's byte-code anyway) and
an untimed first compare fills the prepared-table cache (``tui/engine/prepared.py``).
``--cold`` times every run as a first run: no byte-code written or read from new,
and an empty prepared-table cache each time.

``--difflib SIZE`` (default 200) also times the matcher a reviewer could write
with the standard library, on the same synthetic pair: eval_align's difflib
reference. Both articles are cut into diptych's own sentences; every left
sentence is held against every right one with ``difflib.SequenceMatcher`` on
lower-cased characters (``real_quick_ratio`` and ``quick_ratio`` skip a partner
that cannot beat the best so far, ``ratio`` scores the rest), and keeps its best
partner at a ratio of 0.6 or more. It pairs one sentence with one (no splits,
merges or weighting of rare words) and visits all n x m pairs. Its time is taken
in this process (no start-up); the factor printed is that time over diptych's
wall time, start-up included.
"""

from __future__ import annotations

import argparse
import itertools
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval_align import difflib_align  # noqa: E402

from tui.engine.corpus import load_article, load_corpus  # noqa: E402
from tui.engine.prepared import CACHE_DIR_ENV  # noqa: E402

DIPTYCH = ROOT / ".venv" / "bin" / "diptych"
PYTHON = ROOT / ".venv" / "bin" / "python"
_WORD = re.compile(r"\S+")


def seed_sentences() -> list[str]:
    corpus = load_corpus(ROOT / "seeds")
    return [s.text for a in corpus.articles for s in a.content_sentences if len(s.text) > 25]


def _as_sentence(words: Sequence[str]) -> str:
    text = " ".join(words)
    text = text[:1].upper() + text[1:]
    return text if text[-1:] in ".!?" else text.rstrip(",;:") + "."


def perturb(
    sentence: str, rates: tuple[float, float, float], vocabulary: Sequence[str], rng: random.Random
) -> str:
    """Drop, replace with a random word, or swap with its neighbour each word, at ``rates``."""
    drop, replace, swap = rates
    words = _WORD.findall(sentence)
    out: list[str] = []
    for word in words:
        roll = rng.random()
        if roll < drop and len(words) > 4:
            continue
        out.append(rng.choice(vocabulary) if roll < drop + replace else word)
        if rng.random() < swap and len(out) > 1:
            out[-1], out[-2] = out[-2], out[-1]
    return _as_sentence(out or words)


# A fresh sentence keeps about half the words of the seed sentence it comes from, so
# copies of one seed sentence are distractors for each other rather than duplicates.
FRESH = (0.1, 0.4, 0.0)
REWORD = (0.05, 0.08, 0.05)


def invented_words(count: int, rng: random.Random) -> list[str]:
    """``count`` made-up words: names, plain words and numbers."""
    syllables = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]
    words = []
    for n in range(count):
        if n % 5 == 0:
            words.append(f"{rng.randint(10, 99999):,}")
            continue
        word = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        words.append(word.capitalize() if n % 2 else word)
    return words


def synthetic_pair(size: int, pool: Sequence[str], grow_lexicon: bool = True) -> tuple[str, str]:
    """Two articles of about ``size`` sentences each."""
    rng = random.Random(size)
    vocabulary = sorted({w for s in pool for w in _WORD.findall(s) if w.isalpha()})
    if grow_lexicon:
        vocabulary += invented_words(max(size, len(vocabulary)), rng)
    left: list[list[str]] = []
    count = 0
    while count < size:
        length = rng.randint(2, 6)
        paragraph = [perturb(rng.choice(pool), FRESH, vocabulary, rng) for _ in range(length)]
        left.append(paragraph)
        count += len(paragraph)
    right = [_rewrite(paragraph, pool, vocabulary, rng) for paragraph in left]
    rng.shuffle(right)
    return _article(left), _article(right)


def synthetic_files(folder: Path, size: int) -> tuple[Path, Path]:
    """``synthetic_pair(size)`` of the seeds' sentences as two files in ``folder``,
    written once and reused (the pair is deterministic)."""
    left, right = folder / f"left{size}.txt", folder / f"right{size}.txt"
    if not (left.exists() and right.exists()):
        left_text, right_text = synthetic_pair(size, seed_sentences())
        left.write_text(left_text, encoding="utf-8")
        right.write_text(right_text, encoding="utf-8")
    return left, right


def _rewrite(
    paragraph: list[str], pool: Sequence[str], vocabulary: Sequence[str], rng: random.Random
) -> list[str]:
    if rng.random() < 0.1:
        return [perturb(rng.choice(pool), FRESH, vocabulary, rng) for _ in paragraph]
    out: list[str] = []
    for sentence in paragraph:
        roll = rng.random()
        if roll < 0.05:  # split in two
            words = _WORD.findall(sentence)
            cut = len(words) // 2
            out += [_as_sentence(words[:cut]), _as_sentence(words[cut:])]
        elif roll < 0.1 and out:  # merge with the previous sentence
            out[-1] = out[-1].rstrip(".!?") + ", and " + sentence[:1].lower() + sentence[1:]
        elif roll < 0.15:  # a fresh sentence
            out.append(perturb(rng.choice(pool), FRESH, vocabulary, rng))
        else:
            out.append(perturb(sentence, REWORD, vocabulary, rng))
    return out


def _article(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


COLD = False
"""Whether runs are timed as first runs (``--cold``)."""
TABLES = Path(tempfile.gettempdir())
"""The prepared-table cache of the warm runs: this benchmark's own (set by ``main``),
filled by its first run, so that programs sharing the user's cache cannot empty it
between runs."""


def child_environment(scratch: Path) -> dict[str, str]:
    """The environment of a timed command: warm (byte-code kept, ``TABLES``) or, with
    ``--cold``, no byte-code written or read and an empty table cache in ``scratch``."""
    environment = dict(os.environ)
    if COLD:
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
        environment[CACHE_DIR_ENV] = str(scratch / "tables")
    else:
        environment.pop("PYTHONDONTWRITEBYTECODE", None)
        environment[CACHE_DIR_ENV] = str(TABLES)
    return environment


def run_compare(left: Path, right: Path) -> tuple[float, float, float, int]:
    """(wall seconds, CPU seconds, peak MiB, output bytes) of one compare subprocess.

    CPU is user plus system time of the command and the child it forks for a long
    pair; on a loaded machine it is the steadier figure (wall time waits for a core).
    """
    with tempfile.TemporaryDirectory() as scratch:
        return _timed_compare(left, right, child_environment(Path(scratch)))


def _timed_compare(
    left: Path, right: Path, environment: dict[str, str]
) -> tuple[float, float, float, int]:
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        process = subprocess.Popen(
            [str(DIPTYCH), "compare", "--format", "json", str(left), str(right)],
            stdout=out,
            env=environment,
        )
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode:
            raise SystemExit(f"compare failed ({process.returncode}) on {left} {right}")
        size = out.tell()
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, size


def time_difflib(left: Path, right: Path) -> tuple[float, int]:
    """(seconds, sentences matched) of eval_align's difflib reference on two files, in
    this process (loading and segmenting included, start-up not)."""
    started = time.perf_counter()
    lefts = load_article(left).content_sentences
    rights = load_article(right).content_sentences
    matched = len(difflib_align(lefts, rights))
    return time.perf_counter() - started, matched


def start_up() -> tuple[float, bool]:
    """Import time of the compare command (seconds) and whether Textual was imported."""
    code = "import sys, tui.cli, tui.commands.compare_cmd; print('textual' in sys.modules)"
    with tempfile.TemporaryDirectory() as scratch:
        done = subprocess.run(
            [str(PYTHON), "-X", "importtime", "-c", code],
            capture_output=True,
            text=True,
            check=True,
            env=child_environment(Path(scratch)),
        )
    total = 0
    for line in done.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].startswith(" ") and not parts[2].startswith("  "):
            cumulative = parts[1].strip()
            if cumulative.isdigit():
                total += int(cumulative)  # top-level imports only
    return total / 1e6, done.stdout.strip() == "True"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[200, 1000, 5000])
    parser.add_argument("--no-seeds", action="store_true", help="skip the seed pairs")
    parser.add_argument(
        "--lexicon",
        choices=("grown", "seeds"),
        default="grown",
        help="where perturbations draw new words: the seeds plus invented words (default), "
        "or the seeds' words only (worst case)",
    )
    parser.add_argument(
        "--difflib",
        type=int,
        default=200,
        metavar="SIZE",
        help="time the difflib baseline on the synthetic pair of this size, if measured "
        "(default 200; 0 skips it)",
    )
    parser.add_argument(
        "--cold",
        action="store_true",
        help="time every run as a first run: no byte-code cache, an empty table cache",
    )
    args = parser.parse_args()
    if not DIPTYCH.exists():
        raise SystemExit(f"{DIPTYCH} not found: run `make test` or install the project first")
    global COLD, TABLES
    COLD = args.cold
    tables = tempfile.TemporaryDirectory(prefix="bench-compare-tables-")
    TABLES = Path(tables.name)
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    if COLD:
        print("cold runs: no byte-code cache, an empty prepared-table cache each run")
    else:
        run_compare(seeds[0], seeds[1])  # untimed: writes byte-code and prepared tables
        print("warm runs: byte-code and prepared tables kept from an untimed first run")

    seconds, textual = start_up()
    print(
        f"start-up (python -X importtime, top-level imports): {seconds:.3f} s; "
        f"textual imported: {textual}"
    )
    print(
        f"{'pair':<34} {'sentences':>11} {'wall s':>7} {'CPU s':>6} {'peak MiB':>9} {'json KiB':>9}"
    )
    pool = seed_sentences()
    with tempfile.TemporaryDirectory() as folder:
        for size in args.sizes:
            left_text, right_text = synthetic_pair(size, pool, args.lexicon == "grown")
            left, right = Path(folder, f"left{size}.txt"), Path(folder, f"right{size}.txt")
            left.write_text(left_text, encoding="utf-8")
            right.write_text(right_text, encoding="utf-8")
            wall, cpu, peak, out = run_compare(left, right)
            counts = f"{load_article(left).sentence_count}/{load_article(right).sentence_count}"
            print(
                f"{'synthetic ' + str(size):<34} {counts:>11} {wall:>7.2f} {cpu:>6.2f} "
                f"{peak:>9.1f} {out / 1024:>9.0f}"
            )
            if size == args.difflib:
                seconds, matched = time_difflib(left, right)
                print(
                    f"{'  difflib matcher, ' + str(matched) + ' matched':<34} {counts:>11} "
                    f"{seconds:>7.2f}   diptych is {seconds / wall:.0f}x faster"
                )
    if not args.no_seeds:
        for a, b in itertools.combinations(seeds, 2):
            wall, cpu, peak, out = run_compare(a, b)
            print(
                f"{a.name[:3] + ' vs ' + b.name[:3]:<34} {'':>11} {wall:>7.2f} {cpu:>6.2f} "
                f"{peak:>9.1f} {out / 1024:>9.0f}"
            )
    tables.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
