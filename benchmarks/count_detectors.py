"""Instructions of one ``find_contradictions`` pass, counted by callgrind.

CPU times of the detectors swing by a quarter from run to run on a shared machine;
an instruction count does not. Run from the project root, one valgrind at a time:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/detectors.out \\
        .venv/bin/python benchmarks/count_detectors.py [--size 1000] [--keep FOLDER]

and read "Collected" in valgrind's summary. The script loads and aligns the
synthetic pair of bench_compare.py, runs the detectors once to load every table,
forgets every per-sentence analysis, then runs them once more inside
``functools.reduce``: ``--toggle-collect`` counts only what runs inside that call
(the detectors use no ``reduce`` of their own), so loading, aligning and table
loads are left out. Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_compare import synthetic_files  # noqa: E402
from callgrind_window import counted  # noqa: E402

from tui.engine.compare import _align  # noqa: E402
from tui.engine.corpus import load_article  # noqa: E402
from tui.engine.findings.contradiction.facts import forget_all  # noqa: E402
from tui.engine.findings.contradiction.pipeline import find_contradictions  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1000, help="sentences a side")
    parser.add_argument("--keep", type=Path, help="write the synthetic pair here (and reuse it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        left_path, right_path = synthetic_files(folder, args.size)
        left, right = load_article(left_path), load_article(right_path)
    alignments = _align(left, right, None)
    gc.disable()  # as compare() does for the length of a comparison
    find_contradictions(left, right, alignments)  # every table loaded
    forget_all()
    found = counted(lambda: find_contradictions(left, right, alignments))
    print(f"{args.size} sentences a side: {len(alignments)} alignments, {len(found)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
