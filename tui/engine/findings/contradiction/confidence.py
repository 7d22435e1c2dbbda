"""The confidence of a contradiction finding: a logistic model over its evidence.

Each finding that passed the gates (same_claim.py) is described by a few features
in [0, 1] (``evidence``): its type, the detector's own score (how much the rest of
the two sentences agrees around the slot), the agreement of the whole sentences
outside the two spans (a WordNet synonym counts as a shared word), the alignment's
score, whether a span sits in a quotation, whether the sentences are title-case
headlines, whether the claim is hedged (a modal or plan word before it on both
sides), and the length of the shorter sentence. The model starts from the detector's
own score (its log-odds, the *prior*) and adjusts it: the confidence is
``sigmoid(prior + intercept + sum(weight * feature))``, so a finding the model knows
nothing more about keeps the detector's score.

The weights are fitted by benchmarks/fit_confidence.py on the labelled real set
(benchmarks/data/) with planted edits and public sentence pairs, and shipped as
data (tui/engine/data/contradiction_confidence.json); nothing is fitted at run
time. A type the model has no weight for (a detector newer than the fit) gets none
of the type terms: its confidence is its detector's score adjusted by the other
features alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from functools import lru_cache

from tui.engine.datafiles import DATA
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import is_title_case
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quotations import in_quotation
from tui.engine.findings.contradiction.same_claim import modal
from tui.engine.findings.contradiction.words import content_lemmas_outside, shared_in_meaning

COEFFICIENTS = DATA / "contradiction_confidence.json"
LONG_SENTENCE = 40
"""Words at which a sentence counts as long (the ``length`` feature saturates)."""


def evidence(conflict: Conflict, pair: SentencePair, alignment: float = 1.0) -> dict[str, float]:
    """The features of one finding, by name (``type:<type>`` is 1 for its type)."""
    left, right = pair.left_words, pair.right_words
    quoted = in_quotation(pair.left, conflict.left) or in_quotation(pair.right, conflict.right)
    return {
        f"type:{conflict.type}": 1.0,
        "detector": conflict.score,
        "frame": meaning_agreement(
            content_lemmas_outside(left, conflict.left),
            content_lemmas_outside(right, conflict.right),
        ),
        "alignment": alignment,
        "quoted": float(quoted),
        "headline": float(is_title_case(left) or is_title_case(right)),
        "hedged": float(modal(left, conflict.left) and modal(right, conflict.right)),
        "length": min(len(left), len(right), LONG_SENTENCE) / LONG_SENTENCE,
    }


def meaning_agreement(left: set[str], right: set[str]) -> float:
    """Dice overlap of two sets of lemma keys, a WordNet synonym pair counted as one
    shared word: a reworded frame ("warmer than *average*" / "colder than *normal*")
    agrees as much as one in the same words."""
    if not left or not right:
        return 0.0
    return 2 * shared_in_meaning(left, right) / (len(left) + len(right))


@lru_cache(maxsize=1)
def coefficients() -> tuple[float, dict[str, float]]:
    """(intercept, weight by feature name), read once from the shipped data."""
    data = json.loads(COEFFICIENTS.read_text(encoding="utf-8"))
    return float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()}


def prior(features: Mapping[str, float]) -> float:
    """The detector's own score in log-odds: where the model starts from."""
    score = min(max(features.get("detector", 0.5), 0.01), 0.99)
    return math.log(score / (1.0 - score))


def confidence(features: Mapping[str, float]) -> float:
    """The model's probability that the finding is a true contradiction, in [0, 1]."""
    intercept, weights = coefficients()
    terms = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return round(1.0 / (1.0 + math.exp(-(prior(features) + intercept + terms))), 2)
