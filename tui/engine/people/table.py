"""The corpus-wide overview of people: every person, how each article spells them and
which office it gives them, and the offices that articles give to different people.

People are linked across every pair of articles as in a comparison (names.py), so
"Besent" in one article and "Bessent" in another form one row. Office conflicts are
found without sentence alignment: an office counts as disputed where each of two
articles names a single, different holder.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from tui.engine.corpus import Article
from tui.engine.people.cast import Cast, cast_of, confirming_keys
from tui.engine.people.name_words import PARTICLES, name_key
from tui.engine.people.names import link_people
from tui.engine.people.office_conflicts import conflicting_holders
from tui.engine.people.persons import SUFFIXES_WRITTEN, Mention, Person

Node = tuple[int, str]
"""(article index, person ident)."""


@dataclass(frozen=True)
class Written:
    """A mention as the article writes it: ``text`` is ``article_text[start:end]``."""

    sentence: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Held:
    """An office one article gives the person, with its place and time."""

    label: str
    """The office, the same for every wording ("Finance Minister")."""
    title: str
    """As the country names it ("Treasury Secretary")."""
    written: Written
    country: str | None
    place: str | None
    """The folded state, city or body that narrows it ("ohio"), or None."""
    current: bool


@dataclass(frozen=True)
class Appearance:
    article: str
    names: tuple[str, ...]
    """Every distinct way the article writes the person ("Scott Besseint", "Besseint")."""
    spellings: tuple[str, ...]
    """The surname as the article spells it."""
    offices: tuple[tuple[str, str], ...]
    """Current offices (canonical office, as the article writes it): ("Finance Minister",
    "Treasury Secretary")."""
    mentions: tuple[Written, ...] = ()
    held: tuple[Held, ...] = ()
    """Every office given, past ones too."""


@dataclass(frozen=True)
class Ambiguous:
    """A surname alone that could be any of two or more people of its article."""

    article: str
    mention: Written
    candidates: tuple[str, ...]
    """The people it could be, as written in the article ("Bill Clinton")."""


@dataclass(frozen=True)
class PersonRow:
    name: str
    spelling: str
    """The surname spelling closest to all the others."""
    appearances: tuple[Appearance, ...]

    @property
    def spellings(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s for a in self.appearances for s in a.spellings))

    @property
    def spelling_differs(self) -> bool:
        return len(self.spellings) > 1


@dataclass(frozen=True)
class Holder:
    name: str
    articles: tuple[str, ...]


@dataclass(frozen=True)
class OfficeDispute:
    office: str
    """The canonical office ("Finance Minister")."""
    written: str
    """How the articles most often write it ("Treasury Secretary")."""
    holders: tuple[Holder, ...]


@dataclass(frozen=True)
class NameTable:
    people: tuple[PersonRow, ...]
    disputes: tuple[OfficeDispute, ...]
    ambiguous: tuple[Ambiguous, ...] = ()


def _confirmed_by_each_other(casts: list[Cast]) -> list[Cast]:
    """Each cast confirmed by all the others ("Xi" alone in one report, "Xi Jinping" in
    another: one person). Each cast's confirming surnames are found once: those of the
    others are every cast's but the ones this cast alone holds."""
    keys = [confirming_keys(cast.people) for cast in casts]
    holders = Counter(key for own in keys for key in own)
    every = set(holders)
    return [
        cast.confirmed_with(
            every - {key for key in own if holders[key] == 1}, _people_besides(casts, cast)
        )
        for cast, own in zip(casts, keys, strict=True)
    ]


def _people_besides(casts: list[Cast], cast: Cast) -> Iterator[Person]:
    """The people of every cast but ``cast``, listed only if asked for (seldom)."""
    return (person for other in casts if other is not cast for person in other.people)


def name_table(articles: Sequence[Article]) -> NameTable:
    casts = _confirmed_by_each_other([cast_of(article) for article in articles])
    casts = [cast.without_firms_named_in(articles) for cast in casts]
    groups = _UnionFind()
    for i, cast in enumerate(casts):
        for person in cast.people:
            groups.add((i, person.ident))
    disputed: dict[str, set[Node]] = defaultdict(set)
    for (i, left), (j, right) in itertools.combinations(enumerate(casts), 2):
        links = link_people(left, right)
        for link in links:
            groups.union((i, link.left.ident), (j, link.right.ident))
        for conflict in conflicting_holders(left, right, links, set()):
            disputed[conflict.label].update(
                ((i, conflict.left_person.ident), (j, conflict.right_person.ident))
            )
    rows = {root: _row(casts, members) for root, members in groups.groups().items()}
    people = sorted(rows.values(), key=lambda r: (-len(r.appearances), r.name.lower()))
    wordings = Counter(office for row in people for a in row.appearances for office in a.offices)
    disputes = [
        OfficeDispute(
            label,
            max((w for w in wordings if w[0] == label), key=wordings.__getitem__)[1],
            _holders(casts, nodes, groups, rows),
        )
        for label, nodes in sorted(disputed.items())
    ]
    return NameTable(tuple(people), tuple(disputes), _ambiguous(casts))


def _ambiguous(casts: Sequence[Cast]) -> tuple[Ambiguous, ...]:
    found = []
    for cast in casts:
        text = cast.article.text
        for mention in cast.ambiguous:
            candidates = tuple(
                text[m.start : m.end]
                for p in cast.people
                if p.key == mention.key
                for m in p.mentions[:1]
            )
            found.append(Ambiguous(cast.article.name, _written(text, mention), candidates))
    return tuple(found)


def _written(text: str, mention: Mention) -> Written:
    start = _particles_start(text, mention)
    return Written(mention.sentence, start, mention.end, text[start : mention.end])


def _particles_start(text: str, mention: Mention) -> int:
    """Where a surname alone starts as written, with the particles in lower case right
    before it ("However, de la Cruz said": "de la Cruz", as the full name writes it)."""
    start = mention.start
    if mention.given is not None:
        return start
    while start > 1 and text[start - 1] == " ":
        word_start = start - 1
        while word_start and text[word_start - 1].isalpha():
            word_start -= 1
        if text[word_start : start - 1] not in PARTICLES or text[word_start].isupper():
            break
        start = word_start
    return start


def _held(text: str, person: Person) -> tuple[Held, ...]:
    held = []
    for mention in person.mentions:
        for o in mention.offices:
            written = Written(mention.sentence, o.start, o.end, text[o.start : o.end])
            held.append(Held(o.label, o.title, written, o.country, o.qualifier, o.current))
    return tuple(held)


def _holders(
    casts: Sequence[Cast], nodes: set[Node], groups: _UnionFind, rows: dict[Node, PersonRow]
) -> tuple[Holder, ...]:
    by_group: dict[Node, set[str]] = defaultdict(set)
    for node in nodes:
        by_group[groups.find(node)].add(casts[node[0]].article.name)
    return tuple(
        Holder(rows[root].name, tuple(sorted(names)))
        # ties by name: set order would change with the hash seed
        for root, names in sorted(
            by_group.items(), key=lambda item: (-len(item[1]), rows[item[0]].name)
        )
    )


def _row(casts: Sequence[Cast], members: Sequence[Node]) -> PersonRow:
    appearances = []
    spelling_counts: Counter[str] = Counter()
    given_counts: Counter[tuple[str, str]] = Counter()
    given_after: Counter[str] = Counter()
    suffixes: list[frozenset[str]] = []
    given_only = _given_names_alone(casts, members)
    for i, key in sorted(members):
        cast = casts[i]
        person = _person(cast, key)
        suffixes.append(person.suffixes)
        text = cast.article.text
        names = tuple(
            dict.fromkeys(text[_particles_start(text, m) : m.end] for m in person.mentions)
        )
        offices = tuple(
            dict.fromkeys(
                (o.label, " ".join(text[o.start : o.end].split())) for o in person.offices
            )
        )
        appearances.append(
            Appearance(
                cast.article.name,
                names,
                person.spellings,
                offices,
                tuple(_written(text, m) for m in person.mentions),
                _held(text, person),
            )
        )
        if person.given_names or person.key not in given_only:
            spelling_counts.update(person.spellings)  # not "Salman" of "King Salman"
        given_counts.update(  # "Malia and Sasha Obama": Malia (the mention ends there)
            (_given_part(text, m), m.surname)
            for m in person.mentions
            if m.given and not m.family_first
        )
        given_after.update(  # "He Lifeng", "Kim Yong-chol": family name first
            text[m.surname_end : m.end].strip() for m in person.mentions if m.family_first
        )
    spelling = _central(spelling_counts)
    if given_after:
        return PersonRow(
            f"{spelling} {given_after.most_common(1)[0][0]}", spelling, tuple(appearances)
        )
    given = _given_for(given_counts, spelling)
    return PersonRow(given + spelling + _shared_suffix(suffixes), spelling, tuple(appearances))


def _given_for(given_counts: Counter[tuple[str, str]], spelling: str) -> str:
    """The given part written most often, with the row's surname spelling where any
    mention writes it: "Fatima Zahra El Ouafi" / "Fatima-Zahra Elouafi" is named
    "Fatima-Zahra Elouafi", not "Fatima Zahra El Elouafi"."""
    own = Counter({g: n for (g, surname), n in given_counts.items() if surname == spelling})
    if not own:
        own = Counter()
        for (g, _), n in given_counts.items():
            own[g] += n
    return own.most_common(1)[0][0] if own else ""


def _given_names_alone(casts: Sequence[Cast], members: Sequence[Node]) -> set[str]:
    """The keys of members named by a given name alone that is another member's given
    name ("King Salman" / "Salman bin Abdulaziz"): no spelling of the row's surname."""
    people = [_person(casts[i], key) for i, key in members]
    given = {name_key(g) for p in people for g in p.given_names}
    return {p.key for p in people if not p.given_names and p.key in given}


def _shared_suffix(suffixes: Sequence[frozenset[str]]) -> str:
    """The generational suffix every article writes for the person (" Jr."), or ""."""
    common = frozenset.intersection(*(s - {""} for s in suffixes)) if suffixes else frozenset()
    return f" {SUFFIXES_WRITTEN[min(common)]}" if len(common) == 1 else ""


def _given_part(text: str, mention: Mention) -> str:
    """The words of a name before its surname, with what joins them to it: "Bill ",
    "Abu Bakr al-", "Valéry Giscard d'" (an elided particle)."""
    part = " ".join(text[mention.start : min(mention.end, mention.surname_start)].split())
    return part if part.endswith(("-", "'", "\u2019")) else part + " "


def _central(counts: Counter[str]) -> str:
    """The spelling with the least edit distance to all spellings (weighted by use); on a
    tie the longer one, as a misspelling more often drops a letter than adds one."""
    return min(
        counts,
        key=lambda s: (sum(n * Levenshtein.distance(s, o) for o, n in counts.items()), -len(s), s),
    )


def _person(cast: Cast, key: str) -> Person:
    return next(p for p in cast.people if p.ident == key)


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Node, Node] = {}

    def add(self, node: Node) -> None:
        self.parent.setdefault(node, node)

    def find(self, node: Node) -> Node:
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def union(self, a: Node, b: Node) -> None:
        self.parent[self.find(a)] = self.find(b)

    def groups(self) -> dict[Node, list[Node]]:
        found: dict[Node, list[Node]] = defaultdict(list)
        for node in self.parent:
            found[self.find(node)].append(node)
        return found
