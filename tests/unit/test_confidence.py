"""The contradiction confidence: shipped coefficients, a type without weights, and
the score every finding carries."""

from __future__ import annotations

import json

from tui.engine.findings.contradiction.confidence import (
    COEFFICIENTS,
    coefficients,
    confidence,
    evidence,
)
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.pipeline import gated_conflicts, sentence_conflicts
from tui.engine.findings.model import Contrast
from tui.engine.segment import Sentence

LEFT = "The council approved the budget on Tuesday after a long debate."
RIGHT = "The council did not approve the budget on Tuesday after a long debate."


def _pair() -> SentencePair:
    return SentencePair(Sentence(0, 0, len(LEFT), LEFT), Sentence(1, 0, len(RIGHT), RIGHT))


def test_the_coefficients_are_read_from_the_shipped_data() -> None:
    data = json.loads(COEFFICIENTS.read_text(encoding="utf-8"))
    intercept, weights = coefficients()
    assert intercept == data["intercept"]
    assert weights == data["weights"]


def test_every_weight_names_a_feature_the_evidence_gives() -> None:
    features = set(evidence(gated_conflicts(_pair())[0], _pair()))
    names = {name for name in features if not name.startswith("type:")}
    _, weights = coefficients()
    assert {w for w in weights if not w.startswith("type:")} <= names


def test_a_type_without_weights_is_scored_from_the_other_features() -> None:
    features = {"detector": 0.7, "frame": 0.6, "quoted": 0.0, "hedged": 0.0, "headline": 0.0}
    assert confidence({**features, "type:newcomer": 1.0}) == confidence(features)
    assert 0.0 < confidence(features) < 1.0


def test_a_higher_detector_score_gives_a_higher_confidence() -> None:
    base = {"type:negation": 1.0, "frame": 0.5}
    assert confidence({**base, "detector": 0.9}) > confidence({**base, "detector": 0.6})


def test_a_finding_carries_its_confidence_as_its_score() -> None:
    pair = _pair()
    (proposed,) = gated_conflicts(pair)
    (scored,) = sentence_conflicts(pair.left, pair.right)
    assert scored.type == proposed.type == "negation"
    assert scored.score == confidence(evidence(proposed, pair))


def test_a_reworded_frame_agrees_through_synonyms() -> None:
    left = "The big ferry rose in price when the shipyard began the refit in Varde."
    right = "The large ferry fell in price when the shipyard started the refit in Varde."
    pair = SentencePair(Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right))
    rose, fell = left.index("rose"), right.index("fell")
    conflict = Conflict(
        "opposite", (rose, rose + 4), (fell, fell + 4), Contrast("opposite", "rose", "fell"), 0.8
    )
    assert evidence(conflict, pair)["frame"] == 1.0
