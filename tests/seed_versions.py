"""A corpus past a dozen articles, written from seeds/: three versions of each seed.

Version k of a seed keeps every sentence but those at positions k, k+3, k+6, … (cut
after ". ", "? " and "! "): two versions of one seed share a third of its sentences,
as reports of one event do.
"""

from __future__ import annotations

import re
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
VERSIONS = 3
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def write_seed_versions(folder: Path) -> dict[str, str]:
    """Write the versions into ``folder`` (made if missing); file name -> its seed's name."""
    folder.mkdir(parents=True, exist_ok=True)
    seed_of = {}
    for seed in sorted(SEEDS.glob("*.txt")):
        text = seed.read_text(encoding="utf-8")
        sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
        for k in range(VERSIONS):
            kept = [s for n, s in enumerate(sentences) if n % VERSIONS != k]
            name = f"{seed.stem[:3]}v{k}.txt"
            (folder / name).write_text(" ".join(kept) + "\n", encoding="utf-8")
            seed_of[name] = seed.name
    return seed_of
