"""The people model's short cuts (persons.py) decide as the full checks they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.people.persons import _SUFFIX_AFTER, _name_words, _suffix_after

PIECES = st.sampled_from(
    ["Kennedy", "Jr", "Jr.", "Sr.", "Sr", "II", "III", "IV", "Iván", "Smith", "said", "Ito",
     "Jones", "Junior", "S.", "I", "J.", "Inc", "is", "", "Saunders", "SR", "jr."]
)  # fmt: skip
GAPS = st.sampled_from([" ", ", ", ",", "  ", "\n", ",  ", "-", ". ", ""])


@st.composite
def texts(draw: st.DrawFn) -> tuple[str, int]:
    words = draw(st.lists(PIECES, min_size=1, max_size=6))
    gaps = draw(st.lists(GAPS, min_size=len(words), max_size=len(words)))
    text = "".join(word + gap for word, gap in zip(words, gaps, strict=True))
    return text, draw(st.integers(0, len(text)))


@settings(max_examples=1500, deadline=None)
@given(texts())
def test_the_suffix_pre_check_finds_every_suffix_the_regex_reads(case: tuple[str, int]) -> None:
    text, end = case
    full = _SUFFIX_AFTER.match(text, end)
    quick = _suffix_after(text, end)
    assert (quick is None) == (full is None)
    if full is not None and quick is not None:
        assert quick.span() == full.span() and quick["suffix"] == full["suffix"]


def test_a_suffix_after_a_comma_or_a_space_is_read_and_a_word_is_not() -> None:
    assert _suffix_after("Robert F. Kennedy Jr. said", 17)["suffix"] == "Jr."  # type: ignore[index]
    assert _suffix_after("Martin Luther King, III", 18)["suffix"] == "III"  # type: ignore[index]
    assert _suffix_after("Kennedy Junior said", 7) is None
    assert _suffix_after("Kennedy said", 7) is None
    assert _suffix_after("Kennedy", 7) is None


def test_name_words_split_at_spaces_and_hyphens_and_drop_suffixes() -> None:
    assert _name_words("Andrés Manuel López-Obrador Jr.") == [
        "andres",
        "manuel",
        "lopez",
        "obrador",
    ]
    assert _name_words("Yvette Townsend\u2010Saunders") == ["yvette", "townsend", "saunders"]
