"""Candidate slots of a word diff and their features (slot_candidates.py), and how
near two words' shared kind lies in WordNet (kinds.common_kind_distance)."""

from __future__ import annotations

from tui.engine.findings.contradiction.kinds import common_kind_distance
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slot_candidates import candidates, slot_features
from tui.engine.segment import Sentence


def _pair(left: str, right: str) -> SentencePair:
    return SentencePair(Sentence(0, 0, len(left), left), Sentence(0, 0, len(right), right))


def _slots(left: str, right: str) -> list[tuple[str, str, dict[str, float]]]:
    pair = _pair(left, right)
    return [
        (pair.left_quote(c.left_chars(pair)), pair.right_quote(c.right_chars(pair)),
         slot_features(pair, c))
        for c in candidates(pair)
    ]  # fmt: skip


def test_one_changed_word_in_a_reordered_sentence_is_one_lone_candidate() -> None:
    slots = _slots(
        "The council praised the new bridge on Monday.",
        "On Monday the council condemned the new bridge.",
    )
    assert [(a, b) for a, b, _ in slots] == [("praised", "condemned")]
    features = slots[0][2]
    assert features["lone"] == 1.0 and features["frame"] == 1.0
    assert features["antonym"] == 1.0 and features["tone_opposed"] > 0.5


def test_a_synonym_is_the_same_word_said_another_way() -> None:
    assert (
        _slots(
            "Rescuers rushed the hiker to the hospital.",
            "Rescuers hurried the hiker to the hospital.",
        )
        == []
    )


def test_sentences_about_different_things_give_no_candidate() -> None:
    assert (
        _slots(
            "Farmers planted wheat across the valley this spring.",
            "A storm flooded the harbour and sank two fishing boats.",
        )
        == []
    )


def test_slot_kinds_and_shared_neighbours() -> None:
    (number,) = _slots(
        "The ferry carried 300 cars on Friday.", "On Friday the ferry carried 500 cars."
    )
    assert number[:2] == ("300", "500")
    assert number[2]["both:number"] == 1.0
    assert number[2]["shared_before"] == number[2]["shared_after"] == 1.0
    (date,) = _slots(
        "The museum will not open the new wing in May.",
        "The museum will open its new wing in June.",
    )
    assert date[:2] == ("May", "June")
    assert date[2]["both:date"] == 1.0 and date[2]["negation_one_side"] == 1.0


def test_two_names_in_one_role() -> None:
    (names,) = _slots(
        "The night train to Oslo was cancelled after the storm.",
        "After the storm the night train to Bergen was cancelled.",
    )
    assert names[:2] == ("Oslo", "Bergen") and names[2]["both:name"] == 1.0


def test_a_possessive_is_the_word_it_ends() -> None:
    assert (
        _slots("Texas's governor signed the bill.", "The bill was signed by the Texas governor.")
        == []
    )


def test_one_name_written_two_ways() -> None:
    (names,) = _slots("Marines entered Falluja on Monday.", "On Monday marines entered Fallujah.")
    assert names[2]["name_written_alike"] == 1.0
    (initials,) = _slots(
        "The order went to General Electric last year.", "Last year the order went to GE."
    )
    assert initials[2]["name_written_alike"] == 1.0
    (swapped,) = _slots(
        "The order went to General Electric last year.", "Last year the order went to Siemens."
    )
    assert "name_written_alike" not in swapped[2]


def test_two_places_and_two_titles() -> None:
    (places,) = _slots(
        "The talks were held in Geneva on Friday.", "On Friday the talks were held in Vienna."
    )
    assert places[2]["name_types_agree"] == 1.0 and "name_is_noun" not in places[2]
    (titles,) = _slots(
        "The bill was backed by President Moreno.", "The bill was backed by Senator Moreno."
    )
    assert titles[2]["name_is_noun"] == 1.0


def test_co_hyponyms_lie_near_a_shared_kind() -> None:
    assert common_kind_distance("violin", "cello", "n") == 2
    assert common_kind_distance("singer", "dog", "n", reach=2) is None
    assert common_kind_distance("violin", "qwzx", "n") is None
