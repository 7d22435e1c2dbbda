"""Whether two sentences hold the words they share in the same order."""

from __future__ import annotations

from tui.engine.word_order import content_stems, shared_in_order


def test_content_stems_keep_text_order_and_drop_stopwords() -> None:
    assert content_stems("The mayor signed the housing contracts.") == [
        "mayor",
        "sign",
        "hous",
        "contract",
    ]


def test_a_claim_told_twice_keeps_its_order() -> None:
    left = "The mayor signed the housing contracts with two builders on Monday."
    right = "The mayor signed housing contracts with builders on Monday, a spokesman said."
    assert shared_in_order(left, right) == 1.0


def test_the_same_words_in_other_roles_are_out_of_order() -> None:
    left = "The mayor signed the housing contracts with two builders on Monday."
    right = "Builders on Monday sued the mayor over housing contracts he signed."
    # In order: "mayor ... housing contracts" (3 of the 6 shared words).
    assert shared_in_order(left, right) == 0.5


def test_a_synonym_stands_in_the_place_of_its_word() -> None:
    left = "Officials will remain in London for talks with the delegation."
    right = "Officials continued to stay in London for talks with the delegation."
    assert shared_in_order(left, right, [("remain", "stay")]) == 1.0
    # Officials and the delegation trade places: with "stay" read as "remain", three of
    # the five shared words keep their order ("remain ... London ... talks").
    swapped = "The delegation will stay in London for talks with officials."
    assert shared_in_order(left, swapped, [("remain", "stay")]) == 0.6


def test_fewer_than_two_shared_words_give_no_order() -> None:
    assert shared_in_order("The mayor resigned.", "A storm hit the mayor's town.") == 1.0


def test_an_attribution_moved_to_the_other_end_keeps_the_order() -> None:
    left = "The port authority said the harbour would reopen to ferries on Monday."
    right = "Ferries will use the harbour again from Monday, according to the port authority."
    # "port authority ... harbour ... ferries ... Monday" read with the attribution
    # moved back to the front; "harbour" and "ferries" trade places inside the claim.
    assert shared_in_order(left, right) == 0.8
    said_last = "The harbour would reopen to ferries on Monday, the port authority said."
    assert shared_in_order(left, said_last) == 1.0


def test_a_long_clause_with_said_in_it_is_not_moved() -> None:
    left = "Inspectors found cracks in the bridge, and the council said it was closing the road."
    right = "The council closed the road after inspectors found cracks in the bridge."
    # "the council said it was closing the road" is a claim, not an attribution: the
    # sentence is read in its own order only (read from "the council", all 7 would be).
    assert shared_in_order(left, right) == 4 / 7  # "inspectors found cracks ... bridge"
