"""Whether a word is common in English: wordfreq's Zipf frequency, read cheaply.

``import wordfreq`` loads its tokenizer, langcodes and ftfy (about 0.2 s), and its first
lookup resolves the language and builds a dict of all 321,000 words (another 0.2 s):
more than a whole comparison of two short articles. The name detectors only ask whether
a folded word is at least as frequent as a threshold (Zipf 3 or more), and nearly all
the words they ask about are lower-case ASCII words that wordfreq's tokenizer keeps
whole or cuts only at hyphens ("sino-us", "u.s.-led"), and the few others whose cut is
plain (a name in Cyrillic, a translation's leftover Chinese). For those, the word list that
wordfreq ships (its "best" English list, a gzipped msgpack "cBpack": buckets of words,
most frequent first) is read here directly with msgpack, wordfreq's own dependency, and
only down to the threshold asked: some 30,000 words. The answer is exactly
``wordfreq.zipf_frequency(word, "en") >= zipf``. Any other word, or a wordfreq whose
data this module cannot read, goes through wordfreq itself.
"""

from __future__ import annotations

import math
import unicodedata
from functools import cache, lru_cache

import msgpack

from tui.engine.prepared_regex import regex
from tui.engine.wordfreq_lists import READ_ERRORS, open_list

_ONE_TOKEN = regex(
    r"[a-z]+|[a-z]{3,}(?:'[a-z]+)+|[a-z]{1,2}'[bcdfgjklmnpqrstvwxz][a-z]*(?:'[a-z]+)*"
)
"""Folded words that wordfreq's English tokenizer keeps whole: plain lower-case ASCII
words, also with inner apostrophes ("o'neill", "we've"), except where one or two letters
and an apostrophe come before a vowel, "y" or "h" ("l'oreal", "ma'am"): those it cuts."""

_ELIDED = regex(r"([a-z]{1,2})'(?=[aehiouy])")
"""An elided article or the like that wordfreq cuts off a word ("l'oreal", "qa'ida")."""

_ABBREVIATION = regex(r"[a-z]+(?:\.[a-z]+)+\.?")
"""Letters with inner full stops ("u.s.", "ph.d."): one token to wordfreq, which keeps
the inner stops and drops a last one ("u.s")."""

_ABBREVIATION_POSSESSIVE = regex(r"([a-z]+(?:\.[a-z]+)+)\.'([a-z]+)")
"""An abbreviation and "'s" ("u.s.'s"): two tokens to wordfreq, "u.s" and "s"."""

_SCRIPTS = ("LATIN", "GREEK", "CYRILLIC")
"""Scripts whose letters make one token with each other (names of letters start so)."""

_HAN_RUNS = regex("([\u4e00-\u9fff]+)")
"""Runs of CJK unified ideographs (the basic block): wordfreq keeps such a run whole."""

_LIST_NAME = "large_en"
"""wordfreq's "best" English list: the large one."""

_MINIMUM_FREQUENCY = 10**0 / 1e9
"""What ``zipf_frequency``'s default minimum (Zipf 0) is as a frequency."""


@lru_cache(maxsize=65536)
def is_common(word: str, zipf: float) -> bool:
    """True when the folded ``word`` is at least ``zipf`` frequent in English (wordfreq's
    Zipf scale: 3 is about once in a million words; "hill" is 4.8, "bessent" 0)."""
    tokens = _tokens(word)
    if tokens is not None:
        english = _english_list()
        if english is not None and english.read_down_to(zipf):
            return _zipf(tuple(english.buckets.get(token) for token in tokens)) >= zipf
    from wordfreq import zipf_frequency  # slow to import: only for the rare other words

    return float(zipf_frequency(word, "en")) >= zipf


def _tokens(word: str) -> list[str] | None:
    """The tokens wordfreq's English tokenizer cuts ``word`` into, for the ASCII words
    whose cut is known here, pieces between hyphens (the hyphens break): a word kept
    whole (``_ONE_TOKEN``), after any elided article it cuts off ("l'oreal": "l",
    "oreal"); an abbreviation, which keeps its inner full stops and loses the last
    ("u.s.-led": "u.s", "led"); full stops and apostrophes after the last word, which
    it drops ("Kowalczyk." ending a sentence, "sellers'"), as it drops apostrophes before
    the first word (an opening quotation mark: "'our", "'we"). Beyond ASCII, the words
    of ``_script_tokens``. None for any other word."""
    if _ONE_TOKEN.fullmatch(word):
        return [word]
    if word.startswith("'"):
        quoted = word.lstrip("'")
        return _tokens(quoted) if quoted else None
    if not word.isascii():
        return _script_tokens(word)
    tokens: list[str] = []
    *pieces, last = word.split("-")
    for piece in pieces:
        if not _take_piece(piece, tokens):
            return None
    if not _take_piece(last, tokens) and not _take_piece(last.rstrip(".'"), tokens):
        return None
    return tokens or None


def _take_piece(piece: str, tokens: list[str]) -> bool:
    """Add the tokens of one piece between hyphens to ``tokens`` (an empty piece has
    none); False, adding nothing, when its cut is not known here."""
    if _ABBREVIATION.fullmatch(piece):
        tokens.append(piece.removesuffix("."))
        return True
    if possessive := _ABBREVIATION_POSSESSIVE.fullmatch(piece):
        tokens += possessive.groups()
        return True
    cut: list[str] = []
    while elided := _ELIDED.match(piece):
        cut.append(elided[1])
        piece = piece[elided.end() :]
    if piece and not _ONE_TOKEN.fullmatch(piece):
        return False
    tokens += cut
    if piece:
        tokens.append(piece)
    return True


def _script_tokens(word: str) -> list[str] | None:
    """The tokens of a word with letters beyond ASCII, where their cut is known here:
    Latin, Greek or Cyrillic letters only ("zürich", "москва") make one token, when
    wordfreq's normalisation (NFKC, then case folding) leaves the word as it is; ASCII
    words joined to Chinese characters ("a重磅", a translation's leftover) are cut where
    the script changes, and a run of Chinese characters is one token. None otherwise."""
    if word.isalpha() and all(map(_alphabetic, word)):
        return [word] if unicodedata.normalize("NFKC", word).casefold() == word else None
    tokens = [run for run in _HAN_RUNS.split(word) if run]
    if all(_HAN_RUNS.fullmatch(run) or _ONE_TOKEN.fullmatch(run) for run in tokens):
        return tokens or None
    return None


def _alphabetic(letter: str) -> bool:
    """Whether a letter is of the Latin, Greek or Cyrillic script."""
    return letter < "\u0530" and (
        letter.isascii() or unicodedata.name(letter, "").startswith(_SCRIPTS)
    )


class _FrequencyList:
    """wordfreq's English list, read bucket by bucket, most frequent first, only as far
    down as a question needs."""

    def __init__(self, unpacker: msgpack.Unpacker, size: int) -> None:
        self._unpacker = unpacker
        self._size = size
        self.buckets: dict[str, int] = {}
        """Word -> its bucket (centibels below a frequency of 1), for the buckets read."""
        self._read = 0
        self._broken = False

    def read_down_to(self, zipf: float) -> bool:
        """Read every bucket at least ``zipf`` frequent; False when the list is broken."""
        try:
            while not self._broken and self._read < self._size and _zipf((self._read,)) >= zipf:
                self.buckets.update(dict.fromkeys(self._unpacker.unpack(), self._read))
                self._read += 1
        except READ_ERRORS:
            self._broken = True
        return not self._broken


@cache
def _english_list() -> _FrequencyList | None:
    """wordfreq's English list, opened, or None when it is not where this wordfreq
    version keeps it or not in the format read here."""
    opened = open_list(_LIST_NAME)
    return None if opened is None else _FrequencyList(*opened)


@cache
def _zipf(buckets: tuple[int | None, ...]) -> float:
    """The Zipf value wordfreq gives a word of these tokens' buckets (None: not listed),
    with wordfreq's own arithmetic and rounding: the tokens' frequencies combined as
    1 / (1 / f1 + 1 / f2 ...), an unlisted token giving the minimum, then three
    significant digits of frequency and two decimals of Zipf. It falls as a bucket
    number grows."""
    listed = [bucket for bucket in buckets if bucket is not None]
    if len(listed) < len(buckets):
        frequency = _MINIMUM_FREQUENCY
    else:
        one_over = 0.0
        for bucket in listed:  # summed in token order, as wordfreq does
            one_over += 1.0 / 10 ** (-bucket / 100)
        frequency = max(1.0 / one_over, _MINIMUM_FREQUENCY)
    rounded = round(frequency, math.floor(-math.log(frequency, 10)) + 3)
    return round(math.log(rounded, 10) + 9, 2)
