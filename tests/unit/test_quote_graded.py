"""Inside one remark quoted two ways (quote.py): an adjective graded down against the
same adjective graded up, "over" against "under" as words or prefixes, and a word one
side moved out of its quotation, which is no change."""

from __future__ import annotations

from tests.unit.test_quote_changes import conflicts, quote_words


def test_less_and_an_adjective_against_its_comparative() -> None:
    left = '"The new dam is sturdier than the old one ever was," engineer Mira Tal said.'
    right = 'Engineer Mira Tal said the new dam was "less sturdy than the old one ever was".'
    assert quote_words(left, right) == [("sturdier", "less sturdy")]


def test_least_and_an_adjective_against_its_superlative() -> None:
    left = '"This is the costliest repair the pier has needed," harbour clerk Ivo Berg said.'
    right = 'Harbour clerk Ivo Berg said it was "the least costly repair the pier has needed".'
    assert quote_words(left, right) == [("costliest", "least costly")]


def test_over_and_under_as_prefixes_of_one_stem() -> None:
    left = '"Our wards are overstaffed on most weekends," hospital chief Nadia Rossi said.'
    right = 'Hospital chief Nadia Rossi said the wards "are understaffed on most weekends".'
    assert quote_words(left, right) == [("overstaffed", "understaffed")]


def test_over_and_under_as_words() -> None:
    left = '"The new school came in over budget and late," councillor Tom Ash said.'
    right = 'Councillor Tom Ash said the new school "came in under budget and late".'
    assert quote_words(left, right) == [("over", "under")]


def test_a_word_moved_out_of_the_quotation_is_no_change() -> None:
    left = '"The tunnel is safer than the mountain road," engineer Lena Voss said.'
    right = 'Engineer Lena Voss said the tunnel "is more secure than the mountain road".'
    assert conflicts(left, right) == []
