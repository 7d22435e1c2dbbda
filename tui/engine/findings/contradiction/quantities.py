"""Counts, percentages, money and measures, and where two sentences differ on one.

A compact reader rather than number-parser or text2num. number-parser's ``parse``
rewrites the string (no spans to quote); text2num can read a token stream, but
neither knows currencies, scales written as suffixes ("US$1m" = "$1 million",
"$1.5bn"), rounding or "more than", which are most of the work here, and the
number-word part alone is a few dozen lines. Here a quantity is a value (digits or
number words, times "million"/"bn"/"m"...), a unit (a currency, "%", a unit of
measure converted to one unit of its dimension, or none)
and the words that say what is counted: the head of the noun phrase after it
("three days of talks" -> day) or, with no noun after it, the content word before
("killed 12").
"""

from __future__ import annotations

import math
import re
from functools import partial
from itertools import accumulate, compress
from operator import add
from typing import NamedTuple

from tui.engine.findings.contradiction.ages import AGE, age_after, age_before, age_in_apposition
from tui.engine.findings.contradiction.change_roles import change_roles
from tui.engine.findings.contradiction.date import date_spans
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.proportions import (
    FRACTIONS,
    MULTIPLIERS,
    OF,
    PERCENT,
    Proportion,
    proportion,
)
from tui.engine.findings.contradiction.proportions import STARTS as SHARE_STARTS
from tui.engine.findings.contradiction.rates import (
    DURATIONS,
    PER_DAY,
    REPEATS,
    SECONDS,
    duration_word,
    per_day,
    period_after,
    times_period,
)
from tui.engine.findings.contradiction.rates import STARTS as RATE_STARTS
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.memo_table import MemoTable
from tui.engine.prepared_regex import regex
from tui.engine.segment import Sentence
from tui.engine.textnorm import STOPWORDS

_SMALL = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * i
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
_SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "mln": 1e6, "bln": 1e9, "mn": 1e6, "bn": 1e9, "tn": 1e12,
}  # fmt: skip
_SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "first second third fourth fifth sixth seventh eighth ninth tenth".split(), start=1
    )
}
_SYMBOLS = {"$": "$", "\u20ac": "EUR", "\u00a3": "GBP", "\u00a5": "JPY"}
_CODES = {"usd": "$", "eur": "EUR", "gbp": "GBP", "cny": "CNY", "rmb": "CNY", "jpy": "JPY"}
_CURRENCY_WORDS = {
    "dollar": "$", "dollars": "$", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yuan": "CNY", "renminbi": "CNY", "yen": "JPY",
    "rupee": "INR", "rupees": "INR", "franc": "CHF", "francs": "CHF", "ruble": "RUB",
    "rubles": "RUB", "rouble": "RUB", "roubles": "RUB", "peso": "MXN", "pesos": "MXN",
    "krone": "KR", "kroner": "KR", "krona": "KR", "kronor": "KR", "rand": "ZAR",
    "lira": "TRY", "lire": "TRY", "shekel": "ILS", "shekels": "ILS", "dinar": "DIN",
    "dinars": "DIN", "riyal": "SAR", "riyals": "SAR", "zloty": "PLN", "zlotys": "PLN",
}  # fmt: skip
"""Currency words after a number; the Scandinavian crowns are one unit ("KR"), as every
dollar is one (a report names the crown of its own country)."""
QUALIFIER_WORDS = 2
"""Capitalised words that may stand between a number and its currency word, naming
whose currency it is ("275 million *Swiss* francs", "40 *Hong Kong* dollars")."""
_MEASURES = {
    "km": ("m", 1e3), "kilometre": ("m", 1e3), "kilometres": ("m", 1e3),
    "kilometer": ("m", 1e3), "kilometers": ("m", 1e3), "metre": ("m", 1.0),
    "metres": ("m", 1.0), "meter": ("m", 1.0), "meters": ("m", 1.0), "cm": ("m", 0.01),
    "centimetres": ("m", 0.01), "centimeters": ("m", 0.01), "mm": ("m", 0.001),
    "millimetres": ("m", 0.001), "millimeters": ("m", 0.001), "mile": ("m", 1609.344),
    "miles": ("m", 1609.344), "ft": ("m", 0.3048), "foot": ("m", 0.3048),
    "feet": ("m", 0.3048), "yard": ("m", 0.9144), "yards": ("m", 0.9144),
    "inch": ("m", 0.0254), "inches": ("m", 0.0254),
    "kg": ("kg", 1.0), "kilogram": ("kg", 1.0), "kilograms": ("kg", 1.0),
    "kilo": ("kg", 1.0), "kilos": ("kg", 1.0), "tonne": ("kg", 1e3), "tonnes": ("kg", 1e3),
    "ton": ("kg", 1e3), "tons": ("kg", 1e3), "lb": ("kg", 0.4536), "lbs": ("kg", 0.4536),
    "gram": ("kg", 1e-3), "grams": ("kg", 1e-3),
    "hectare": ("m2", 1e4), "hectares": ("m2", 1e4), "acre": ("m2", 4046.86),
    "acres": ("m2", 4046.86),
    "litre": ("l", 1.0), "litres": ("l", 1.0), "liter": ("l", 1.0), "liters": ("l", 1.0),
    "gallon": ("l", 3.785), "gallons": ("l", 3.785),
    "kph": ("km/h", 1.0), "kmh": ("km/h", 1.0), "mph": ("km/h", 1.609344),
    "knots": ("km/h", 1.852),
} | DURATIONS  # fmt: skip
"""Units of measure -> (the unit they are converted to, its factor): "1.2 kilometres"
and "1,200 metres" are one length, "6 miles" rounds to "10 km", "three decades" and
"30 years" one span of time (rates.py). A short ton and a tonne are one unit here: the
precision a report writes them with is coarser."""
LENGTH = "m"
SPEED = "km/h"
_HOUR_ABBREVIATIONS = frozenset(("h", "hr"))
_PER = frozenset(("per", "an", "a"))
"""Words of "per hour" after a length, which make it a speed ("70 miles *an hour*")."""
DIMENSIONS = frozenset(unit for unit, _ in _MEASURES.values()) | {"m2", AGE, PER_DAY}
"""The units of measure: unlike a share or a sum, one says what it measures."""
CELSIUS = "degC"
"""The unit of every temperature on a named scale, converted to it."""
_TEMPERATURE_SCALES = {
    "celsius": (1.0, 0.0), "centigrade": (1.0, 0.0), "c": (1.0, 0.0),
    "fahrenheit": (5 / 9, -160 / 9), "f": (5 / 9, -160 / 9),
}  # fmt: skip
"""Temperature scales -> (factor, offset) to degrees Celsius: 0 F is -17.8 C."""
_DEGREES = frozenset(("degree", "degrees"))
_DEGREE_SIGNS = frozenset(("\u00b0", "\u00ba"))
"""The degree sign, and the ordinal sign often typed for it ("18\u00baC")."""
_MINUS = "minus"
_BELOW = "below"
_ZERO = frozenset(("zero", "freezing"))
"""After "degrees below": the temperature is under zero ("18 degrees below zero")."""
_SIGNS = frozenset(("-", "\u2212"))
"""A hyphen or a minus sign right before the digits of a temperature ("-18C")."""
_SQUARE = "square"
"""Before a unit of length: an area ("12 square kilometres")."""
_MODIFIERS = frozenset("more other additional further extra consecutive straight separate".split())
_BOUNDS = {
    ("more", "than"): "min", ("over",): "min", ("above",): "min", ("at", "least"): "min",
    ("upwards", "of"): "min", ("less", "than"): "max", ("fewer", "than"): "max",
    ("under",): "max", ("below",): "max", ("up", "to"): "max", ("at", "most"): "max",
    ("about",): "approx", ("around",): "approx", ("roughly",): "approx",
    ("approximately",): "approx", ("nearly",): "under", ("almost",): "under",
    ("just", "under"): "under", ("just", "below"): "under", ("just", "over"): "over",
    ("just", "above"): "over",
    ("some",): "approx", ("estimated",): "approx", ("close", "to"): "approx",
    ("much", "as"): "max", ("many", "as"): "max", ("high", "as"): "max",
    ("long", "as"): "max", ("far", "as"): "max",
    ("few", "as"): "min", ("little", "as"): "min", ("low", "as"): "min",
}  # fmt: skip
"""Words before a number that bound it; "(as) much as 110 mm", "(as) few as 3", "(as)
long as eight days" are read by their last two words."""
APPROXIMATE = 0.1
"""How far "about 100" reaches: 10% either way."""
ROUND_FIGURE = 1000
"""A whole figure divisible by this is read as rounded ("a $43,000 watch")."""
ROUNDING = 0.02
"""How far a round figure may lie from the exact one it rounds ("$43,350"): 2%."""
_WINDOWS = frozenset(("past", "last", "next", "coming", "previous", "following"))
"""Words before a span of time that make it a window of time up to or from a moment
("in the *past* six weeks"): it says when, as a date does, not how long something took,
and is one span only with a window ("the *next* 75 years" / "the *next* 96 years")."""
_WINDOWS_AFTER_THE = frozenset(("following",))
"""Window words that are also prepositions: a window only after "the" ("the *following*
two days"); without it the word means "after" ("*following* two days of talks") and the
span is a length."""
_SPANS_OF_TIME = frozenset("days weeks months years hours minutes decades".split())
"""Plural units of time: a count of them is no part of a name before it."""
POSSESSOR_WORDS = 3
"""Most words of a possessor in a partitive count ("nine of *the Hallin heath's* ponies")."""
_PARTITIVE_DETERMINERS = frozenset("the its their his her our these those".split())
"""Determiners after "of" in a partitive count ("nine of *the* players")."""
_APOSTROPHES = frozenset(("'", "\u2019"))
_PRONOUN_ONE = frozenset("the no any every each this that which someone".split())

_TOKEN = r"[A-Za-z]+|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?[A-Za-z%]*|[$\u20ac\u00a3\u00a5%]"
"""A token: a word, a number (with a suffix: "5m", "3rd", "7%"), or a currency sign or
"%". Every letter, digit, currency sign or "%" starts one, so the text between two
tokens holds none of them."""
_CUT_AT_TOKENS = regex("(" + _TOKEN + ")")
"""``split`` cuts a text into [text before the first token, the token, text before the
second, ...]: one flat list, sliced by C code, rather than a tuple per token."""
_DIGIT = regex(r"\d")
_SENTENCE_END = regex(r"[.!?][\"'\u201d\u2019)]*\s+[\"'\u201c\u2018(]*$")
"""A gap that closes a sentence and may open a quotation before the next token."""
_NUMBER_WORDS = frozenset(
    [*_SMALL, *_TENS, *_ORDINALS, "dozen", "hundred", *FRACTIONS, *MULTIPLIERS, *REPEATS]
)
_NUMBER_WORD = regex(r"\b(?:" + "|".join(sorted(_NUMBER_WORDS)) + r")\b", re.IGNORECASE)
_WORD_RUN = regex(r"\w+")
"""A whole run of word characters, as a word boundary delimits it on both sides."""
_NUMBER_STARTS = frozenset([*_CODES, *_ORDINALS, *_SMALL, *_TENS, "a", "an"])
"""Words a quantity may start with (besides digits and currency symbols)."""
_THREE_DIGITS = regex(r"\d{3}")
_THOUSANDS_SPACES = frozenset((" ", "\u00a0", "\u202f"))
"""A space, a no-break space or a narrow one: what parts thousands where a comma does not."""
_NUMBER = regex(
    r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(%|k|m|mn|b|bn|tn|st|nd|rd|th|km|kg|cm|mm|ft|mph|kph)?$"
)


class _Tokens:
    """The tokens of one sentence as parallel lists, cut by C code (``findall``,
    ``map``): a long pair holds thousands of sentences with a number, and a quantity
    reads only the few tokens around it, so no object is built per token and the
    offsets are summed only for a sentence that holds a quantity."""

    __slots__ = ("texts", "lows", "joined", "_gaps", "_origin", "_ends")

    def __init__(self, gaps: tuple[str, ...], texts: tuple[str, ...], origin: int) -> None:
        self.texts = texts
        self.lows = list(map(str.lower, texts))
        self.joined = list(map(_JOINED.__getitem__, gaps))
        """Only spaces or hyphens separate each token from the one before."""
        self.joined[0] = False
        self._gaps = gaps
        self._origin = origin
        self._ends: list[int] | None = None

    def spaced_thousands(self, i: int) -> bool:
        """Whether token ``i`` is a group of three digits that a space alone parts from
        the number before it ("80 937 hectares": thousands grouped by a space)."""
        return (
            i < len(self.texts)
            and self._gaps[i] in _THOUSANDS_SPACES
            and _THREE_DIGITS.fullmatch(self.texts[i]) is not None
        )

    def spaced(self, i: int) -> bool:
        """Whether only a space parts token ``i`` from the one before (not a hyphen:
        "COVID-19")."""
        return self._gaps[i] == " "

    def degree_sign(self, i: int) -> bool:
        """Whether a degree sign parts token ``i`` from the one before ("18\u00b0C")."""
        return self._gaps[i].strip() in _DEGREE_SIGNS

    def leading_point(self, i: int) -> bool:
        """Whether a decimal point with no digit before it starts token ``i`` (".20"),
        after a space or at the start."""
        gap = self._gaps[i]
        return gap[-1:] == "." and (len(gap) == 1 and i == 0 or gap[-2:-1].isspace())

    def vulgar_fraction(self, i: int) -> float | None:
        """The value of a fraction "1/2" at tokens ``i`` and ``i`` + 1 after a space (the
        part of a mixed number: "5 1/2"), if a smaller digit stands over a larger."""
        if i + 1 >= len(self.texts) or self._gaps[i] != " " or self._gaps[i + 1] != "/":
            return None
        over, under = self.texts[i], self.texts[i + 1]
        if not (over.isdigit() and under.isdigit()) or int(over) >= int(under):
            return None
        return int(over) / int(under)

    def per_hour(self, i: int) -> int | None:
        """The index after "per hour" told at token ``i`` after a length ("/h" in "320
        km/h", "per hour", "an hour"), or None: the length is then a speed."""
        lows = self.lows
        if i < len(lows) and lows[i] in _HOUR_ABBREVIATIONS and self._gaps[i] == "/":
            return i + 1
        if i + 1 < len(lows) and lows[i] in _PER and lows[i + 1] == "hour" and self.joined[i + 1]:
            return i + 2 if self.joined[i] else None
        return None

    def signed(self, i: int) -> bool:
        """Whether a minus sign stands right before token ``i``, after a space or at the
        start ("at -18"), not between two tokens ("10-12", "COVID-19")."""
        gap = self._gaps[i]
        return gap[-1:] in _SIGNS and (len(gap) == 1 and i == 0 or gap[-2:-1].isspace())

    def set_off(self, first: int, after: int) -> bool:
        """Whether commas set off tokens ``first`` to ``after`` - 1 from the text around
        them ("Ravnholt*, 67,* will")."""
        return (
            after < len(self.texts)
            and self._gaps[first].strip() == ","
            and self._gaps[after].lstrip().startswith(",")
        )

    def possessive(self, i: int) -> bool:
        """Whether token ``i`` is the "s" of a possessive ("club's")."""
        return self._gaps[i] in _APOSTROPHES

    def starts_sentence(self, i: int) -> bool:
        """Whether token ``i`` opens a sentence inside the text (a passage of several
        aligned sentences): the gap before it ends a sentence (". ", "? ", '." ')."""
        return i > 0 and _SENTENCE_END.search(self._gaps[i]) is not None

    def span(self, first: int, last: int) -> tuple[int, int]:
        """Offsets in the article text from the start of token ``first`` to the end of
        token ``last``."""
        if self._ends is None:
            lengths = map(add, map(len, self._gaps), map(len, self.texts))
            self._ends = list(accumulate(lengths, initial=self._origin))
        return self._ends[first + 1] - len(self.texts[first]), self._ends[last + 1]


def _joined(gap: str) -> bool:
    """Whether a gap between two tokens holds only spaces and hyphens (gaps repeat:
    " ", ", ")."""
    return not gap.strip(" -")


_STARTERS = frozenset([*_NUMBER_STARTS, *_SYMBOLS, *SHARE_STARTS, *RATE_STARTS])


def _may_start(low: str) -> bool:
    """Whether a quantity may start at a lower-cased token: a currency, a number word
    or a digit."""
    return low in _STARTERS or low[0].isdigit()


_JOINED = MemoTable(_joined, 4096)
_MAY_START = MemoTable(_may_start, 65536)
_MULTIPLES = ("hundred", "thousand", "dozen")
"""The words that make "a"/"an" a number ("a hundred"): before any other word they
start no quantity (``_read_words``), though "A$" does (the "$" rule of ``_tokens``)."""


class Quantity(NamedTuple):
    """A named tuple: a long pair holds tens of thousands, and a frozen dataclass costs
    several times as much to build."""

    value: float
    precision: float
    """The place of the last digit written: 1 for "247", 0.1e9 for "$1.5bn". A value
    rounded to a coarser precision agrees ("$247 billion" / "$247.7 billion")."""
    bound: str
    """ "exact", or "min" ("more than 5"), "max" ("under 5"), "approx" ("about 5"),
    "under" ("nearly 5": a little under it), "over" ("just over 5")."""
    unit: str | None
    """A currency, "%", "points", a unit of measure ("m", "kg", "m2", "l", "km/h"; the
    value converted to it), or None for a bare count."""
    ordinal: bool
    head: tuple[str, ...]
    """Lemma keys of the counted noun phrase (up to two words); for a span of time, the
    word that makes it a window ("the *past* three years", ``_WINDOWS``), if any."""
    before: str | None
    """Lemma key of the content word just before, used when ``head`` is empty."""
    start: int
    end: int
    change: str | None
    """Its part in a change the sentence states: ``OLD`` ("rose *from* 6 euros", "8
    euros *instead of* 6") or ``NEW`` ("rose from 6 euros *to* 8", "*8 euros* instead
    of 6"); None outside a change (change_roles.py)."""
    figure: float
    """The number as written, before a unit of time converts it ("27" of "27 minutes"):
    a figure the other side writes bare is one it shares ("in 27:41")."""

    def agrees_with(self, other: Quantity) -> bool:
        """The same amount, allowing for rounding and "more than"/"about"."""
        if self.ordinal != other.ordinal or not (
            self.unit == other.unit or self.age_or_bare(other)
        ):
            return False
        gap = abs(self.value - other.value)
        if gap <= 1e-9 * max(1.0, abs(self.value)):
            return True
        if self.bound in _NEAR or other.bound in _NEAR:
            return _within(self, other.value) or _within(other, self.value)  # no rounding
        if self.precision != other.precision and gap < max(self.precision, other.precision):
            return True
        if _rounds(self, gap) or _rounds(other, gap):
            return True
        if self.bound == other.bound != "approx":
            return False  # "more than 2 months" / "more than 4 months" differ
        return _within(self, other.value) or _within(other, self.value)

    def same_role(self, other: Quantity) -> bool:
        """Whether the two count the same thing, so that different values conflict: not
        the value before a change and the value after it."""
        if self.ordinal != other.ordinal or self.other_part(other):
            return False
        if self.age_or_bare(other):
            return True
        if self.unit != other.unit:
            return False
        if self.unit:
            return self.unit != SECONDS or (one_unit(self, other) and self.head == other.head)
        a, b = self.head, other.head
        if a and b:
            return a == b or a[-1] == b[-1] or (min(len(a), len(b)) == 1 and a[0] == b[0])
        return not a and not b and self.before is not None and self.before == other.before

    def age_or_bare(self, other: Quantity) -> bool:
        """Whether one is an age and the other a bare number, which may be an age told
        in words no reader knows ("when she was fourteen" / "at the age of 14")."""
        units = (self.unit, other.unit)
        if AGE not in units or None not in units:
            return False
        bare = self if self.unit is None else other
        return not bare.head and not bare.ordinal

    def other_part(self, other: Quantity) -> bool:
        """Whether one is the value before a change and the other the value after it."""
        return self.change is not None and other.change is not None and self.change != other.change


def one_unit(a: Quantity, b: Quantity) -> bool:
    """Whether two spans of time are told in one unit (the same factor from the written
    figure): told in two units ("four decades" / "25 years") they agree when they are
    one span ("three decades" / "30 years") but are not read as one span that differs,
    which they often are not ("over 15 months" / "in six weeks")."""
    return bool(a.figure and b.figure) and math.isclose(a.value / a.figure, b.value / b.figure)


def _rounds(figure: Quantity, gap: float) -> bool:
    """Whether ``figure`` is a round figure ("$43,000") that another value ``gap`` away
    rounds to ("$43,350"), within ``ROUNDING`` of it: one amount told at two
    precisions, the round one with its zeros written out."""
    value = abs(figure.value)
    if value < ROUND_FIGURE or value != int(value) or int(value) % ROUND_FIGURE:
        return False
    place = ROUND_FIGURE
    while int(value) % (place * 10) == 0:
        place *= 10
    return gap < place / 2 and gap <= ROUNDING * value


def _within(quantity: Quantity, value: float) -> bool:
    if quantity.bound == "min":
        return value >= quantity.value
    if quantity.bound == "max":
        return value <= quantity.value
    if quantity.bound == "approx":
        return abs(value - quantity.value) <= APPROXIMATE * abs(quantity.value)
    if quantity.bound in _NEAR:
        low, high = near_span(quantity)
        return low <= value <= high
    return False


_NEAR = frozenset(("under", "over"))
"""Bounds of an amount a little under or over its figure ("nearly 300", "just over 40")."""


def near_span(quantity: Quantity) -> tuple[float, float]:
    """The values an amount a little under or over its figure may have: "nearly 300"
    is from 270 to 300, so 312 is more than it; "just over 40", from 40 to 44."""
    value, reach = quantity.value, APPROXIMATE * abs(quantity.value)
    return (value - reach, value) if quantity.bound == "under" else (value, value + reach)


class _Number(NamedTuple):
    value: float
    precision: float
    ordinal: bool
    unit: str | None
    after: int
    """Index of the token after the number."""


_new_number = partial(tuple.__new__, _Number)
"""The named tuples' constructors without their keyword handling."""
_new_quantity = partial(tuple.__new__, Quantity)


def _tokens(sentence: Sentence) -> tuple[_Tokens, list[int]]:
    """The tokens, and the indexes of those a quantity may start at, in order: a
    currency, a digit or a number word, or the token before a "$" ("US$"), as
    ``_read`` accepts them."""
    parts = _CUT_AT_TOKENS.split(sentence.text)
    if len(parts) == 1:  # no token
        return _Tokens(("",), ("",), sentence.start), []
    tokens = _Tokens(tuple(parts[0:-1:2]), tuple(parts[1::2]), sentence.start)
    lows = tokens.lows
    starts: list[int] = []
    for i in compress(range(len(lows)), map(_MAY_START.__getitem__, lows)):
        low = lows[i]
        if low == "$" and i and starts[-1:] != [i - 1]:
            starts.append(i - 1)
        if (low == "a" or low == "an") and not (
            i + 1 < len(lows)
            and (lows[i + 1] in _MULTIPLES or lows[i + 1] in FRACTIONS)
            or _and_a_fraction(lows, tokens.joined, i + 2)[0]
        ):
            continue
        starts.append(i)
    return tokens, starts


def is_number_word(low: str) -> bool:
    """Whether a lower-cased word is a number word ("seven", "forty", "dozen", "half")."""
    return low in _NUMBER_WORDS or low in _SCALES


def may_count(sentence: Sentence) -> bool:
    """``_may_count`` of the sentence, asked once per sentence."""
    facts = facts_of(sentence)
    may = facts.may_count
    if may is None:
        may = facts.may_count = _may_count(sentence.text)
    return may


def _may_count(text: str) -> bool:
    """A quick test: no digit and no number word, no quantity (digits, the cheapest
    search, first). In an ASCII text (most) ``_NUMBER_WORD``'s case-insensitive search,
    slow in ``re``, is a set lookup of the lower-cased runs of word characters: a
    match between two word boundaries is such a run."""
    if _DIGIT.search(text):
        return True
    if text.isascii():
        return not _NUMBER_WORDS.isdisjoint(_WORD_RUN.findall(text.lower()))
    return _NUMBER_WORD.search(text) is not None


def quantities(sentence: Sentence) -> tuple[Quantity, ...]:
    facts = facts_of(sentence)
    found = facts.quantities
    if found is None:
        found = facts.quantities = _read_quantities(sentence) if may_count(sentence) else ()
    return found


def _read_quantities(sentence: Sentence) -> tuple[Quantity, ...]:
    tokens, starts = _tokens(sentence)
    taken: list[tuple[int, int]] | None = None  # date spans, read at the first quantity
    found: list[Quantity] = []
    position = 0
    for i in starts:
        if i < position:
            continue  # inside the quantity read before
        quantity, after = _read(tokens, i)
        if quantity is not None and taken is None:
            taken = date_spans(sentence)
        if quantity is None or any(
            quantity.start < end and start < quantity.end for start, end in taken or ()
        ):
            continue
        if quantity.unit is None and not quantity.head and not quantity.ordinal:
            quantity = quantity._replace(head=_part_of_them(tokens, after, found))
        found.append(quantity)
        position = after
    return change_roles(sentence, found) if len(found) > 1 else tuple(found)


def _read(tokens: _Tokens, i: int) -> tuple[Quantity | None, int]:
    """The quantity starting at token ``i`` and the index after it, if there is one."""
    texts, lows, joined = tokens.texts, tokens.lows, tokens.joined
    count = len(texts)
    first = i
    share = proportion(lows, joined, i)
    if share is not None:
        return _proportion_quantity(tokens, first, share), share.after
    if lows[i] in RATE_STARTS:
        return _rate(tokens, first)
    currency = None
    if texts[i] in _SYMBOLS or lows[i] in _CODES:
        currency = _SYMBOLS.get(texts[i]) or _CODES[lows[i]]
        i += 1
        if i < count and texts[i] == "$":  # "US $", "HK$"
            i += 1
    elif i + 1 < count and texts[i + 1] == "$" and texts[i].isupper():
        currency = "$"  # "US$", "HK$": any dollar is a dollar here
        i += 2
    if i >= count:
        return None, first + 1
    number = _read_number(tokens, i, first)
    if number is None:
        return None, first + 1
    unit, i = currency or number.unit, number.after
    if unit is None and (period := times_period(lows, joined, i)) is not None:
        return _rate_quantity(tokens, first, per_day(number.value, period[0]), period[1])
    factor, offset, below = 1.0, 0.0, i
    minus = currency is None and first > 0 and lows[first - 1] == _MINUS and joined[first]
    negative = minus
    temperature = _temperature(tokens, i) if unit is None and i < count else None
    qualified = _qualified_currency(tokens, i) if unit is None else None
    if temperature is not None:
        factor, offset, i = temperature
        unit, below = CELSIUS, _below_zero(lows, i)
        negative = minus or below > i or tokens.signed(first)
        i = below
    elif unit is None and i < count and lows[i] in _DEGREES:  # a scale unnamed: "degrees"
        below = _below_zero(lows, i + 1)
        negative = minus or below > i + 1
    elif qualified is not None:
        unit, i = _CURRENCY_WORDS[lows[qualified]], qualified + 1
    elif unit is None and (age := age_after(lows, joined, i)) is not None:
        unit, (factor, i) = AGE, age  # "71-year-old", "18 months old"
    elif unit is None and i < count and joined[i]:
        if texts[i] == "%" or lows[i] in ("percent", "pct"):
            unit, i = "%", i + 1
        elif lows[i] == "per" and i + 1 < count and lows[i + 1] == "cent":
            unit, i = "%", i + 2
        elif lows[i] == "percentage" and i + 1 < count:
            unit, i = "points", i + 2
        elif not (number.ordinal and lows[i] in DURATIONS):  # "the second day" says when
            unit, factor, i = _measure(lows, joined, i)
    if unit == LENGTH and (after := tokens.per_hour(i)) is not None:
        unit, factor, i = SPEED, factor / 1e3, after  # "320 km/h", "70 miles an hour"
    head, end = _head(tokens, i) if unit is None else ((), i)
    if unit == SECONDS and first and _window_word(lows, first - 1):
        head = (lows[first - 1],)  # "over the *past* three years": a window of time
    end = max(end, below)  # "12 degrees *below zero*"
    fraction, end = _and_a_fraction(lows, joined, end)  # "an hour and a half"
    if unit is None and not head:
        head = _partitive_head(tokens, i)
    if unit is None and not head and not number.ordinal and _bare_age(tokens, first, i, number):
        unit = AGE  # "aged 83", "died at 91", "Ilse Ravnholt, 67,"
    if minus:
        first -= 1  # "minus 18 degrees": the sign is part of the quantity
    before = _before(lows, first)
    start, stop = tokens.span(first, end - 1 if end > i else i - 1)
    value = (-number.value - fraction if negative else number.value + fraction) * factor + offset
    precision = number.precision * factor
    fields = (value, precision, _bound(lows, first), unit, number.ordinal)
    quantity = _new_quantity((*fields, head, before, start, stop, None, number.value + fraction))
    return quantity, end


def _bare_age(tokens: _Tokens, first: int, after: int, number: _Number) -> bool:
    """Whether a bare number (tokens ``first`` to ``after`` - 1) is an age by the words
    before it or as a name's apposition (ages.py)."""
    if age_before(tokens.lows, first, number.value):
        return True
    previous = tokens.texts[first - 1] if first else ""
    return age_in_apposition(
        number.value,
        previous[:1].isupper() and previous.isalpha(),
        first > 0 and tokens.set_off(first, after),
    )


def _temperature(tokens: _Tokens, i: int) -> tuple[float, float, int] | None:
    """(factor, offset to Celsius, index after) of a temperature scale named at token
    ``i``: "degrees Celsius", "degrees F", "\u00b0C"; None where no scale is named."""
    lows, joined = tokens.lows, tokens.joined
    scale = i
    if lows[i] in _DEGREES and i + 1 < len(lows) and joined[i + 1]:
        scale = i + 1
    elif not tokens.degree_sign(i):
        return None
    conversion = _TEMPERATURE_SCALES.get(lows[scale]) if scale < len(lows) else None
    return None if conversion is None else (*conversion, scale + 1)


def _below_zero(lows: list[str], i: int) -> int:
    """The index after "below zero" or "below freezing" at token ``i``, else ``i``."""
    if i + 1 < len(lows) and lows[i] == _BELOW and lows[i + 1] in _ZERO:
        return i + 2
    return i


def _qualified_currency(tokens: _Tokens, i: int) -> int | None:
    """The index of the currency word at token ``i`` or after up to QUALIFIER_WORDS
    capitalised words that name its country ("Swiss francs"), each joined to the
    last, or None."""
    texts, lows, joined = tokens.texts, tokens.lows, tokens.joined
    for k in range(i, min(i + QUALIFIER_WORDS + 1, len(lows))):
        if not joined[k]:
            return None
        if lows[k] in _CURRENCY_WORDS:
            return k
        if not (texts[k][:1].isupper() and texts[k].isalpha()):
            return None
    return None


def _rate(tokens: _Tokens, first: int) -> tuple[Quantity | None, int]:
    """A rate that starts with a word no other quantity starts with: "twice a day",
    "once a week", "every ten minutes" (rates.py); else (None, the index after)."""
    lows, joined = tokens.lows, tokens.joined
    if lows[first] in REPEATS:
        period = period_after(lows, joined, first + 1)
        if period is None:
            return None, first + 1
        return _rate_quantity(tokens, first, per_day(REPEATS[lows[first]], period[0]), period[1])
    number = _read_number(tokens, first + 1, first + 1) if first + 1 < len(lows) else None
    if number is None or number.ordinal or number.unit is not None or not joined[first + 1]:
        return None, first + 1
    seconds = duration_word(lows, joined, number.after)
    if seconds is None or not number.value:
        return None, first + 1
    return _rate_quantity(tokens, first, per_day(1.0, number.value * seconds), number.after + 1)


def _rate_quantity(tokens: _Tokens, first: int, value: float, after: int) -> tuple[Quantity, int]:
    """A rate of ``value`` times a day told by tokens ``first`` to ``after`` - 1; it is
    exact (no rounding): "every ten minutes" (144 a day) is not "four times an hour"."""
    start, stop = tokens.span(first, after - 1)
    bound = _bound(tokens.lows, first)
    before = _before(tokens.lows, first)
    fields = (value, value * 1e-9, bound, PER_DAY, False, (), before, start, stop, None, value)
    return _new_quantity(fields), after


def _measure(lows: list[str], joined: list[bool], i: int) -> tuple[str | None, float, int]:
    """(unit, factor to it, the index after) of a unit of measure at token ``i``
    (MEASURES), or (None, 1, i) when none stands there."""
    low = lows[i]
    if low == _SQUARE and i + 1 < len(lows) and joined[i + 1]:
        unit, factor = _MEASURES.get(lows[i + 1], (None, 1.0))
        if unit == "m":
            return "m2", factor * factor, i + 2
        return None, 1.0, i
    unit, factor = _MEASURES.get(low, (None, 1.0))
    return unit, factor, i + 1 if unit else i


def _window_word(lows: list[str], index: int) -> bool:
    """Whether the word at ``index``, before a span of time, makes it a window (``_WINDOWS``)."""
    word = lows[index]
    if word in _WINDOWS_AFTER_THE:
        return index > 0 and lows[index - 1] == "the"
    return word in _WINDOWS


def _before(lows: list[str], first: int) -> str | None:
    """Lemma key of the content word among the three before token ``first``, if any."""
    for low in reversed(lows[max(0, first - 3) : first]):
        if low.isalpha() and low not in STOPWORDS:
            return lemma_key(low)
    return None


def _proportion_quantity(tokens: _Tokens, first: int, share: Proportion) -> Quantity:
    """A share or multiple in words as a quantity; a share in words is a round figure
    ("half" of 48 percent), so it is approximate unless a word before bounds it."""
    bound = _bound(tokens.lows, first)
    if share.unit == PERCENT and bound == "exact":
        bound = "approx"
    start, stop = tokens.span(first, share.after - 1)
    before = _before(tokens.lows, first)
    return _new_quantity(
        (share.value, 1.0, bound, share.unit, False, (), before, start, stop, None, share.value)
    )


def _bound(lows: list[str], first: int) -> str:
    """ "min", "max" or "approx" when a qualifier stands before the number."""
    if first >= 2 and (two := (lows[first - 2], lows[first - 1])) in _BOUNDS:
        return _BOUNDS[two]
    if first >= 1 and (one := (lows[first - 1],)) in _BOUNDS:
        return _BOUNDS[one]
    return "exact"


def _read_number(tokens: _Tokens, i: int, first: int) -> _Number | None:
    """The number written at token ``i`` (digits or words, with its scale), if any."""
    lows, joined = tokens.lows, tokens.joined
    low = lows[i]
    match = _NUMBER.match(low)
    unit: str | None = None
    ordinal = False
    if match:
        if i == first and _after_name(tokens, i):
            return None
        digits = match.group(1).replace(",", "")
        if digits.isdigit() and tokens.leading_point(i):
            digits = "0." + digits  # ".20 parts per million"
        elif len(digits) <= 3 and digits.isdigit() and not match.group(2):
            while tokens.spaced_thousands(i + 1):
                i += 1
                digits += tokens.texts[i]
        value = float(digits)
        precision = 10.0 ** -len(digits.partition(".")[2])
        if not match.group(2) and (part := tokens.vulgar_fraction(i + 1)) is not None:
            value, i = value + part, i + 2  # "5 1/2 months"
        suffix = match.group(2) or ""
        ordinal = suffix in ("st", "nd", "rd", "th")
        if suffix == "%":
            unit = "%"
        elif suffix in _MEASURES:  # "5km", "10kg"
            unit, factor = _MEASURES[suffix]
            value *= factor
            precision *= factor
        elif suffix in _SUFFIX_SCALES:
            value *= _SUFFIX_SCALES[suffix]
            precision *= _SUFFIX_SCALES[suffix]
        i += 1
    elif low in _ORDINALS:
        return _new_number((float(_ORDINALS[low]), 1.0, True, None, i + 1))
    elif (of_scale := _fraction_of_scale(lows, joined, i)) is not None:
        value, i = of_scale
        precision = value * APPROXIMATE  # a round figure: "half a million" is 480,000
    elif low in _SMALL or low in _TENS or low in ("a", "an"):
        worded, i = _read_words(lows, joined, i)
        if worded is None or (low == "one" and _is_pronoun(lows, first, i)):
            return None
        value, precision = worded, 1.0
    else:
        return None
    if match:
        fraction, i = _and_a_fraction(lows, joined, i)
        value += fraction
    while i < len(lows) and lows[i] in _SCALES and joined[i]:
        value *= _SCALES[lows[i]]
        precision *= _SCALES[lows[i]]
        i += 1
    return _new_number((value, precision, ordinal, unit, i))


_SHARE_WORDS = frozenset(("percent", "pct", "per", "%"))
"""Words after a number that make it a share, never part of a name before it."""


def _after_name(tokens: _Tokens, i: int) -> bool:
    """ "Boeing 737", "COVID-19", "No. 2": a number that is part of a name."""
    if i == 0:
        return False
    previous = tokens.texts[i - 1]
    if previous == "No":
        return True
    if i + 1 < len(tokens.lows) and tokens.lows[i + 1] in _SPANS_OF_TIME and tokens.spaced(i):
        return False  # "reached Barbados *35 days* later": a span of time after a place
    if i + 1 < len(tokens.lows) and tokens.lows[i + 1] in _SHARE_WORDS:
        return False  # "the strike cost Air Lumen *30 percent* of its flights": a share
    return (
        i > 1
        and previous[:1].isupper()
        and tokens.joined[i]
        and not tokens.starts_sentence(i - 1)  # ". About 30 metres": no name
    )


def _read_words(lows: list[str], joined: list[bool], i: int) -> tuple[float | None, int]:
    """A number written in words: "twenty-five", "a hundred", "one hundred and five"."""
    total, current, start, seen = 0.0, 0.0, i, False
    while i < len(lows):
        low = lows[i]
        if i > start and not joined[i]:
            break
        if low in _SMALL:
            current += _SMALL[low]
        elif low in _TENS:
            current += _TENS[low]
        elif low in ("a", "an") and i == start:
            current = 1
            fraction = _and_a_fraction(lows, joined, i + 2)[0]
            if fraction and lows[i + 1].isalpha():
                return 1, i + 1  # "a length and a half": _read adds the half
            if not (i + 1 < len(lows) and lows[i + 1] in _MULTIPLES):
                return None, start + 1
        elif low == "dozen":
            current = max(current, 1) * 12
        elif low == "hundred":
            current = max(current, 1) * 100
        elif low in ("thousand", "million", "billion", "trillion"):
            total += max(current, 1) * _SCALES[low]
            current = 0
        elif (
            low == "and"
            and lows[i - 1] in _SCALES  # "a hundred and five", not "three and eleven"
            and i + 1 < len(lows)
            and (lows[i + 1] in _SMALL or lows[i + 1] in _TENS)
        ):
            pass
        elif low == "and" and seen and (part := _and_a_fraction(lows, joined, i))[0]:
            current += part[0]  # "two and a half", "two and a half thousand"
            i = part[1]
            continue
        else:
            break
        seen = True
        i += 1
    return (total + current, i) if seen else (None, start + 1)


_PARTS = {"half": 0.5, "quarter": 0.25}
"""Fractions told after "and a" ("two *and a half*", "an hour *and a quarter*")."""
_SCALE_WORDS = frozenset(("dozen", "hundred", "thousand", "million", "billion", "trillion"))


def _and_a_fraction(lows: list[str], joined: list[bool], i: int) -> tuple[float, int]:
    """(the fraction, the index after) of "and a half" / "and a quarter" at token
    ``i``, or (0, ``i``)."""
    if (
        i + 2 < len(lows)
        and lows[i] == "and"
        and lows[i + 1] in ("a", "an")
        and lows[i + 2] in _PARTS
        and joined[i + 1]
        and joined[i + 2]
    ):
        return _PARTS[lows[i + 2]], i + 3
    return 0.0, i


def _fraction_of_scale(lows: list[str], joined: list[bool], i: int) -> tuple[float, int] | None:
    """(value, index after) of a fraction of a scale word: "half a dozen", "half a
    million", "a quarter of a million", "three quarters of a million"."""
    count, k = 1.0, i
    if lows[k] in _SMALL or lows[k] in ("a", "an"):
        count, k = float(_SMALL.get(lows[k], 1)), k + 1
    if k >= len(lows) or lows[k] not in FRACTIONS or (k > i and not joined[k]):
        return None
    share, k = FRACTIONS[lows[k]] / 100, k + 1
    if k < len(lows) and lows[k] == OF:
        k += 1
    if k + 1 >= len(lows) or lows[k] not in ("a", "an") or lows[k + 1] not in _SCALE_WORDS:
        return None
    if not (joined[k] and joined[k + 1]):
        return None
    scale = 12.0 if lows[k + 1] == "dozen" else _SCALES[lows[k + 1]]
    return count * share * scale, k + 2


def _is_pronoun(lows: list[str], first: int, after: int) -> bool:
    """ "the one who", "no one", "one of the", "one another": not a count."""
    before = lows[first - 1] if first else ""
    following = lows[after] if after < len(lows) else ""
    return before in _PRONOUN_ONE or following in ("another", "of")


def _partitive_head(tokens: _Tokens, i: int) -> tuple[str, ...]:
    """The noun a bare count takes a part of ("nine *of the club's players*"): the
    head of the noun phrase after "of" and a determiner, past a possessive and past
    the size of the whole ("140 *of its 520 jobs*": the part counts jobs too)."""
    lows = tokens.lows
    if not (i + 2 < len(lows) and lows[i] == OF and lows[i + 1] in _PARTITIVE_DETERMINERS):
        return ()
    k = i + 2
    for j in range(k + 1, min(k + 1 + POSSESSOR_WORDS, len(lows) - 1)):
        if lows[j] == "s" and tokens.possessive(j):
            k = j + 1  # "the club's players", "the Hallin heath's feral ponies"
            break
        if not tokens.joined[j]:
            break
    while k < len(lows) - 1 and tokens.joined[k] and _is_size(lows[k]):
        k += 1  # "of the 5,200 runners", "of its two hundred staff"
    return _head(tokens, k)[0]


def _is_size(low: str) -> bool:
    """Whether a token is a plain number, in figures or words ("520", "two", "hundred")."""
    match = _NUMBER.match(low)
    return (match is not None and match.group(2) is None) or is_number_word(low)


def _part_of_them(tokens: _Tokens, i: int, found: list[Quantity]) -> tuple[str, ...]:
    """The counted noun of a bare count "of them" ("48 routes ... scrap *21 of them*"):
    the head of the last count before it in the sentence that has one."""
    lows = tokens.lows
    if not (i + 1 < len(lows) and lows[i] == OF and lows[i + 1] == "them"):
        return ()
    return next((q.head for q in reversed(found) if q.head and q.unit is None), ())


def _head(tokens: _Tokens, i: int) -> tuple[tuple[str, ...], int]:
    """Lemma keys of the noun phrase at ``i`` (up to two words) and the index after it."""
    lows, joined = tokens.lows, tokens.joined
    words: list[str] = []
    end = i
    while end < len(lows) and len(words) < 2 and joined[end]:
        low = lows[end]
        if not low.isalpha():
            break
        if low in _MODIFIERS and not words:
            end += 1
            continue
        if low in STOPWORDS or low in _SMALL or low in _TENS or low in _SCALES:
            break
        words.append(lemma_key(low))
        end += 1
    return tuple(words), end if words else i
