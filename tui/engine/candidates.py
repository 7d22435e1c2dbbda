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
from math import fsum
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
    """Weighted Dice scores >= ``floor`` of candidate pairs, keyed by (left, right) index
    into ``lefts`` and ``rights`` (a profile's ``position`` is not read: a caller that
    scores a subset of an article's sentences need not renumber them).

    ``weights`` must hold every stem of both sides.
    """
    index: dict[str, list[int]] = defaultdict(list)
    for position, sentence in enumerate(rights):
        for stem in sentence.stems:
            index[stem].append(position)
    # Each stem's place in the order stems are probed in (shortest posting list first,
    # then by spelling), so that a sentence sorts its stems by a number looked up in C.
    probing_order = sorted(index, key=lambda stem: (len(index[stem]), stem))
    rank = {stem: place for place, stem in enumerate(probing_order)}
    right_totals = [weight_of(sentence.stems, weights) for sentence in rights]
    right_stems = [sentence.stems for sentence in rights]
    stem_weight = weights.__getitem__
    scores: dict[tuple[int, int], float] = {}
    for position, left in enumerate(lefts):
        total = weight_of(left.stems, weights)
        if total <= 0:
            continue
        shared, unprobed = _probe(left, index, rank, weights, total, floor)
        if unprobed > 0:  # probing stopped early: the shared weights are lower bounds
            found: list[tuple[float, int]] = []
            in_common = left.stems.intersection
            by_shared = sorted(shared.items(), key=_SHARED, reverse=True)
            for r, partial in by_shared[:EXACT_PER_SENTENCE]:
                denominator = total + right_totals[r]
                if 2 * (partial + unprobed) >= floor * denominator:  # can reach the floor
                    exact = fsum(map(stem_weight, in_common(right_stems[r])))
                    found.append((2 * exact / denominator, r))
        else:  # every stem was probed: the shared weights are exact
            found = [(2 * partial / (total + right_totals[r]), r) for r, partial in shared.items()]
        # Only pairs at the floor are kept: the rest are left out before sorting.
        kept = sorted([scored for scored in found if scored[0] >= floor], reverse=True)
        for score, r in kept[:KEEP_PER_SENTENCE]:
            scores[(position, r)] = score
    return scores


_SHARED = itemgetter(1)


def _probe(
    left: Profile,
    index: Mapping[str, list[int]],
    rank: Mapping[str, int],
    weights: Mapping[str, float],
    total: float,
    floor: float,
) -> tuple[dict[int, float], float]:
    """(weight shared so far with each right sentence hit, weight left unprobed).

    Only stems the right article holds count as unprobed: the others can be
    shared with no sentence. The unprobed weight is exactly 0 when every stem
    was probed, so the shared weights are then exact. ``rank`` orders the stems
    the right article holds, the most selective first.
    """
    probes = sorted(filter(rank.__contains__, left.stems), key=rank.__getitem__)
    # Unprobed weight x can lift a pair to at most 2x / (total + x).
    enough = total * floor / (2 - floor)
    unprobed = weight_of(probes, weights)
    budget = POSTINGS_BUDGET
    shared: dict[int, float] = {}
    for n, stem in enumerate(probes):
        postings = index[stem]
        size = len(postings)
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
