"""How alike two spellings of a name are, allowing for transliteration.

Names taken from another script are written in several ways: l and r swap
(Lutnick / Rutnik), vowel pairs change (Jamison / Jamieson, Priebus / Preibus,
Bessent / Besseint), letters double or not, an h comes and goes (Luthnick), a final
e is silent (Grille). A *skeleton* folds those differences away; a *loose skeleton*
further reduces every vowel group to one vowel. Matching skeletons, phonetic keys
(jellyfish) and edit similarity (rapidfuzz) give a base score; the caller adds the
evidence of context (same office, same given name).
"""

from __future__ import annotations

import re
from functools import lru_cache

import jellyfish
from rapidfuzz.distance import JaroWinkler, Levenshtein

_DIGRAPHS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|cq|q"), "k"),
    (re.compile(r"c(?=[aou]|$)"), "k"),
    (re.compile(r"(?<=[bdgkprtw])h"), ""),
    (re.compile(r"ee|ie|ei|ea|ey|y(?![aeiou])"), "i"),
    (re.compile(r"oo|ou"), "u"),
    (re.compile(r"l"), "r"),
    (re.compile(r"(?<=[^aeiou])e$"), ""),
    (re.compile(r"(.)\1+"), r"\1"),
)
_VOWEL_GROUP = re.compile(r"[aeiou]+")
_DERIVED_ENDINGS = frozenset(
    "s es n ns an ans ian ians ese i is ite ites er ers ic ism ist ists".split()
)


@lru_cache(maxsize=65536)
def skeleton(key: str) -> str:
    """``key`` (folded letters) with transliteration differences folded away."""
    for pattern, replacement in _DIGRAPHS:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=65536)
def loose_skeleton(key: str) -> str:
    """The skeleton with every vowel group written "a" and every h dropped."""
    return _VOWEL_GROUP.sub("a", skeleton(key).replace("h", ""))


def block_keys(key: str) -> tuple[str, str, str]:
    """Keys that any likely variant of ``key`` shares at least one of: the first three,
    the last three, and the first two with the last consonants of the skeleton (its
    first letter kept even when a vowel)."""
    consonants = _VOWEL_GROUP.sub("", skeleton(key)[1:])
    head = skeleton(key)[:1] + consonants
    return "<" + head[:3], ">" + head[-3:], "=" + head[:2] + head[-1:]


def is_derived(a: str, b: str) -> bool:
    """One word is the other plus an ending or more letters: Pennsylvania / Pennsylvanians,
    Hill / Hillary. Those are other words, not spellings of one name."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and (
        len(long) - len(short) >= 3 or long[len(short) :] in _DERIVED_ENDINGS
    )


def variant_score(a: str, b: str) -> float:
    """How likely two different folded names are spellings of one name, 0 to 0.8, before
    any evidence from context. 0 for equal names and derived words."""
    if a == b or not a or not b or is_derived(a, b):
        return 0.0
    sa, sb = skeleton(a), skeleton(b)
    similarity = Levenshtein.normalized_similarity(sa, sb)
    if min(len(sa), len(sb)) < 3:
        return 0.8 if sa == sb else 0.0
    if sa == sb:
        return 0.8
    if loose_skeleton(a) == loose_skeleton(b) and similarity >= 0.7:
        return 0.7
    if jellyfish.metaphone(sa) == jellyfish.metaphone(sb) and similarity >= 0.75:
        return 0.65
    if JaroWinkler.similarity(sa, sb) >= 0.92 and similarity >= 0.8:
        return 0.6
    return 0.0
