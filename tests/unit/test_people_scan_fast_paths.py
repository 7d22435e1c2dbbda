"""The mention scanner's short cuts (mentions.py) decide as the full checks they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.people.mentions import (
    _CAPITALISED_WORD,
    _TOKEN_KINDS,
    Item,
    _apart,
    _cue_before,
    _joins,
    _kin_before,
    _looked_at,
    _lower_office_ending_at,
    _role_before,
)

PIECES = st.sampled_from(
    [
        "her", "husband", "son", "wife", "his", "brother", "chief", "of", "staff",
        "secretary", "treasury", "the", "and", "on", "said", "former", "White", "House",
        "predecessor", "deputy", "Bill", "Raimondo", "Obama's", "U.S.", "van", "der", "al",
        "bin", "Jr", "II", "J.",
        "Gov.", "President", "United", "States", "Ford", "Motor", "Company", "Kim",
        "Yong-chol", "Tse-tung", "O'Neill", "Reynolds'", "X",
    ]
)  # fmt: skip
GAPS = st.sampled_from([" ", " ", " ", ", ", "  ", "\n", " - ", "-", "(", "'s ", ",  "])


@st.composite
def sentences(draw: st.DrawFn) -> str:
    words = draw(st.lists(PIECES, min_size=1, max_size=12))
    gaps = draw(st.lists(GAPS, min_size=len(words), max_size=len(words)))
    return "".join(word + gap for word, gap in zip(words, gaps, strict=True)).strip()


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_no_cue_before_a_word_means_no_kinship_or_role_noun_and_no_office_there(
    text: str,
) -> None:
    for start in range(len(text) + 1):
        if not _cue_before(text, start):
            assert not _kin_before(text, start)
            assert not _role_before(text, start)
            assert _lower_office_ending_at(text, start) is None


def test_cues_are_seen_before_relatives_and_lower_case_offices() -> None:
    text = "Clinton and her husband Bill met chief of staff Reince Priebus and said Trump"
    assert _cue_before(text, text.index("Bill"))
    assert _cue_before(text, text.index("Reince"))
    assert not _cue_before(text, text.index("Trump"))
    assert _cue_before(text, text.index("Clinton"))  # too close to the start: looked at


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_a_word_taken_as_it_is_is_the_item_a_closer_look_makes(text: str) -> None:
    for hit in _CAPITALISED_WORD.finditer(text):
        start, end = hit.span()
        kind = _TOKEN_KINDS[hit.group()]
        if kind is None or text[end : end + 1] == "-":
            continue
        item, phrase_end = _looked_at(text, start, end, hit.group())
        assert phrase_end == 0
        if kind == "other":
            assert item is None
        else:
            assert item == Item(start, end, hit.group(), kind)


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_words_set_apart_are_never_joined(text: str) -> None:
    hits = list(_CAPITALISED_WORD.finditer(text))
    for kind_a in ("cap", "initial"):
        for kind_b in ("cap", "initial", "suffix"):
            for a, b in zip(hits, hits[1:], strict=False):
                first = Item(a.start(), a.end(), a.group(), kind_a)  # type: ignore[arg-type]
                second = Item(b.start(), b.end(), b.group(), kind_b)  # type: ignore[arg-type]
                if _apart(text[first.end : second.start], first, second):
                    assert not _joins(text, first, second)


def test_a_long_gap_of_words_sets_two_names_apart_and_a_particle_joins_them() -> None:
    text = "Bill said on Thursday that Trump met Osama bin Laden"
    bill, trump = Item(0, 4, "Bill", "cap"), Item(27, 32, "Trump", "cap")
    assert _apart(text[bill.end : trump.start], bill, trump)
    osama, laden = Item(37, 42, "Osama", "cap"), Item(47, 52, "Laden", "cap")
    assert not _apart(text[osama.end : laden.start], osama, laden)
    assert _joins(text, osama, laden)
