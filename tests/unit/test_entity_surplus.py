"""A place swapped in one slot while the same place stays named in another (entity.py,
``_surplus``): the two sentences name the same set of places, but not as often."""

from __future__ import annotations

from tui.engine.findings.contradiction.pipeline import sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence


def _flagged(left: str, right: str) -> list[tuple[str, str]]:
    found = sentence_conflicts(Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right))
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in found
        if c.type == "entity" and c.score >= DEFAULT_MIN_SCORE
    ]


def test_a_country_swapped_while_it_stays_named_elsewhere_is_flagged() -> None:
    assert _flagged(
        "The ministry halted grain shipments to Egypt and reopened talks with Egypt on Friday.",
        "The ministry halted grain shipments to Kenya and reopened talks with Egypt on Friday.",
    ) == [("Egypt", "Kenya")]


def test_a_demonym_swapped_while_its_country_stays_named_is_flagged() -> None:
    assert _flagged(
        "Exports of Brazilian coffee fell sharply, as Brazil faces its worst drought in years.",
        "Exports of Colombian coffee fell sharply, as Brazil faces its worst drought in years.",
    ) == [("Brazilian", "Colombian")]


def test_the_swap_is_found_in_its_slot_not_at_the_mention_kept() -> None:
    left = "Egypt reopened talks on Friday after the ministry halted grain shipments to Egypt."
    right = "Egypt reopened talks on Friday after the ministry halted grain shipments to Kenya."
    found = sentence_conflicts(Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right))
    at = left.rindex("Egypt")
    swapped = [(c.left, c.right) for c in found if c.type == "entity"]
    assert swapped == [((at, at + 5), (at, at + 5))]


def test_a_place_named_as_often_on_each_side_is_no_swap() -> None:
    assert not _flagged(
        "Egypt said shipments to Egypt would resume on Friday, officials in Cairo said.",
        "Egypt said shipments to Egypt would resume on Friday, officials said.",
    )


def test_a_country_added_in_another_role_is_no_swap() -> None:
    """The right side names Kenya where the left has nothing: no mention is swapped."""
    assert not _flagged(
        "The ministry halted grain shipments to Egypt and reopened talks with Egypt.",
        "The ministry halted grain shipments to Egypt and reopened talks with Egypt and Kenya.",
    )


def test_a_nationality_qualifying_a_noun_is_no_swap_for_a_place_name() -> None:
    """'the *Spanish* consulate' and 'at *Tangier*' fill one slot, but a nationality
    before its noun and a town named on its own are not named alike."""
    assert not _flagged(
        "Spanish police said the two, like other suspects held at the Spanish consulate, "
        "were questioned.",
        "Spanish police said the two, like other suspects held at Tangier, were questioned.",
    )
