"""CPU time of the lexicon tables kept ready in the cache (tui/engine/prepared.py).

Run from the project root:  .venv/bin/python benchmarks/bench_tables.py [--runs 10]

For each prepared table: building it from its data files (what every run paid before
the cache, and what the first run pays now) against reading it from the cache, each
the best of ``--runs`` in one process (the steadier figure on a busy machine). The
lemma keys the antonym build stems are forgotten before each build, as in a fresh
process. The cache folder is a temporary one, so the user's cache is left alone.
Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine import synonyms  # noqa: E402
from tui.engine.findings.contradiction import kinds, predicates, wordlists  # noqa: E402
from tui.engine.prepared import CACHE_DIR_ENV  # noqa: E402
from tui.engine.textnorm import stem  # noqa: E402


class Cached(Protocol):
    """A table's lru-cached reader."""

    def __call__(self) -> object: ...

    def cache_clear(self) -> None: ...


class AntonymTables:
    """The five antonym tables, read from their two files of the cache."""

    def __call__(self) -> object:
        return wordlists._antonym_tables()

    def cache_clear(self) -> None:
        wordlists._antonym_table.cache_clear()
        wordlists._antonym_group.cache_clear()


def _forget_word_caches() -> None:
    wordlists.lemma_key.cache_clear()
    stem.cache_clear()


TABLES: list[tuple[str, Cached, Callable[[], object]]] = [
    ("antonyms", AntonymTables(), wordlists._build_antonym_tables),
    ("wordnet_kinds", kinds._table, kinds._read_table),
    ("wordnet_definitions", kinds._definitions, kinds._read_definitions),
    ("wordnet_predicates", predicates._table, predicates._read_table),
    ("wordnet_synonyms", synonyms._raw_table, synonyms._read_table),
]


def _best(run: Callable[[], object], runs: int, before: Callable[[], None]) -> float:
    times = []
    for _ in range(runs):
        before()
        started = time.process_time()
        run()
        times.append(time.process_time() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ[CACHE_DIR_ENV] = folder
        print(f"best of {args.runs} runs, CPU ms: build from the data files / read from the cache")
        for name, cached, build in TABLES:
            built = _best(build, args.runs, _forget_word_caches)
            cached.cache_clear()
            cached()  # the first run: builds and writes
            read = _best(cached, args.runs, cached.cache_clear)
            print(f"  {name:<20} {1000 * built:6.1f} / {1000 * read:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
