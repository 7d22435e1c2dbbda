"""Clauses and sentences that share a frame across the alignment
(tui/engine/findings/contradiction/frame_pairs.py), read through ``compare``, and the
one reading ``compare`` keeps of a disagreement read twice."""

from __future__ import annotations

from tests.contradiction_cases import article, shown_contradictions
from tui.engine.compare import compare, one_reading
from tui.engine.findings.contradiction.elsewhere import held_pairs
from tui.engine.findings.contradiction.frame_pairs import _norm_counts, clauses, frame_pairs
from tui.engine.findings.contradiction.pipeline import find_held_contradictions
from tui.engine.findings.contradiction.split_units import extended_units
from tui.engine.findings.model import Contrast, Finding, Side
from tui.engine.segment import segment
from tui.engine.similarity import article_profiles, pair_idf

SEPARATE = (
    "Ferry Service Resumes On Lake Orva\n\n"
    "The ferry between Tarsk and Melby resumed on Monday after a month of repairs to its "
    "engine.\n\n"
    "Tickets will cost the same as before.\n\n"
    "The crossing takes forty minutes and runs six times a day.\n\n"
    "Passenger numbers on the route have {moved} steadily since the spring, the operator "
    "said.\n"
)
MERGED = (
    "Lake Orva Ferry Back In Service\n\n"
    "After a month in which its engine was repaired, the Tarsk to Melby ferry was running "
    "again on Monday, and the operator said passenger numbers on the route have {moved} "
    "steadily since the spring.\n\n"
    "Fares are unchanged, and the forty-minute crossing still runs six times a day.\n"
)
"""The right outlet merges the lede and the last claim of the left into one sentence,
which the aligner pairs with the lede alone: the claim is diluted in it."""


def test_a_sentence_is_cut_at_semicolons_and_at_a_comma_before_a_conjunction() -> None:
    text = "The roof fell in; nobody was hurt, but the hall was closed, and it stays shut."
    found = [c.text for c in clauses(segment(text)[0])]
    assert found == [
        "The roof fell in",
        "nobody was hurt",
        "but the hall was closed",
        "and it stays shut.",
    ]


def test_clauses_are_spans_of_the_article_text() -> None:
    text = "Intro.\nThe vote was close, but the motion passed."
    sentence = segment(text)[1]
    for clause in clauses(sentence):
        assert text[clause.start : clause.end] == clause.text


def test_a_sentence_of_one_clause_has_no_clauses_of_its_own() -> None:
    assert clauses(segment("The bridge, built in 1890, was closed on Monday.")[0]) == []


def test_a_claim_merged_into_another_sentence_is_paired_with_its_clause() -> None:
    left = article("left.txt", SEPARATE.format(moved="risen"))
    right = article("right.txt", MERGED.format(moved="fallen"))
    pairs = frame_pairs(left, right, compare(left, right).alignments)
    texts = {(p.left.span.text, p.right.span.text) for p in pairs}
    assert (
        "Passenger numbers on the route have risen steadily since the spring, the operator said.",
        "and the operator said passenger numbers on the route have fallen steadily since the "
        "spring.",
    ) in texts


def test_an_opposite_in_the_clause_of_a_merged_sentence_is_flagged() -> None:
    shown = shown_contradictions(SEPARATE.format(moved="risen"), MERGED.format(moved="fallen"))
    assert shown == [("opposite", "have risen", "have fallen")]


def test_the_same_claim_in_a_merged_sentence_is_not_flagged() -> None:
    assert shown_contradictions(SEPARATE.format(moved="risen"), MERGED.format(moved="risen")) == []


def test_a_value_the_other_article_states_elsewhere_is_not_flagged() -> None:
    right = MERGED.format(moved="fallen") + "\nBookings have risen too.\n"
    shown = shown_contradictions(SEPARATE.format(moved="risen"), right)
    assert ("opposite", "have risen", "have fallen") not in shown


def test_a_count_in_a_clause_is_left_to_the_held_pairs() -> None:
    left = article(
        "left.txt",
        "Dig Ends At Carrow Barrow\n\nThe team found nine bronze brooches in the barrow.\n",
    )
    right = article(
        "right.txt",
        "Carrow Barrow Dig Over\n\nThe excavation of Carrow barrow closed on Friday; "
        "the team found six bronze brooches in the barrow.\n",
    )
    pairs = frame_pairs(left, right, ())  # nothing aligned: the frame reading alone
    assert [(p.left.whole, p.right.whole) for p in pairs] == [(True, False)]
    assert find_held_contradictions(left, right, ()) == []


def test_the_pairs_weights_given_by_the_pipeline_are_the_ones_read() -> None:
    """``find_held_contradictions`` weighs the pair's stems once for its three readings:
    each reads the weights it is given, and gives what it would find weighing them."""
    left = article("left.txt", SEPARATE.format(moved="risen"))
    right = article("right.txt", MERGED.format(moved="fallen"))
    alignments = compare(left, right).alignments
    weights = pair_idf(article_profiles(left), article_profiles(right))
    for reading in (frame_pairs, held_pairs, extended_units):
        assert reading(left, right, alignments, weights) == reading(left, right, alignments)
    weightless = dict.fromkeys(weights, 0.0)  # no stem tells two units apart
    assert frame_pairs(left, right, alignments) != []
    assert frame_pairs(left, right, alignments, weightless) == []


def test_a_word_is_counted_once_per_sentence_that_holds_it() -> None:
    counts = _norm_counts(article("a.txt", "The ferry ran, the ferry stopped.\nThe Ferry sank.\n"))
    assert (counts["ferry"], counts["the"], counts["sank"], counts["ran"]) == (2, 2, 1, 1)


def _finding(span: tuple[int, int], score: float) -> Finding:
    left = Side(0, span[0], span[1], "x" * (span[1] - span[0]))
    right = Side(0, span[0], span[1], "x" * (span[1] - span[0]))
    return Finding.contrasting(
        "contradiction", "opposite", left, right, Contrast("opposite", "a", "b"), score
    )


def test_of_two_readings_of_the_same_words_the_better_scored_is_kept() -> None:
    own, held = _finding((0, 10), 0.47), _finding((2, 8), 0.93)
    assert one_reading([own], [held]) == [held]
    own, held = _finding((0, 10), 0.93), _finding((2, 8), 0.47)
    assert one_reading([own], [held]) == [own]


def test_readings_of_other_words_are_both_kept() -> None:
    own, held = _finding((0, 10), 0.6), _finding((20, 30), 0.9)
    assert one_reading([own], [held]) == [own, held]
