"""Build ``tui/engine/data/wordnet_adverbs.txt``: words and phrases of manner, time or
degree that qualify an act ("arrived *late*", "did not arrive *on time*", "paid *in
full*"), from WordNet 3.0's adverbs, for qualifiers.py.

Kept: an adverb of one word that WordNet never gives as a noun ("late", "quickly", not
"home", "today", "fast") and that is everyday English (build_lexicons: ``MIN_ZIPF``);
an adverb of two or three words ("on time", "in full", "behind schedule"). Left out: the
words that strengthen or time a negation rather than qualify an act ("yet", "ever",
"already", "at all", "any longer"), which a denial and an affirmation of one act share
in meaning ("has not arrived yet" / "has already arrived" is a denial of the act).

Line format: one adverb a line, its words separated by spaces.

Usage (from the project root; WordNet from Debian's ``wordnet-base``):
    .venv/bin/python tools/build_adverbs.py [--wordnet /usr/share/wordnet]
"""

from __future__ import annotations

import sys
from pathlib import Path

from build_lexicons import DATA, MIN_ZIPF, WORDNET_NOTICE, _clean, has_wordnet, wordnet_parser
from wordfreq import zipf_frequency

MAX_WORDS = 3
"""Words of a multi-word adverb at most."""
POLARITY_WORDS = frozenset(
    "yet ever never already still again anymore at_all any_longer any_more as_yet so_far "
    "no_longer not_yet".split()
)
"""Adverbs that go with a negation or its answer, not with how an act was done."""


def index_words(folder: Path, pos_name: str) -> list[str]:
    """The lemmas of WordNet's index of a part of speech, with spaces for underscores."""
    words = []
    for line in (folder / f"index.{pos_name}").read_text(encoding="latin-1").splitlines():
        if not line.startswith(" "):
            words.append(line.split()[0])
    return words


def adverbs(folder: Path) -> list[str]:
    nouns = set(index_words(folder, "noun"))
    kept = []
    for lemma in index_words(folder, "adv"):
        parts = lemma.split("_")
        if lemma in POLARITY_WORDS or not all(part.isalpha() for part in parts):
            continue
        if len(parts) == 1:
            if lemma in nouns or zipf_frequency(lemma, "en") < MIN_ZIPF:
                continue
        elif len(parts) > MAX_WORDS:
            continue
        kept.append(_clean(lemma))
    return sorted(set(kept))


def write_adverbs(words: list[str], path: Path) -> None:
    lines = [
        WORDNET_NOTICE.replace("tools/build_lexicons.py", "tools/build_adverbs.py"),
        "# Adverbs that qualify an act (manner, time, degree), one a line.\n",
        *(f"{word}\n" for word in words),
    ]
    path.write_text("".join(lines), encoding="utf-8")


def main() -> int:
    args = wordnet_parser(__doc__).parse_args()
    if not has_wordnet(args.wordnet, "index.adv"):
        return 2
    words = adverbs(args.wordnet)
    write_adverbs(words, DATA / "wordnet_adverbs.txt")
    print(f"wordnet_adverbs.txt: {len(words)} adverbs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
