"""Entity swaps in roles WordNet does not relate, where all else two sentences say
is the same (entity.ROLE_FREE_AGREEMENT), and the mentions that stay one name."""

from __future__ import annotations

import pytest

from tests.unit.test_contradictions import conflicts, only


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "A Danish sailor was pulled from the icy harbour after clinging to a buoy for an hour.",
            "Rescuers pulled a Dutch seaman from the icy harbour after he clung to a buoy "
            "for an hour.",
            ("Danish", "Dutch"),
        ),
        (
            "The summit of regional leaders will be held in Lyon after the venue in Paris flooded.",
            "After the Paris venue flooded, the regional leaders' summit was moved to Bordeaux.",
            ("Lyon", "Bordeaux"),
        ),
        (
            "The extradition case will now go to the Federal Court, prosecutors said.",
            "Prosecutors said the extradition case would now be heard by the High Court.",
            ("Federal Court", "High Court"),
        ),
    ],
)
def test_the_one_name_each_side_lacks_in_sentences_saying_the_same_conflicts(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "entity") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (  # a nationality and a place: two roles
            "A Danish sailor was pulled from the icy harbour after clinging to a buoy.",
            "A sailor was pulled from the icy harbour in Norway after clinging to a buoy.",
        ),
        (  # an acronym and the name it stands for
            "The BMA, which represents more than 40,000 doctors, called the offer an insult.",
            "The British Medical Association, which represents more than 40,000 doctors, "
            "called the pay offer an insult.",
        ),
        (  # one place spelt two ways
            "Between 1800 and 1900 the Faeroes were ruled from Copenhagen by the Danish crown.",
            "The Faroe Islands were ruled from Copenhagen by the Danish crown "
            "between 1800 and 1900.",
        ),
        (  # a sum in US dollars is no place
            "The envoy said a US$40 million fund would rebuild schools in the next year.",
            "The envoy said a $40-million fund would rebuild schools across Kenya next year.",
        ),
    ],
)
def test_mentions_that_may_be_one_name_or_two_roles_stay_silent(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "The carmaker will move its headquarters to Munich next spring.",
            "Next spring the automaker will relocate its head office to Hamburg.",
            ("Munich", "Hamburg"),
        ),
        (
            "The Danish company will build a factory in Vietnam next year.",
            "Next year the Swedish firm will build a plant in Vietnam.",
            ("Danish", "Swedish"),
        ),
        (
            "The ministry said its envoy to Kenya had been recalled for talks.",
            "Its ambassador to Uganda had been recalled for talks, the ministry said.",
            ("Kenya", "Uganda"),
        ),
    ],
)
def test_a_word_and_a_kind_of_it_agree_in_the_rest_of_an_entity_swap(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    """ "company" / "firm", "carmaker" / "automaker": WordNet kinds count as shared
    words where two names are weighed."""
    assert only(left, right, "entity") == expected


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Divers boarded the Maltese-flagged freighter off the coast on Friday.",
            "On Friday divers boarded a freighter sailing under a Cypriot flag off the coast.",
            ("Maltese-flagged", "Cypriot"),
        ),
        (
            "A Saudi-led coalition carried out air strikes on the port overnight.",
            "An Emirati-led coalition carried out overnight air strikes on the port.",
            ("Saudi-led", "Emirati-led"),
        ),
        (
            "The Swiss-based company recalled 20,000 kettles over a fire risk.",
            "The Austrian-based company recalled 20,000 kettles because of a fire risk.",
            ("Swiss-based", "Austrian-based"),
        ),
    ],
)
def test_a_nation_that_opens_a_hyphenated_word_is_a_mention(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "entity") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "Divers boarded the Panama-flagged freighter off the coast on Friday.",
            "On Friday divers boarded a Panamanian-flagged freighter off the coast.",
        ),
        (
            "A Saudi-led coalition carried out air strikes on the port overnight.",
            "A coalition led by Saudi Arabia carried out overnight air strikes on the port.",
        ),
        (
            "A Saudi-led coalition carried out air strikes on the port overnight.",
            "A coalition carried out overnight air strikes on the port in Yemen.",
        ),
    ],
)
def test_one_nation_in_a_hyphenated_word_and_outside_it_agree(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Spain recalled its consul from Bolivia on Thursday.",
            "On Thursday, Spain withdrew its consul from Ecuador after a row over visas.",
            ("Bolivia", "Ecuador"),
        ),
        (
            "Germany summoned the envoy of Iran over the arrests on Monday.",
            "On Monday, Germany called in the envoy of Iraq to protest at the arrests.",
            ("Iran", "Iraq"),
        ),
        (
            "Norway expelled two diplomats from Russia on Wednesday.",
            "On Wednesday, Norway ejected two diplomats from Belarus amid a spying row.",
            ("Russia", "Belarus"),
        ),
    ],
)
def test_a_name_first_on_one_side_and_inside_on_the_other_is_no_other_name(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    """ "Spain recalled" / "On Thursday, Spain withdrew": the first word of a sentence is
    a name the other sentence holds too, so the swap is the only difference."""
    assert only(left, right, "entity") == expected


def test_a_name_the_other_side_lacks_anywhere_leaves_the_swap_in_doubt() -> None:
    left = "Spain recalled its consul from Bolivia on Thursday."
    right = "On Thursday, Portugal withdrew its consul from Ecuador after a row over visas."
    assert [c for c in conflicts(left, right) if c.type == "entity"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (  # "Saturday's" names the day "on Saturday" names; "took" is no qualified noun
            "The chess team from Marlow College took the county trophy on Saturday, beating "
            "the champions in a final game of blitz.",
            "A final game of blitz settled Saturday's county final, which went to the chess "
            "team of Denholm College at the expense of the champions.",
            ("Marlow College", "Denholm College"),
        ),
        (  # "took" after a subject is a verb, not a noun the name qualifies
            "The chess team from Marlow College took the county trophy on Saturday, beating "
            "the champions in a final game of blitz.",
            "A final game of blitz settled the county final on Saturday, which went to the "
            "chess team of Denholm College at the expense of the champions.",
            ("Marlow College", "Denholm College"),
        ),
        (  # "next October" dates the event; "Lisbon" qualifies no noun
            "The world sailing congress will be held in Lisbon next October, the organising "
            "committee announced.",
            "The organising committee announced that next October's world sailing congress "
            "will be hosted by Porto.",
            ("Lisbon", "Porto"),
        ),
    ],
)
def test_a_name_before_a_verb_or_a_date_qualifies_no_noun(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "entity") == expected
