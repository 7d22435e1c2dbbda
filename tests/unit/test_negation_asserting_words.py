"""A negation finding points, on the affirmed side, at the word that asserts the
opposite of the cue: an adverb of frequency against "never", a universal quantifier
against "none", "no", "nobody"."""

from __future__ import annotations

from tests.sentence_conflicts import found


def test_never_against_an_adverb_of_frequency_points_at_the_adverb() -> None:
    left = "The bakery on Mill Lane has never delivered its bread to the village school."
    right = "The bakery on Mill Lane often delivers its bread to the village school."
    assert found(left, right) == [
        ("negation", "has never delivered", "often delivers"),
    ]


def test_an_adverb_of_frequency_after_the_object_is_taken_in() -> None:
    left = "The ferry company has never cancelled its crossings to the island in winter."
    right = "The ferry company cancels its crossings routinely to the island in winter."
    assert found(left, right) == [
        ("negation", "has never cancelled", "cancels its crossings routinely"),
    ]


def test_none_against_a_floating_quantifier_points_at_the_quantifier() -> None:
    left = "None of the climbers carried an avalanche beacon on the glacier, the guide said."
    right = (
        "The guide said the climbers crossing the upper glacier that morning had all "
        "carried an avalanche beacon."
    )
    assert found(left, right) == [("negation", "None of the climbers", "had all")]


def test_none_against_a_quantifier_before_the_noun_takes_in_both() -> None:
    left = "None of the climbers carried an avalanche beacon on the glacier, the guide said."
    right = "All the climbers carried an avalanche beacon on the glacier, the guide said."
    assert found(left, right) == [("negation", "None of the climbers", "All the climbers")]


def test_all_in_a_phrase_of_its_own_is_not_the_quantifier() -> None:
    left = "None of the climbers carried an avalanche beacon on the glacier, the guide said."
    right = "The climbers carried an avalanche beacon at all times on the glacier, the guide said."
    assert [right_words for _, _, right_words in found(left, right)] == ["climbers"]


def test_a_state_no_longer_true_is_answered_by_still() -> None:
    left = "The old ferry is no longer in service on the Tarn crossing, the operator said."
    right = "The operator said the old ferry is still in service on the Tarn crossing."
    assert found(left, right) == [
        ("negation", "is no longer in service", "is still in service"),
    ]


def test_an_act_yet_to_be_done_is_answered_by_already() -> None:
    left = "The county has yet to repair the bridge over the Elm brook, residents said."
    right = "Residents said the county has already repaired the bridge over the Elm brook."
    assert found(left, right) == [
        ("negation", "has yet to repair", "has already repaired"),
    ]


def test_hardly_against_an_adverb_of_certainty_points_at_the_adverb() -> None:
    left = "Commuters will hardly feel the timetable change on the coastal line, the operator said."
    right = (
        "The operator said commuters on the coastal line will certainly feel the timetable change."
    )
    assert found(left, right) == [
        ("negation", "will hardly feel", "will certainly feel"),
    ]
