"""One record per sentence of everything the detectors read of it.

A sentence meets every detector of each pair it is in, and each asks of it: its
words, their folded forms and lemma keys, its quantities, dates, entity mentions,
quoted passages and negations. Each analysis is computed at most once per sentence
and kept in the sentence's ``SentenceFacts``; the module that owns an analysis fills
its slot on first use (``quantities.quantities``, ``date.date_mentions``...), so a
sentence no detector asks about a number is never read for numbers.

Records are found by the sentence object's identity, not by its text (two reports
rarely repeat a sentence, and two loads of one file may mark different
boilerplate): an article's sentences keep their records across every pair the
article is compared in (an overview, the claims graph) until MAX_RECORDS are kept,
when all are forgotten at once. The record holds its sentence, so an identity is
never reused while it is kept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.engine.findings.contradiction.date import DateMention
    from tui.engine.findings.contradiction.entity import EntityMention
    from tui.engine.findings.contradiction.negation import Polarity
    from tui.engine.findings.contradiction.quantities import Quantity
    from tui.engine.findings.contradiction.week_moments import WeekMoment
    from tui.engine.findings.contradiction.words import Tokens, Word
    from tui.engine.segment import Sentence

MAX_RECORDS = 16384
"""Records kept (then all forgotten at once): the sentences of two 5,000-sentence
articles, bounded for a long session that reads many texts."""


class SentenceFacts:
    """A sentence's analyses; None until first asked for."""

    __slots__ = (
        "sentence",
        "tokens",
        "gaps",
        "norms",
        "lemmas",
        "lemma_counts",
        "words",
        "may_count",
        "quantities",
        "may_hold_date",
        "dates",
        "week_moments",
        "mentions",
        "capitalised",
        "name_runs",
        "name_bares",
        "quoted",
        "polarity",
    )

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.tokens: Tokens | None = None
        self.gaps: tuple[str, ...] | None = None
        """The text before each word (``tokens.texts``), cut by the same pass."""
        self.norms: frozenset[str] | None = None
        self.lemmas: frozenset[str] | None = None
        self.lemma_counts: dict[str, int] | None = None
        self.words: tuple[Word, ...] | None = None
        self.may_count: bool | None = None
        self.quantities: tuple[Quantity, ...] | None = None
        self.may_hold_date: bool | None = None
        self.dates: tuple[DateMention, ...] | None = None
        self.week_moments: tuple[WeekMoment, ...] | None = None
        self.mentions: tuple[EntityMention, ...] | None = None
        self.capitalised: frozenset[str] | None = None
        self.name_runs: tuple[list[tuple[int, int]], frozenset[str]] | None = None
        """entity_slots.py's runs of capitalised words and the capitalised norms."""
        self.name_bares: tuple[frozenset[str], frozenset[str]] | None = None
        """entity_typed.py's bare forms of the words that may stand in a name, and of
        every word."""
        self.quoted: tuple[tuple[int, int], ...] | None = None
        self.polarity: Polarity | None = None


RECORDS: dict[int, SentenceFacts] = {}
"""Records by the identity of their sentence: ``RECORDS.get(id(sentence)) or
facts_of(sentence)`` spares the hottest callers a call."""


def facts_of(sentence: Sentence) -> SentenceFacts:
    """The sentence's record, made on first use."""
    found = RECORDS.get(id(sentence))
    if found is None:
        if len(RECORDS) >= MAX_RECORDS:
            RECORDS.clear()
        found = RECORDS[id(sentence)] = SentenceFacts(sentence)
    return found


def forget_all() -> None:
    """Drop every record (a benchmark's cold run; tests that compare two settings)."""
    RECORDS.clear()
