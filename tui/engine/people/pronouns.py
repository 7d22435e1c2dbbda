"""Whether a person is a man or a woman, as far as the text says: the pronoun that takes
up their name ("Trump said he would veto it") or their given name (given_name_sexes.txt).
Used only to tell apart relatives who share a surname ("Donald and Melania Trump") when
a surname alone could be either."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tui.engine.corpus import Article
from tui.engine.people.lexicon import given_names
from tui.engine.people.persons import Person
from tui.engine.prepared_regex import regex

_PRONOUN_OR_NAME = regex(
    r"\b(?:(?P<he>he|him|his|himself)|(?P<she>she|her|hers|herself))\b|[A-Z]\w"
)
"""The first personal pronoun after a name, or a capitalised word that may be another
person the pronoun takes up instead (then nothing is read)."""


def pronoun_sex(article: Article, person: Person) -> str | None:
    """ "m" or "f" when the first pronoun after the person's names in their sentences
    says so, and no name stands between ("Trump told Clinton she would lose" says
    nothing of Trump); None when the pronouns disagree or there are none."""
    votes: Counter[str] = Counter()
    for mention in person.mentions:
        sentence = article.sentences[mention.sentence]
        hit = _PRONOUN_OR_NAME.search(article.text, mention.end, sentence.end)
        if hit is None or not (hit.group("he") or hit.group("she")):
            continue
        votes["m" if hit.group("he") else "f"] += 1
    return votes.most_common(1)[0][0] if len(votes) == 1 else None


def name_sex(given: Iterable[str]) -> str | None:
    """ "m" or "f" when every given name of the person is borne by one sex only."""
    sexes = {given_names().sexes.get(name) for name in given}
    return next(iter(sexes)) if len(sexes) == 1 else None
