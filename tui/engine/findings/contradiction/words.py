"""Words of one sentence as the contradiction detectors see them.

Each word keeps its offsets into the article text, its folded form, its lemma
key (wordlists.lemma_key) and whether a clause boundary (punctuation or a dash,
not a quote mark) separates it from the word before.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from functools import partial
from itertools import accumulate
from operator import add, eq, itemgetter, sub
from typing import NamedTuple

from tui.engine.findings.contradiction.facts import RECORDS, facts_of
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.memo_table import MemoTable
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.synonyms import synonym_pairs
from tui.engine.textnorm import STOPWORDS, WORD_PATTERN, normal_forms

_LIGHT = frozenset(
    "is are was were be been being has have had having do does did get got gets say says said "
    "also just still even already yet really ever".split()
)
"""Auxiliaries and fillers: never the head of a negated claim."""

POSSESSIVE_ENDINGS = ("'s", "\u2019s", "'", "\u2019")
"""How a word in the possessive ends ("Hesketh's", "the brothers'"), with either
apostrophe."""
STRONG_AGREEMENT = 0.6
"""Sentences this close (content-lemma Dice) are about the same thing throughout."""
HALF_AGREEMENT = 0.5
"""Sentences this close may speak of one thing (with other evidence)."""

AUXILIARIES = frozenset(
    "is are was were be been am has have had do does did will would shall should can could "
    "may might must".split()
)

_BOUNDARY = regex(r"[^\s'\u2019\u2018\"\u201c\u201d$\u00a3\u20ac\u00a5]")
"""Anything but spaces, quote marks and currency signs between two words ends a
clause, dashes too (a hyphen inside a word is part of the word). Quote marks do not:
"was not \u201ca war of choice\u201d" is one clause; nor does the sign of an amount
("to move about *$*200 million")."""


class Word(NamedTuple):
    """One word of a sentence (a named tuple: a sentence has dozens, built by the
    thousand per comparison)."""

    text: str
    start: int
    end: int
    norm: str
    lemma: str
    break_before: bool
    """Punctuation (a comma, a bracket, a quote mark...) stands between this word and
    the one before."""
    capitalised_inside: bool
    """Starts with a capital letter and is not the first word: most likely a name."""
    is_content: bool
    """Neither a stopword, an auxiliary or filler, nor a number or a single letter."""


_INITIALISM = regex(r"[A-Za-z](?:\.[A-Za-z])+")


def clause_break(words: Sequence[Word], k: int) -> bool:
    """Whether a clause boundary stands before word ``k``: its ``break_before``, but for
    the full stop of an initialism ("*U.S.* troops", "the *U.N.* Security Council"),
    which the word keeps out of its text, unless a capitalised stopword after it opens
    a sentence ("in the U.S. *The* next day")."""
    word = words[k]
    if not word.break_before or k == 0 or (word.text[:1].isupper() and word.norm in STOPWORDS):
        return word.break_before
    before = words[k - 1]
    return not (word.start - before.end == 2 and _INITIALISM.fullmatch(before.text) is not None)


def _is_content(norm: str) -> bool:
    return (
        norm not in STOPWORDS
        and norm not in _LIGHT
        and len(norm) > 1
        and any(c.isalpha() for c in norm)
    )


def _breaks(gap: str) -> bool:
    """Whether the text between two words ends a clause (gaps repeat: " ", ", ")."""
    return _BOUNDARY.search(gap) is not None


def _norm(word: str) -> str:
    return normal_forms(word)[0]


MAX_NORMS = 131072
"""Distinct words remembered (then forgotten at once: a long session reads many texts)."""
_LEMMAS = MemoTable(lemma_key, MAX_NORMS)
"""The lemma key of each folded word."""
_CONTENT = MemoTable(_is_content, MAX_NORMS)
"""Whether each folded word is a content word (two tables, not one of pairs: ``map``
reads each straight into the fields of a sentence's words, with no pair to unpack)."""
_BREAKS = MemoTable(_breaks, 4096)
_NORMS = MemoTable(_norm, MAX_NORMS)
"""Each word's norm."""


_CUT_AT_WORDS = regex("(" + WORD_PATTERN.pattern + ")")
"""``split`` cuts a text into [text before the first word, the word, text before the
second, ...] as ``WORD_PATTERN`` cuts words: one flat list, sliced by C code, rather
than a tuple per word (every word character starts a word, so the text between two
words holds none)."""


class Tokens(NamedTuple):
    """A sentence's words as written and their folded forms (the ``text`` and ``norm``
    of each ``Word``), cut without building ``Word``s."""

    texts: tuple[str, ...]
    norms: tuple[str, ...]


def sentence_tokens(sentence: Sentence) -> Tokens:
    """The detectors' quick tests of whether a sentence can matter to them at all read
    these, most sentences are never cut into ``Word``s. The one pass that cuts them
    keeps the text between the words for ``sentence_words``."""
    facts = RECORDS.get(id(sentence)) or facts_of(sentence)
    tokens = facts.tokens
    if tokens is None:
        parts = _CUT_AT_WORDS.split(sentence.text)
        texts = tuple(parts[1::2])
        tokens = facts.tokens = Tokens(texts, tuple(map(_NORMS.__getitem__, texts)))
        facts.gaps = tuple(parts[0:-1:2])  # the text after the last word is no gap
    return tokens


def sentence_words(sentence: Sentence) -> tuple[Word, ...]:
    facts = facts_of(sentence)
    words = facts.words
    if words is None:
        words = facts.words = _cut_words(sentence, sentence_tokens(sentence), facts.gaps or ())
    return words


def _cut_words(sentence: Sentence, tokens: Tokens, gaps: tuple[str, ...]) -> tuple[Word, ...]:
    """``Word``s from the tokens and the gaps before them, each field computed for the
    whole sentence by C code (``map``, ``accumulate``) rather than word by word."""
    texts, norms = tokens
    if not texts:
        return ()
    lengths = list(map(len, texts))
    ends = list(accumulate(map(add, map(len, gaps), lengths), initial=sentence.start))[1:]
    starts = list(map(sub, ends, lengths))
    lemmas, contents = map(_LEMMAS.__getitem__, norms), map(_CONTENT.__getitem__, norms)
    breaks = [False, *map(_BREAKS.__getitem__, gaps[1:])]
    capitalised = [False, *map(str.isupper, map(_FIRST_CHARACTER, texts[1:]))]
    fields = zip(texts, starts, ends, norms, lemmas, breaks, capitalised, contents, strict=True)
    return tuple(map(_as_word, fields))


_FIRST_CHARACTER = itemgetter(slice(0, 1))
_as_word = partial(tuple.__new__, Word)
"""``Word``'s constructor without its keyword handling: a long pair builds hundreds of
thousands."""


def sentence_norms(sentence: Sentence) -> frozenset[str]:
    """The set of a sentence's folded words (``Tokens.norms``)."""
    facts = RECORDS.get(id(sentence)) or facts_of(sentence)
    norms = facts.norms
    if norms is None:
        norms = facts.norms = frozenset(sentence_tokens(sentence).norms)
    return norms


def common_start(a: Sequence[str], b: Sequence[str]) -> int:
    """How many items the two sequences have in common at their start."""
    return (*map(eq, a, b), False).index(False)  # C code compares (map stops at the shorter)


def sentence_lemmas(sentence: Sentence) -> frozenset[str]:
    """Lemma keys of a sentence's words (see ``sentence_norms``)."""
    facts = facts_of(sentence)
    lemmas = facts.lemmas
    if lemmas is None:
        lemmas = facts.lemmas = frozenset(map(_LEMMAS.__getitem__, sentence_norms(sentence)))
    return lemmas


def lemma_counts(sentence: Sentence) -> dict[str, int]:
    """How many times each lemma key stands in a sentence (see ``sentence_lemmas``)."""
    facts = facts_of(sentence)
    counts = facts.lemma_counts
    if counts is None:
        counts = facts.lemma_counts = Counter(
            map(_LEMMAS.__getitem__, sentence_tokens(sentence).norms)
        )
    return counts


def content_lemmas(words: Sequence[Word], skip: range | None = None) -> set[str]:
    """Lemma keys of the content words, leaving out the positions in ``skip``."""
    return {w.lemma for i, w in enumerate(words) if w.is_content and not (skip and i in skip)}


def content_lemmas_outside(words: Sequence[Word], span: tuple[int, int]) -> set[str]:
    """Lemma keys of the content words that start outside the character ``span``."""
    return {w.lemma for w in words if w.is_content and not span[0] <= w.start < span[1]}


def content_lemmas_after(words: Sequence[Word], k: int, limit: int) -> set[str]:
    """Lemma keys of the first ``limit`` content words after word ``k``, within its clause:
    what a verb acts on."""
    found: set[str] = set()
    for w in words[k + 1 :]:
        if w.break_before or len(found) == limit:
            break
        if w.is_content:
            found.add(w.lemma)
    return found


def word_range(words: Sequence[Word], span: tuple[int, int]) -> tuple[int, int]:
    """(first, last) index of the words a span covers; (-1, -2) when it covers none."""
    inside = [k for k, w in enumerate(words) if span[0] <= w.start < span[1]]
    return (inside[0], inside[-1]) if inside else (-1, -2)


def agreement(left: set[str], right: set[str]) -> float:
    """Dice overlap of two sets of lemma keys: how much the rest of two sentences agree."""
    if not left or not right:
        return 0.0
    return 2 * len(left & right) / (len(left) + len(right))


def context_around(words: Sequence[Word], span: tuple[int, int], size: int = 4) -> set[str]:
    """Content lemmas of the ``size`` words before and after a character span."""
    before = [w for w in words if w.end <= span[0]][-size:]
    after = [w for w in words if w.start >= span[1]][:size]
    return {w.lemma for w in (*before, *after) if w.is_content}


def same_setting(
    left: Sequence[Word],
    left_span: tuple[int, int],
    right: Sequence[Word],
    right_span: tuple[int, int],
    min_shared: int = 1,
    anchored: bool = False,
) -> bool:
    """Whether two differing spans say something about the same thing: the words
    around them share ``min_shared`` content lemmas, or the two sentences largely agree.
    Beyond one word shared as written, a WordNet synonym counts as the same word ("the
    *agreement* was signed" / "signed the *accord*"): another outlet rewords what it
    does not change. A synonym alone is too weak an anchor ("his pay" / "his base
    salary" may be two measures) unless the spans themselves share their noun
    (``anchored``: "three *soldiers* were wounded" / "five *soldiers* were injured")
    and the sentences agree at least half-way."""
    left_context, right_context = context_around(left, left_span), context_around(right, right_span)
    shared = len(left_context & right_context)
    if shared >= min_shared:
        return True
    agreement_ = agreement(content_lemmas(left), content_lemmas(right))
    if agreement_ >= STRONG_AGREEMENT:
        return True
    if not shared and not (anchored and agreement_ >= HALF_AGREEMENT):
        return False
    return shared_in_meaning(left_context, right_context) >= min_shared


def shared_in_meaning(left: set[str], right: set[str]) -> int:
    """Lemma keys the two sets share, a WordNet synonym pair counted as one shared word
    (each word in one pair at most)."""
    return len(left & right) + len(synonym_pairs(left - right, right - left))


def with_auxiliary(words: Sequence[Word], k: int) -> int:
    """``k``, or the index of the auxiliary right before it in its clause ("*did* not",
    "*has* admitted")."""
    if k and words[k - 1].norm in AUXILIARIES and not words[k].break_before:
        return k - 1
    return k
