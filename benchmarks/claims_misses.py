"""Where the claim matrix loses a gold "same claim" pair: the stage that dropped it.

Used by ``eval_claims.py --why``. A gold pair (article a, its unit; article b, its
unit) the claims miss is lost at the first of these stages that fails:

1. ``not compared``: the two articles are not a candidate pair (``related``).
2. ``not one event``: compared, but the event gate (``claims/events``) keeps the pair
   from joining claims (its candidate score and whether any sentence aligned).
3. Never aligned in that pair (no alignment holds a sentence of each unit). The best
   sentence pair of the two units is read as the aligner reads it (pair IDF, name
   variants unified) and the first gate it fails is named:
   ``below the floor`` (weighted Dice < ``WEAK``), ``too few shared words`` (fewer
   than two, as ``_enough_in_common``), ``weak, unanchored`` (< ``STRONG`` and no
   aligned neighbour carried it), ``taken`` (a side aligned elsewhere in this pair),
   ``paraphrase gate`` (both free but the synonym overlap below ``PARAPHRASE`` or the
   words out of order). Each side's partners in the pair, when aligned elsewhere,
   are listed.
4. ``merging``: aligned in the pair, but the claims kept the two units apart (the
   one-unit-per-article rule or the agreement test); each side's claim is shown.

Each pair is printed with its two units' text and the figures the stage read.
``second_pass_frontier`` then shows what a lexical second pass joining the sentences
the claims leave apart would cost: the gold pairs it reaches against the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tui.engine.align import STRONG, WEAK, Alignment
from tui.engine.claims.model import ClaimMatrix
from tui.engine.corpus import Article
from tui.engine.name_variants import unify_name_variants
from tui.engine.paraphrase import ANCHOR, PARAPHRASE, RESTATED, SAME_ORDER, overlap
from tui.engine.similarity import Profile, article_profiles, dice, pair_idf
from tui.engine.word_order import shared_in_order

GoldPair = tuple[int, frozenset[int], int, frozenset[int]]
LABELS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class Miss:
    pair: GoldPair
    stage: str
    detail: str


def _best_sentence_pair(
    left: Article, right: Article, lefts: frozenset[int], rights: frozenset[int]
) -> tuple[str, str]:
    """(the first aligner gate the two units' best sentence pair fails, its figures)."""
    left_profiles = list(article_profiles(left))
    right_profiles = unify_name_variants(left_profiles, list(article_profiles(right)))
    weights = pair_idf(left_profiles, right_profiles)
    by_id = {p.id: p for p in left_profiles}, {p.id: p for p in right_profiles}
    pairs: list[tuple[float, Profile, Profile]] = [
        (dice(x.stems, y.stems, weights), x, y)
        for x in (by_id[0][s] for s in sorted(lefts) if s in by_id[0])
        for y in (by_id[1][s] for s in sorted(rights) if s in by_id[1])
    ]
    if not pairs:
        return "boilerplate", ""
    score, x, y = max(pairs, key=lambda p: p[0])
    shared = x.stems & y.stems
    found = overlap(x, y, weights)
    order = shared_in_order(x.text, y.text, found.synonyms)
    figures = (
        f"sentences {x.id}/{y.id}: dice {score:.3f}, with synonyms {found.dice:.3f}, "
        f"restated {found.restated:.2f}, in order {order:.2f}, shared {sorted(shared)}"
    )
    if score < WEAK:
        return f"below the floor (dice < {WEAK})", figures
    if len(shared) < 2 and len(shared) < min(len(x.stems), len(y.stems)):
        return "too few shared words", figures
    if score < ANCHOR or found.dice < PARAPHRASE:
        gate = "weak, unanchored" if score < STRONG else "not matched"
        return f"{gate} (dice < {STRONG}; paraphrase needs {PARAPHRASE} with synonyms)", figures
    if found.restated < RESTATED and order < SAME_ORDER:
        return "paraphrase gate (words out of order)", figures
    return "not matched (a stronger pair took a side?)", figures


def _partners(
    alignments: Sequence[Alignment], sentences: frozenset[int], left_side: bool
) -> list[tuple[int, ...]]:
    found = []
    for a in alignments:
        mine, other = (a.left, a.right) if left_side else (a.right, a.left)
        if sentences & set(mine):
            found.append(other)
    return found


def explain(
    articles: Sequence[Article],
    matrix: ClaimMatrix,
    missed: Sequence[GoldPair],
    alignments: Mapping[tuple[int, int], Sequence[Alignment]],
    related: Mapping[tuple[int, int], float],
    same_event: set[tuple[int, int]],
) -> list[Miss]:
    """Each missed gold pair with the stage that lost it. ``alignments`` holds every
    compared pair's alignments, ``related`` the candidate scores, ``same_event`` the
    pairs the event gate lets join claims."""
    claim_of = {
        (m.article, s): claim for claim in matrix.claims for m in claim.members for s in m.sentences
    }
    found = []
    for pair in missed:
        a, left, b, right = pair
        key = (a, b)
        if key not in alignments:
            found.append(Miss(pair, "not compared", f"candidate score {related.get(key, 0):.3f}"))
            continue
        aligned = alignments[key]
        if key not in same_event:
            gate, figures = _best_sentence_pair(articles[a], articles[b], left, right)
            detail = f"candidate score {related.get(key, 0):.3f}, {len(aligned)} alignments"
            found.append(Miss(pair, "not one event", f"{detail}; aligner: {gate}; {figures}"))
            continue
        together = [a_ for a_ in aligned if left & set(a_.left) and right & set(a_.right)]
        if together:
            claims = [claim_of.get((a, min(left))), claim_of.get((b, min(right)))]
            sizes = "/".join(
                f"claim {c.id} ({len(c.members)} members)" if c else "none" for c in claims
            )
            found.append(Miss(pair, "merging", f"aligned {together[0].score:.3f}; {sizes}"))
            continue
        stage, figures = _best_sentence_pair(articles[a], articles[b], left, right)
        elsewhere = _partners(aligned, left, True), _partners(aligned, right, False)
        if elsewhere[0] or elsewhere[1]:
            stage = "taken"
            figures += f"; left aligned with {elsewhere[0]}, right with {elsewhere[1]}"
        found.append(Miss(pair, stage, figures))
    return found


def report(articles: Sequence[Article], misses: Sequence[Miss]) -> str:
    """The misses grouped by stage, each with both units' text."""

    def text(article: int, sentences: frozenset[int]) -> str:
        words = " ".join(articles[article].sentences[s].text for s in sorted(sentences))
        return " ".join(words.split())[:120]

    counts = Counter(miss.stage.split(" (")[0] for miss in misses)
    lines = [
        f"  where the {len(misses)} missed gold pairs are lost: "
        + ", ".join(f"{stage} {n}" for stage, n in counts.most_common())
    ]
    for miss in sorted(misses, key=lambda m: (m.stage, m.pair[0], m.pair[2], min(m.pair[1]))):
        a, left, b, right = miss.pair
        lines.append(f"    [{miss.stage}] {miss.detail}")
        lines.append(f"      {LABELS[a]}{sorted(left)} {text(a, left)}")
        lines.append(f"      {LABELS[b]}{sorted(right)} {text(b, right)}")
    return "\n".join(lines)


def second_pass_frontier(
    articles: Sequence[Article],
    matrix: ClaimMatrix,
    gold: Sequence[GoldPair],
    pairs: Sequence[tuple[int, int]],
) -> str:
    """What a lexical second pass over the sentences the claims leave apart would cost.

    In each article pair of ``pairs``, a sentence is free when its claim holds nothing
    of the other article. The free sentence pairs that are each other's best partner
    by the paraphrase pass's synonym overlap (pair IDF) are ranked by it; the line
    shows, at each gold pair reached, how many other pairs rank above it: what
    joining every pair down to that overlap would add."""
    claim_of = {
        (m.article, s): claim for claim in matrix.claims for m in claim.members for s in m.sentences
    }
    gold_index: dict[tuple[int, int], list[GoldPair]] = {}
    for g in gold:
        gold_index.setdefault((g[0], g[2]), []).append(g)
    ranked: list[tuple[float, bool]] = []
    for i, j in pairs:
        lefts, rights = list(article_profiles(articles[i])), list(article_profiles(articles[j]))
        weights = pair_idf(lefts, rights)
        free_left = [p for p in lefts if claim_of[i, p.id].member(j) is None]
        free_right = [p for p in rights if claim_of[j, p.id].member(i) is None]
        if not free_left or not free_right:
            continue
        score = {(x.id, y.id): overlap(x, y, weights).dice for x in free_left for y in free_right}
        best_right = {x.id: max(free_right, key=lambda y: score[x.id, y.id]).id for x in free_left}
        best_left = {y.id: max(free_left, key=lambda x: score[x.id, y.id]).id for y in free_right}
        for x, y in best_right.items():
            if best_left[y] == x:
                is_gold = any(x in g[1] and y in g[3] for g in gold_index.get((i, j), ()))
                ranked.append((score[x, y], is_gold))
    ranked.sort(key=lambda r: -r[0])
    steps, found, other = [], 0, 0
    for value, is_gold in ranked:
        found += is_gold
        other += not is_gold
        if is_gold:
            steps.append(f"{value:.3f}: {found} gold, {other} other")
    return (
        f"  a lexical second pass over free sentences ({len(pairs)} article pairs, "
        f"{len(ranked)} mutually best pairs): " + ("; ".join(steps) or "no gold pair reached")
    )
