"""Contradictions between aligned sentences: each type, and the pairs never to flag."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.engine.align import Alignment
from tui.engine.compare import compare
from tui.engine.corpus import build_article
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.pipeline import find_contradictions, sentence_conflicts
from tui.engine.findings.model import DEFAULT_MIN_SCORE
from tui.engine.segment import Sentence

LEFT_OFFSET = 40
RIGHT_OFFSET = 7


def conflicts(left: str, right: str) -> list[Conflict]:
    """Conflicts between two sentences placed at non-zero offsets of their texts."""
    return sentence_conflicts(
        Sentence(3, LEFT_OFFSET, LEFT_OFFSET + len(left), left),
        Sentence(5, RIGHT_OFFSET, RIGHT_OFFSET + len(right), right),
    )


def quotes(conflict: Conflict, left: str, right: str) -> tuple[str, str]:
    (ls, le), (rs, re_) = conflict.left, conflict.right
    return (
        left[ls - LEFT_OFFSET : le - LEFT_OFFSET],
        right[rs - RIGHT_OFFSET : re_ - RIGHT_OFFSET],
    )


def flagged(left: str, right: str) -> list[tuple[str, str, str]]:
    """(type, left words, right words) of each conflict shown at the default threshold."""
    return [
        (c.type, *quotes(c, left, right))
        for c in conflicts(left, right)
        if c.score >= DEFAULT_MIN_SCORE
    ]


def only(left: str, right: str, kind: str) -> tuple[str, str]:
    found = conflicts(left, right)
    assert [c.type for c in found] == [kind], [c.message for c in found]
    return quotes(found[0], left, right)


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        (
            "Bessent returned after two days of talks in London.",
            "Bessent returned after three days of talks in London.",
            ("two days", "three days"),
        ),
        ("Turnout reached 90% in the capital.", "Turnout reached 70% in the capital.",
         ("90%", "70%")),
        (
            "The freeze will last six months, the ministry said.",
            "The freeze will last 3 months, the ministry said.",
            ("six months", "3 months"),
        ),
        ("The fund lent $2 billion to the city.", "The fund lent $3.5bn to the city.",
         ("$2 billion", "$3.5bn")),
        ("Police said 12 people were hurt in the blast.",
         "Police said fifteen people were hurt in the blast.", ("12 people", "fifteen people")),
        ("It was the third round of talks this year.", "It was the fifth round of talks this year.",
         ("third round", "fifth round")),
    ],
)  # fmt: skip
def test_numbers_that_differ_are_flagged_with_tight_quotes(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "number") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The talks lasted two days in London.", "The talks lasted 2 days in London."),
        ("The donor gave US$1m to the school.", "The donor gave $1 million to the school."),
        ("Prices rose ten percent last year.", "Prices rose 10% last year."),
        ("Exports reached 1,500,000 tonnes.", "Exports reached 1.5 million tonnes."),
        ("The firm paid €5 billion in fines.", "The firm paid 5 billion euros in fines."),
        ("Spending will rise to $247 billion.", "Spending will rise to $247.7 billion."),
        ("The parade cost more than $1 million.", "The parade cost $1.1 million."),
        ("About 3,000 people marched.", "Some 3,100 people marched."),
        ("A dozen officials attended the meeting.", "12 officials attended the meeting."),
        ("Officials reported three new cases on Monday.",
         "Officials reported five new deaths on Monday."),
        ("It was a two-day visit to Paris.", "The visit to Paris lasted two days."),
        ("Students were ill between three and 11 times.",
         "Students were ill between three and eleven times."),
    ],
)  # fmt: skip
def test_the_same_amount_written_differently_or_a_different_count_is_not_flagged(
    left: str, right: str
) -> None:
    assert conflicts(left, right) == []


def test_a_changed_number_is_found_when_an_equal_value_counts_something_else() -> None:
    left = "He served six months on the island and six years in the reserves."
    right = "He served ten months on the island and six years in the reserves."
    assert only(left, right, "number") == ("six months", "ten months")


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("The talks in Geneva ran from May 10-11.", "The talks in Geneva ran from May 12-13.",
         ("May 10-11", "May 12-13")),
        ("Trump announced on Friday (June 6) that talks would resume.",
         "Trump announced on Thursday (June 5) that talks would resume.",
         ("Friday (June 6)", "Thursday (June 5)")),
        ("The ministers met on Monday in London.", "The ministers met on Wednesday in London.",
         ("Monday", "Wednesday")),
        ("The law took effect in 2019 after a long debate.",
         "The law took effect in 2021 after a long debate.", ("2019", "2021")),
        ("The tenure ends on February 28, 2019, before the summit in February.",
         "The tenure ends on February 2, 2019, before the summit in February.",
         ("February 28, 2019", "February 2, 2019")),
        # years before 1900 are dates too
        ("The cathedral was finished in August 1895 after decades of work.",
         "The cathedral was finished in August 1795 after decades of work.",
         ("August 1895", "August 1795")),
        ("The treaty was signed in 1648 in Westphalia.",
         "The treaty was signed in 1748 in Westphalia.", ("1648", "1748")),
    ],
)  # fmt: skip
def test_dates_that_differ_are_flagged(left: str, right: str, expected: tuple[str, str]) -> None:
    assert only(left, right, "date") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The delegations met on June 6 in London.", "The delegations met on 6 June in London."),
        ("The delegations met on June 6 in London.", "The delegations met on Friday in London."),
        ("The delegations met on Friday, June 6.", "The delegations met on June 6th."),
        ("The talks ended at 3 p.m. in Geneva.", "The talks ended at 3pm in Geneva."),
        (
            "The filing is dated 2025-06-06 in London.",
            "The filing is dated June 6, 2025 in London.",
        ),
    ],
)
def test_the_same_date_in_another_form_is_not_flagged(left: str, right: str) -> None:
    assert conflicts(left, right) == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("The patient has signs of infection.", "The patient has no signs of infection.",
         ("has signs", "has no signs")),
        ("The company requested a delay of the hearing.",
         "The company did not request a delay of the hearing.",
         ("requested", "did not request")),
        ("The delegation demonstrated a calm and confident negotiation style.",
         "The delegation did not demonstrate a calm and confident negotiation style.",
         ("demonstrated", "did not demonstrate")),
        ("The senators failed to pass the budget bill.", "The senators passed the budget bill.",
         ("failed to pass", "passed")),
        ("The minister isn't attending the summit in Rome.",
         "The minister is attending the summit in Rome.", ("isn't attending", "is attending")),
        ("Nobody is riding the bicycle on one wheel.",
         "A person is riding the bicycle on one wheel.", ("Nobody is riding", "is riding")),
        # a negated modal keeps its modality: "cannot" is "can" denied
        ("The agency can inspect the plant at any time.",
         "The agency cannot inspect the plant at any time.", ("can inspect", "cannot inspect")),
        ("The agency can inspect the plant at any time.",
         "The agency can't inspect the plant at any time.", ("can inspect", "can't inspect")),
        # a nationality is no person's name: it may be the claim denied
        ("The pilot of the plane was American, officials said.",
         "The pilot of the plane was not American, officials said.",
         ("was American", "was not American")),
    ],
)  # fmt: skip
def test_opposite_polarity_is_flagged(left: str, right: str, expected: tuple[str, str]) -> None:
    assert only(left, right, "negation") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The senators did not pass the bill.", "The senators failed to pass the bill."),
        ("Officials declined to comment on the report.",
         "Officials did not comment on the report."),
        ("Not only did prices rise, wages rose too.", "Prices rose and wages rose too."),
        ("If they don't pass this bill, the economy may stall.",
         "To pass this bill would help the economy, he said."),
        ("The dollar tries to stay above the 75 cent mark.",
         "The dollar failed to stay above the 75 cent mark."),
        ("Ursel confirmed it ran the coach but gave no details.",
         "Ursel confirmed it ran the coach but declined to give details."),
        ("Ferry operators rarely keep full passenger lists.",
         "Ferry operators do not keep full passenger lists."),
        ("Businesses are not yet feeling confident enough to upgrade.",
         "Businesses are not feeling confident enough to upgrade."),
        ('"I know of nobody who pressured anybody," Feith said.',
         '"I know of no pressure on anybody," Feith said.'),
        ("The meeting should not take place until Russia takes steps.",
         "Russia takes steps before the meeting, he said."),
        ("The Congress has never -- ever -- outlawed a medical procedure.",
         "The Congress has never \u2014 ever \u2014 outlawed a medical procedure."),
        ("Shareholders get 0.09 shares (and no shares of PalmSource) per share.",
         "Shareholders get 0.09 shares per share, no shares of PalmSource."),
    ],
)  # fmt: skip
def test_the_same_polarity_said_otherwise_is_not_flagged(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "negation"] == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Gina Raimondo and Katherine Tai remain in London to continue the dialogue.",
         "Gina Raimondo and Katherine Tai have left London to continue the dialogue.",
         ("remain", "have left")),
        ("Shares of the carmaker rose sharply in Tokyo trading.",
         "Shares of the carmaker declined sharply in Tokyo trading.", ("rose", "declined")),
        ("The central bank will ease monetary policy next year.",
         "The central bank will tighten monetary policy next year.",
         ("will ease", "will tighten")),
        ("The party will retain control of the senate.",
         "The party will give up control of the senate.", ("will retain", "will give up")),
        ("The talks went well for the delegation.", "The talks went badly for the delegation.",
         ("well", "badly")),
        ("The committee approved the merger on Tuesday.",
         "The committee rejected the merger on Tuesday.", ("approved", "rejected")),
        ("Analysts upgraded the bank's shares on Monday.",
         "Analysts downgraded the bank's shares on Monday.", ("upgraded", "downgraded")),
        ("Quarterly profit came in above expectations, the firm said.",
         "Quarterly profit came in below expectations, the firm said.", ("above", "below")),
        ("Orsk Rovers beat Velden City at home in the cup on Sunday.",
         "Orsk Rovers beat Velden City away in the cup on Sunday.", ("home", "away")),
        ("The pilot survived the crash near the airport.",
         "The pilot died in the crash near the airport.", ("survived", "died")),
        ("The delegation kept adhering to the principle of equal consultation.",
         "The delegation kept abandoning the principle of equal consultation.",
         ("adhering", "abandoning")),
    ],
)  # fmt: skip
def test_antonyms_in_otherwise_agreeing_sentences_are_flagged(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    assert only(left, right, "opposite") == expected


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Shares of the carmaker did not rise in Tokyo.", "Shares of the carmaker fell in Tokyo."),
        ("Oil prices rose in Asian trade.",
         "The central bank said inflation would fall next year."),
        ("Shares rose and then fell in Tokyo.", "Shares rose and then fell in Tokyo trading."),
        ("Obama won the election in Ohio on Tuesday.",
         "McCain lost the election in Ohio on Tuesday."),
        # one match told from each side: home for one club is away for the other
        ("Velden City lost 0-3 to Orsk Rovers at home on Sunday.",
         "Orsk Rovers beat Velden City 3-0 away on Sunday."),
        ("Orsk Rovers played Velden City away in the cup on Sunday.",
         "Velden City played Orsk Rovers at home in the cup on Sunday."),
    ],
)  # fmt: skip
def test_antonyms_that_agree_or_talk_of_other_things_are_not_flagged(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "opposite"] == []


def test_a_reworded_quote_that_keeps_its_meaning_is_not_flagged() -> None:
    left = 'They publicly assert that "the negotiations are progressing smoothly," officials said.'
    right = 'They publicly assert that "progress is smooth," officials said.'
    assert conflicts(left, right) == []


def test_the_same_quotation_with_and_without_a_negation_points_at_the_changed_words() -> None:
    left = '"To sign the deal this month would raise the risk of a strike," the minister said.'
    right = (
        '"If they don\'t sign the deal this month it will raise the risk of a strike," '
        "the minister said."
    )
    assert only(left, right, "quote") == ("To", "If they don't")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # two remarks of one speaker: little content in common
        ('"We will fight for every job," the mayor said on Tuesday.',
         '"Nobody expected the budget to pass so soon," the mayor said on Tuesday.'),
        # a fragment of the remark against the whole of it
        ('She said the team should "play with pride, not a fear of losing."',
         'She said they played with "a fear of losing" all season.'),
        # another speaker, another setting
        ('"The plant will not close," the union leader told workers in Ohio.',
         '"The plant will close," analysts wrote in a note to investors last year.'),
    ],
)  # fmt: skip
def test_two_different_quotations_are_not_a_quote_conflict(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "quote"] == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ('"We are not co-mingling funds from Congress," said Faletti.',
         '"We are not comingling funds from Congress," said Faletti.'),
        ('The offer "undervalues the company," Conway said.',
         '"The offer undervalues the company and its staff," Conway said.'),
        ('He called it "America First" policy.', 'He called it "Made in America" policy.'),
        ('He said dealers named "D-Money, Smoothie (and) Shifty" came to Maine.',
         'He said dealers named "Smoothie, D-Money and Shifty" came to Maine.'),
    ],
)  # fmt: skip
def test_quotes_with_the_same_words_or_a_part_are_not_flagged(left: str, right: str) -> None:
    assert conflicts(left, right) == []


def test_a_quote_running_over_a_sentence_boundary_is_compared() -> None:
    left = 'She told the media: "We had two days of productive talks and dinners.'
    right = 'She told the media: "We never had two days of productive talks and dinners.'
    found = conflicts(left, right)
    assert [c.type for c in found] in (["negation"], ["quote"])
    assert "never" in quotes(found[0], left, right)[1]


def test_a_number_changed_inside_a_quote_is_a_number_finding_only() -> None:
    left = '"We will hire 300 workers in the new plant," the chief executive said.'
    right = '"We will hire 500 workers in the new plant," the chief executive said.'
    assert only(left, right, "number") == ("300 workers", "500 workers")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Shares of the company rose 5% on Monday after the report.",
         "On Monday, shares of the company climbed five percent following the report."),
        ("The minister left for Washington after three days of talks.",
         "After 3 days of negotiations, the minister departed for Washington."),
        ("The court did not approve the merger.", "The court refused to approve the merger."),
    ],
)  # fmt: skip
def test_a_paraphrase_with_the_same_facts_is_never_a_contradiction(left: str, right: str) -> None:
    assert conflicts(left, right) == []


def test_findings_carry_sentence_ids_and_exact_quotes_of_the_original_text(
    tmp_path: Path,
) -> None:
    left_text = "Markets were calm.\n\nThe minister left after two days of talks in London.\n"
    right_text = "The minister left after three days of talks in London.\n"
    left = build_article(tmp_path / "a.txt", left_text.encode(), left_text, "utf-8", False)
    right = build_article(tmp_path / "b.txt", right_text.encode(), right_text, "utf-8", False)
    alignment = Alignment((left.sentences[1].id,), (right.sentences[0].id,), 0.8, "near")
    [finding] = find_contradictions(left, right, (alignment,))
    assert finding.kind == "contradiction" and finding.type == "number"
    assert finding.left.sentence == left.sentences[1].id
    assert left_text[finding.left.start : finding.left.end] == finding.left.quote == "two days"
    assert right_text[finding.right.start : finding.right.end] == "three days"
    assert finding.message == "number differs: two days vs three days"
    assert 0.5 <= finding.score <= 1.0


def test_compare_reports_contradictions_of_aligned_sentences(tmp_path: Path) -> None:
    left_text = (
        "The central bank raised interest rates on Tuesday to fight inflation.\n"
        "The governor said the economy was strong.\n"
    )
    right_text = (
        "The governor said the economy was strong.\n"
        "The central bank cut interest rates on Tuesday to fight inflation.\n"
    )
    left = build_article(tmp_path / "a.txt", left_text.encode(), left_text, "utf-8", False)
    right = build_article(tmp_path / "b.txt", right_text.encode(), right_text, "utf-8", False)
    found = [f for f in compare(left, right).findings if f.kind == "contradiction"]
    assert [(f.type, f.left.quote, f.right.quote) for f in found] == [("opposite", "raised", "cut")]


def test_a_split_sentence_is_read_as_one_passage(tmp_path: Path) -> None:
    left_text = "After two days of talks in London, the minister met 40 bankers at dinner.\n"
    right_text = "The minister met 40 bankers at dinner. That came after three days of talks.\n"
    left = build_article(tmp_path / "a.txt", left_text.encode(), left_text, "utf-8", False)
    right = build_article(tmp_path / "b.txt", right_text.encode(), right_text, "utf-8", False)
    split = Alignment((0,), (0, 1), 0.7, "paraphrase")
    [finding] = find_contradictions(left, right, (split,))
    assert (finding.left.quote, finding.right.quote) == ("two days", "three days")
    assert (finding.left.sentence, finding.right.sentence) == (0, 1)


def test_findings_of_many_pairs_come_in_alignment_order_as_each_pair_alone_gives_them(
    tmp_path: Path,
) -> None:
    """The detectors read all pairs stage by stage; the findings are those of each
    pair read alone, in the order of the alignments, a repeated one reported once."""
    left_text = (
        "The minister left after two days of talks in London.\n"
        "The central bank raised interest rates on Tuesday to fight inflation.\n"
        "The mayor said the bridge would not reopen this year.\n"
    )
    right_text = (
        "The mayor said the bridge would reopen this year.\n"
        "The minister left after three days of talks in London.\n"
        "The central bank cut interest rates on Tuesday to fight inflation.\n"
    )
    left = build_article(tmp_path / "a.txt", left_text.encode(), left_text, "utf-8", False)
    right = build_article(tmp_path / "b.txt", right_text.encode(), right_text, "utf-8", False)
    alignments = (
        Alignment((2,), (0,), 0.9, "near"),
        Alignment((0,), (1,), 0.8, "near"),
        Alignment((1,), (2,), 0.7, "near"),
        Alignment((0,), (1,), 0.6, "near"),  # the same pair again: its finding is not repeated
    )
    found = find_contradictions(left, right, alignments)
    alone = [
        (c.type, left_text[c.left[0] : c.left[1]], right_text[c.right[0] : c.right[1]], c.score)
        for a in alignments[:3]
        for c in sentence_conflicts(left.sentences[a.left[0]], right.sentences[a.right[0]], a.score)
    ]
    assert [(f.type, f.left.quote, f.right.quote, f.score) for f in found] == alone
    assert [f.type for f in found] == ["negation", "number", "opposite"]


def test_relative_dates_of_the_same_unit_conflict() -> None:
    left = "The truce was established last month in Geneva."
    right = "The truce was established two months ago in Geneva."
    assert only(left, right, "date") == ("last month", "two months ago")


def test_relative_dates_that_agree_or_use_other_units_do_not_conflict() -> None:
    last_month = "The truce was established last month in Geneva."
    assert conflicts("The truce was established a month ago in Geneva.", last_month) == []
    assert conflicts(last_month, "The truce was established four weeks ago in Geneva.") == []


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        # opposite words inside one quotation quoted on both sides
        ('"The harvest was plentiful this autumn," the farmers\' co-operative said.',
         'The farmers\' co-operative said: "The harvest was scarce this autumn."',
         ("plentiful", "scarce")),
        ('"Our ferries are arriving early all week," the operator announced.',
         'The operator announced: "Our ferries are arriving late all week."',
         ("early", "late")),
        # a partial quotation: the span is cut to the quoted words
        ('The inspector said the bridge was "strong enough for heavy lorries".',
         'The bridge was "weak for heavy lorries", the inspector said.',
         ("strong", "weak")),
    ],
)  # fmt: skip
def test_opposite_words_inside_the_same_quotation_are_a_changed_quote(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    left_words, right_words = only(left, right, "quote")
    assert expected[0] in left_words and expected[1] in right_words
    assert '"' not in left_words + right_words


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ('"We have always trusted the referee," the captain said after the match.',
         'After the match the captain said: "We have never trusted the referee."',
         ("always", "never")),
        ('"Our members will strike on Monday," the union leader warned.',
         '"Our members will not strike on Monday," the union leader warned.',
         ("will strike", "not")),
        ('"I have full faith in the new coach," the club owner said.',
         'The club owner said: "I have no faith in the new coach."',
         ("full", "no")),
    ],
)  # fmt: skip
def test_a_negation_inside_the_same_quotation_is_one_quote_finding_at_the_changed_words(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    found = conflicts(left, right)
    assert [c.type for c in found] == ["quote"], [c.message for c in found]
    left_words, right_words = quotes(found[0], left, right)
    assert expected[0] in left_words and expected[1] in right_words


@pytest.mark.parametrize(
    ("left", "right", "kind"),
    [
        # quoted on one side only: a paraphrase of the remark, not a changed quotation
        ('"The harvest was plentiful this autumn," the farmers\' co-operative said.',
         "The farmers' co-operative said the harvest was scarce this autumn.", "opposite"),
        # the opposite lies outside the quotations
        ('Prices rose after the governor said "the bank will act when needed".',
         'Prices fell after the governor said "the bank will act when needed".', "opposite"),
    ],
)  # fmt: skip
def test_opposites_outside_a_quotation_on_both_sides_keep_their_type(
    left: str, right: str, kind: str
) -> None:
    assert [c.type for c in conflicts(left, right)] == [kind]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("Inflation in the eurozone rose faster than economists had forecast in March.",
         "Inflation in the eurozone rose slower than economists had forecast in March.",
         ("faster", "slower")),
        ("This winter was colder than average in most of the northern provinces.",
         "This winter was warmer than average in most of the northern provinces.",
         ("colder", "warmer")),
        ("The journey on the new railway is shorter than the drive for most daily commuters.",
         "The journey on the new railway is longer than the drive for most daily commuters.",
         ("shorter", "longer")),
    ],
)  # fmt: skip
def test_comparatives_of_opposite_adjectives_in_one_comparison_are_opposites(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    left_words, right_words = only(left, right, "opposite")
    assert expected[0] in left_words and expected[1] in right_words


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # the two terms of the comparison swapped along with the comparative
        ("The bakery sold more bread in March than in the whole of 2019, its owner said.",
         "In 2019 the bakery sold less bread than it did in March, according to its owner."),
        ("Trains to Harwick were slower this winter than last winter, commuters said.",
         "Last winter trains to Harwick were faster than this winter, commuters said."),
    ],
)  # fmt: skip
def test_a_comparison_with_its_terms_and_comparative_swapped_agrees(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "opposite"] == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("The bakery sold more bread in March than in the whole of 2019, its owner said.",
         "The bakery sold less bread in March than in the whole of 2019, its owner said."),
        ("In 2019 the bakery sold less bread than it did in March, according to its owner.",
         "In 2019 the bakery sold more bread than it did in March, according to its owner."),
        # a bound on one amount ("more than 4,000"), no two terms to swap
        ("The navy finished the withdrawal of its more than 3,000 sailors from Kessa port.",
         "Off Kessa the navy finished the withdrawal of its fewer than 3,000 sailors."),
    ],
)  # fmt: skip
def test_a_comparison_with_only_its_comparative_turned_is_an_opposite(
    left: str, right: str
) -> None:
    assert [c.type for c in conflicts(left, right)] == ["opposite"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # a relation between two people, each side telling it from one of them
        ("Anna Berg praised her older brother, Jonas, for his work on the farm.",
         "Anna Berg, the younger sister of Jonas Berg, praised his work on the farm."),
        ("In the final, Lena Holm beat her older rival Maja Sand in three sets.",
         "In the final, Maja Sand lost to her younger rival Lena Holm in three sets."),
    ],
)  # fmt: skip
def test_comparatives_without_a_comparison_are_not_derived_opposites(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "opposite"] == []


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ('"These roads are safe and open," the police chief said.',
         'The police chief said: "These roads are dangerous and closed."'),
        ('"Prices are low and stable," the minister said on Monday.',
         'On Monday the minister said: "Prices are high and unstable."'),
        ('"The ice is thick and safe," the park ranger said.',
         '"The ice is thin and dangerous," the park ranger said.'),
    ],
)  # fmt: skip
def test_a_short_quote_with_two_words_turned_into_opposites_is_one_remark_changed(
    left: str, right: str
) -> None:
    found = conflicts(left, right)
    assert found and {c.type for c in found} == {"quote"}, [c.message for c in found]


@pytest.mark.parametrize(
    ("left", "right", "expected"),
    [
        ("The high court upheld the fishing ban in the northern bay on Thursday.",
         "On Thursday the fishing ban in the northern bay was overturned by the high court.",
         ("upheld", "overturned")),
        ("Judges affirmed the ruling against the mining company.",
         "Judges reversed the ruling against the mining company.", ("affirmed", "reversed")),
        ("The tribunal upheld the dismissal of the nurse.",
         "The tribunal threw out the dismissal of the nurse.", ("upheld", "threw out")),
    ],
)  # fmt: skip
def test_a_court_upholding_or_overturning_one_decision_is_an_opposite(
    left: str, right: str, expected: tuple[str, str]
) -> None:
    left_words, right_words = only(left, right, "opposite")
    assert expected[0] in left_words and expected[1] in right_words


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # each side tells both rulings, of two courts
        ("The appeals court upheld the ruling, and the Supreme Court later overturned it.",
         "The Supreme Court overturned the ruling after the appeals court had upheld it."),
        # two courts in two years
        ("A district court upheld the conviction of the former mayor in 2019.",
         "In 2021 the supreme court overturned the conviction of the former mayor."),
    ],
)  # fmt: skip
def test_two_courts_ruling_each_way_are_no_opposite(left: str, right: str) -> None:
    assert [c for c in conflicts(left, right) if c.type == "opposite"] == []
