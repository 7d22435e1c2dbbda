"""Two names of no known type, each the one name its side gives that the other never
names, in two sentences that say the same through other verbs (entity_typed.py,
UNTYPED_AGREEMENT): a swap only for names of two words or more that are neither a
person's, nor who tells the claim, nor where it happened."""

from __future__ import annotations

from tests.unit.test_contradictions import conflicts, only


def _entity_flags(left: str, right: str) -> list[str]:
    return [c.message for c in conflicts(left, right) if c.type == "entity"]


def test_two_charities_running_one_clinic_through_other_verbs_are_a_swap() -> None:
    left = (
        "A mobile clinic set up by the Orbis Relief Trust is treating about fifty patients "
        "a day in the hill villages."
    )
    right = (
        "The Kestrel Aid Network runs the mobile clinic in the hill villages, where some "
        "fifty patients are treated daily."
    )
    assert only(left, right, "entity") == ("Orbis Relief Trust", "Kestrel Aid Network")


def test_two_ensembles_giving_one_first_performance_are_a_swap() -> None:
    left = (
        "The first performance in the renovated Selwyn concert hall will be given by the "
        "Vessler String Ensemble in May."
    )
    right = (
        "When the Selwyn concert hall reopens after its renovation in May, the first "
        "performance will come from the Marlow Chamber Players."
    )
    assert only(left, right, "entity") == ("Vessler String Ensemble", "Marlow Chamber Players")


def test_the_agents_of_two_unrelated_acts_are_no_swap() -> None:
    left = (
        "The new footbridge over the Lenner canal was designed by the Aldwin Partnership "
        "over two years."
    )
    right = "Over two years the Corvel Ironworks painted the new footbridge over the Lenner canal."
    assert _entity_flags(left, right) == []


def test_two_names_of_one_word_each_are_no_swap() -> None:
    left = (
        "The first performance in the renovated Selwyn concert hall will be given by "
        "Tessaly in May."
    )
    right = (
        "When the Selwyn concert hall reopens after its renovation in May, the first "
        "performance will be played by Corvane."
    )
    assert _entity_flags(left, right) == []


def test_a_performer_and_the_body_that_tells_it_are_no_swap() -> None:
    left = (
        "The first performance in the renovated concert hall will be given in May by the "
        "Vessler String Ensemble."
    )
    right = (
        "The first performance in the renovated concert hall will be given in May, the "
        "Marlow Arts Council said."
    )
    assert _entity_flags(left, right) == []


def test_two_people_named_for_one_post_are_left_to_the_people_findings() -> None:
    left = "The mayor of Hollin, Brede Tavener, opened the town's new covered market on Saturday."
    right = "Hollin's new covered market was opened on Saturday by its mayor, Osk Varrow."
    assert _entity_flags(left, right) == []


def test_where_a_sale_happened_and_who_made_it_are_no_swap() -> None:
    left = (
        "News that the growers were cutting their harvest deepened a sell-off already under "
        "way on Corn Exchange Row."
    )
    right = (
        "News that the Marsh Valley Guild was cutting its harvest deepened a sell-off "
        "already under way."
    )
    assert _entity_flags(left, right) == []
