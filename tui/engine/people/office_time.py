"""When an article gives someone an office: the years its sentence names.

Two articles that give one office to two people contradict each other only if they
speak of the same time. Reports years apart each name the holder of their day ("White
House Press Secretary Robert Gibbs said in March 2010" / "Jay Carney said in May
2013"), and a retrospective names past holders in a sentence dated before the rest of
its article. A mention whose sentence names no year is taken to be of the article's time.
"""

from __future__ import annotations

from collections import Counter

from tui.engine.corpus import Article
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex

_YEAR = regex(r"[12](?<=(?<![\w$.,])[12])(?:(?<=1)[89]|(?<=2)0)\d\d(?![\w%.,]\d)")
"""A year of the last two centuries (1800-2099), not part of a sum or a longer number.
Its first digit is matched first, then what stands before it is looked back at: the
regex engine skips at once to the next 1 or 2 instead of trying the look back at every
character of the article."""


def sentence_years(article: Article, sentence: int) -> frozenset[int]:
    """The years sentence ``sentence`` names, each sentence read once per article (a
    long article's office holders are checked in many pairs of sentences)."""
    found = _years_read(article)
    years = found.get(sentence)
    if years is None:
        years = found[sentence] = frozenset(
            int(y) for y in _YEAR.findall(article.sentences[sentence].text)
        )
    return years


@per_article
def _years_read(article: Article) -> dict[int, frozenset[int]]:
    """Sentence -> the years it names, filled as sentences are asked about."""
    return {}


@per_article
def article_year(article: Article) -> int | None:
    """The year the article names most often (the later on a tie): its own time, as far
    as the text tells. Not the latest: a report names years to come ("by 2036")."""
    counts = Counter(int(y) for y in _YEAR.findall(article.text))
    return max(counts, key=lambda year: (counts[year], year)) if counts else None


def looks_back(article: Article, years: frozenset[int]) -> bool:
    """A sentence naming ``years`` names only years before its article's own: it tells of
    an earlier time ("Then-Governor Pence signed the law in 2015" in a report that speaks
    of 2023)."""
    if not years:
        return False  # the article's own year is found only where a sentence names one
    own = article_year(article)
    return own is not None and max(years) < own


def same_time(left: Article, left_sentence: int, right: Article, right_sentence: int) -> bool:
    """Nothing in the two sentences puts them at different times: both name years and
    share none, or either looks back before its article's own time."""
    lefts = sentence_years(left, left_sentence)
    rights = sentence_years(right, right_sentence)
    if looks_back(left, lefts) or looks_back(right, rights):
        return False
    return not (lefts and rights and not lefts & rights)
