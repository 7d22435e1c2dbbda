"""The mention scanner's short cuts (mentions.py) decide as the full checks they skip."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.engine.people.mentions import (
    _APPOINTED_AS,
    _CAPITALISED_WORD,
    _COMMA_OR_SPEECH_AFTER,
    _TOKEN_KINDS,
    Item,
    Mention,
    Run,
    _apart,
    _apposition,
    _comma_or_speech_after,
    _cue_before,
    _items,
    _joins,
    _kin_before,
    _looked_at,
    _lower_office_ending_at,
    _office_after,
    _role_after,
    _role_before,
    _something_after,
    _speech_after,
    sentence_runs,
)
from tui.engine.segment import Sentence

PIECES = st.sampled_from(
    [
        "her", "husband", "son", "wife", "his", "brother", "chief", "of", "staff",
        "secretary", "treasury", "the", "and", "on", "said", "former", "White", "House",
        "predecessor", "deputy", "Bill", "Raimondo", "Obama's", "U.S.", "van", "der", "al",
        "bin", "Jr", "II", "J.",
        "Gov.", "President", "United", "States", "Ford", "Motor", "Company", "Kim",
        "Yong-chol", "Tse-tung", "O'Neill", "Reynolds'", "X", "was", "had", "been",
        "served", "as", "says", "wrote", "whose", "sat", "who", "heads", "became", "has",
        "become", "Treasury", "Secretary", "a", "governor", "named", "chief", "executive",
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


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_a_word_after_which_the_short_cut_sees_no_comma_or_speech_verb_has_none(
    text: str,
) -> None:
    for end in range(len(text) + 1):
        expected = (text[end : end + 1] == "," or text[end : end + 1].isspace()) and (
            _COMMA_OR_SPEECH_AFTER.match(text, end) is not None
        )
        assert _comma_or_speech_after(text, end) == expected


def test_a_comma_or_a_speech_verb_after_a_name_is_seen() -> None:
    text = "Yellen said Bessent, the secretary, met Smith  was there and Lee wrote Jones sat"
    for word, after in (("Yellen", True), ("Bessent", True), ("Smith", True), ("Lee", True)):
        assert _comma_or_speech_after(text, text.index(word) + len(word)) is after
    assert not _comma_or_speech_after(text, text.index("Jones") + len("Jones"))
    assert not _comma_or_speech_after(text, len(text))


@settings(max_examples=1500, deadline=None)
@given(sentences())
def test_after_a_name_the_short_cut_sees_nothing_follow_nothing_is_read(text: str) -> None:
    items = _items(text)
    for last, item in enumerate(items):
        if not _something_after(text, item.end):
            assert _apposition(text, items, last) == ([], None)
            assert _office_after(text, items, last, _APPOINTED_AS) == ([], None)
            assert not _speech_after(text, items, last, last)
            assert not _role_after(text, items, last, last)


def test_what_is_read_after_a_name_is_seen_to_follow() -> None:
    text = (
        "Yellen said Bessent , the secretary, met Lee as chief and Zhou served as premier and"
        " Hadley became chief and Cho was there and Lee Park left"
    )
    for word in ("Yellen", "Bessent", "Lee", "Zhou", "Hadley", "Cho"):
        assert _something_after(text, text.index(word) + len(word))
    assert not _something_after(text, text.index("Park") + len("Park"))
    assert not _something_after(text, len(text))


def _runs(text: str) -> list[Run | Mention]:
    return sentence_runs(Sentence(id=3, start=100, end=100 + len(text), text=text))


def test_a_word_alone_without_evidence_comes_as_the_mention_of_a_surname_alone() -> None:
    found, *_ = _runs("The dog walked with Voskuijlen to the park.")
    assert found == Mention(3, 120, 130, 120, 130, "Voskuijlen", None, (), "link")


def test_a_word_alone_with_evidence_still_comes_as_a_run() -> None:
    found, *_ = _runs("The dog walked with Voskuijlen, who said it was fine.")
    assert isinstance(found, Run)
    assert found.evidence == "role"
    assert [item.text for item in found.items] == ["Voskuijlen"]


def test_a_suffix_after_a_word_alone_is_no_part_of_its_mention() -> None:
    found, *_ = _runs("The dog walked with Voskuijlen Jr. to the park.")
    assert isinstance(found, Mention)
    assert (found.start, found.end, found.surname) == (120, 130, "Voskuijlen")


def test_a_run_tells_whether_it_stands_in_a_headline() -> None:
    headline = _runs("Voskuijlen Visits the Old Harbour")
    assert [isinstance(run, Run) and run.headline for run in headline] == [True, True]
    (titled,) = _runs("Senator Voskuijlen Speaks")  # a name after a title is read as one
    assert isinstance(titled, Run) and not titled.headline
    (prose,) = _runs("The dog walked with Voskuijlen, who said it was fine.")
    assert isinstance(prose, Run) and not prose.headline
