"""A free sentence read against the aligned sentence that holds its words
(tui/engine/findings/contradiction/elsewhere.py), through ``compare``."""

from __future__ import annotations

from tests.contradiction_cases import article, shown_contradictions
from tui.engine.align import Alignment
from tui.engine.claims.build import pair_claims
from tui.engine.findings.contradiction.pipeline import find_held_contradictions

MERGED = (
    "Flotilla Reaches Marrow\n\n"
    "A relief flotilla of nine fishing boats from the Sandvik cooperative reached the "
    "island of Marrow and its 400 residents on Tuesday, held up by a gale for {days} days.\n\n"
    "The boats carried drinking water, tents and blankets for the islanders.\n\n"
    "The harbour master said the crossing took eleven hours.\n"
)
SPLIT = (
    "Aid Boats Arrive On Marrow\n\n"
    "Nine fishing boats of the Sandvik cooperative carrying relief supplies arrived on "
    "Tuesday at Marrow island, home to 400 residents.\n\n"
    "Drinking water, tents and blankets for the islanders were on board.\n\n"
    "The crossing took eleven hours, according to the harbour master.\n\n"
    "The boats had been held up by a gale for {days} days.\n"
)


def test_a_number_of_a_merged_sentence_is_read_against_the_free_sentence_that_holds_it() -> None:
    shown = shown_contradictions(MERGED.format(days="three"), SPLIT.format(days="five"))
    assert ("number", "three days", "five days") in shown


def test_agreeing_values_of_a_merged_sentence_are_not_flagged() -> None:
    assert shown_contradictions(MERGED.format(days="three"), SPLIT.format(days="three")) == []


def test_a_value_the_holders_partner_states_is_left_to_the_alignment() -> None:
    """The lede states the gale's three days too: the value is answered there, and the
    free sentence's five days are not read against the merged sentence."""
    left = MERGED.format(days="three")
    right = SPLIT.format(days="five").replace(
        "400 residents.", "400 residents, after a gale held them up for three days."
    )
    assert ("number", "three days", "five days") not in shown_contradictions(left, right)


BALLOT = (
    "Harbour Workers Back Walkout\n\n"
    "Dock staff at Brenmouth agreed on Friday to stop work for a day next month.\n\n"
    "Of the members who took part in the ballot, 62 percent backed the walkout, the union said.\n\n"
    "The port's owners said talks would continue.\n"
)
VOTE = (
    "Brenmouth Dock Strike Set\n\n"
    "Workers at Brenmouth docks will stop work for one day next month after a vote on Friday.\n\n"
    "Talks with the port's owners will continue.\n\n"
    "The row is over new rotas, and {share} of those who voted supported industrial action, "
    "the union said.\n"
)


def _held(left: str, right: str, alignments: tuple[Alignment, ...]) -> list[tuple[str, str, str]]:
    """What ``find_held_contradictions`` reports for the two texts and ``alignments``."""
    found = find_held_contradictions(
        article("left.txt", left), article("right.txt", right), alignments
    )
    return [(f.type, f.left.quote, f.right.quote) for f in found]


LEDE_AND_TALKS = (
    Alignment((1,), (1,), 0.7, "near"),
    Alignment((3,), (2,), 0.9, "near"),
)
"""The ballot sentences of BALLOT and VOTE left free."""


def test_two_free_sentences_saying_the_same_in_other_words_are_read_for_a_number() -> None:
    shown = _held(BALLOT, VOTE.format(share="26 percent"), LEDE_AND_TALKS)
    assert ("number", "62 percent", "26 percent") in shown


def test_two_free_sentences_agreeing_on_the_number_are_not_flagged() -> None:
    assert _held(BALLOT, VOTE.format(share="62 percent"), LEDE_AND_TALKS) == []


def _ballot_sentence(sentence: str) -> str:
    """VOTE with ``sentence`` in place of its ballot sentence."""
    return VOTE.format(share="26 percent").replace(
        "The row is over new rotas, and 26 percent of those who voted supported industrial "
        "action, the union said.",
        sentence,
    )


def test_a_free_sentence_naming_a_place_the_other_does_not_is_not_read_with_it() -> None:
    other_port = _ballot_sentence(
        "At Pellick, the rival port, 26 percent of members took part in a vote on pay."
    )
    assert _held(BALLOT, other_port, LEDE_AND_TALKS) == []


def test_a_free_sentence_placed_at_a_time_the_other_does_not_state_is_not_read_with_it() -> None:
    last_year = _ballot_sentence(
        "In last year's ballot on pensions, the union said, 26 percent took part."
    )
    assert _held(BALLOT, last_year, LEDE_AND_TALKS) == []


def test_the_claim_matrix_reads_a_merged_sentence_as_compare_does() -> None:
    """``pair_claims`` carries the held conflict, so a claim holding both sentences can
    show what the compare screen shows."""
    found = pair_claims(
        article("left.txt", MERGED.format(days="three")),
        article("right.txt", SPLIT.format(days="five")),
    ).contradictions
    assert ("number", "three days", "five days") in [
        (f.type, f.left.quote, f.right.quote) for f in found
    ]


SHIPPED = (
    "Glassworks Ships Record Order\n\n"
    "The Ostrava glassworks shipped {count} crystal vases in crates packed with straw to "
    "buyers in Japan on Monday.\n\n"
    "It was the largest order in the history of the glassworks, which two brothers founded.\n\n"
    "The factory employs 140 people.\n"
)
CRATES = (
    "Record Vase Order Leaves Ostrava\n\n"
    "Crates packed with straw left the Ostrava glassworks on Monday, bound for buyers in "
    "Japan.\n\n"
    "The factory has 140 employees.\n\n"
    "The glassworks shipped {count} crystal vases, the largest order in its history since "
    "two brothers founded it.\n"
)
"""Each outlet splits the shipment its own way: SHIPPED's first sentence is aligned with
the crates (CRATES' first) and CRATES' last with the record (SHIPPED's second), so the
count of vases sits in two sentences aligned elsewhere."""


def test_a_value_two_crossed_alignments_leave_unanswered_is_read_across_them() -> None:
    shown = shown_contradictions(SHIPPED.format(count="3,200"), CRATES.format(count="2,300"))
    assert ("number", "3,200 crystal vases", "2,300 crystal vases") in shown


def test_agreeing_values_of_crossed_alignments_are_not_flagged() -> None:
    assert shown_contradictions(SHIPPED.format(count="3,200"), CRATES.format(count="3,200")) == []


def test_a_title_is_not_read_across_the_alignments() -> None:
    """A title on a line of its own states no claim in full ("meet for the first time
    in weeks"): what its partner leaves unsaid is not read against a body sentence."""
    right = CRATES.format(count="3,200").replace(
        "Record Vase Order Leaves Ostrava", "Glassworks ships 2,300 crystal vases"
    )
    titles_lede_record_staff = (
        Alignment((0,), (0,), 0.4, "paraphrase"),
        Alignment((1,), (1,), 0.7, "paraphrase"),
        Alignment((2,), (3,), 0.7, "paraphrase"),
        Alignment((3,), (2,), 0.5, "paraphrase"),
    )
    assert _held(SHIPPED.format(count="3,200"), right, titles_lede_record_staff) == []
