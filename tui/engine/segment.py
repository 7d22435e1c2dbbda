"""Sentences as character spans of the original text.

A hand-written splitter rather than pysbd (benchmarks/segmenters.py): on the
seeds the two agree on 156 of 163 sentences; pysbd cuts numbered headings
("II." / "Remaining Representatives ...") in two, where this splitter keeps
them whole, and it is about 24x slower (1633 ms against 68 ms for 417k chars).
pysbd does keep a two-sentence quotation together, which this splitter does not.

Blocks are lines; a single line break is joined only where the text was
visibly hard-wrapped (the line ends mid-sentence and the next starts in lower
case). Inside a block a sentence ends at ``.``, ``!`` or ``?`` (plus closing
quotes or brackets) followed by a space and an opening quote, capital or digit,
unless the word before the stop is an abbreviation, an initial or a number, or
the stop is an ellipsis, or the next word starts in lower case; after a dotted acronym
or a given name written short ("Wm.", "Md.", "Th.") only before a likely sentence start.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from tui.engine.prepared_regex import regex
from tui.engine.spans import Span


@dataclass(frozen=True, slots=True)
class Sentence:
    id: int
    start: int
    end: int
    text: str
    boilerplate: bool = False

    @property
    def span(self) -> Span:
        return Span(self.start, self.end)


ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    inc ltd co corp bros dept univ assn est approx vs etc al fig no nos vol pp ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    ave blvd rd mt ft e.g i.e cf viz""".split()
)
GIVEN_NAME_ABBREVIATIONS: dict[str, str | None] = {
    "wm": "william",
    "chas": "charles",
    "thos": "thomas",
    "jas": "james",
    "jos": "joseph",
    "geo": "george",
    "benj": "benjamin",
    "saml": "samuel",
    "robt": "robert",
    "jno": "john",
    "edw": "edward",
    "richd": "richard",
    "danl": "daniel",
    "nathl": "nathaniel",
    "alexr": "alexander",
    "fredk": "frederick",
    "hy": "henry",
    "md": None,
    "mohd": None,
    "mst": None,
}
"""Given names written short with a full stop, and the name each stands for: the English
ones of older records and some usage ("Wm." William, "Chas." Charles, "Thos." Thomas),
and the South Asian "Md." and "Mohd." (Mohammad) and "Mst." (Mosammat), which open a
name its bearer is not called by (None: "Md. Rafiqul Islam" is Rafiqul Islam)."""

_VOWELS = frozenset("aeiouy")
_WHOLE_NAMES = frozenset(("ng",))
"""Names of two consonants written whole: the Cantonese family name Ng."""


def is_name_abbreviation(word: str) -> bool:
    """A given or clan name written short before a full stop: one of
    ``GIVEN_NAME_ABBREVIATIONS``, or two letters in title case without a vowel that are
    no common abbreviation nor a whole name (the Meitei clan names "Th." Thokchom, "Kh."
    Khumukcham; not "Mr.", "Dr.", "St.", "Jr.", nor "Ng.")."""
    if len(word) < 2 or not word[0].isupper() or not word[1:].islower():
        return False
    folded = word.lower()
    if folded in GIVEN_NAME_ABBREVIATIONS:
        return True
    return (
        len(word) == 2
        and word.isalpha()
        and word.isascii()
        and folded not in ABBREVIATIONS
        and folded not in _WHOLE_NAMES
        and _VOWELS.isdisjoint(folded)
    )


# After a dotted acronym ("U.S.") a new sentence usually starts with one of these.
_SENTENCE_STARTERS = frozenset(
    """the a an this that these those it its he she they we i there but and however
    meanwhile in on at for after before when while if as his her their our""".split()
)

_BOUNDARY = regex(
    # The next sentence starts with a word character or any character of the Basic
    # Multilingual Plane from U+00C0 on; written as "\w, or not below U+00C0 and not
    # past U+FFFF", which compiles in 0.6 ms where the class [\w\u00C0-\uFFFF] took
    # 3 to 9 ms of every start-up.
    r"""(?P<stop>[.!?\u2026]+)(?P<close>['"\u2019\u201d)\]]*)(?P<space>\s+)"""
    r"""(?=['"\u2018\u201c(\[]?(?:\w|[^\x00-\xBF\U00010000-\U0010FFFF]))"""
)
_WORD_RUN = regex(r"[\w.'\u2019-]*")
"""Letters, digits and what the word before a full stop may hold besides ("U.S",
"O'Neil"): matched at the start of the reversed text before the stop, its run is that
word (a word character is exactly what ``str.isalnum`` accepts, or the underscore)."""
_NEXT_WORD = regex(r"['\"\u2018\u201c]?(\w+)")
_OPENING = "'\"\u2018\u201c(["
_TERMINAL = regex(r"""[.!?\u2026:;]['"\u2019\u201d)\]]*$""")


def segment(text: str, boilerplate: Sequence[Span] = ()) -> list[Sentence]:
    """Split ``text`` into sentences; those inside ``boilerplate`` are flagged."""
    spans = sorted(boilerplate)
    sentences: list[Sentence] = []
    for start, end in _blocks(text):
        for s, e in _split_block(text, start, end):
            is_boiler = any(b.start <= s and e <= b.end for b in spans)
            sentences.append(Sentence(len(sentences), s, e, text[s:e], is_boiler))
    return sentences


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each block: a line, or hard-wrapped lines joined."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    block: tuple[int, int] | None = None
    previous_end = -1
    for start, end in lines:
        stripped = _strip(text, start, end)
        if stripped is None:
            if block:
                yield block
                block = None
            continue
        s, e = stripped
        if block is not None and _continues(text, block, s, previous_end):
            block = (block[0], e)
        else:
            if block:
                yield block
            block = (s, e)
        previous_end = end
    if block:
        yield block


def _continues(text: str, block: tuple[int, int], next_start: int, previous_end: int) -> bool:
    """True when the next line carries on the block's sentence (hard wrap)."""
    if text.count("\n", previous_end, next_start) > 1:
        return False  # a blank line always ends a paragraph
    tail = text[block[0] : block[1]]
    if _TERMINAL.search(tail):
        return False
    following = text[next_start]
    return following.islower() or tail.endswith((",", "-"))


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and (text[start].isspace() or not text[start].isprintable()):
        start += 1
    while end > start and (text[end - 1].isspace() or not text[end - 1].isprintable()):
        end -= 1
    return (start, end) if start < end else None


def _split_block(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    block = text[start:end]
    cut = 0
    for match in _BOUNDARY.finditer(block):
        if _is_boundary(block, match):
            yield start + cut, start + match.start("space")
            cut = match.end("space")
    if cut < len(block):
        yield start + cut, end


def _is_boundary(block: str, match: re.Match[str]) -> bool:
    following = match.end()
    while following < len(block) and block[following] in _OPENING:
        following += 1
    if block[following : following + 1].islower():
        return False  # "left the U.S. at a loss", "Really?" she asked
    stop = match.group("stop")
    if stop.startswith("...") or stop == "\u2026":
        return False
    if stop != ".":
        return True
    before = _word_before(block, match.start())
    if before is None:
        return True
    start, word = before[0], before[1].lower().lstrip("'\u2019")
    if word in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():
        return False  # an initial ("J. Smith") or a list marker ("I. Besant Bids ...")
    if _is_roman_numeral(word) and start == 0:
        return False  # "IV. Game of Exchange" heading number
    if "." in word or is_name_abbreviation(before[1]):
        # a dotted acronym ("U.S.") or a name written short ("Wm.", "Th."): split only
        # before a likely sentence start ("Baltimore, Md. The")
        next_word = _NEXT_WORD.match(block, match.end())
        return bool(next_word and next_word.group(1).lower() in _SENTENCE_STARTERS)
    return True


def _word_before(block: str, stop: int) -> tuple[int, str] | None:
    """(start, text) of the word ending at ``stop`` (or one line break before it):
    letters, digits and ``_WORD_BEFORE_PUNCTUATION``, at most 64 characters back (only
    the last few can matter; looking further made long paragraphs quadratic)."""
    limit = max(0, stop - 64)
    end = stop - 1 if stop > limit and block[stop - 1] == "\n" else stop
    run = _WORD_RUN.match(block[limit:end][::-1])  # always matches, at least nothing
    start = end - run.end() if run else end
    return (start, block[start:end]) if start < end else None


def _is_roman_numeral(word: str) -> bool:
    return bool(word) and all(c in "ivxlc" for c in word)


def sentence_at(sentences: Sequence[Sentence], offset: int) -> Sentence | None:
    """The sentence holding character ``offset`` (sentences sorted by start)."""
    index = bisect.bisect_right([s.start for s in sentences], offset) - 1
    if index >= 0 and offset < sentences[index].end:
        return sentences[index]
    return None
