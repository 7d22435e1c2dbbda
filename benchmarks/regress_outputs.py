"""Byte-for-byte regression check of ``diptych compare --format json --min-score 0``.

Run from the project root before and after a speed change:

    .venv/bin/python benchmarks/regress_outputs.py save /tmp/regress   # before
    .venv/bin/python benchmarks/regress_outputs.py check /tmp/regress  # after

Seed paths are given relative to the project root, as the JSON output repeats them.
The pairs: every two seed articles, the first seed against ../shared/eval/dev-wire.txt
(skipped with a message when ../shared is absent) and the synthetic pairs of
bench_compare.py at 1,000 and 5,000 sentences a side (``--sizes`` changes them).
``check`` names each pair whose output changed and, per finding kind, how many
findings it had before and after.
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_compare import synthetic_files  # noqa: E402

DIPTYCH = ROOT / ".venv" / "bin" / "diptych"
DEV_WIRE = ROOT.parent / "shared" / "eval" / "dev-wire.txt"


def pairs(folder: Path, sizes: list[int]) -> list[tuple[Path, Path]]:
    seeds = sorted(p.relative_to(ROOT) for p in (ROOT / "seeds").glob("*.txt"))
    found = list(itertools.combinations(seeds, 2))
    if DEV_WIRE.exists():
        found.append((seeds[0], Path("..", "shared", "eval", "dev-wire.txt")))
    else:
        print(f"{DEV_WIRE} not found: the dev-wire pair is skipped")
    found.extend(synthetic_files(folder, size) for size in sizes)
    return found


def compare_json(pair: tuple[Path, Path]) -> str:
    command = [str(DIPTYCH), "compare", str(pair[0]), str(pair[1]), "--format", "json"]
    done = subprocess.run([*command, "--min-score", "0"], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"compare failed on {pair}: {done.stderr}")
    return done.stdout


def changes(before: str, after: str) -> list[str]:
    """What differs between two outputs: top-level keys, then finding counts per kind."""
    old, new = json.loads(before), json.loads(after)
    keys = sorted((set(old) | set(new)) - {"findings"})
    found = [f"{key} differs" for key in keys if old.get(key) != new.get(key)]
    kinds = sorted({f["kind"] for f in (*old["findings"], *new["findings"])})
    for kind in kinds:
        a = [f for f in old["findings"] if f["kind"] == kind]
        b = [f for f in new["findings"] if f["kind"] == kind]
        if a != b:
            found.append(f"{kind} findings differ ({len(a)} -> {len(b)})")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "check"))
    parser.add_argument("folder", type=Path, help="where outputs (and synthetic pairs) live")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 5000])
    args = parser.parse_args()
    args.folder.mkdir(parents=True, exist_ok=True)
    todo = pairs(args.folder, args.sizes)
    with ThreadPoolExecutor(2) as pool:
        outputs = list(pool.map(compare_json, todo))
    differing = 0
    for k, (pair, output) in enumerate(zip(todo, outputs, strict=True)):
        saved = args.folder / f"{k:02d}.json"
        if args.mode == "save":
            saved.write_text(output, encoding="utf-8")
        elif saved.read_text(encoding="utf-8") != output:
            differing += 1
            print(
                f"{pair[0].name} vs {pair[1].name}: "
                + "; ".join(changes(saved.read_text(), output))
            )
    verb = "saved" if args.mode == "save" else "checked"
    print(f"{verb} {len(todo)} pairs; {differing} differ")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
