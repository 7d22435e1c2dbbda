"""Name swaps: two near-identical sentences that differ only in one name ("written by
*Kate Siegel*" / "written by *Trevor Macy*", "has written for the *New York Times*" /
"the *Washington Post*", "works in *Bollywood*" / "works in *Hollywood*").

The second source of entity.py, for the names no lexicon holds. The word diff of the
two sentences must change one run of words and nothing else, each side of it a name
(capitalised words, with "of", "the", "and" between them), and the unchanged words
must carry the claim (``MIN_SHARED`` content words, ``MIN_SHARE`` of the sentence).
So the same claim is made of another person, work, place or body.

A swapped person is a swap too: the same claim made of another person in an
otherwise identical sentence is a contradiction of who did it. Where the people
findings see the same edit as an office conflict or a different person in one role
("Rep. *Loretta Sanchez*" / "Rep. *Linda Sanchez*"), ``compare`` keeps theirs
(findings/one_per_disagreement.py).

Not a swap here: two
places or bodies the lexicons know (entity.py has judged them: "Congress" / "the
House" is a body and a part of it), an owner ("Myanmar's" / "Suu Kyi's"), one name
inside the other ("Vin Diesel" / "Actor Vin Diesel"), one name spelt two ways, a
nickname, an office or title ("Mr." / "President"), a date word, a number, a negation
cue, a sentence-initial common word ("Officials" / "Authorities"), or a title-case
headline.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import cache

from rapidfuzz.fuzz import ratio

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import MONTHS, WEEKDAYS
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.wordlists import negation_cues
from tui.engine.findings.contradiction.words import Tokens, Word, common_start, sentence_tokens
from tui.engine.findings.english_frequency import is_common
from tui.engine.findings.model import Contrast
from tui.engine.people.lexicon import alternation, given_names, offices, places
from tui.engine.prepared_regex import prepared_pattern, regex
from tui.engine.segment import Sentence
from tui.engine.textnorm import TITLE_SMALL, fold, stem

MAX_NAME_WORDS = 6
MIN_SHARED = 2
"""Least content words the two sentences share outside the names."""
MIN_SHARE = 0.5
"""Least share of the longer sentence's words that the two sentences share."""
SAME_SPELLING = 85
"""rapidfuzz ratio from which two names are one name spelt two ways."""
COMMON_ZIPF = 4.0
"""A sentence's first word this frequent in English is a word, not a name."""
HEADLINE_SHARE = 0.6
_LINKS = frozenset(("of", "the", "and", "de", "for", "&"))
_ARTICLES = frozenset(("the", "a", "an", "only", "solely", "exclusively"))
"""Left out before a name: articles and restrictive adverbs ("a *solely* Australian")."""
_POSSESSIVE = regex(r"['\u2019]s?$")


def name_swaps(
    pair: SentencePair, known: Callable[[bool, tuple[int, int]], bool]
) -> list[Conflict]:
    """The one name swapped between the two sentences, if any (``known(left side, run)``:
    whether a run is a place or body the lexicons name)."""
    if not _may_swap(pair):
        return []
    left, right = pair.left_words, pair.right_words
    if title_case_headline(left) or title_case_headline(right):
        return []
    changed = _changed_run(left, right)
    if changed is None:
        return []
    i1, i2, j1, j2 = changed
    li, ri = _trimmed(pair.left, left, i1, i2), _trimmed(pair.right, right, j1, j2)
    if li is None or ri is None:
        return []
    shared = [*left[:i1], *left[i2:]]
    if (
        sum(w.is_content for w in shared) < MIN_SHARED
        or len(shared) < MIN_SHARE * max(len(left), len(right))
        or not (is_name(left, li) and is_name(right, ri))
        or (known(True, li) and known(False, ri))
        or same_name(_text(left, li), _text(right, ri))
    ):
        return []
    left_span = left[li[0]].start, left[li[1] - 1].end
    right_span = right[ri[0]].start, right[ri[1] - 1].end
    contrast = Contrast("entity differs", pair.left_quote(left_span), pair.right_quote(right_span))
    score = round(min(0.9, 0.5 + 0.4 * len(shared) / max(len(left), len(right))), 2)
    return [Conflict("entity", left_span, right_span, contrast, score)]


def _may_swap(pair: SentencePair) -> bool:
    """A quick test before the sentences are cut into words. All but one run of words
    is the same, so the words the two have in common at their start and at their end
    make MIN_SHARE of the longer one, and the words between them (which the run holds)
    are all capitalised words, links or articles."""
    left, right = sentence_tokens(pair.left), sentence_tokens(pair.right)
    start = common_start(left.norms, right.norms)
    end = common_start(left.norms[::-1], right.norms[::-1])
    lengths = len(left.norms), len(right.norms)
    if min(start + end, min(lengths) - 1) < MIN_SHARE * max(lengths):
        return False
    return _may_be_name(left, start, lengths[0] - end) and _may_be_name(
        right, start, lengths[1] - end
    )


def _may_be_name(tokens: Tokens, first: int, after: int) -> bool:
    return all(
        text[:1].isupper() or norm in _LINKS or norm in _ARTICLES
        for text, norm in zip(tokens.texts[first:after], tokens.norms[first:after], strict=True)
    )


def _changed_run(left: Sequence[Word], right: Sequence[Word]) -> tuple[int, int, int, int] | None:
    """The one run of words changed between the two sentences, as (i1, i2, j1, j2); a
    title word both keep inside it does not cut it in two ("by *Secretary of State
    Marco Rubio*" / "by *Defense Secretary Pete Hegseth*" share "Secretary")."""
    matcher = SequenceMatcher(None, [w.norm for w in left], [w.norm for w in right], False)
    ops = matcher.get_opcodes()
    changed = [k for k, op in enumerate(ops) if op[0] != "equal"]
    if not changed:
        return None
    first, last = changed[0], changed[-1]
    for tag, i1, i2, _, _ in ops[first : last + 1]:
        if tag == "equal" and not all(w.text[:1].isupper() for w in left[i1:i2]):
            return None
    i1, j1 = ops[first][1], ops[first][3]
    i2, j2 = ops[last][2], ops[last][4]
    if i1 == i2 or j1 == j2:
        return None
    return i1, i2, j1, j2


def _trimmed(
    sentence: Sentence, words: Sequence[Word], first: int, after: int
) -> tuple[int, int] | None:
    """The changed run without a leading article or title, or None when it is empty or
    too long."""
    while first < after and words[first].norm in _ARTICLES:
        first += 1
    first = _after_leading_title(sentence, words, first, after)
    if not 0 < after - first <= MAX_NAME_WORDS:
        return None
    return first, after


def _after_leading_title(sentence: Sentence, words: Sequence[Word], first: int, after: int) -> int:
    """Where the name starts in a run that opens with an office's title ("*Vice Premier*
    He Lifeng" / "*Commerce Minister* Wang Wentao": another person led the delegation,
    whatever the titles say); ``first`` when the run opens with none."""
    if first >= after:
        return first
    title = _leading_title().match(sentence.text, words[first].start - sentence.start)
    if title is None:
        return first
    start = first
    while start < after and words[start].start - sentence.start < title.end():
        start += 1
    return start if start < after and is_name(words, (start, after)) else first


@cache
def _leading_title() -> re.Pattern[str]:
    return prepared_pattern("office_titles", alternation(offices().title_forms, "office_titles"))


def is_name(words: Sequence[Word], run: tuple[int, int], owner: bool = False) -> bool:
    """Whether the run is a name: capitalised words, links between them, no date,
    number, office, title or negation, and not just a sentence's common first word
    (``owner``: a possessive may end it, "*Corran School*'s team")."""
    first, after = run
    part = words[first:after]
    if not (part[0].text[:1].isupper() and part[-1].text[:1].isupper()):
        return False
    if any(w.break_before for w in part[1:]):
        return False
    blocked = _blocked_words()
    if _POSSESSIVE.search(part[-1].text) and not owner:
        return False
    for word in part:
        if not name_word(word.text, word.norm):
            return False
        if word.norm in blocked or any(c.isdigit() for c in word.text):
            return False
        if offices().knows(word.text):
            return False
    return not (first == 0 and after == 1 and is_common(words[0].norm, COMMON_ZIPF))


def name_word(text: str, norm: str) -> bool:
    """Whether a word may stand in a name ``is_name`` accepts: capitalised, or a link
    between its words ("Bank *of* England")."""
    return text[:1].isupper() or norm in _LINKS


@cache
def _blocked_words() -> frozenset[str]:
    dates = {fold(m) for m in MONTHS} | {fold(d) for d in WEEKDAYS}
    titles = {fold(t).rstrip(".") for t in offices().honorific_forms}
    titles |= {t + "." for t in titles}
    cues = {cue[0] for cue in negation_cues()[0] if len(cue) == 1}
    return frozenset(dates | titles | cues)


def _text(words: Sequence[Word], run: tuple[int, int]) -> str:
    return " ".join(w.text for w in words[run[0] : run[1]])


def same_name(a: str, b: str) -> bool:
    """One name written two ways: one inside the other (by word stems: "Republicans" /
    "Republican Party"), spelt alike, initials ("U.S." / "United States"), one nation
    in two forms, or a nickname."""
    folded_a, folded_b = fold(a), fold(b)
    stems_a = {stem(w) for w in folded_a.split()} - _LINKS
    stems_b = {stem(w) for w in folded_b.split()} - _LINKS
    if stems_a <= stems_b or stems_b <= stems_a:
        return True
    if ratio(folded_a, folded_b) >= SAME_SPELLING:
        return True
    if _initials(a, b) or _initials(b, a):
        return True
    lexicon = places()
    country = lexicon.country_of(a)
    if country is not None and country == lexicon.country_of(b):
        return True
    return given_names().same_person(folded_a, folded_b)


def _initials(acronym: str, name: str) -> bool:
    """Whether ``acronym`` ("U.S", "EU") is made of the initials of ``name``'s words."""
    letters = acronym.replace(".", "").replace(" ", "")
    words = [w for w in name.split() if w.lower() not in _LINKS]
    if not (letters.isupper() and len(words) >= 2):
        return False
    initials = "".join(w[0] for w in words).upper()
    return letters in initials or initials in letters


def title_case_headline(words: Sequence[Word]) -> bool:
    """A title-case headline: most words capitalised and none in lower case but the
    short words title case leaves small (articles, prepositions, conjunctions):
    "Tracey Edmonds *produced* Soul Food" and "Michael Vick *is* American" are
    sentences full of names."""
    if sum(w.text[:1].isupper() for w in words) < HEADLINE_SHARE * len(words):
        return False
    return not any(w.text[:1].islower() and w.norm not in TITLE_SMALL for w in words[1:])
