"""How many expectations of an unseen people set hold (default: the set ppeople10 wrote
before changing the model, tests/data/people_unseen/ppeople10.yaml), by kind, with the
failures. Usage: .venv/bin/python benchmarks/eval_people_unseen.py [FILE]"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.people_cases import check_all  # noqa: E402

DEFAULT = Path(__file__).resolve().parent.parent / "tests/data/people_unseen/ppeople10.yaml"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "file", nargs="?", type=Path, default=DEFAULT, help="a people case file (YAML)"
    )
    file: Path = parser.parse_args().file
    if not file.is_file():
        parser.error(f"no such case file: {file}")
    with tempfile.TemporaryDirectory() as folder:
        outcomes = check_all(file, Path(folder))
    held, total = Counter[str](), Counter[str]()
    for outcome in outcomes:
        total[outcome.kind] += 1
        held[outcome.kind] += outcome.held
        if not outcome.held:
            expectation = f"{outcome.kind} {outcome.expectation}"
            print(f"  fails: [{outcome.case}] {expectation}: {outcome.detail}")
    for kind in sorted(total):
        print(f"{kind}: {held[kind]}/{total[kind]}")


if __name__ == "__main__":
    main()
