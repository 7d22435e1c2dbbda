"""The same-claim gates: each refuses one kind of false contradiction between two
reports, and the same pair without that trait is still flagged."""

from __future__ import annotations

import pytest

from tests.sentence_conflicts import conflicts


def kinds(left: str, right: str) -> list[tuple[str, str]]:
    found = conflicts(left, right)
    return [(c.type, c.message) for c in found]


def types(left: str, right: str) -> list[str]:
    return [kind for kind, _ in kinds(left, right)]


@pytest.mark.parametrize(
    ("refused", "flagged", "kind"),
    [
        # two events dated differently: the count of one is not the other's
        (("The two leaders met on Sunday for the first time in weeks.",
          "Thursday's meeting was the second time the two leaders met in a week."),
         ("The two leaders met for the first time in weeks.",
          "The two leaders met for the second time in weeks."),
         "number"),
        # the date of another event: the verbs next to the dates differ
        (("The aide apologized on Friday for the post.",
          "The aide resigned on Monday over the post."),
         ("The aide apologized on Friday for the post.",
          "The aide apologized on Saturday for the post."),
         "date"),
        # a plan on one side, what happened on the other
        (("Officials said they plan to reopen the bridge on Monday.",
          "Officials did not reopen the bridge on Monday."),
         ("Officials reopened the bridge on Monday.",
          "Officials did not reopen the bridge on Monday."),
         "negation"),
        # a reversal verb turns an opposite into the same fact
        (("The governor reversed a decision to allow fracking in the park.",
          "The governor banned fracking in the park."),
         ("The governor allowed fracking in the park.",
          "The governor banned fracking in the park."),
         "opposite"),
        # two shares of different measures: what was cited / what the mayor drew
        (("In the poll, taxes were cited by only 4 percent of likely voters.",
          "The mayor drew just 9 percent support among likely voters in the poll."),
         ("In the poll, the mayor drew only 4 percent support among likely voters.",
          "The mayor drew just 9 percent support among likely voters in the poll."),
         "number"),
        # a negative-implicative verb denies its object as "no" does
        (("Senate Republicans Vow to Block Dem Legislation Until Tax Cuts Pass",
          "Senate Republicans: No Legislation Until After Tax Cut Extension"),
         ("Senate Republicans will pass legislation until the tax cuts pass.",
          "Senate Republicans: No Legislation Until After Tax Cut Extension"),
         "negation"),
        (("The court blocked the new rules from taking effect.",
          "The new rules will not take effect."),
         ("The court let the new rules take effect.",
          "The new rules will not take effect."),
         "negation"),
        # "X, not a Y": a contrast whose claim is X, not the noun phrase
        (("Critics want a lasting deal, not a pause in the fighting.",
          "The talks produced a pause in the fighting."),
         ("The talks did not produce a pause in the fighting.",
          "The talks produced a pause in the fighting."),
         "negation"),
        # the first time since a point: it had not happened since then
        (("It was the ferry line's first profit since 2011, the operator said.",
          "The ferry line had not made a profit since 2011, the operator said."),
         ("The ferry line made a profit in 2011, the operator said.",
          "The ferry line had not made a profit in 2011, the operator said."),
         "negation"),
        (("It is the first time since the war that the bridge has closed.",
          "The bridge has not closed since the war."),
         ("The bridge has closed since the war.",
          "The bridge has not closed since the war."),
         "negation"),
        # two remarks quoted, not one remark told two ways
        (('"There is no water emergency," Attorney General Dana Wirth said in a statement.',
          '"We will have a water emergency, and we will then be sued," Governor Reed said '
          "in a statement."),
         ("There is no water emergency, Attorney General Dana Wirth said in a statement.",
          "We will have a water emergency, and we will then be sued, Governor Reed said "
          "in a statement."),
         "negation"),
        # an ordinal counted from another event
        (("She became the first woman senator from the state since Smith.",
          "She became the second woman senator from the state, after Smith."),
         ("She became the first woman senator from the state.",
          "She became the second woman senator from the state."),
         "number"),
        # counts over different populations: a state's poll and a national one
        (("A poll released Monday shows the mayor leading, 51 percent to 40 percent, in Oregon.",
          "The latest national poll showed the mayor leading, 48 percent to 40 percent."),
         ("A poll released Monday shows the mayor leading, 51 percent to 40 percent, in Oregon.",
          "The latest poll in Oregon showed the mayor leading, 48 percent to 40 percent."),
         "number"),
        # a date the other side says the event did not happen on
        (("The band released its first album in 2009.",
          "The band did not release its first album in 2011."),
         ("The band released its first album in 2009.",
          "The band released its first album in 2011."),
         "date"),
        # two sources cited for one fact: a regional office and its ministry
        (("The indictment listed school fees and dental work among the expenses, according "
          "to a press release from the Northern District of Ohio's attorney's office.",
          "Expenses included dental work and school fees, the indictment said, according to "
          "a statement released by the Justice Department."),
         ("The indictment listed school fees and dental work among the expenses, a lawyer "
          "told the Northern District of Ohio's court.",
          "Expenses included dental work and school fees, the indictment said, a lawyer told "
          "the Justice Department."),
         "entity"),
        # a plan of one body, an act of another
        (("The Senate ethics committee is preparing to question the two aides.",
          "The House ethics committee questioned the two aides on Tuesday."),
         ("The Senate ethics committee questioned the two aides on Tuesday.",
          "The House ethics committee questioned the two aides on Tuesday."),
         "entity"),
        # a party's members and a committee: two groups that may overlap
        (("Leading Republicans called Friday for the mayor to cancel his trip to Rome after "
          "the audit found unpaid bills.",
          "Council leader Tom Bray and nine members of the City Finance Committee called on "
          "the mayor to cancel his trip to Rome after an audit on Friday found unpaid bills."),
         ("The Ethics Committee called Friday for the mayor to cancel his trip to Rome after "
          "the audit found unpaid bills.",
          "Council leader Tom Bray and nine members of the City Finance Committee called on "
          "the mayor to cancel his trip to Rome after an audit on Friday found unpaid bills."),
         "entity"),
        # what happened to two named people
        (("The mayor said her rival, Anna Kerr, faced no questions after the audit.",
          "The mayor said only Tom Vale faced questions after the audit."),
         ("The mayor said Tom Vale faced no questions after the audit.",
          "The mayor said only Tom Vale faced questions after the audit."),
         "negation"),
        # what two named people promised
        (("Earlier this year, Ortega railed against the governor in a speech, promising "
          "that the county would never pay for the bridge.",
          "Reyes's promises that the county will pay for the bridge were repeated on Monday."),
         ("Earlier this year, Reyes railed against the governor in a speech, promising "
          "that the county would never pay for the bridge.",
          "Reyes's promises that the county will pay for the bridge were repeated on Monday."),
         "negation"),
        # both opposites on both sides, said of two subjects
        (("Wheat prices rose while corn prices fell.",
          "Corn prices declined and wheat prices climbed."),
         ("Wheat prices rose on Monday.",
          "Wheat prices fell on Monday."),
         "opposite"),
    ],
)  # fmt: skip
def test_a_gate_refuses_its_kind_and_keeps_the_plain_conflict(
    refused: tuple[str, str], flagged: tuple[str, str], kind: str
) -> None:
    assert kind not in types(*refused)
    assert kind in types(*flagged)


def test_a_title_case_headline_negates_with_its_capitalised_not() -> None:
    left = "Mexico will pay for the wall, the president said."
    right = "I'm Not Going To Pay For The Wall, Says Mexico's President"
    assert kinds(left, right) == [("negation", "polarity differs: will pay vs Not Going To Pay")]


def test_a_negation_in_other_words_on_both_sides_is_no_conflict() -> None:
    left = "Mexico will not pay for the wall, the president said."
    right = "No Way Mexico Is Paying For The Wall, Says President"
    assert kinds(left, right) == []


@pytest.mark.parametrize(
    ("denied", "affirmed", "with_no"),
    [
        ("The city will be smoke-free next year.", "The city will have smoke next year.",
         "There will be no smoke in the city next year."),
        ("The lack of funding stalled the project.", "The project got funding.",
         "There was no funding for the project."),
        ("The project went ahead without funding.", "The project got funding.",
         "There was no funding for the project."),
    ],
)  # fmt: skip
def test_a_denial_in_other_words_agrees_with_no(denied: str, affirmed: str, with_no: str) -> None:
    assert kinds(denied, with_no) == []
    assert types(affirmed, with_no) == ["negation"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the modality verb is the frame of both, before the claim or after it
        ("The union will strike next week, officials expect.",
         "Officials expect the union will not strike next week."),
        # reported speech: "would" is the "will" of the other side
        ("The mayor said the city would close the shelter.",
         "The city will not close the shelter, the mayor said."),
    ],
)  # fmt: skip
def test_one_frame_worded_two_ways_is_still_a_negation(left: str, right: str) -> None:
    assert "negation" in types(left, right)


def test_a_plan_against_a_fact_is_still_refused() -> None:
    assert "negation" not in types(
        "The mayor hopes the city will close the shelter.",
        "The city did not close the shelter.",
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # "would" under a verb of saying against a present or past denial
        ("The museum said the east wing would reopen to visitors this weekend.",
         "The east wing of the museum isn't reopening to visitors this weekend."),
        ("The coach told reporters that Silva would play in the final on Sunday.",
         "Silva will not play in the final on Sunday, the coach said."),
        ("The airline announced that its flights to Oslo would resume in May.",
         "The airline's flights to Oslo did not resume in May, the airline said."),
    ],
)  # fmt: skip
def test_the_future_of_reported_speech_is_a_claim_not_a_possibility(left: str, right: str) -> None:
    assert "negation" in types(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # denied so far, due later: the two agree
        ("The ministry has not yet published the final figures for the harvest.",
         "The ministry said it would publish the final figures for the harvest next week."),
        ("The jury has not yet reached a verdict in the fraud trial.",
         "The jury will reach a verdict in the fraud trial on Monday, the judge said."),
        # "would" of a possibility, no verb of saying before it
        ("The city would close the shelter if the funds ran out.",
         "The city did not close the shelter."),
    ],
)  # fmt: skip
def test_not_yet_or_a_conditional_would_is_no_negation(left: str, right: str) -> None:
    assert "negation" not in types(left, right)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a modality noun named as a thing: what was accepted or turned down
        ("The council accepted the developer's offer on the bridge.",
         "The developer's proposal on the bridge was rejected by the council."),
        ("The board accepted the union's scheme on shift patterns.",
         "The union's plan on shift patterns was rejected by the board."),
        ("Lawmakers supported the governor's initiative on flood relief.",
         "The governor's effort on flood relief was opposed by lawmakers."),
    ],
)  # fmt: skip
def test_a_proposal_named_as_a_thing_does_not_make_its_sentence_modal(
    left: str, right: str
) -> None:
    assert types(left, right) == ["opposite"]


def test_a_plan_to_act_still_makes_its_claim_modal() -> None:
    assert "opposite" not in types(
        "The council has a plan to accept the offer from the developer.",
        "The council rejected the offer from the developer.",
    )
