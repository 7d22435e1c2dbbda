"""How common a word is in English: wordfreq's Zipf frequency, read cheaply.

``import wordfreq`` loads its tokenizer, langcodes and ftfy (about 0.2 s), and its first
lookup resolves the language and builds a dict of every word (another 0.2 s): more than
a whole comparison of two short articles. The name detectors only ask about folded
words, nearly all lower-case ASCII ones that wordfreq's tokenizer leaves whole.
Those are looked up here in the word list that wordfreq ships (its "best" English list,
a gzipped msgpack "cBpack"), read directly with msgpack, wordfreq's own dependency, and
given exactly the value ``wordfreq.zipf_frequency(word, "en")`` returns. Any other word,
or a wordfreq whose data this module cannot read, goes through wordfreq itself.
"""

from __future__ import annotations

import importlib.util
import math
import re
import zlib
from functools import cache, lru_cache
from pathlib import Path

import msgpack

_ONE_TOKEN = re.compile(
    r"[a-z]+|[a-z]{3,}(?:'[a-z]+)+|[a-z]{1,2}'[bcdfgjklmnpqrstvwxz][a-z]*(?:'[a-z]+)*"
)
"""Folded words that wordfreq's English tokenizer keeps whole: plain lower-case ASCII
words, also with inner apostrophes ("o'neill", "we've"), except where one or two letters
and an apostrophe come before a vowel or "h" ("l'oreal", "ma'am"): those it cuts."""

_LIST_FILE = Path("data", "large_en.msgpack.gz")
"""wordfreq's "best" English list: the large one."""

_MINIMUM_FREQUENCY = 10**0 / 1e9
"""What ``zipf_frequency``'s default minimum (Zipf 0) is as a frequency."""


@lru_cache(maxsize=65536)
def commonness(word: str) -> float:
    """Zipf frequency of a folded word in English (wordfreq): 3 is about once in a million
    words; "hill" is 4.8, "bessent" 0."""
    if _ONE_TOKEN.fullmatch(word):
        buckets = _buckets()
        if buckets is not None:
            return _zipf(buckets.get(word))
    from wordfreq import zipf_frequency  # slow to import: only for the rare other words

    return float(zipf_frequency(word, "en"))


@cache
def _buckets() -> dict[str, int] | None:
    """Word -> its centibel bucket in wordfreq's English list, or None when the list is
    not where this wordfreq version keeps it or not in the format this module reads."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return None
    try:
        packed = zlib.decompress((Path(spec.origin).parent / _LIST_FILE).read_bytes(), 31)
        data = msgpack.unpackb(packed, raw=False)
    except (OSError, zlib.error, ValueError):
        return None
    header = data[0] if isinstance(data, list) and data else None
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        return None
    return {word: index for index, bucket in enumerate(data[1:]) for word in bucket}


@cache
def _zipf(bucket: int | None) -> float:
    """The Zipf value wordfreq gives a one-token word of this bucket (None: not listed),
    with wordfreq's own arithmetic and rounding (three significant digits of frequency,
    then two decimals of Zipf)."""
    if bucket is None:
        frequency = _MINIMUM_FREQUENCY
    else:  # wordfreq combines the tokens of a word as 1 / (1 / f1 + 1 / f2 ...)
        frequency = max(1.0 / (1.0 / 10 ** (-bucket / 100)), _MINIMUM_FREQUENCY)
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
