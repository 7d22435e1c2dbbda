"""Whether the planted disagreements of the report cases are lost to the other clause of
a joined sentence: each read as the two sentences that hold its words (the lone pair of
contradiction_stages.py) and as the two clauses of those sentences that hold them
(joined_clauses.clause_of).

A plant whose lone pair is lost but whose clause pair is kept is lost to the words of
the other clause (an agreement measured over the whole sentence); one lost both ways is
lost to the detectors' reading of the clause itself. The table counts (lone stage,
clause stage) over every report plant (office ones aside); "-" where neither sentence
has a second clause. The lines list the plants whose stage the cut changes.

Usage (from the project root):
    .venv/bin/python benchmarks/clause_stages.py [--batch fresh16.yaml ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.contradiction_stages import pair_stage  # noqa: E402
from tests.contradiction_cases import CASE_FILES, Expected, article, load, words_at  # noqa: E402
from tui.engine.corpus import Article  # noqa: E402
from tui.engine.findings.contradiction.joined_clauses import clause_of  # noqa: E402
from tui.engine.findings.contradiction.pair import SentencePair  # noqa: E402
from tui.engine.findings.contradiction.words import sentence_words  # noqa: E402
from tui.engine.segment import Sentence  # noqa: E402

NOT_CUT = "-"


def holding(article_: Article, span: tuple[int, int]) -> Sentence:
    """The sentence of ``article_`` that holds the character ``span``."""
    return next(s for s in article_.sentences if s.start < span[1] and span[0] < s.end)


def clause(sentence: Sentence, span: tuple[int, int]) -> Sentence:
    """The clause of ``sentence`` that holds the words of ``span``, as a sentence of its own
    (offsets into the same text); the sentence itself where it is one clause."""
    words = sentence_words(sentence)
    inside = [k for k, w in enumerate(words) if span[0] <= w.start < span[1]]
    if not inside:
        return sentence
    held = clause_of(words, inside[0], inside[-1])
    if len(held) == len(words):
        return sentence
    start, end = words[held.start].start, words[held.stop - 1].end
    offset = sentence.start
    return Sentence(sentence.id, start, end, sentence.text[start - offset : end - offset])


def stages(left: Article, right: Article, expected: Expected) -> tuple[str, str]:
    """(lone pair stage, clause pair stage) of one planted disagreement; ``NOT_CUT`` for
    the second where neither sentence has a second clause."""
    lone_left, lone_right = holding(left, expected.left), holding(right, expected.right)
    lone = pair_stage(SentencePair(lone_left, lone_right), expected)
    cut_left, cut_right = clause(lone_left, expected.left), clause(lone_right, expected.right)
    if (cut_left.text, cut_right.text) == (lone_left.text, lone_right.text):
        return lone, NOT_CUT
    return lone, pair_stage(SentencePair(cut_left, cut_right), expected)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch", action="append", help="case file name (default: every batch)")
    args = parser.parse_args()
    counts: Counter[tuple[str, str]] = Counter()
    for file in (f for f in CASE_FILES if not args.batch or f.name in args.batch):
        for case in load(file).get("reports", []):
            left, right = article("left.txt", case["left"]), article("right.txt", case["right"])
            for planted in case["expect"]:
                if planted["type"] == "office":
                    continue
                expected = words_at(case["left"], case["right"], planted["words"], planted["type"])
                lone, clauses = stages(left, right, expected)
                counts[(lone.partition(":")[0], clauses.partition(":")[0])] += 1
                if clauses not in (NOT_CUT, lone):
                    print(f"  {case['id']} {planted['type']}: lone pair {lone}, clauses {clauses}")
    print("plants by (lone pair, clause pair):")
    for (lone, clauses), count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"  {count:4d}  {lone} / {clauses}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
