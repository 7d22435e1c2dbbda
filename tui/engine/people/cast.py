"""What the name detectors know of one article (its people and capitalised words), and
the link between two people of two articles."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter

from tui.engine.corpus import Article
from tui.engine.findings.model import Side
from tui.engine.people.east_asian import romanised_key
from tui.engine.people.lexicon import given_names
from tui.engine.people.name_words import LATIN_CAPITALS, is_ordinary_word, name_key
from tui.engine.people.office_refs import OfficeRef, one_body
from tui.engine.people.persons import Mention, Person, cluster_people, confirmed
from tui.engine.people.spelling import given_variant_score
from tui.engine.people.things import firm_names
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex

_CAPITALISED = regex(rf"[{LATIN_CAPITALS}](?<=(?<!\w)\w)\w*")
"""A word starting with a capital: the capital first (the regex engine then skips to
the next capital at once), then the look back that it starts a word."""


@dataclass(frozen=True)
class Cast:
    """The people of one article and the words it uses."""

    article: Article
    people: tuple[Person, ...]
    ambiguous: tuple[Mention, ...] = ()
    """Surnames alone that could be any of two or more people ("Clinton")."""
    unconfirmed: tuple[Mention, ...] = ()
    """Full names without evidence of a person (persons.People.unconfirmed)."""
    lone: tuple[tuple[str, Mention], ...] = ()
    """Words alone without evidence of a person (persons.People.lone)."""
    ordinary: tuple[Mention, ...] = ()
    """Full names with an ordinary word in them (persons.People.ordinary)."""

    def confirmed_by(self, other: Cast) -> Cast:
        """This cast with the unconfirmed names whose surname ``other`` gives a person, or
        that ``other`` also writes, unconfirmed, with a given name that agrees: two reports
        that each write "Alexei Huckabee" / "Aleksei Huckabee" name one person."""
        if not self.unconfirmed and not self.lone and not self.ordinary:
            return self
        theirs = other.unconfirmed_by_key
        keys = other.confirming | {
            mine.key
            for mine in self.unconfirmed
            if mine.key in theirs and any(_given_agree(mine, t) for t in theirs[mine.key])
        }
        return self.confirmed_with(keys, other.people)

    def confirmed_with(
        self, keys: set[str] | frozenset[str], others: Iterable[Person] = ()
    ) -> Cast:
        """This cast with the unconfirmed names and lone words of surnames in ``keys``
        (and full names that ``others``, the people of other articles, bear)."""
        people = confirmed(
            self.people,
            self.unconfirmed,
            keys,
            self.lone,
            others,
            self.ordinary,
            self.article.text,
        )
        return self if people is self.people else Cast(self.article, people, self.ambiguous)

    def without_firms_named_in(self, others: Iterable[Article]) -> Cast:
        """This cast without the people whose full name, opening with no known given name,
        another article writes as a firm's (things.firm_names): "Charoen Pokphand said"
        here, "a consortium led by Charoen Pokphand Group" there."""
        firms = frozenset().union(
            *(firm_names(other) for other in others if other is not self.article)
        )
        if not firms:
            return self
        text = self.article.text
        named = [p for p in self.people if _a_full_name_in(text, p, firms)]
        if not named:
            return self
        return Cast(
            self.article,
            tuple(p for p in self.people if p not in named),
            self.ambiguous,
            self.unconfirmed,
            self.lone,
            self.ordinary,
        )

    @cached_property
    def confirming(self) -> frozenset[str]:
        """``confirming_keys`` of its people, found once however many casts it confirms
        (an overview compares each article with every other)."""
        return frozenset(confirming_keys(self.people))

    @cached_property
    def unconfirmed_by_key(self) -> dict[str, list[Mention]]:
        """The unconfirmed names by surname key, made once: ``confirmed_by`` looks up each
        name of the other cast instead of comparing every two."""
        found: dict[str, list[Mention]] = {}
        for mention in self.unconfirmed:
            found.setdefault(mention.key, []).append(mention)
        return found

    @cached_property
    def people_by_key(self) -> dict[str, list[Person]]:
        """Its people by surname key, made once: a name detector asks whether this article
        has a person of some surname for each of the other article's people."""
        found: dict[str, list[Person]] = {}
        for person in self.people:
            found.setdefault(person.key, []).append(person)
        return found

    @cached_property
    def words(self) -> frozenset[str]:
        """Every capitalised word of the article (names are capitalised)."""
        return capitalised_words(self.article)

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.people) | _word_keys(self.article)

    @cached_property
    def respelled_only(self) -> frozenset[str]:
        """Surname keys this article writes only as another spelling of one of its
        people's surnames, no person's own ("Raffensperger" in a headline over "Brad
        Rafensperger"): not a person of that spelling."""
        own = {p.key for p in self.people}
        return frozenset(
            key
            for p in self.people
            for surname in p.surnames
            if (key := name_key(surname)) != p.key and key not in own
        )


def _a_full_name_in(text: str, person: Person, firms: frozenset[str]) -> bool:
    """One of the person's full names as written is in ``firms`` and opens with no known
    given name (read given name first: "Xi Jinping" opens with a given name no list
    knows). The name is looked up before its given name."""
    if person.family_first:
        return False
    return any(
        m.given and text[m.start : m.end] in firms and not given_names().known(m.given)
        for m in person.mentions
    )


_WEAK_EVIDENCE = frozenset(("given name", "link"))
"""A known given name in front ("Roman Catholic", "Ryan Medicare") is weak evidence: a
word that is also ordinary English is confirmed as that surname only by stronger."""


def confirming_keys(people: Iterable[Person]) -> set[str]:
    """The surnames of ``people`` that confirm a name another article writes without
    evidence: all, except ordinary English words with no more than weak evidence."""
    return {
        p.key
        for p in people
        if not _WEAK_EVIDENCE.issuperset(map(_EVIDENCE, p.mentions))
        or not is_ordinary_word(p.spellings[0] if p.spellings else p.key)
    }


_EVIDENCE = attrgetter("evidence")


@per_article
def capitalised_words(article: Article) -> frozenset[str]:
    """Found once per article: a cast confirmed by another article is a new cast."""
    return frozenset(_CAPITALISED.findall(article.text))


@per_article
def _word_keys(article: Article) -> frozenset[str]:
    return frozenset(map(name_key, capitalised_words(article)))


def _given_agree(a: Mention, b: Mention) -> bool:
    """The given names of two mentions are one person's: equal, a nickname, or a spelling
    variant (for names read family name first, a romanisation)."""
    x, y = a.given, b.given
    if x is None or y is None:
        return False
    if a.family_first and b.family_first:
        return romanised_key(x) == romanised_key(y)
    return x == y or given_names().one_name(x, y) or given_variant_score(x, y) > 0


@per_article
def cast_of(article: Article) -> Cast:
    """The article's people, found once however many articles it is compared with."""
    found = cluster_people(article)
    return Cast(
        article, found.people, found.ambiguous, found.unconfirmed, found.lone, found.ordinary
    )


@dataclass(frozen=True, slots=True)
class Link:
    left: Person
    right: Person
    score: float
    variant: bool = False
    """The two spell the surname differently."""
    respaced: bool = False
    """The two write one full name in other words ("van der Merwe" / "Vandermerwe",
    joined_names.py): shown as whole names, the surname alone being no spelling of it."""


def offices_agree(a: Iterable[OfficeRef], b: Iterable[OfficeRef], same_seat: bool = True) -> bool:
    """Some office of ``a`` is one of ``b``: same office, countries that fit (an unsaid
    country fits any) and, for ``same_seat``, the same narrowing word ("Senate
    President", "Wisconsin party chairman"). Two spellings of one person need not say the
    narrowing word alike; two holders of one seat must."""
    return any(
        x.label == y.label
        and (x.country is None or y.country is None or x.country == y.country)
        and (not same_seat or one_body(x.qualifier, y.qualifier))
        for x in a
        for y in b
    )


def mention_side(article: Article, mention: Mention, whole_name: bool) -> Side:
    start, end = (
        (mention.start, mention.end) if whole_name else (mention.surname_start, mention.surname_end)
    )
    return Side(mention.sentence, start, end, article.text[start:end])
