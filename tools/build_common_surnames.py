"""Build ``tui/engine/data/common_surnames.txt``: the 5,000 most frequent US surnames of the
1990 Census (``dist.all.last``, a work of the US Government in the public domain, shipped
by the ``names`` package 0.3.0, MIT), lower case, one a line, in alphabetical order.

A word spelled like a common surname ("Coleman", "Shoemaker", "Boatman") may open a name,
so people/name_words.is_compound_job_noun does not read it as a job word. The rank cut is
the one tools/build_name_things.py uses (COMMON_SURNAME_RANK).

    pip install names==0.3.0 && .venv/bin/python tools/build_common_surnames.py
"""

from __future__ import annotations

from pathlib import Path

from build_name_things import COMMON_SURNAME_RANK, common_surnames

OUT = Path(__file__).resolve().parent.parent / "tui" / "engine" / "data" / "common_surnames.txt"

HEADER = f"""\
# The {COMMON_SURNAME_RANK:,} most frequent US surnames, lower case, in alphabetical order. Source:
# US Census Bureau, "Frequently Occurring Names" (1990), dist.all.last, a work of the US
# Government in the public domain, as shipped by the `names` package 0.3.0 (MIT). Built by
# tools/build_common_surnames.py; do not edit by hand.
"""


def main() -> None:
    common = sorted(common_surnames())
    OUT.write_text(HEADER + "".join(f"{name}\n" for name in common), encoding="utf-8")
    print(f"{OUT.name}: {len(common)} surnames")


if __name__ == "__main__":
    main()
