"""english_frequency reads wordfreq's list itself: it must give wordfreq's values."""

from __future__ import annotations

import pytest
from wordfreq import iter_wordlist, zipf_frequency

from tui.engine.findings import english_frequency
from tui.engine.findings.english_frequency import commonness


@pytest.mark.parametrize(
    "word",
    [
        *("the", "hill", "bessent", "raimondo", "qzxqzxq", "jinping", "g7", "müller"),
        *("o'neill", "o'brien's", "we've", "rock'n'roll", "l'oreal", "ma'am", "x'y'z"),
    ],
)
def test_commonness_is_wordfreq_zipf(word: str) -> None:
    assert commonness(word) == zipf_frequency(word, "en")


def test_every_band_of_the_list_gives_wordfreq_zipf() -> None:
    plain = [w for w in iter_wordlist("en") if w.isascii() and w.replace("'", "").isalpha()]
    for word in plain[:: len(plain) // 2000]:  # words of every frequency band
        assert commonness(word) == zipf_frequency(word, "en"), word


def test_plain_words_are_read_from_the_shipped_list() -> None:
    commonness.cache_clear()
    assert commonness("hill") > 4
    assert english_frequency._buckets() is not None
