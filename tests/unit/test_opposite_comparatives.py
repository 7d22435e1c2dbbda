"""opposite.py's comparatives: a "than" a few words on, a verb of becoming or making,
"more" + an adjective read as its comparative, and comparatives whose stem the
stemmer folds onto the adjective's ("shallower")."""

from __future__ import annotations

from tests.sentence_conflicts import reported
from tui.engine.findings.contradiction.opposite import lexicon_opposites
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.segment import Sentence


def _pair(left: str, right: str) -> SentencePair:
    return SentencePair(Sentence(0, 0, len(left), left), Sentence(1, 0, len(right), right))


def _opposed(left: str, right: str) -> list[tuple[str, str]]:
    return [
        (left[c.left[0] : c.left[1]], right[c.right[0] : c.right[1]])
        for c in lexicon_opposites(_pair(left, right))
    ]


def test_than_a_few_words_after_the_comparative() -> None:
    left = "Fishermen said the harbour water was colder this spring than anyone could remember."
    right = "Fishermen said the harbour water was warmer this spring than anyone could remember."
    assert _opposed(left, right) == [("was colder", "was warmer")]


def test_a_comparative_after_a_verb_of_becoming_compares_with_before() -> None:
    left = "Season tickets for the Harwick ferry will become more expensive from May."
    right = "Season tickets for the Harwick ferry will become cheaper from May."
    assert _opposed(left, right) == [("more expensive", "cheaper")]


def test_less_with_the_adjective_agrees_with_the_opposite_comparative() -> None:
    left = "Season tickets for the Harwick ferry will become less expensive from May."
    right = "Season tickets for the Harwick ferry will become cheaper from May."
    assert _opposed(left, right) == []


def test_a_comparative_before_its_noun_compares_nothing() -> None:
    left = "The council made the cheaper offer to the Harwick ferry company in May."
    right = "The council made the more expensive offer to the Harwick ferry company in May."
    assert _opposed(left, right) == []


def test_a_comparative_the_stemmer_folds_onto_its_adjective() -> None:
    left = "The river at Ashford ford was deeper than usual after the storm, wardens said."
    right = "The river at Ashford ford was shallower than usual after the storm, wardens said."
    assert _opposed(left, right) == [("was deeper", "was shallower")]


def test_a_reading_the_threshold_shows_is_not_hidden_by_one_it_hides() -> None:
    """The lexicon opposite of two reworded frames scores under the bar; the refused
    act of the same request at the same words scores over it."""
    left = (
        "Councillors in Dunmere approved an application to turn an empty chapel into a"
        " climbing wall."
    )
    right = (
        "Dunmere's licensing panel rejected a bid to convert the disused chapel into a wall"
        " for climbers."
    )
    assert [(w, v) for _, w, v in reported(left, right)] == [("approved", "rejected")]


def test_two_comparisons_in_one_order_that_repeat_their_noun_differently() -> None:
    left = "The 2026 apple crop in the Orme valley was larger than the 2025 crop, growers said."
    right = "Growers said the Orme valley apple crop of 2026 was smaller than that of 2025."
    assert reported(left, right) == [("opposite", "was larger", "was smaller")]


def test_two_comparisons_the_other_way_round_agree_for_every_source() -> None:
    left = "The 2026 apple crop in the Orme valley was smaller than the 2025 crop."
    right = "The 2025 apple crop in the Orme valley was bigger than the 2026 one."
    assert reported(left, right) == []


def test_the_comparative_table_read_ready_from_the_cache_is_the_one_built() -> None:
    """It is built once and then read from the prepared-table cache (the tests' own)."""
    from tui.engine.findings.contradiction import opposite
    from tui.engine.prepared import cache_folder

    opposite._comparative_lemmas.cache_clear()
    first = opposite._comparative_lemmas()
    opposite._comparative_lemmas.cache_clear()
    second = opposite._comparative_lemmas()
    built = opposite._built_comparative_lemmas()
    assert first == second == built
    assert list(cache_folder().glob("comparative_lemmas-*"))
    assert all(isinstance(lemmas, frozenset) for lemmas in second.values())
