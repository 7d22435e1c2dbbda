"""Chinese and Korean names: family name first, romanised several ways.

"Kim Yong Chol", "Kim Yong-chol" and "Kim Yong-chul" are one man whose family name is
Kim; "Mao Zedong" (pinyin) is "Mao Tse-tung" (Wade-Giles), "Park" is "Pak". A name is
read family name first when its first word is a Chinese or Korean family name
(data/east_asian_family_names.txt) and the rest is one or two romanised syllables of one
language (pinyin or Wade-Giles ends no syllable in l, Korean starts none with z: "Lee
Zeldin" is a Western name); the article using the last word alone as a name ("Zeldin
said") overrules that reading.

Two such names are compared on a romanisation key that folds the differences between
the systems (ts/z/ch/zh/j/q, hs/x/sh, d/t, b/p, g/k, r/l, eo/o/u) and nothing else:
"Xiaoming" and "Xiaoping" stay two people.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from tui.engine.datafiles import data_lines
from tui.engine.prepared_regex import regex

_CHINESE_SYLLABLE = (
    r"(?:ch|sh|zh|ts|tz|hs|ph|th|kh|[bcdfghjklmnpqrstwxyz])?[wy]?[aeiou]{1,3}(?:ng|n|k|p|m|t|w)?"
)
"""A syllable in pinyin, Wade-Giles, Cantonese or Hokkien romanisation ("Yew", "Seow",
"Chew" end in a w): none ends in an l."""

_KOREAN_SYLLABLE = (
    r"(?:ch|sh|kk|tt|pp|ss|jj|[bdghjklmnprst])?[wy]?[aeiou]{1,3}(?:ng|n|l|ck|k|p|m|t)?"
)
"""A syllable in Korean romanisation: none starts with a c, f, q, v, x or z; a final k
is also written the English way, "ck" ("Gyu-back" for "Gyu-baek")."""

_SYLLABLES = tuple(
    regex(rf"(?:{syllable}){{1,2}}") for syllable in (_CHINESE_SYLLABLE, _KOREAN_SYLLABLE)
)
_TWO_SYLLABLES = tuple(
    regex(rf"(?:{syllable}){{2}}") for syllable in (_CHINESE_SYLLABLE, _KOREAN_SYLLABLE)
)
_ONE_SYLLABLE = regex(rf"(?:{_CHINESE_SYLLABLE})|(?:{_KOREAN_SYLLABLE})")

_KEY_RULES = (
    (regex(r"hs|sh|x"), "s"),
    (regex(r"zh|ch|tz|ts|z|q|c"), "j"),
    (regex(r"eo|eu|oo|ou|o"), "u"),
    (regex(r"ee"), "i"),
    (regex(r"d"), "t"),
    (regex(r"b"), "p"),
    (regex(r"g"), "k"),
    (regex(r"r"), "l"),
    (regex(r"(?<=[jkpt])h"), ""),
    (regex(r"(.)\1+"), r"\1"),
)


@lru_cache(maxsize=1)
def _family_names() -> dict[str, frozenset[str]]:
    """Folded family name -> the groups (first spelling of a line) it belongs to: "Chin"
    is a spelling of Chen, Jin and Qin."""
    groups: dict[str, set[str]] = {}
    for line in data_lines("east_asian_family_names.txt"):
        spellings = line.split()
        for spelling in spellings:
            groups.setdefault(spelling, set()).add(spellings[0])
    return {name: frozenset(found) for name, found in groups.items()}


def is_family_name(key: str) -> bool:
    return key in _family_names()


def is_syllables(word: str) -> bool:
    """One or two romanised Chinese or Korean syllables ("Yong", "chol", "Zedong"), all of
    one language: "Zeldin" (a Chinese first letter, a Korean final l) is neither."""
    folded = word.lower()
    return any(syllables.fullmatch(folded) is not None for syllables in _SYLLABLES)


def is_two_syllables(word: str) -> bool:
    """Exactly two romanised syllables of one language ("Lifeng", "Jintao"; not "Xi")."""
    folded = word.lower()
    return any(syllables.fullmatch(folded) is not None for syllables in _TWO_SYLLABLES)


def joins_hyphenated(head: str, tail: str) -> bool:
    """A capitalised syllable and a lower-case one joined by a hyphen are one given name
    ("Yong-chol", "Tse-tung"), not a compound ("Obama-era", "Kim-led")."""
    return (
        _ONE_SYLLABLE.fullmatch(head.lower()) is not None
        and _ONE_SYLLABLE.fullmatch(tail) is not None
    )


def family_first(keys: Sequence[str]) -> bool:
    """The folded words of a name read family name first: a family name, then one or two
    words of one or two syllables in all ("Kim Yong Chol", "Mao Zedong", "Kim Jong Un")."""
    if len(keys) not in (2, 3) or not is_family_name(keys[0]):
        return False
    return is_syllables("".join(keys[1:]))


@lru_cache(maxsize=16384)
def romanised_key(key: str) -> str:
    """``key`` (folded letters) with the differences between romanisations folded away."""
    for pattern, replacement in _KEY_RULES:
        key = pattern.sub(replacement, key)
    return key


def family_groups(key: str) -> frozenset[str]:
    """Keys shared by every romanisation of a family name: Park / Pak / Bak, Zhou / Chou."""
    return _family_names().get(key, frozenset()) | {romanised_key(key)}


def same_family(a: str, b: str) -> bool:
    return bool(family_groups(a) & family_groups(b))
