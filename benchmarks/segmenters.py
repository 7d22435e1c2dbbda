"""Compare diptych's sentence splitter with pysbd on the seeds: boundaries and speed.

    .venv/bin/pip install pysbd   # not a dependency of diptych
    .venv/bin/python benchmarks/segmenters.py

Prints, per seed, how many sentences each finds and the sentences on which they
disagree, then the time to segment all seeds 20 times over.
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

from tui.engine.segment import segment

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
REPEAT = 20


def pysbd_spans(text: str) -> list[tuple[int, int]]:
    import pysbd

    segmenter = pysbd.Segmenter(language="en", clean=False, char_span=True)
    spans = []
    for span in segmenter.segment(text):
        stripped = span.sent.strip()
        if stripped:
            start = span.start + span.sent.index(stripped)
            spans.append((start, start + len(stripped)))
    return spans


def ours(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in segment(text)]


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def main() -> int:
    try:
        import pysbd  # noqa: F401
    except ImportError:
        print("pysbd is not installed: .venv/bin/pip install pysbd", file=sys.stderr)
        return 1
    texts = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    for name, text in texts.items():
        a, b = set(ours(text)), set(pysbd_spans(text))
        print(f"{name}: diptych {len(a)} sentences, pysbd {len(b)}, identical {len(a & b)}")
        for label, only in (("only diptych", a - b), ("only pysbd:  ", b - a)):
            for start, end in sorted(only):
                print(f"  {label}: {one_line(text[start:end])[:90]!r}")
    for label, function in (("diptych", ours), ("pysbd", pysbd_spans)):
        began = time.perf_counter()
        for _ in range(REPEAT):
            for text in texts.values():
                function(text)
        elapsed = time.perf_counter() - began
        chars = REPEAT * sum(len(t) for t in texts.values())
        rate = chars / elapsed / 1e6
        print(f"{label:8} {elapsed * 1000:8.1f} ms for {chars:,} chars ({rate:.2f} M chars/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
