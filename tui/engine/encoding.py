"""Decode an article's bytes: UTF-8 when they are, else the reading that makes words.

charset-normalizer ranks legacy encodings by how chaotic and how coherent the
decoded text looks, but Western European text often decodes to the same letter
frequencies in several code pages, and it then picks one that changes a few
letters: Latin-1 "Señor Peña" read as cp1250 is "Seńor Peńa". Here every
single-byte reading that decodes (charset-normalizer's candidates and the
common Windows and ISO code pages) is scored on what a reader would notice:

1. control characters and odd symbols it produces (Latin-1 read where cp1252
   was meant turns curly quotes into C1 controls; Czech read as Mac Roman turns
   "ř" into "¯"): fewer is better; typographic punctuation (curly quotes,
   dashes, guillemets, the euro sign) is not odd;
2. its distinct words with a non-ASCII letter that are no word of the language
   (wordfreq's small lists, for the languages charset-normalizer recognised
   first and the common ones of the reading's scripts): fewer is better. A
   wrong reading turns letters into other letters ("Seńor") and punctuation
   into letters ("ìWe agreedî");
3. the number of such words that are known: more is better;
4. the order of ``PREFERRED`` (cp1252 first, the Western default), then
   charset-normalizer's own ranking, for readings that tie.

A multi-byte encoding charset-normalizer is sure of (Shift-JIS, GBK, Big5,
EUC-KR, ...) is kept: those do not share their bytes with the Latin code pages.
Only non-UTF-8 files pay for any of this.
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from tui.engine.prepared_regex import regex
from tui.engine.wordfreq_lists import READ_ERRORS, open_list

PREFERRED = (
    "cp1252", "latin-1", "iso8859-15", "cp1250", "iso8859-2", "cp1251", "koi8-r",
    "cp1253", "cp1254", "cp1257", "mac-roman",
)  # fmt: skip
"""Single-byte encodings always tried, in the order that breaks ties."""

LANGUAGE_CODES = {
    "Bulgarian": "bg", "Croatian": "sh", "Czech": "cs", "Danish": "da", "Dutch": "nl",
    "English": "en", "Finnish": "fi", "French": "fr", "German": "de", "Greek": "el",
    "Hungarian": "hu", "Indonesian": "id", "Italian": "it", "Lithuanian": "lt",
    "Norwegian": "nb", "Polish": "pl", "Portuguese": "pt", "Romanian": "ro", "Russian": "ru",
    "Serbian": "sh", "Slovak": "sk", "Slovene": "sl", "Spanish": "es", "Swedish": "sv",
    "Turkish": "tr", "Ukrainian": "uk",
}  # fmt: skip
"""charset-normalizer's language names -> wordfreq's language codes."""

SCRIPT_LANGUAGES = {
    "LATIN": ("en", "es", "fr", "de", "it", "pt", "pl", "cs"),
    "CYRILLIC": ("ru", "uk", "bg"),
    "GREEK": ("el",),
}
"""Languages always tried for words of a script (charset-normalizer often names a
neighbour: Dutch and Slovak for Czech)."""

TYPOGRAPHIC = frozenset(" ¡£§©«­®°±·»¿×÷‐‑–—‘’‚“”„•…‹›€™")
"""Non-ASCII punctuation and symbols that ordinary text uses: never a sign of a misreading."""

MAX_WORDS = 300
"""Distinct non-ASCII words scored per reading: plenty to tell readings apart."""
MAX_LANGUAGES = 4
"""Languages checked: those of charset-normalizer's first matches, in its order."""

_WORD = regex(r"[^\W\d_]+")
_CONTROL = regex("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_NON_ASCII = regex("[^\x00-\x7f]")


class UndecodableError(ValueError):
    """No encoding reads the bytes as text."""


@dataclass(frozen=True)
class Reading:
    text: str
    encoding: str


def decode_legacy(data: bytes) -> Reading:
    """The most plausible reading of bytes that are not UTF-8."""
    from charset_normalizer import from_bytes

    matches = from_bytes(data)
    best = matches.best()
    if best is not None and not is_single_byte(best.encoding):
        return Reading(str(best), canonical(best.encoding))
    detected = [m.encoding for m in matches if is_single_byte(m.encoding)]
    named = (LANGUAGE_CODES.get(name) for m in matches for name in m.languages[:2])
    languages = tuple(dict.fromkeys(code for code in named if code))[:MAX_LANGUAGES]
    readings = list(_readings(data, [*PREFERRED, *detected]))
    if not readings:
        raise UndecodableError("not text in any known encoding")
    odd = [_odd_characters(r.text) for r in readings]
    readings = [r for r, count in zip(readings, odd, strict=True) if count == min(odd)]
    if len(readings) == 1:
        return readings[0]  # no word list needed
    return max(readings, key=lambda r: _plausibility(r.text, languages))


def _readings(data: bytes, encodings: Iterable[str]) -> Iterable[Reading]:
    """Each distinct text the encodings give, with the first encoding that gives it."""
    seen: set[str] = set()
    for encoding in dict.fromkeys(canonical(name) for name in encodings):
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if text not in seen:
            seen.add(text)
            yield Reading(text, encoding)


def _plausibility(text: str, languages: tuple[str, ...]) -> tuple[int, int]:
    """(minus unknown non-ASCII words, known ones): higher is better. Ties keep the
    earlier reading (``max`` returns the first maximum)."""
    words = list(dict.fromkeys(w.casefold() for w in _WORD.findall(text) if not w.isascii()))
    words = words[:MAX_WORDS]
    chosen = tuple(dict.fromkeys(languages + _script_languages(words)))
    known = sum(any(word in _words_of(language) for language in chosen) for word in words)
    return known - len(words), known


def _odd_characters(text: str) -> int:
    """Control characters and odd symbols: what a misreading produces."""
    return len(_CONTROL.findall(text)) + sum(map(_is_odd, _NON_ASCII.findall(text)))


@cache
def _is_odd(char: str) -> bool:
    """A non-ASCII symbol or punctuation mark that text seldom uses, or an unassigned one."""
    category = unicodedata.category(char)
    return category[0] in "SPC" and category != "Cc" and char not in TYPOGRAPHIC


def _script_languages(words: Sequence[str]) -> tuple[str, ...]:
    scripts = {unicodedata.name(word[0], "").split(" ", 1)[0] for word in words}
    return tuple(lang for script in sorted(scripts) for lang in SCRIPT_LANGUAGES.get(script, ()))


@cache
def _words_of(language: str) -> frozenset[str]:
    """wordfreq's small word list of ``language`` (30,000 to 50,000 words).

    Read from wordfreq's data file directly (``wordfreq_lists``, about 0.03 s a
    language); a wordfreq that keeps its data elsewhere or otherwise is asked itself."""
    opened = open_list(f"small_{language}")
    if opened is not None:
        unpacker, size = opened
        try:
            return frozenset(word for _ in range(size) for word in unpacker.unpack())
        except READ_ERRORS:
            pass
    from wordfreq import get_frequency_dict

    return frozenset(get_frequency_dict(language, wordlist="small"))


@cache
def canonical(encoding: str) -> str:
    """Python's name for an encoding ("latin-1" -> "iso8859-1"), or the name as given."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return encoding


@cache
def is_single_byte(encoding: str) -> bool:
    """True for an encoding where every byte is one character (cp1252, koi8-r, ...)."""
    try:
        return len(bytes(range(256)).decode(encoding, errors="replace")) == 256
    except LookupError:
        return False
