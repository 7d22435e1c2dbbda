"""english_frequency reads wordfreq's list itself: it must answer as wordfreq would."""

from __future__ import annotations

import pytest
from wordfreq import iter_wordlist, zipf_frequency

from tui.engine.findings import english_frequency
from tui.engine.findings.english_frequency import is_common

THRESHOLDS = (3.5, 3.0, 4.2, 2.5, 0.0)
"""Asked in this order: the list is read further down, then answers from what was read."""


@pytest.mark.parametrize(
    "word",
    [
        *("the", "hill", "bessent", "raimondo", "qzxqzxq", "jinping", "g7", "müller"),
        *("o'neill", "o'brien's", "we've", "rock'n'roll", "l'oreal", "ma'am", "x'y'z"),
        *("sino-us", "u.s.", "u.s", "ph.d.", "u.s.-led", "well-known", "x--ray", "-foo"),
        *("o'neill-smith", "qzx-the", "mid-2025", "foo.", "a.b.c.d."),
        *("qzxqzxq.", "o'neill.", "sino-us.", "well-known.", "foo..", "x-.", "l'oreal."),
        *("sellers'", "jones'.", "qa'ida", "d'arcy", "l'h", "l'oreal's", "de'ath", "a'", "x'-y"),
        *("café", "naïve", "москва", "ελλάδας", "straße", "ﬁnance", "a重磅", "重磅", "日本語"),
        *("ab重磅cd", "한국a", "zürich's", "ı", "ǆ", "u.s.'s", "ph.d.'s", "u.s's", "a.b.'s."),
        *("'our", "'we", "''tis", "'l'oreal", "'sino-us", "'u.s.", "'-our", "'o'neill."),
        *("'café", "'москва", "'x'", "'", "''", "'-", "'qzxqzxq", "'a重磅", "'ma'am"),
    ],
)
def test_is_common_is_wordfreq_zipf_at_least(word: str) -> None:
    for zipf in THRESHOLDS:
        assert is_common(word, zipf) == (zipf_frequency(word, "en") >= zipf), zipf


def test_every_band_of_the_list_answers_as_wordfreq() -> None:
    english_frequency._english_list.cache_clear()
    is_common.cache_clear()
    words = [w for w in iter_wordlist("en") if w.isascii() and w.replace("'", "").isalpha()]
    for zipf in THRESHOLDS:
        for word in words[:: len(words) // 1000]:  # words of every frequency band
            assert is_common(word, zipf) == (zipf_frequency(word, "en") >= zipf), (word, zipf)


def test_lower_case_words_are_read_from_the_shipped_list_down_to_the_threshold() -> None:
    english_frequency._english_list.cache_clear()
    is_common.cache_clear()
    assert is_common("hill", 3.0)
    english = english_frequency._english_list()
    assert english is not None
    assert 0 < len(english.buckets) < 100_000


def test_words_whose_cut_is_known_are_answered_without_wordfreq(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import wordfreq

    def never(word: str, lang: str) -> float:
        raise AssertionError(f"wordfreq asked about {word!r}")

    is_common.cache_clear()
    monkeypatch.setattr(wordfreq, "zipf_frequency", never)
    assert is_common("sino-us", 3.0) and is_common("u.s.", 5.0) and is_common("well-known", 5.0)
    assert not is_common("sino-qzxqzx", 1.0)  # a token the list does not hold: Zipf 0
    assert is_common("hill.", 4.0) and not is_common("kowalczyk.", 3.0)  # ends a sentence
    assert is_common("café", 3.0) and not is_common("москва", 3.0) and not is_common("a重磅", 1.0)
    assert is_common("'our", 6.0) and is_common("'we", 6.0)  # an opening quotation mark
