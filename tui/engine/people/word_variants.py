"""Rare capitalised words spelled two ways where two sentences say the same thing.

A name the text gives no evidence for ("(Libyan strongman Muammar) al-Qaddafi") is
still a name, and still misspelt, when the other article writes a variant of it in the
same place of a closely aligned sentence ("(Libyan strongman Moammar) Gadhafi"). Such a
pair is reported when both words are rare in English (wordfreq), neither is a place,
nation or organisation, neither appears anywhere in the other article, the two are
transliteration variants (spelling.py) and a neighbouring word is the same on both sides.
People found by persons.py are left to names.py.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tui.engine.findings.english_frequency import is_common
from tui.engine.findings.model import Contrast, Finding, Side
from tui.engine.people.cast import Cast
from tui.engine.people.lexicon import given_names, places
from tui.engine.people.name_words import name_key
from tui.engine.people.spelling import variant_score
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.textnorm import WORD_PATTERN, Token, tokenize

RARE_ZIPF = 3.0
MIN_VARIANT_SCORE = 0.65
FACE_TO_FACE_SCORE = 0.05
MIN_LENGTH = 4

_CAPITALISED_WORD = regex(r"[^\x00-@\[-\x7f](?<=(?<!\w)\w)\w{3,}")
"""Every word that could be a candidate (a candidate is a whole word of ``WORD_PATTERN``,
so also a run of word characters, that starts with a capital): a capital A-Z or any
character past ASCII, that is a word character at the start of a word of four or more.
The first character is a plain class, so the regex engine skips to the next one at once
(a class of categories, "no non-word character, digit or a-z", is tested at every
character); words that start with a character past ASCII that is no capital are dropped
by ``_rare_name_like``. The class is written as the ASCII characters it leaves out:
spelled as the range "A-Z, U+0080 to U+10FFFF" it took ``re`` 5-12 ms to compile
(a table of every code point below U+10000), a tenth of a short comparison."""


def word_variants(left: Cast, right: Cast, close: Iterable[tuple[int, int]]) -> list[Finding]:
    known = _people_words(left) | _people_words(right)
    findings: dict[tuple[str, str], Finding] = {}
    left_candidates = _Candidates(left, right, known)
    right_candidates = _Candidates(right, left, known)
    for i, j in sorted(close):
        lefts = left_candidates.of(i)
        if not lefts:
            continue
        rights = right_candidates.of(j)
        for lw, l_near in lefts:
            best = max(
                (
                    (variant_score(name_key(lw.text), name_key(rw.text)), rw)
                    for rw, r_near in rights
                    if l_near & r_near
                ),
                key=lambda pair: pair[0],
                default=(0.0, None),
            )
            score, rw = best
            if rw is None or score < MIN_VARIANT_SCORE:
                continue
            if given_names().same_person(name_key(lw.text), name_key(rw.text)):
                continue
            findings.setdefault(
                (lw.text, rw.text),
                Finding.contrasting(
                    kind="name",
                    type="spelling",
                    left=Side(i, lw.start, lw.end, lw.text),
                    right=Side(j, rw.start, rw.end, rw.text),
                    contrast=Contrast("name spelled differently", lw.text, rw.text),
                    score=round(score + FACE_TO_FACE_SCORE, 2),
                ),
            )
    return list(findings.values())


def _people_words(cast: Cast) -> set[str]:
    """Keys of the surnames and given names of the people found: names.py compares them."""
    words = {person.key for person in cast.people}
    words.update(name_key(g) for person in cast.people for g in person.given_names)
    return words


class _Candidates:
    """The candidates of the sentences of one article against the other, each sentence
    and each word judged once however many close pairs it stands in."""

    def __init__(self, cast: Cast, other: Cast, known: set[str]) -> None:
        self._sentences = cast.article.sentences
        self._other = other
        self._known = known
        self._found: dict[int, Sequence[tuple[Token, frozenset[str]]]] = {}
        self._rare: dict[str, bool] = {}

    def of(self, sentence: int) -> Sequence[tuple[Token, frozenset[str]]]:
        found = self._found.get(sentence)
        if found is None:
            found = self._found[sentence] = self._candidates(self._sentences[sentence])
        return found

    def _candidates(self, sentence: Sentence) -> Sequence[tuple[Token, frozenset[str]]]:
        """Rare capitalised words of the sentence (not its first word), absent from the
        other article, each with its neighbouring words. The words are picked from the
        raw matches first: most sentences have none, and are then never tokenized."""
        if not any(map(self._rare_name_like, _CAPITALISED_WORD.findall(sentence.text))):
            return []  # most sentences have no candidate: skip the costlier tokenising pattern
        words = WORD_PATTERN.findall(sentence.text)
        picked = [k for k, word in enumerate(words) if k and self._rare_name_like(word)]
        if not picked:
            return []
        tokens = tokenize(sentence.text, sentence.start)  # one token per word, in order
        return [
            (tokens[k], frozenset(tokens[n].norm for n in (k - 1, k + 1) if 0 <= n < len(tokens)))
            for k in picked
        ]

    def _rare_name_like(self, text: str) -> bool:
        found = self._rare.get(text)
        if found is None:
            found = self._rare[text] = _rare_name_like(text, self._other, self._known)
        return found


def _rare_name_like(text: str, other: Cast, known: set[str]) -> bool:
    """A long capitalised word, rare in English, named by neither cast nor the other
    article, and no place."""
    if len(text) < MIN_LENGTH or not text[0].isupper() or not text.isalpha():
        return False
    key = name_key(text)
    if key in known or text in other.words or is_common(key, RARE_ZIPF):
        return False
    return not places().is_place(text)
