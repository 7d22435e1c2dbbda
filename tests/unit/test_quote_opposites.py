"""Opposite words inside one remark quoted two ways (quote.py ``_opposite_pair``): a word
with a denying prefix, a comparative of an antonym, and a quote cut shorter on one side."""

from __future__ import annotations

from tests.unit.test_quote_changes import conflicts, quote_words


def test_a_word_with_a_denying_prefix_inside_the_quotation() -> None:
    left = 'The harbour master called the closure "costly but unavoidable" on Friday.'
    right = '"This closure is costly and avoidable," the harbour master said on Friday.'
    assert quote_words(left, right) == [("unavoidable", "avoidable")]


def test_a_comparative_of_an_antonym_in_a_quote_cut_shorter() -> None:
    left = 'The planner said the new bypass would be "quieter and safer".'
    right = '"The new bypass will be louder and safer," the planner said.'
    assert quote_words(left, right) == [("quieter", "louder")]


def test_the_same_words_in_a_quote_cut_shorter_are_no_change() -> None:
    left = 'The planner said the new bypass would be "quieter and safer".'
    right = '"The new bypass will be quieter and safer," the planner said.'
    assert conflicts(left, right) == []


def test_a_quote_that_holds_both_opposites_says_both() -> None:
    left = (
        '"To be certain that we avoid any hint of favouritism, we are not co-mingling '
        'taxed and non-taxed income (from the port)," said Marren.'
    )
    right = (
        '"To be certain that we avoid any hint of favouritism, we are not comingling '
        'taxed and nontaxed income [from the port]," said Marren.'
    )
    assert conflicts(left, right) == []


def test_a_synonym_of_an_opposite_inside_the_quotation() -> None:
    left = '"I am certain the new sea wall will hold," the county engineer said on Monday.'
    right = 'The county engineer said on Monday: "I am doubtful the new sea wall will hold."'
    assert quote_words(left, right) == [("certain", "doubtful")]


def test_a_synonym_of_a_word_inside_the_quotation_is_no_change() -> None:
    left = '"I am certain the new sea wall will hold," the county engineer said on Monday.'
    right = 'The county engineer said on Monday: "I am sure the new sea wall will hold."'
    assert conflicts(left, right) == []


def test_words_of_opposite_tone_inside_the_quotation() -> None:
    left = '"This is the happiest the village has been in years," said parish chair Nell Otter.'
    right = 'Parish chair Nell Otter said: "This is the saddest the village has been in years."'
    assert quote_words(left, right) == [("happiest", "saddest")]
