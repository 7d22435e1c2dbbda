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
