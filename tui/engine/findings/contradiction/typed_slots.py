"""Typed slots in the word diff of two closely aligned sentences: a permissive proposer.

The other detectors want the two values of a slot in matching surroundings (the same
word before a number, the same verb before a date). A rewrite by another outlet
changes the surroundings ("*Nineteen* passengers were taken to hospital" / "*29*
people needed hospital treatment"), so they propose nothing. Here the surroundings
are not asked for. The diff of the two sentences is read as values of one type each
side states and the other does not:

- ``number``: the only amount each side does not share (quantities.py), of one kind:
  the same unit (a currency, a percentage, a measure), two ages, or bare counts of
  one noun or of synonyms ("jobs" / "positions"; not a noun and its kind: "three
  children" may be among "five people");
- ``date``: the only date each side does not share (date.py's readers: weekdays,
  months, days, years, clock times and relative dates), with a field that disagrees,
  or the only season or part of the day ("in the *autumn*" / "next *spring*",
  "Saturday *morning*" / "Saturday *evening*"); not where the sentences tell the
  two days apart (date.days_told_apart: a date given to "say", opposite predicates,
  an amount that differs too).
- ``opposite``: the only pair of lexicon antonyms one side holds one of and the other
  side the other ("the members *approved* the plan" / "the plan was *rejected* by the
  members"), neither negated, in clauses that share words.

A value the other side states anywhere is no slot (a reordered sentence that names
both agrees), and a side with two unshared values of the type gives no slot (which of
them pairs with the other side's is in doubt). The two sentences must pair closely:
the rest of them, outside the two values, agrees in meaning (a WordNet synonym or a
kind of a word counts as a shared word: entity_roles.meaning_agreement) at least
MIN_AGREEMENT. What is proposed then goes through the same-claim gates and the score
like any other detector's proposal (pipeline.py); the others come first in
precedence, so this proposer adds only what they miss.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import NamedTuple, TypeVar

from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import (
    DateMention,
    date_mentions,
    days_told_apart,
    may_hold_date,
)
from tui.engine.findings.contradiction.entity_roles import content_parts, meaning_agreement
from tui.engine.findings.contradiction.negation import polarity
from tui.engine.findings.contradiction.number import more_of_a_kind, nouns_alike
from tui.engine.findings.contradiction.opposite import (
    may_oppose,
    occurrence_span,
    phrases,
    told_from_each_side,
    verb_against_modifier,
)
from tui.engine.findings.contradiction.opposite_comparison import terms_swapped
from tui.engine.findings.contradiction.opposite_converse import are_converse
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.quantities import (
    Quantity,
    may_count,
    one_unit,
    quantities,
)
from tui.engine.findings.contradiction.ranges import agree_as_spans
from tui.engine.findings.contradiction.rates import SECONDS
from tui.engine.findings.contradiction.slots import says
from tui.engine.findings.contradiction.week_moments import WeekMoment, week_moments
from tui.engine.findings.contradiction.wordlists import (
    antonyms,
    comparisons,
    reciprocal_antonyms,
)
from tui.engine.findings.contradiction.words import (
    Word,
    clause_break,
    content_lemmas,
    sentence_norms,
    shared_in_meaning,
    word_range,
)
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence

T = TypeVar("T")

MIN_AGREEMENT = 0.6
"""Least agreement in meaning of the rest of two sentences whose slots are read from
their diff alone (the other detectors' lone values ask as much or more)."""
MIN_REST = 6
"""Least content words each sentence holds outside its value: in short sentences a
few shared words make a high agreement of two claims about different things ("The
prime minister met union leaders on *Monday*" / "The prime minister will visit the
flooded region on *Thursday*")."""
MIN_COVERAGE = 0.55
"""Least share of the longer sentence's content words (outside its value) matched in
the other: a long sentence that tells more than the other ("... the *second* time in
a week the president and speaker have met, and comes after two phone calls" / "met
*Sunday* afternoon ... for the first time in weeks") may agree with all of a short
one and be about another thing."""
BASE_SCORE = 0.5
"""The proposer's own score before the agreement of the rest adds to it."""

_TOPICS = {"number": "number differs", "date": "date differs", "opposite": "opposite"}
"""The message of each type, as its own detector words it."""
COMPARED_REACH = 3
"""Words after a comparative within which "than" makes it a comparison."""
MIN_CLAUSE_SHARED = 2
"""Content words (a WordNet synonym counts) the clauses of two opposite words share: the
rest of the sentences may agree while the opposites are said of other things."""
_AGE_WORDS = frozenset(("age", "aged"))
_APPOSITIVE_AGE = regex(r"[A-Z][\w'\u2019.-]*, $")
"""A name and a comma before a bare number ("Anselm Riedl, *81*,"): the person's age."""
_AGE_AT_DEATH = regex(r"\bat $")
_DEATH = regex(r"\b(?:died|dies|death)\b", re.IGNORECASE)
"""A bare number after "at" that ends a clause of a death: the age of who died."""
_CLAUSE_ENDS = frozenset(",.;")

_SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "winter": "winter"}
"""Seasons by name (not "fall": a verb far more often than a season in news)."""
_PARTS_OF_DAY = {"morning": "morning", "afternoon": "afternoon", "evening": "evening"}
_PARTS_OF_DAY.update({"night": "night", "overnight": "night"})
_OVERLAPPING_PARTS = frozenset((frozenset(("evening", "night")),))
"""Parts of the day that may name one hour ("late on Sunday *evening*" / "*night*")."""
_MOMENT_WORDS = frozenset((*_SEASONS, *_PARTS_OF_DAY))


class _Moment(NamedTuple):
    """A season or part of the day a sentence names: its span, kind and the values it
    may be (a clock time near the turn of two parts of the day may be either)."""

    span: tuple[int, int]
    kind: str
    values: frozenset[str]


_PART_STARTS = ((5, "morning"), (12, "afternoon"), (18, "evening"), (22, "night"))
"""The hour each part of the day starts at (on the 24-hour clock), in order."""
TURN_MINUTES = 60
"""How far from the turn of two parts of the day a clock time may be told as either
("shortly before noon" / "in the afternoon")."""


def slot_conflicts(pair: SentencePair) -> list[Conflict]:
    """Number, date and opposite slots of the word diff (see the module docstring)."""
    return [
        *_number_slot(pair),
        *_date_slot(pair),
        *_moment_slot(pair),
        *_week_slot(pair),
        *_opposite_slot(pair),
    ]


def _only_unshared(
    lefts: Sequence[T], rights: Sequence[T], same: Callable[[T, T], bool]
) -> tuple[T, T] | None:
    """The only item of each side no item of the other side is ``same`` as, or None."""
    only_left = [a for a in lefts if not any(same(a, b) for b in rights)]
    only_right = [b for b in rights if not any(same(a, b) for a in lefts)]
    if len(only_left) != 1 or len(only_right) != 1:
        return None
    return only_left[0], only_right[0]


def _close(pair: SentencePair, left: tuple[int, int], right: tuple[int, int]) -> float | None:
    """The agreement in meaning of the rest of the two sentences outside the character
    spans ``left`` and ``right``, when the two pair closely, else None."""
    li = word_range(pair.left_words, left)
    ri = word_range(pair.right_words, right)
    sizes = (_rest_size(pair.left_words, li), _rest_size(pair.right_words, ri))
    if min(sizes) < MIN_REST:
        return None
    rest = meaning_agreement(pair.left_words, li, pair.right_words, ri, kinds=True)
    shared = rest * sum(sizes) / 2
    if rest < MIN_AGREEMENT or shared < MIN_COVERAGE * max(sizes):
        return None
    return rest


def _rest_size(words: Sequence[Word], skip: tuple[int, int]) -> int:
    """How many content lemmas (meaning_agreement's) lie outside the words ``skip``."""
    return len(content_parts(content_lemmas(words, range(skip[0], skip[1] + 1))))


def _conflict(
    pair: SentencePair, type_: str, left: tuple[int, int], right: tuple[int, int]
) -> list[Conflict]:
    rest = _close(pair, left, right)
    if rest is None:
        return []
    contrast = pair.contrast(_TOPICS[type_], left, right)
    return [Conflict(type_, left, right, contrast, round(BASE_SCORE + 0.4 * rest, 2))]


def _number_slot(pair: SentencePair) -> list[Conflict]:
    if not (may_count(pair.left) and may_count(pair.right)):
        return []
    lefts = quantities(pair.left)
    rights = quantities(pair.right) if lefts else ()
    only = _only_unshared(lefts, rights, _same_amount)
    if only is None or not _one_kind(pair, *only):
        return []
    if agree_as_spans(pair, lefts, rights, *only):
        return []
    left, right = only
    return _conflict(pair, "number", (left.start, left.end), (right.start, right.end))


def _same_amount(left: Quantity, right: Quantity) -> bool:
    """The same amount (Quantity.agrees_with, which reads "three *decades*" / "thirty
    *years*" as one span of time), or a span of time whose figure the other side writes
    bare ("*27 minutes* 41 seconds" / "in *27*:41")."""
    if left.agrees_with(right):
        return True
    units = {left.unit, right.unit}
    return units == {SECONDS, None} and left.figure == right.figure


def _one_kind(pair: SentencePair, left: Quantity, right: Quantity) -> bool:
    """Whether two amounts measure one kind of thing: the same unit, both ordinals or
    neither, and for bare counts two ages or counts of nouns of one sense."""
    if left.unit != right.unit or left.ordinal != right.ordinal or left.other_part(right):
        return False
    if left.unit == SECONDS and not one_unit(left, right):
        return nouns_alike(pair, left, right)  # spans in two units, read as their nouns
    if left.unit == SECONDS:
        return left.same_role(right)  # a window ("the past three years") is no length
    if left.unit is not None:
        return True
    left_age, right_age = _is_age(pair.left, left), _is_age(pair.right, right)
    if left_age or right_age:
        return left_age and right_age
    if left.ordinal:
        return not left.head and not right.head  # places: "finished *fourth*" / "came *third*"
    return nouns_alike(pair, left, right) or more_of_a_kind(pair, left, right)


def _is_age(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a count is a person's age: "at the *age* of 82", "*aged* 82", "an
    *82-year-old*", "Anselm Riedl, *81*,"."""
    if quantity.before in _AGE_WORDS or quantity.head[:1] == ("age",):
        return True
    text = sentence.text
    start, end = quantity.start - sentence.start, quantity.end - sentence.start
    span = text[start:end].lower()
    if span.endswith(("year-old", "years old", "-year-old")):
        return True
    if _AGE_AT_DEATH.search(text[max(0, start - 4) : start]) and _DEATH.search(text):
        return text[end : end + 1] in _CLAUSE_ENDS  # "died at her home *at 97*."
    return bool(_APPOSITIVE_AGE.search(text[max(0, start - 40) : start])) and text[
        end : end + 1
    ] in (",", ".")


def _date_slot(pair: SentencePair) -> list[Conflict]:
    if not (may_hold_date(pair.left) and may_hold_date(pair.right)):
        return []
    only = _only_unshared(date_mentions(pair.left), date_mentions(pair.right), DateMention.same_as)
    if only is None or not only[0].conflicts_with(only[1]):
        return []
    left, right = (only[0].start, only[0].end), (only[1].start, only[1].end)
    if days_told_apart(pair, left, right):
        return []
    return _conflict(pair, "date", left, right)


def _moment_slot(pair: SentencePair) -> list[Conflict]:
    """A season or part of the day each side names and the other does not, of one kind
    and not one time; a clock time counts as the part of the day it falls in ("at *11
    a.m.*" / "late on Wednesday *night*")."""
    if not (_may_name_moment(pair.left) and _may_name_moment(pair.right)):
        return []  # a quick test: a side names none (the sentences need not be cut into words)
    lefts = _moments(pair.left_words, pair.left)
    rights = _moments(pair.right_words, pair.right) if lefts else []
    if not lefts or not rights:
        return []
    only = _only_unshared(lefts, rights, _same_moment)
    if only is None:
        return []
    left, right = only
    if left.kind != right.kind or any(
        frozenset((a, b)) in _OVERLAPPING_PARTS for a in left.values for b in right.values
    ):
        return []
    if days_told_apart(pair, left.span, right.span):
        return []
    return _conflict(pair, "date", left.span, right.span)


def _week_slot(pair: SentencePair) -> list[Conflict]:
    """The only moment of the week (a weekday with its part of the day or clock time,
    week_moments.py) each side names and the other side's moments do not overlap:
    "late on *Friday*" / "in the early hours of *Sunday*"; not "late on Saturday night"
    / "in the early hours of Sunday", one night."""
    lefts = week_moments(pair.left)
    rights = week_moments(pair.right) if lefts else ()
    if not rights:
        return []
    only = _only_unshared(lefts, rights, WeekMoment.overlaps)
    if only is None:
        return []
    left, right = ((m.start, m.end) for m in only)
    if days_told_apart(pair, left, right):
        return []
    return _conflict(pair, "date", left, right)


def _may_name_moment(sentence: Sentence) -> bool:
    """Whether the sentence holds a word of a season or part of the day, or a clock time."""
    return not sentence_norms(sentence).isdisjoint(_MOMENT_WORDS) or any(
        key == "time" for mention in _clock_mentions(sentence) for key, _ in mention.fields
    )


def _clock_mentions(sentence: Sentence) -> tuple[DateMention, ...]:
    return date_mentions(sentence) if may_hold_date(sentence) else ()


def _same_moment(a: _Moment, b: _Moment) -> bool:
    return not a.values.isdisjoint(b.values)


def _moments(words: Sequence[Word], sentence: Sentence) -> list[_Moment]:
    found = []
    for word in words:
        if word.norm in _SEASONS:
            found.append(_Moment((word.start, word.end), "season", frozenset((word.norm,))))
        elif word.norm in _PARTS_OF_DAY:
            part = _PARTS_OF_DAY[word.norm]
            found.append(_Moment((word.start, word.end), "day", frozenset((part,))))
    for mention in _clock_mentions(sentence):
        minutes = dict(mention.fields).get("time")
        if isinstance(minutes, int) and not any(
            mention.start <= m.span[0] < mention.end for m in found
        ):
            parts = frozenset(
                _part_of_day(minutes + turn) for turn in (-TURN_MINUTES, 0, TURN_MINUTES)
            )
            found.append(_Moment((mention.start, mention.end), "day", parts))
    return found


def _part_of_day(minutes: int) -> str:
    """The part of the day a time of day (minutes after midnight) falls in."""
    hour = minutes // 60 % 24
    part = _PART_STARTS[-1][1]  # before the morning's start, the night still
    for start, name in _PART_STARTS:
        if hour >= start:
            part = name
    return part


def _opposite_slot(pair: SentencePair) -> list[Conflict]:
    """The only pair of antonyms (the lexicon's, wordlists.antonyms) one of which only
    the left side holds and the other only the right, neither negated: "the members
    *approved* the plan" / "the plan was *rejected* by the members", said in clauses
    that share MIN_CLAUSE_SHARED words, both content words and neither a verb of
    saying. A reciprocal pair
    ("won" / "lost") also needs a shared word before both and the same party first
    (opposite.py's tests: "Harlow *lost* to Dunmore" / "Dunmore *won*" agree); two
    ends of a scale ("warmer" / "colder") need a comparison after both ("than
    usual"), not of the same two things the other way round (opposite_comparison.py)."""
    if not may_oppose(pair):
        return []
    left_side, right_side = polarity(pair.left), polarity(pair.right)
    lefts, rights = phrases(left_side), phrases(right_side)
    table = antonyms()
    found = [
        (key, other)
        for key in lefts
        if key not in rights
        for other in table[key]
        if other in rights and other not in lefts
    ]
    if len(found) != 1 or len(lefts[found[0][0]]) != 1 or len(rights[found[0][1]]) != 1:
        return []
    key, other = found[0]
    li, ri = lefts[key][0], rights[other][0]
    if set(range(*li)) & left_side.negated or set(range(*ri)) & right_side.negated:
        return []  # "kept rates *unchanged*" / "did not *change* rates" agree
    left_words, right_words = pair.left_words, pair.right_words
    opposites = frozenset((key, other))
    if opposites in comparisons() and not (
        _compared_near(left_words, li[1]) and _compared_near(right_words, ri[1])
    ):
        return []
    if terms_swapped(left_words, li, right_words, ri):
        return []  # "later than last year" / "last year earlier than this season"
    if verb_against_modifier(left_words, li, right_words, ri):
        return []  # "children *move back* home" / "with *grown* children"
    reciprocal = opposites in reciprocal_antonyms()
    if (reciprocal or are_converse(left_words[li[0]], right_words[ri[0]])) and (
        told_from_each_side(left_words, li, right_words, ri)
    ):
        return []
    if not (left_words[li[0]].is_content and right_words[ri[0]].is_content):
        return []  # "*Some* players" / "hugging *each* other": function words quantify
    if says(key[0]) or says(other[0]):
        return []  # "others" / "said": a verb of saying opposes nothing it reports
    if shared_in_meaning(_clause(left_words, li), _clause(right_words, ri)) < MIN_CLAUSE_SHARED:
        return []  # "were of *other* ethnicity" / "Haskell *said* 57 percent were"
    left_span, right_span = occurrence_span(left_words, li), occurrence_span(right_words, ri)
    return _conflict(pair, "opposite", left_span, right_span)


def _clause(words: Sequence[Word], place: tuple[int, int]) -> set[str]:
    """The content lemmas of the clause that holds the words ``place`` (first, after),
    themselves left out."""
    first, after = place
    while first > 0 and not clause_break(words, first):
        first -= 1
    while after < len(words) and not clause_break(words, after):
        after += 1
    own = {w.lemma for w in words[place[0] : place[1]]}
    return {w.lemma for w in words[first:after] if w.is_content} - own


def _compared_near(words: Sequence[Word], after: int) -> bool:
    """Whether "than" follows a comparative within COMPARED_REACH words ("a *colder*
    winter *than* usual")."""
    return any(w.norm == "than" for w in words[after : after + COMPARED_REACH])
