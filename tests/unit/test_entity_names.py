"""Name swaps (entity_names.py): one name changed in an otherwise identical sentence
is an entity conflict; the same name written another way, a title, a date or a
sentence's common first word is not."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import found


@pytest.mark.parametrize(
    ("left", "right", "words"),
    [
        (
            "The photograph first appeared in the Boston Globe on the front page.",
            "The photograph first appeared in the Chicago Tribune on the front page.",
            ("Boston Globe", "Chicago Tribune"),
        ),
        (
            "She has written weekly columns for the New York Times since the spring.",
            "She has written weekly columns for the Washington Post since the spring.",
            ("New York Times", "Washington Post"),
        ),
        # another person, each named with a title of their own
        (
            "The delegation was led by Vice Premier He Lifeng, who met Bessent twice.",
            "The delegation was led by Commerce Minister Wang Wentao, who met Bessent twice.",
            ("He Lifeng", "Wang Wentao"),
        ),
        # a title word both keep does not cut the changed run in two
        (
            "The treaty was signed by Secretary of State Marco Rubio at the ceremony.",
            "The treaty was signed by Defense Secretary Pete Hegseth at the ceremony.",
            ("Marco Rubio", "Pete Hegseth"),
        ),
        # another person in the same role, named after the office in apposition
        (
            "The attorney general, Letitia James, filed the lawsuit in federal court.",
            "The attorney general, Barbara Underwood, filed the lawsuit in federal court.",
            ("Letitia James", "Barbara Underwood"),
        ),
        (
            "The harbour report was written by Kate Siegel for the city council.",
            "The harbour report was written by Trevor Macy for the city council.",
            ("Kate Siegel", "Trevor Macy"),
        ),
        (
            "The winning goal was scored by Smith in the final minute of the match.",
            "The winning goal was scored by Jones in the final minute of the match.",
            ("Smith", "Jones"),
        ),
        # a short claim mostly of names is no title-case headline: "produced" is lower case
        (
            "Tracey Edmonds produced Soul Food.",
            "Peter Jackson produced Soul Food.",
            ("Tracey Edmonds", "Peter Jackson"),
        ),
        # nor is one whose only lower-case word is a verb title case would capitalise
        (
            "Michael Vick is American.",
            "Michael Vick is Armenian.",
            ("American", "Armenian"),
        ),
        (
            "Nicholas Brody is a character on Homeland, the thriller series.",
            "Nicholas Brody is a character on Game of Thrones, the thriller series.",
            ("Homeland", "Game of Thrones"),
        ),
    ],
)
def test_one_name_swapped_in_the_same_claim_is_an_entity_conflict(
    left: str, right: str, words: tuple[str, str]
) -> None:
    assert found(left, right) == [("entity", *words)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # one name inside the other
        (
            "Actor Vin Diesel plays the lead role in the new science fiction film.",
            "Vin Diesel plays the lead role in the new science fiction film.",
        ),
        # one name spelt two ways: the name findings report it
        (
            "The budget was presented by Scott Bessent to the finance committee on time.",
            "The budget was presented by Scott Besent to the finance committee on time.",
        ),
        # initials, and a body with and without its organisation word
        (
            "The United States rejected the draft text of the climate treaty.",
            "The U.S. rejected the draft text of the climate treaty.",
        ),
        (
            "He left the Republican Party over the budget vote in the spring.",
            "He left the Republicans over the budget vote in the spring.",
        ),
        # a nation in two forms
        (
            "The American delegation rejected the draft text of the climate treaty.",
            "The US delegation rejected the draft text of the climate treaty.",
        ),
        # a courtesy title or an office, not a name
        (
            "Mr. Obama told reporters the deal would be signed within the month.",
            "President Obama told reporters the deal would be signed within the month.",
        ),
        # a sentence's common first word
        (
            "Officials said the bridge would stay closed until the inspection ended.",
            "Authorities said the bridge would stay closed until the inspection ended.",
        ),
        # a title-case headline: its capitals say nothing of names
        (
            "Senate Leaders Pass The Tax Bill In A Late Vote",
            "Senate Leaders Pass The Budget Bill In A Late Vote",
        ),
        (
            "Senate Leaders Pass Tax Bill in Late Vote",
            "Senate Leaders Pass Budget Bill in Late Vote",
        ),
        # more than the name changed
        (
            "The report was written by Kate Siegel for the city council last year.",
            "The film was directed by Trevor Macy for a streaming service in May.",
        ),
    ],
)
def test_same_name_titles_and_wider_changes_are_not_name_swaps(left: str, right: str) -> None:
    assert [f for f in found(left, right) if f[0] == "entity"] == []


def test_a_restrictive_adverb_before_the_new_name_leaves_the_slot_as_it_is() -> None:
    assert found(
        "The festival opened with an American film about the harbour.",
        "The festival opened with a solely Australian film about the harbour.",
    ) == [("entity", "American", "Australian")]


@pytest.mark.parametrize("verb", ["said", "stated", "told reporters"])
def test_a_verb_of_saying_reworded_next_to_the_swap_keeps_the_slot(verb: str) -> None:
    left = "Most Democrats said the new tariff would raise prices for farmers."
    right = f"Most Republicans {verb} the new tariff would raise prices for farmers."
    assert found(left, right) == [("entity", "Democrats", "Republicans")]
