"""Instructions of people and names for one pair, counted by callgrind.

CPU times swing by a quarter from run to run on a shared machine; an instruction count
does not. Run from the project root, one valgrind at a time:

    PYTHONHASHSEED=0 valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/people.out \\
        .venv/bin/python benchmarks/count_people.py [--size 5000] [--keep FOLDER]

and read "Collected" in valgrind's summary. The script loads and aligns the synthetic
pair of bench_compare.py, finds people and names once to load every table, loads the
two articles afresh (an article keeps its people once found), then finds the people of
both (``cast_of``) and the name findings between them (``find_name_findings``) inside
``functools.reduce``: ``--toggle-collect`` counts only what runs inside that call (people
and names use no ``reduce`` of their own), so loading, aligning and table loads are left
out. ``--keep`` writes the pair and its alignments there and reuses them (aligning 5,000
sentences a side under valgrind takes a minute). Figures only: nothing is asserted.
"""

from __future__ import annotations

import argparse
import gc
import pickle
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_compare import synthetic_files  # noqa: E402
from callgrind_window import counted  # noqa: E402

from tui.engine.align import Alignment  # noqa: E402
from tui.engine.compare import _align  # noqa: E402
from tui.engine.corpus import Article, load_article  # noqa: E402
from tui.engine.findings.model import Finding  # noqa: E402
from tui.engine.people.cast import cast_of  # noqa: E402
from tui.engine.people.names import find_name_findings  # noqa: E402


def _people_and_names(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    cast_of(left)
    cast_of(right)
    return find_name_findings(left, right, alignments)


def _alignments(folder: Path, size: int, left: Article, right: Article) -> tuple[Alignment, ...]:
    """The pair's alignments, read from ``folder`` when an earlier run kept them."""
    kept = folder / f"alignments{size}.pickle"
    if kept.exists():
        found: tuple[Alignment, ...] = pickle.loads(kept.read_bytes())
        return found
    alignments = _align(left, right, None)
    kept.write_bytes(pickle.dumps(alignments))
    return alignments


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5000, help="sentences a side")
    parser.add_argument("--keep", type=Path, help="keep the pair and its alignments here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        left_path, right_path = synthetic_files(folder, args.size)
        alignments = _alignments(
            folder, args.size, load_article(left_path), load_article(right_path)
        )
        gc.disable()  # as compare() does for the length of a comparison
        _people_and_names(load_article(left_path), load_article(right_path), alignments)
        left, right = load_article(left_path), load_article(right_path)
    found = counted(lambda: _people_and_names(left, right, alignments))
    print(f"{args.size} sentences a side: {len(alignments)} alignments, {len(found)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
