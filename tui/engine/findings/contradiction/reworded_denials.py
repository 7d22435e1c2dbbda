"""Reworded denials (JSON type ``negation``): a claim denied on one side and affirmed on
the other by a verb no lexicon ties to the denied one, standing where it stands in a
frame of the same arguments ("*failed to reach* the ferry" / "*made it onto* the ferry";
the reading is reworded_predicates.py's, the gates negation.py's).

It is the weakest reading of a denial, so the pipeline runs it after the readings of
the words that differ: a finding of those words keeps its place where the two overlap
(pipeline.py), and a cue reported_denials.py answers ("*said* the zoo had *not* come
under pressure" / "*acknowledged* that the council had pressed it") is left to it: one
disagreement, one finding.
"""

from __future__ import annotations

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.negation import (
    DenialSpans,
    Negation,
    Polarity,
    cues_denied_either_way,
    reframed_claim,
)
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.reported_denials import answers


def reworded_denials(pair: SentencePair) -> list[Conflict]:
    """Denials on either side against a reworded affirmation on the other."""
    return cues_denied_either_way(pair, _reframed_unanswered)


def _reframed_unanswered(
    negation: Negation, negated: Polarity, affirmed: Polarity
) -> DenialSpans | None:
    """The reframed claim of ``negation`` found in ``affirmed``, unless
    reported_denials.py answers the cue."""
    found = reframed_claim(negation, negated, affirmed)
    return None if found is None or answers(negation, negated, affirmed) else found
