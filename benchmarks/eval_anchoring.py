"""Re-anchoring on synthetic edits of the seeds: how many tags land right, orphan, or go wrong.

Run from the project root:  .venv/bin/python benchmarks/eval_anchoring.py [--seed 7]

Every content sentence of 30 characters or more (and unique in its article) of
every seed becomes a tag; each scenario edits the article, then ``locate`` must
find the claim ("correct"), give up ("orphaned"), or it lands elsewhere
("wrong": less than half overlap with the claim's new span). A wrong re-anchor
is worse than an orphan, so "wrong" should stay 0. Scenarios where the claim
is gone count a placement anywhere as wrong.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.engine.segment import Sentence  # noqa: E402
from tui.tags.anchor import locate, make_target  # noqa: E402
from tui.tags.model import Anchor, AnchorStatus, Target  # noqa: E402

FILLER = "Editor's note: this story has been updated with new comments from officials.\n\n"
SWAPS = ("reportedly", "officials", "new", "the", "said", "major")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def edit_words(text: str, share: float, rng: random.Random) -> str:
    words = text.split(" ")
    for i in rng.sample(range(len(words)), max(1, round(len(words) * share))):
        words[i] = rng.choice(SWAPS)
    return " ".join(words)


def judge(anchor: Anchor, expected: tuple[int, int] | None) -> str:
    if anchor.status is AnchorStatus.ORPHANED:
        return "orphaned"
    if expected is None:
        return "wrong"
    return "correct" if overlap((anchor.start, anchor.end), expected) >= 0.5 else "wrong"


class Scenarios:
    def __init__(self, article: Article, look_alikes: list[str], rng: random.Random) -> None:
        self.article = article
        self.text = article.text
        self.look_alikes = look_alikes
        self.rng = rng

    def run(self, s: Sentence, target: Target) -> dict[str, str]:
        text, rng = self.text, self.rng
        results: dict[str, str] = {}
        shift = len(FILLER)
        results["text inserted before"] = judge(
            locate(FILLER + text, target), (s.start + shift, s.end + shift)
        )
        for share in (0.1, 0.3):
            edited = edit_words(s.text, share, rng)
            new = FILLER + text[: s.start] + edited + text[s.end :]
            results[f"{share:.0%} of its words edited"] = judge(
                locate(new, target), (s.start + shift, s.start + shift + len(edited))
            )
        sentences = list(self.article.content_sentences)
        k = sentences.index(s)
        low, high = sentences[max(0, k - 1)].start, sentences[min(len(sentences) - 1, k + 1)].end
        edited = edit_words(s.text, 0.1, rng)
        cut = text[:low] + text[high:]
        start = len(cut) + 2 + s.start - low
        moved = cut + "\n\n" + text[low : s.start] + edited + text[s.end : high] + "\n"
        results["paragraph moved to the end, 10% edited"] = judge(
            locate(moved, target), (start, start + len(edited))
        )
        alone = text[: s.start] + text[s.end :] + "\n\n" + edited + "\n"
        results["claim alone moved, 10% edited"] = judge(
            locate(alone, target), (len(alone) - 1 - len(edited), len(alone) - 1)
        )
        deleted = text[: s.start] + text[s.end :]
        results["claim deleted"] = judge(locate(deleted, target), None)
        look_alike = str(process.extractOne(s.text, self.look_alikes, scorer=fuzz.ratio)[0])
        where = rng.choice([0, len(deleted) // 2, len(deleted)])
        planted = deleted[:where] + " " + look_alike + " " + deleted[where:]
        results["deleted, nearest other-seed sentence planted"] = judge(
            locate(planted, target), None
        )
        return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    corpus = load_corpus(ROOT / "seeds")
    rng = random.Random(args.seed)
    counts: dict[str, Counter[str]] = {}
    tags = calls = 0
    started = time.perf_counter()
    for article in corpus.articles:
        others = [
            s.text
            for other in corpus.articles
            if other is not article
            for s in other.content_sentences
            if len(s.text) >= 30
        ]
        scenarios = Scenarios(article, others, rng)
        for s in article.content_sentences:
            if len(s.text) < 30 or article.text.count(s.text) > 1:
                continue
            tags += 1
            for scenario, outcome in scenarios.run(
                s, make_target(article.text, s.start, s.end)
            ).items():
                counts.setdefault(scenario, Counter())[outcome] += 1
                calls += 1
    elapsed = time.perf_counter() - started
    print(f"{tags} tags on {len(corpus.articles)} seeds; {calls} locate() calls, "
          f"{elapsed / calls * 1000:.1f} ms each on average (edits included)")  # fmt: skip
    print(f"{'scenario':46} {'correct':>8} {'orphaned':>9} {'wrong':>6}")
    for scenario, outcome in counts.items():
        print(f"{scenario:46} {outcome['correct']:8} {outcome['orphaned']:9} {outcome['wrong']:6}")


if __name__ == "__main__":
    main()
