"""Build ``tui/engine/data/given_names.txt`` and ``given_name_sexes.txt`` from the 1990 US
Census first-name lists.

The lists (``dist.male.first``, ``dist.female.first``: 1,219 and 4,275 names) are a
work of the US Government, in the public domain; the ``names`` package (MIT) ships them.
Function words that the lists hold ("so", "will") are left out: a given name is
evidence that a capitalised word starts a person's name, and those never are.
``given_name_sexes.txt`` marks each name borne (nearly) only by men or only by women
(frequency in one list at least ``CLEAR_RATIO`` times that in the other): Daniel and
Daniela, one letter apart, are two people.

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


SEXES_HEADER = """\
# Given names borne (nearly) only by men ("m") or only by women ("f"): the 1990 US Census
# first-name lists, a name's frequency in one list at least 10 times that in the other.
# Source: US Census Bureau, "Frequently Occurring Names" (1990), public domain, as shipped
# by the `names` package 0.3.0 (MIT). Built by tools/build_given_names.py; do not edit.
"""

CLEAR_RATIO = 10.0

_FLOOR = 0.0001
"""A name missing from one list counts as this frequency (percent) there: a tenth of the
rarest listed name's, so a name of one list only is of that sex."""


def _frequencies(file: str) -> dict[str, float]:
    text = files("names").joinpath(file).read_text(encoding="ascii")
    return {
        fields[0].lower(): float(fields[1])
        for fields in (line.split() for line in text.splitlines())
        if fields
    }


def main() -> None:
    male, female = _frequencies("dist.male.first"), _frequencies("dist.female.first")
    found = (set(male) | set(female)) - STOPWORDS
    target = ROOT / "tui" / "engine" / "data" / "given_names.txt"
    target.write_text(HEADER + "".join(f"{n}\n" for n in sorted(found)), encoding="utf-8")
    print(f"{target}: {len(found)} names")
    sexes = {}
    for name in found:
        m, f = male.get(name, _FLOOR), female.get(name, _FLOOR)
        if m >= CLEAR_RATIO * f:
            sexes[name] = "m"
        elif f >= CLEAR_RATIO * m:
            sexes[name] = "f"
    sexes_file = target.with_name("given_name_sexes.txt")
    lines = "".join(f"{n} {sexes[n]}\n" for n in sorted(sexes))
    sexes_file.write_text(SEXES_HEADER + lines, encoding="utf-8")
    print(f"{sexes_file}: {len(sexes)} names")


if __name__ == "__main__":
    main()
