"""Word tokens with their offsets, and the normal forms the detectors compare.

Every token keeps ``start``/``end`` into the text it was cut from, so any match
on normalised words maps straight back to the original characters.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import NamedTuple

import snowballstemmer  # type: ignore[import-untyped]

# A word: letters or digits, with inner apostrophes, hyphens, dots or commas
# between digits ("U.S", "don't", "rare-earth", "1,000", "3.5"). The quantifiers are
# possessive: a run of word characters is only ever followed by a joiner, which is not
# a word character, so giving characters back could never let a match go on, and the
# matches are those of the plain quantifiers, found about a tenth faster.
_WORD = re.compile(
    r"\w++(?:(?:['\u2019\-]|(?<=\d)[.,](?=\d)|(?<=\b\w)\.(?=\w\b))\w++)*+", re.UNICODE
)

_QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_UNDECOMPOSED = str.maketrans("\u0131\u0142\u00f8\u0111\u0127\u0167\u0259\u00f0", "ilodhtad")
"""Lower-case letters that carry a mark Unicode does not decompose (Turkish dotless i,
Polish l with a stroke, Nordic o with a stroke, d, h and t with a stroke) or that other
alphabets add (the Azerbaijani schwa, the Faroese and Icelandic eth), as the plain
letters a writer without them types: "Y\u0131ld\u0131r\u0131m" / "Yildirim",
"Wa\u0142\u0119sa" / "Walesa", "M\u0259mm\u0259dov" / "Mammadov", "Ey\u00f0un" /
"Eydun". One letter each, so a folded text keeps its length."""

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not of off on once only or other
    our ours ourselves out over own same she should so some such than that the their theirs
    them themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself
    yourselves s t don""".split()
)

TITLE_SMALL = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via from into "
    "onto over with than vs".split()
)
"""Words title case leaves in lower case (a headline's only lower-case words)."""

_stemmer = snowballstemmer.stemmer("english")


class Token(NamedTuple):
    """One word with its offsets (a named tuple: long articles hold hundreds of
    thousands)."""

    text: str
    start: int
    end: int
    norm: str
    """Lower-cased, quote-folded, accent-free form."""
    stem: str
    """Snowball stem of ``norm``: "negotiations" and "negotiating" share one."""

    @property
    def is_stopword(self) -> bool:
        return _is_stopword(self.text, self.norm)


def _is_stopword(text: str, norm: str) -> bool:
    # "US" and "U.S." are a country, not the pronoun "us".
    return norm in STOPWORDS and not (len(text) > 1 and text.isupper())


def fold(text: str) -> str:
    """Case-, quote- and accent-fold ``text`` without changing what words it holds."""
    text = text.translate(_QUOTES).lower()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stemmer_module_file() -> str | None:
    """The file of the module whose stemmer ``stem`` uses (PyStemmer's library when it
    is installed, else snowballstemmer's Python code)."""
    module = sys.modules.get(type(_stemmer).__module__)
    return getattr(module, "__file__", None)


@lru_cache(maxsize=65536)
def stem(norm: str) -> str:
    return str(_stemmer.stemWord(norm.replace("'", "")))


@lru_cache(maxsize=131072)
def normal_forms(word: str) -> tuple[str, str]:
    """(norm, stem) of one word as ``tokenize`` cuts it.

    Memoised: an article repeats its words, so each distinct word is folded and
    stemmed once, not at every occurrence.
    """
    norm = fold(word).replace(".", "") if "." in word and not word[0].isdigit() else fold(word)
    return norm, stem(norm)


_new_token = tuple.__new__
"""``Token``'s constructor without its keyword handling."""


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Cut ``text`` into word tokens; offsets are shifted by ``offset``."""
    tokens = []
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        norm, word_stem = normal_forms(word)
        tokens.append(_new_token(Token, (word, start + offset, end + offset, norm, word_stem)))
    return tokens


WORD_PATTERN = _WORD
"""What ``tokenize`` counts as one word; for callers that need no ``Token`` objects."""


@lru_cache(maxsize=131072)
def word_forms(word: str) -> tuple[str, str, bool]:
    """(norm, stem, is_stopword) of one word, exactly as ``tokenize`` computes them.

    Memoised: a long article repeats its words, so hot loops over thousands of
    sentences look each distinct word up once instead of folding and stemming it
    again. The word is cut as ``tokenize`` cuts its first token, without building one.
    """
    text = _WORD.findall(word)[0]
    norm, word_stem = normal_forms(text)
    return norm, word_stem, _is_stopword(text, norm)
