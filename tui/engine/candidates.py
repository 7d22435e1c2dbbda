"""Sentence pairs worth scoring, found through an inverted index of stems.

Each left sentence probes the index with its stems, most selective (shortest
posting list) first, adding each stem's weight to every right sentence that
holds it. Probing stops

* once the weight not yet probed could no longer lift any pair to the score
  floor on its own (so no pair reaching the floor is missed), or
* once the sentence has visited ``POSTINGS_BUDGET`` index entries: in a very
  long article the remaining stems are common ones, found in hundreds of
  sentences, that would only add noise at quadratic cost.

When every stem was probed the shared weights are exact scores; otherwise only
the right sentences with the most shared weight so far are scored exactly.
The work per sentence is bounded, so time grows linearly with the articles'
length; nothing ever loops over all n x m pairs.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from operator import itemgetter

from tui.engine.similarity import Profile, weight_of

POSTINGS_BUDGET = 200
"""Index entries one left sentence may visit (its first stem is always probed)."""
EXACT_PER_SENTENCE = 12
"""Right sentences per left sentence, best partial overlap first, scored exactly."""
KEEP_PER_SENTENCE = 6
"""Scored pairs kept per left sentence, best first."""


def candidate_scores(
    lefts: Sequence[Profile],
    rights: Sequence[Profile],
    weights: Mapping[str, float],
    floor: float,
) -> dict[tuple[int, int], float]:
    """Weighted Dice scores >= ``floor`` of candidate pairs, keyed by (left, right) position.

    ``weights`` must hold every stem of both sides.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for sentence in rights:
        for stem in sentence.stems:
            index[stem].append(sentence.position)
    right_totals = [weight_of(sentence.stems, weights) for sentence in rights]
    scores: dict[tuple[int, int], float] = {}
    for left in lefts:
        total = weight_of(left.stems, weights)
        if total <= 0:
            continue
        shared, unprobed = _probe(left, index, weights, total, floor)
        if unprobed > 0:  # probing stopped early: the shared weights are lower bounds
            found: list[tuple[float, int]] = []
            by_shared = sorted(shared.items(), key=itemgetter(1), reverse=True)
            for r, partial in by_shared[:EXACT_PER_SENTENCE]:
                denominator = total + right_totals[r]
                if 2 * (partial + unprobed) >= floor * denominator:  # can reach the floor
                    exact = weight_of(left.stems & rights[r].stems, weights)
                    found.append((2 * exact / denominator, r))
        else:  # every stem was probed: the shared weights are exact
            found = [(2 * partial / (total + right_totals[r]), r) for r, partial in shared.items()]
        found.sort(reverse=True)
        for score, r in found[:KEEP_PER_SENTENCE]:
            if score >= floor:
                scores[(left.position, r)] = score
    return scores


def _probe(
    left: Profile,
    index: Mapping[str, list[int]],
    weights: Mapping[str, float],
    total: float,
    floor: float,
) -> tuple[dict[int, float], float]:
    """(weight shared so far with each right sentence hit, weight left unprobed).

    Only stems the right article holds count as unprobed: the others can be
    shared with no sentence. The unprobed weight is exactly 0 when every stem
    was probed, so the shared weights are then exact.
    """
    probes = sorted(
        (len(postings), stem, postings) for stem in left.stems if (postings := index.get(stem))
    )
    # Unprobed weight x can lift a pair to at most 2x / (total + x).
    enough = total * floor / (2 - floor)
    unprobed = weight_of([stem for _, stem, _ in probes], weights)
    budget = POSTINGS_BUDGET
    shared: dict[int, float] = {}
    for n, (size, stem, postings) in enumerate(probes):
        if unprobed < enough or (size > budget and n > 0):
            return shared, unprobed
        weight = weights[stem]
        unprobed -= weight
        budget -= size
        if n == 0:  # the first stem's postings all start at its weight, built in C
            shared = dict.fromkeys(postings, weight)
        else:
            shared_so_far = shared.get
            for r in postings:
                shared[r] = shared_so_far(r, 0.0) + weight
    return shared, 0.0
