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

from functools import lru_cache

import jellyfish
from rapidfuzz.distance import OSA, JaroWinkler, Levenshtein

from tui.engine.people.lexicon import given_names
from tui.engine.prepared_regex import regex

_DIGRAPHS = (
    # a first w sound as French writes it before a vowel (Ouattara / Wattara, Ouahiba /
    # Wahiba) and Spanish before an e (Huenchumilla / Wenchumilla, Huerta / Werta)
    (regex(r"^ou(?=[aei])|^hu(?=e[a-z]{3})"), "w"),
    # the Greek and Balkan "dj" sound written tz or dz between vowels: Chatzigeorgiou /
    # Hadjigeorgiou, Hatzidakis / Hadjidakis
    (regex(r"(?<=[aeiou])[td]z(?=[aeiou])"), "j"),
    (regex(r"ph"), "f"),
    (regex(r"ij(?![aeiou])"), "y"),  # the Dutch ij before a consonant: Wijbren / Wybren
    (regex(r"shch|chtch|schtsch"), "sh"),  # Shcherbakov / Chtcherbakov / Scherbakov
    (regex(r"tsch"), "ch"),  # German for Russian: Gorbatschow, Tschernenko
    # a first "tch", French for the Russian and Georgian ch (Tchelidze, Tchaikovsky); inside
    # a name English writes it too (Fitch, Mitchell), for a sound no romanisation parts
    (regex(r"^tch"), "ch"),
    (regex(r"dj|dzh"), "j"),  # French and Russian: Djafari / Jafari
    (regex(r"sch"), "sh"),
    (regex(r"^chr"), "hr"),  # German Chruschtschow for Khrushchev
    # the Ukrainian and Belarusian h for the Russian g before a consonant, where no
    # English name has an h: Hnatyuk / Gnatyuk, Hryhoriy / Grigoriy, Hlib / Gleb
    (regex(r"^h(?=[lnr])"), "g"),
    (regex(r"(?<=[aeiou]u)x$"), ""),  # a silent French x: Rousseaux / Rousseau
    (regex(r"tx"), "ch"),  # Basque and Catalan: Etxeberria / Echeverria, Txema / Chema
    (regex(r"xh"), "j"),  # Albanian: Hoxha / Hodja, Xhafer / Djafer
    (regex(r"x"), "ks"),
    (regex(r"zh"), "j"),  # Ahmadinezhad / Ahmadinejad
    (regex(r"^wh"), "w"),  # an h after a first w is silent: Whitcombe / Witcombe
    # German w for v: Janukowitsch, Krawtschenko, -ow
    (regex(r"^w(?=[aeiou])|(?<=[aeiou])w(?=[aeiou]|[^aeiouhrwy])|(?<=[aeo])w$"), "v"),
    (regex(r"^j(?=[aeiou])"), "y"),  # Jusupov / Yusupov
    (regex(r"(?<=i)y(?=[aeiou])"), ""),  # Dmitriyev / Dmitriev
    (regex(r"(?<=[^aeiouy])[yj](?=[aeiou])"), "i"),  # Vasilyev / Vasiliev / Wassiljew
    # the Slavic and Romanian c for the ts of Russian romanisations, before a v, where
    # no English name writes a c: Cvetelina / Tsvetelina, Cvetkov / Tsvetkov
    (regex(r"(?<!m)c(?=v)"), "ts"),  # (not the Mc of McVey)
    (regex(r"ck|cq|q"), "k"),
    (regex(r"c(?=[aoulr]|$)"), "k"),
    (regex(r"^mc(?=[eiy])"), "mk"),  # the c of a first Mc is hard: McIntosh / Mackintosh
    (regex(r"(?<!s)c(?=[eiy])"), "s"),  # a soft c: Bruce / Bruse, Vicente / Visente
    (regex(r"owh"), "uh"),  # Persian: Rowhani / Rouhani
    (regex(r"(?<=[bdgkprtw])h"), ""),
    (regex(r"ee|ie|ei|ea|ey|y(?![aeiou])"), "i"),
    (regex(r"oo|ou"), "u"),
    (regex(r"^iu"), "yu"),  # Iouri / Yuri
    (regex(r"(?<!r)l(?!r)"), "r"),  # not next to an r: Carlson is not Carson
    (regex(r"(?<=[^aeiou])e$"), ""),
    (regex(r"(?<=[aeiou])h$"), ""),  # a silent final h: Sarah / Sara, Rebekah
    (regex(r"(.)\1+"), r"\1"),
)
_VOWEL_GROUP = regex(r"[aeiou]+")
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


_FIRST_LETTER_CLASS = str.maketrans("gqcjwv", "kkkyff")
"""First letters that romanisations swap: Gaddafi / Qaddafi, Jusupov / Yusupov."""


def block_keys(key: str) -> tuple[str, ...]:
    """Keys that any likely variant of ``key`` shares at least one of: the first three,
    the last three, and the first two with the last consonants of the skeleton (its
    first letter kept even when a vowel); the first three again with the first letter
    reduced to its class; and all of these again with a soft first g written "j", a
    "ch" read as a "k" written so, and a "kh" written "h"."""
    consonants = _VOWEL_GROUP.sub("", skeleton(key)[1:])
    head = skeleton(key)[:1] + consonants
    keys: tuple[str, ...] = (
        "<" + head[:3],
        ">" + head[-3:],
        "=" + head[:2] + head[-1:],
        "~" + head[:3].translate(_FIRST_LETTER_CLASS),
        # one of the first consonants dropped (Cordova / Codova, Markey / Makey) leaves
        # the shorter name's first three: each deletion from the first four is a key
        *("<" + head[:i] + head[i + 1 : 4] for i in range(1, min(4, len(head)))),
    )
    if _SOFT_G.match(key):
        keys += block_keys(_SOFT_G.sub("j", key))
    if _GI.match(key) and not key.startswith("j"):
        keys += block_keys(_GI.sub("y", key))
    if _MAC.match(key):
        keys += block_keys(_MAC.sub("mc", key))
    if _HARD_CH.search(key):
        keys += block_keys(_HARD_CH.sub("k", key))
    return keys + block_keys(key.replace("kh", "h")) if "kh" in key else keys


def is_derived(a: str, b: str) -> bool:
    """One word is the other plus an ending or more letters: Pennsylvania / Pennsylvanians,
    Hill / Hillary. Those are other words, not spellings of one name."""
    short, long = sorted((a, b), key=len)
    if short.endswith("y") and long == short + "i":
        return False  # an adjective's ending, Ukrainian -yi and Russian -y: Syrskyi / Syrsky
    if long == short + short[-1:]:
        return False  # a final letter doubled is no ending: Bachman / Bachmann
    return long.startswith(short) and (
        len(long) - len(short) >= 3 or long[len(short) :] in _DERIVED_ENDINGS
    )


_CLASHING_VOWELS = frozenset(map(frozenset, ("ai", "ao", "au", "io", "iu")))
"""Vowels no romanisation writes for one another: Hadid / Haddad are two names. An "e"
stands for most short vowels (Yusuf / Yousef, Qasim / Kassem, Tkachyov / Tkachev), and
"o" / "u" for one (Osama / Usama)."""


_SPOKEN_VOWELS = regex(r"(?:[aeiou]|y(?![aeiou]))+")
"""Vowel groups as spoken: a "y" before no vowel is one ("Dmytro" / "Dmitri": y-o and
i-i, not o and i)."""


def _vowels_clash(a: str, b: str) -> bool:
    """Two names with as many vowel groups as written, one pair of which no letter of
    either can stand for the other's: a different vowel, so a different name. (As
    written, not in the skeleton: "ei" is read "i" there, but Besant / Besseint is one
    name.)"""
    groups_a, groups_b = _SPOKEN_VOWELS.findall(a), _SPOKEN_VOWELS.findall(b)
    if len(groups_a) != len(groups_b):
        return False  # a vowel dropped or added: judged on the consonants
    return any(
        all(frozenset((x, y)) in _CLASHING_VOWELS for x in ga for y in gb)
        for ga, gb in zip(groups_a, groups_b, strict=True)
        if ga != gb
    )


def _consonants(key: str) -> str:
    return _VOWEL_GROUP.sub("", key.replace("y", ""))


@lru_cache(maxsize=65536)
def given_variant_score(a: str, b: str) -> float:
    """``variant_score`` for given names, which also counts one letter added or dropped
    (Vicente / Vincente, Reince / Reice) or, in a long name, changed: beside the same
    surname that is a misspelling, where two surnames one letter apart (Carson / Carlson)
    may be two families. A man's name and a woman's (Daniel / Daniela) are never one;
    the letter fallback is not taken where both are names of the given-name list (Diane /
    Diana): those are two names, so two relatives."""
    if given_names().opposite_sexes(a, b):
        return 0.0
    score = variant_score(a, b)
    if score > 0.0 or a == b:
        return score
    shortest = min(len(a), len(b))
    one_letter = shortest >= 6 or (shortest >= 5 and len(a) != len(b))
    if one_letter and Levenshtein.distance(a, b) == 1 and not _both_listed(a, b):
        return 0.6
    return 0.0


def _both_listed(a: str, b: str) -> bool:
    listed = given_names().listed
    return a in listed and b in listed


_HARD_CH = regex(r"^ch(?=r)|(?<=\w)ch")
"""A "ch" read as a "k": inside a name (Nicholas / Nicolas, Zachary / Zackary) and in a
first "chr" (Christina / Cristina / Kristina). A first "ch" elsewhere is another sound
(Chan / Kan)."""

_SOFT_G = regex(r"^g(?=[ei])")
"""A first g before e or i, which romanisations and English spellings write as a j
(Geoffrey / Jeffrey, Gennady / Jennady)."""


@lru_cache(maxsize=65536)
def variant_score(a: str, b: str) -> float:
    """How likely two different folded names are spellings of one name, 0 to 0.8, before
    any evidence from context. 0 for equal names and derived words. A "kh" is read both
    as a "k" (Dzhokhar / Dzhokar) and as an "h" (Khamenei / Hamenei); a "ch" both as
    itself and as a "k" (``_HARD_CH``); a first g before e or i both as a g and as a j,
    and a first "gi" before a vowel also as a y (``_GI``);
    an "ow" before a consonant both as itself and as an "ou" (``_OW``)."""
    if a == b or not a or not b or is_derived(a, b):
        return 0.0
    score = _variant_score(a, b)
    if score < 0.8 and ("kh" in a or "kh" in b):
        score = max(score, _variant_score(a.replace("kh", "h"), b.replace("kh", "h")))
    if score < 0.8 and (_HARD_CH.search(a) or _HARD_CH.search(b)):
        score = max(score, _variant_score(_HARD_CH.sub("k", a), _HARD_CH.sub("k", b)))
    if score < 0.8 and a[:1] + b[:1] in ("gj", "jg"):
        score = max(score, _variant_score(_SOFT_G.sub("j", a), _SOFT_G.sub("j", b)))
    if score < 0.8 and a[:1] + b[:1] in ("gy", "yg", "gj", "jg"):
        score = max(score, _variant_score(_GI.sub("y", a), _GI.sub("y", b)))
    if score < 0.8 and _MAC.match(a) and _MC.match(b):
        score = max(score, _variant_score(_MAC.sub("mc", a), b))
    if score < 0.8 and _MC.match(a) and _MAC.match(b):
        score = max(score, _variant_score(a, _MAC.sub("mc", b)))
    if score < 0.8 and a[:1] + b[:1] in ("ch", "hc") and min(len(a), len(b)) >= _LONG_CH:
        score = max(score, _variant_score(_FIRST_CH.sub("h", a), _FIRST_CH.sub("h", b)))
    if score < 0.8 and (_OW.search(a) or _OW.search(b)):
        score = max(score, _variant_score(_OW.sub("ou", a), _OW.sub("ou", b)))
    if score == 0.0 and _transposed(a, b):
        score = TRANSPOSED
    return score


TRANSPOSED = 0.6
"""The score of two names of six letters or more that differ by two neighbouring letters
written the other way round (Lindholm / Lindhlom, Jhonny / Johnny): a slip of the
keyboard, which no two families' names differ by."""


def _transposed(a: str, b: str) -> bool:
    return min(len(a), len(b)) >= 6 and Levenshtein.distance(a, b) == 2 and OSA.distance(a, b) == 1


_GI = regex(r"^[gj][ie](?=[aou])|^yi(?=[aou])|^j(?=[aeiou])")
"""A first "gi" or "ge" before a vowel, which Italian and Greek say as a y (Giorgos /
Yorgos, Giannis / Yiannis, Giovanni / Jovanni, Georgiou / Yiorgiou, the Greek "yi" for
the same sound), read so where the other name opens with a y or a j; elsewhere the i may
be a vowel (Giuliani / Guliani)."""

_MAC = regex(r"^mac(?=[a-z]{3})")
_MC = regex(r"^mc(?=[a-z]{3})")
"""The Gaelic "son of" written in full and short (Mackintosh / McIntosh, MacLean /
McLean), read as one where one name writes it each way; two names that write it alike
are compared as they stand."""

_FIRST_CH = regex(r"^ch")
"""A first "ch" for the Greek and Slavic letter that romanisations also write "h" or
"kh" (Chatzigeorgiou / Hadjigeorgiou, Chrushchev / Hrushchev), read so where the other
name opens with an h."""

_LONG_CH = 7
"""The fewest letters of two names whose first "ch" and "h" are read as one letter: in
short names they are two families (Chan / Han, Chase / Hase)."""

_OW = regex(r"(?<=[^aeiou])ow(?=[bdklmnrst])")
"""An English "ow" before a consonant, read both as a German w for v (Krawtschenko) and
as the sound an "ou" writes (Chowdhury / Choudhury, Rowntree / Rountree)."""


def _variant_score(a: str, b: str) -> float:
    sa, sb = skeleton(a), skeleton(b)
    if sa != sb and _vowels_clash(a, b):
        return 0.0
    similarity = Levenshtein.normalized_similarity(sa, sb)
    if min(len(sa), len(sb)) < 3:
        return 0.8 if sa == sb else 0.0
    if sa == sb:
        return 0.8
    if loose_skeleton(a) == loose_skeleton(b) and similarity >= 0.7:
        return 0.7
    if jellyfish.metaphone(sa) == jellyfish.metaphone(sb) and similarity >= 0.75:
        return 0.65
    consonants = _consonants(a)
    if len(consonants) >= 4 and consonants == _consonants(b) and similarity >= 0.75:
        return 0.65  # a vowel dropped or added: Menendez / Menndez
    if JaroWinkler.similarity(sa, sb) >= 0.92 and similarity >= 0.8:
        return 0.6
    return 0.0
