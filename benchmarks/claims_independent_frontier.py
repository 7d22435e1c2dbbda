"""What four lexical ways of joining more sentences of independent reports would cost.

Run from the project root:  .venv/bin/python benchmarks/claims_independent_frontier.py

The claims miss 16 of the seeds' 43 gold same-claim pairs (``eval_claims.py
--seeds-only``), all never aligned pairwise: independent reports state a claim in
other words. Each way below proposes sentence pairs the aligner leaves apart (both
sentences free in that article pair); a proposal counts as a gold pair gained when it
matches a gold pair the claims miss, else as another pair (no gold pair of the seeds
is left unlisted: a pair outside the gold states two claims). Scored on the seeds and
on the unseen set of independent reports (``tests/data/unseen/claims_independent.yaml``,
each event's two reports only).

* ``two against one``: a free sentence against two neighbouring free sentences of the
  other article whose union reaches the aligner's ``STRONG`` while neither alone does
  (one report tells in one sentence what the other tells in two); each side shares
  two words with the sentence.
* ``shared number``: the two sentences share a number found once in each article and
  reach the aligner's ``WEAK`` with two shared words.
* ``shared quotation``: the two sentences quote the same four words or more.
* ``corroborated by N+``: a free unit joins a claim of N or more articles when it
  agrees (``claims.affinity``: overlap at least ``AGREE``, two shared words) with every
  member, the claim's members being reports that already agree with each other. (The
  3+ line was added after reading the 2+ line's pairs on the seeds: in-sample; BASIL
  events have three reports, so neither line can be tried there.) Built into the
  claims and measured with ``eval_claims.py``: its 3 seed pairs join the U.S. offer
  (A, B, C) with a report (E) that the event gate keeps apart from all three (compared,
  nothing aligned); taking such articles in sends BASIL 0-49's claim member pairs
  across events from 6 to 40 (claims holding two events from 6 to 13: stock phrases
  such as "Senate Majority Leader Harry Reid" shared by three reports of one event and
  a fourth of another), and keeping the gate gains no seed pair at all.

A way worth building gains gold pairs with next to no other pair; none does here.
"""

from __future__ import annotations

import random
import re
import sys
import tempfile
from argparse import ArgumentParser
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import eval_claims  # noqa: E402

from tui.engine.align import STRONG, WEAK, align_profiles  # noqa: E402
from tui.engine.claims.affinity import AGREE, SHARED_WORDS  # noqa: E402
from tui.engine.claims.build import build_claims  # noqa: E402
from tui.engine.corpus import Article, load_corpus  # noqa: E402
from tui.engine.name_variants import unify_name_variants  # noqa: E402
from tui.engine.similarity import Profile, article_profiles, dice, pair_idf  # noqa: E402

Proposal = eval_claims.Units
NUMBER = re.compile(r"^\d[\d,.]*$")
QUOTED = re.compile(r"[\u201c\"]([^\u201c\u201d\"]+)[\u201d\"]")
QUOTED_WORDS = 4


def _free(left: Sequence[Profile], right: Sequence[Profile]) -> tuple[list[Profile], ...]:
    aligned = align_profiles(left, right)
    taken = {s for a in aligned for s in a.left}, {s for a in aligned for s in a.right}
    return [p for p in left if p.id not in taken[0]], [p for p in right if p.id not in taken[1]]


def _pair_view(
    articles: Sequence[Article], i: int, j: int
) -> tuple[list[Profile], list[Profile], dict[str, float]]:
    left = list(article_profiles(articles[i]))
    right = unify_name_variants(left, list(article_profiles(articles[j])))
    return left, right, pair_idf(left, right)


def two_against_one(articles: Sequence[Article], i: int, j: int) -> Iterator[Proposal]:
    left, right, weights = _pair_view(articles, i, j)
    free = _free(left, right)
    for a, xs, b, ys in ((i, free[0], j, free[1]), (j, free[1], i, free[0])):
        for x in xs:
            for y, z in zip(ys, ys[1:], strict=False):
                if (
                    z.position != y.position + 1
                    or min(len(x.stems & y.stems), len(x.stems & z.stems)) < 2
                ):
                    continue
                single = max(dice(x.stems, y.stems, weights), dice(x.stems, z.stems, weights))
                if single < STRONG <= dice(x.stems, y.stems | z.stems, weights):
                    yield eval_claims.unit_pair(a, [x.id], b, [y.id, z.id])


def shared_number(articles: Sequence[Article], i: int, j: int) -> Iterator[Proposal]:
    left, right, weights = _pair_view(articles, i, j)
    once = [
        {
            s
            for s, n in Counter(s for p in side for s in p.stems).items()
            if n == 1 and NUMBER.match(s)
        }
        for side in (left, right)
    ]
    xs, ys = _free(left, right)
    for x in xs:
        for y in ys:
            shared = x.stems & y.stems
            if (
                shared & once[0] & once[1]
                and len(shared) >= 2
                and dice(x.stems, y.stems, weights) >= WEAK
            ):
                yield eval_claims.unit_pair(i, [x.id], j, [y.id])


def _quoted(text: str) -> set[tuple[str, ...]]:
    found = set()
    for match in QUOTED.finditer(text):
        words = re.findall(r"\w+", match.group(1).lower())
        found |= {tuple(words[k : k + QUOTED_WORDS]) for k in range(len(words) - QUOTED_WORDS + 1)}
    return found


def shared_quotation(articles: Sequence[Article], i: int, j: int) -> Iterator[Proposal]:
    left, right, _ = _pair_view(articles, i, j)
    xs, ys = _free(left, right)
    for x in xs:
        for y in ys:
            if _quoted(x.text) & _quoted(y.text):
                yield eval_claims.unit_pair(i, [x.id], j, [y.id])


def corroborated(
    articles: Sequence[Article], pairs: set[tuple[int, int]], least: int
) -> Iterator[Proposal]:
    claims = build_claims(articles, workers=1).claims
    joined = {
        (m.article, s) for c in claims if len(c.members) > 1 for m in c.members for s in m.sentences
    }
    for claim in (c for c in claims if len(c.members) >= least):
        held = {m.article for m in claim.members}
        for b, article in enumerate(articles):
            if b in held or not all(
                (min(b, m.article), max(b, m.article)) in pairs for m in claim.members
            ):
                continue
            for y in article_profiles(article):
                if (b, y.id) in joined:
                    continue
                if all(_agree(articles, m.article, m.sentences, b, y) for m in claim.members):
                    for m in claim.members:
                        yield eval_claims.unit_pair(m.article, m.sentences, b, [y.id])


def _agree(
    articles: Sequence[Article], a: int, sentences: Sequence[int], b: int, y: Profile
) -> bool:
    profiles = article_profiles(articles[a])
    stems = frozenset().union(*(p.stems for p in profiles if p.id in sentences))
    weights = pair_idf(profiles, article_profiles(articles[b]))
    return len(stems & y.stems) >= SHARED_WORDS and dice(stems, y.stems, weights) >= AGREE


def _tally(
    name: str, proposals: set[Proposal], gold: list[Proposal], missed: list[Proposal]
) -> str:
    gained = {g for g in missed if any(eval_claims._matches(p, [g]) for p in proposals)}
    others = [p for p in proposals if not eval_claims._matches(p, gold)]
    return (
        f"  {name:18} gold pairs gained {len(gained):3}/{len(missed):<3} "
        f"other pairs {len(others):4}"
    )


PAIRWISE = (
    ("two against one", two_against_one),
    ("shared number", shared_number),
    ("shared quotation", shared_quotation),
)


def _report(
    title: str, articles: Sequence[Article], gold: list[Proposal], pairs: set[tuple[int, int]]
) -> None:
    found = eval_claims.claim_pairs(build_claims(articles, workers=1).claims)
    missed = [g for g in gold if not eval_claims._matches(g, found)]
    print(f"{title}: {len(gold)} gold pairs, the claims miss {len(missed)}")
    for name, way in PAIRWISE:
        proposals = {p for i, j in sorted(pairs) for p in way(articles, i, j)}
        print(_tally(name, proposals, gold, missed))
    for least in (2, 3):
        proposals = set(corroborated(articles, pairs, least))
        print(_tally(f"corroborated by {least}+", proposals, gold, missed))


def _unseen() -> tuple[list[Article], list[Proposal], set[tuple[int, int]]]:
    events = yaml.safe_load((ROOT / "tests/data/unseen/claims_independent.yaml").read_text())[
        "events"
    ]
    with tempfile.TemporaryDirectory() as folder:
        for event in events:
            for side in ("left", "right"):
                Path(folder, f"{event['id']}.{side}.txt").write_text(event[side], encoding="utf-8")
        articles = sorted(load_corpus(Path(folder)).articles, key=lambda a: a.name)
    names = [a.name for a in articles]
    gold, pairs = [], set()
    for event in events:
        i, j = names.index(f"{event['id']}.left.txt"), names.index(f"{event['id']}.right.txt")
        pairs.add((min(i, j), max(i, j)))
        for a, b in event["same"]:
            x = next(s.id for s in articles[i].sentences if s.text.startswith(a))
            y = next(s.id for s in articles[j].sentences if s.text.startswith(b))
            gold.append(eval_claims.unit_pair(i, [x], j, [y]))
    return articles, gold, pairs


def basil(show: int) -> None:
    """The pairwise ways on the same-event pairs of BASIL clusters 0-49 (never 50-99):
    counts, and ``show`` random proposals of each to read (no gold)."""
    from basil_candidates import LABELLED_CLUSTERS, basil_article, same_event_pairs

    made: dict[str, list[tuple[str, str]]] = {name: [] for name, _ in PAIRWISE}
    for _, left, right in same_event_pairs(eval_claims.BASIL.parent, LABELLED_CLUSTERS):
        articles = [basil_article(left, with_title=True), basil_article(right, with_title=True)]
        for name, way in PAIRWISE:
            for a, xs, _, ys in way(articles, 0, 1):
                made[name].append((_text(articles[a], xs), _text(articles[1 - a], ys)))
    print("BASIL clusters 0-49, same-event pairs (no gold: read with --show N)")
    generator = random.Random(13)
    for name, found in made.items():
        print(f"  {name:18} proposals {len(found):4}")
        for x, y in generator.sample(found, min(show, len(found))):
            print(f"    L: {x}\n    R: {y}\n")


def _text(article: Article, sentences: Iterable[int]) -> str:
    return " ".join(" ".join(article.sentences[s].text.split()) for s in sorted(sentences))[:240]


def main() -> int:
    parser = ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--show", type=int, default=0, help="print N BASIL proposals of each way")
    args = parser.parse_args()
    seeds = sorted(load_corpus(ROOT / "seeds").articles, key=lambda a: a.name)
    _report("Seeds", seeds, eval_claims.seeds_gold(seeds), set(combinations(range(len(seeds)), 2)))
    _report("Unseen independent reports", *_unseen())
    basil(args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
