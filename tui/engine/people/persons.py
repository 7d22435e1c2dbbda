"""People named in one article: their mentions, spellings and offices.

Each sentence gives runs of name words with their evidence (mentions.py). A run with
evidence makes a mention; mentions are clustered into people (``cluster_people``): one
surname with two given names that cannot name one person is two people (Bill and
Hillary Clinton). A run without evidence ("Raimondo" alone) counts only when it carries
the surname of a person already found, or the given name of exactly one ("Hillary",
"Xi" for "Xi Jinping").
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Sequence, Set
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from tui.engine.corpus import Article
from tui.engine.once_property import once_property
from tui.engine.people.east_asian import family_first
from tui.engine.people.lexicon import given_names as given_name_lexicon
from tui.engine.people.mentions import (
    Evidence,
    Item,
    Mention,
    Run,
    new_mention,
    sentence_runs,
    word_alone,
)
from tui.engine.people.name_words import (
    IRISH_O,
    PARTICLES,
    SURNAME_CONJUNCTIONS,
    is_ordinary_word,
    name_key,
)
from tui.engine.people.office_city import in_city
from tui.engine.people.office_refs import OfficeRef
from tui.engine.people.spelling import skeleton, variant_score
from tui.engine.people.things import a_plural_in_ies, firm_names
from tui.engine.prepared_regex import regex
from tui.engine.segment import GIVEN_NAME_ABBREVIATIONS, is_name_abbreviation
from tui.engine.textnorm import fold

_SURNAME = attrgetter("surname")
_START = attrgetter("start")
_GIVEN = attrgetter("given")
_FAMILY_FIRST = attrgetter("family_first")
_KEY_OF_PAIR = itemgetter(0)


@dataclass(frozen=True)
class Person:
    """One person of an article. The properties are computed once (cached): the name
    detectors ask them of every pair of people of two articles."""

    key: str
    """Folded surname: the mentions of one person in one article share it."""
    mentions: tuple[Mention, ...]
    ident: str
    """Who the person is in the article: the surname key, with the given name in front
    where two people share the surname ("bill clinton", "hillary clinton")."""
    suffixes: frozenset[str] = frozenset()
    """The generational suffixes its full names carry ("jr"; "" for a full name without
    one); empty where not known."""
    middle_names: frozenset[str] = frozenset()
    """The middle names its full names spell out (folded: "thi", "thanh" of "Nguyen Thi
    Thanh Huong"), if any."""

    @once_property
    def spellings(self) -> tuple[str, ...]:
        """The surname as written ("Xi" alone for "Xi Jinping" is not a spelling of it).
        Each written form is keyed once, not each mention."""
        written = dict.fromkeys(map(_SURNAME, self.mentions))
        return tuple(s for s in written if name_key(s) == self.key)

    @once_property
    def surnames(self) -> frozenset[str]:
        """Every surname as written, found once (``spellings`` leaves out the words alone
        that are other people's given names)."""
        return frozenset(map(_SURNAME, self.mentions))

    @once_property
    def given_names(self) -> frozenset[str]:
        return frozenset(filter(None, map(_GIVEN, self.mentions)))

    @once_property
    def family_first(self) -> bool:
        return any(map(_FAMILY_FIRST, self.mentions))

    @once_property
    def middles(self) -> frozenset[str]:
        """The middle initials its full names give ("HW"), if any."""
        return frozenset(m.middle for m in self.mentions if m.middle)

    @once_property
    def offices(self) -> tuple[OfficeRef, ...]:
        """The current offices given to this person, first mention first."""
        return tuple(office for _, office in self.held)

    @once_property
    def held(self) -> tuple[tuple[Mention, OfficeRef], ...]:
        """Each current office given to this person with the mention that gives it, first
        mention first: found once, however many pairs of articles look for holders."""
        return tuple((m, o) for m in self.mentions for o in m.offices if o.current)

    @once_property
    def office_labels(self) -> frozenset[str]:
        return frozenset(o.label for o in self.offices)


@dataclass(frozen=True)
class People:
    """The people of one article, and the surname-only mentions that could be any of
    two or more of them ("Clinton" where Bill and Hillary Clinton are both named)."""

    people: tuple[Person, ...]
    ambiguous: tuple[Mention, ...]
    unconfirmed: tuple[Mention, ...] = ()
    """Full names with no evidence of a person in this article ("Sergei Kostin" once,
    no title): another article that names a person of that surname confirms them."""
    lone: tuple[tuple[str, Mention], ...] = ()
    """Words written alone as a name without evidence of a person here, with their key
    ("Xi, who has not spoken"): another article that names a person of that surname
    confirms them."""
    ordinary: tuple[Mention, ...] = ()
    """Full names without evidence that have an ordinary English word in them ("Rand
    Paul", "Morning Joe"): only another article that gives a person that very name
    confirms them."""


def find_people(article: Article) -> tuple[Person, ...]:
    """Every person of ``article`` with all their linked mentions, in order of first mention."""
    return cluster_people(article).people


def cluster_people(article: Article) -> People:
    """The mentions of ``article`` clustered into people.

    A full name ("Bill Clinton") joins the person of that surname whose given name is
    the same or a nickname of it, else starts a person: Bill and Hillary Clinton are two.
    A surname alone joins the one person of that surname (or the one whose office it
    is given), and is ambiguous when there are more. A name alone that is the given name
    of exactly one person ("Hillary", "President Xi" for "Xi Jinping") is that person.
    Runs without evidence of a person only ever join one already found."""
    alone_runs: list[tuple[str, Mention | Run]] = []
    """Words alone without evidence (most runs of a long article, made mentions of a
    surname alone by ``sentence_runs``) and runs of one name word without evidence, with
    their key: a run is made a mention only when its key names someone (see below)."""
    evidenced: list[tuple[Run, Mention | Run | None]] = []
    """Runs with evidence, each with the given name alone coordinated with it, if any."""
    waiting_runs: list[Run] = []
    words_alone: set[str] = set()
    """The keys of the words the article writes alone as a name ("Zeldin said"): such a
    word is a surname, so a name it ends is not read family name first."""
    add_word, add_alone = words_alone.add, alone_runs.append  # (bound once: most runs
    # of a long article are words alone, each taken in three steps below)
    for sentence in article.content_sentences:
        previous: Mention | Run | None = None
        key: str | None
        for run in in_city(sentence_runs(sentence), sentence.text, article):
            if isinstance(run, Mention):  # a word alone without evidence: most
                key = name_key(run.surname)
                add_word(key)
                add_alone((key, run))
                previous = run
                continue
            if run.headline:
                alone_runs += [
                    (name_key(i.text), word_alone(run.sentence, run.offset, i))
                    for i in run.items
                    if i.kind == "cap"
                ]
                previous = None
                continue
            if len(run.items) == 1:
                key = name_key(run.items[0].text)
            else:
                key = name_key(caps[0].text) if len(caps := _caps(run)) == 1 else None
            if key is not None:
                words_alone.add(key)
            if run.evidence is not None:
                if previous is not None and _shares_surname(article.text, previous, run):
                    alone_runs.pop()  # "Malia and Sasha Obama": Malia Obama
                    evidenced.append((run, previous))
                else:
                    evidenced.append((run, None))
                previous = None
            else:
                if key is not None:
                    alone_runs.append((key, run))
                else:
                    waiting_runs.append(run)
                previous = run
    alone_words = frozenset(words_alone)
    found: list[Mention] = []
    for run, given in evidenced:
        found.append(_mention(article.text, run, run.evidence or "link", alone_words))
        if given is not None:
            found.append(_coordinated(given, found[-1]))
    waiting = [_mention(article.text, run, "link", alone_words) for run in waiting_runs]
    found, waiting = _without_titles_after_names(article.text, found, waiting)
    found = _without_words_of_titles(article.text, found)
    found, waiting = _without_firms(article, found), _without_firms(article, waiting)
    clusters = _Clusters(article.text)
    for mention in found:
        if mention.given:
            clusters.add_full(mention, create=True)
    ambiguous = [
        m
        for m in found
        if not m.given and not (clusters.add_relative(m) or clusters.add_bare(m, create=True))
    ]
    owner = clusters.given_name_owners()
    for key in list(clusters.by_key):
        (only, *more) = clusters.by_key[key]
        if key in owner and not more and not only.given:
            clusters.by_key.pop(key)  # "President Xi" is "Xi Jinping"
            for mention in only.mentions:
                owner[key].add(mention)
    alone = set(map(_KEY_OF_PAIR, alone_runs))
    unconfirmed: list[Mention] = []
    ordinary: list[Mention] = []
    for mention in waiting:  # "Vicente Fox ... Fox": a surname used alone is a name
        if mention.given is None:  # a double-barrelled surname alone joins one person
            if mention.key in clusters.by_key and not clusters.add_bare(mention, create=False):
                ambiguous.append(mention)
            continue
        name_like = _name_like(mention)
        if not clusters.add_full(mention, create=mention.key in alone and name_like):
            (unconfirmed if name_like else ordinary).append(mention)
    lone = []
    for key, run in alone_runs:
        if key in clusters.by_key:
            if isinstance(run, Mention):
                mention = run
            elif len(run.items) > 1:
                mention = _mention(article.text, run, "link", alone_words)
            else:
                mention = _word(run)
            if not clusters.add_bare(mention, create=False):
                ambiguous.append(mention)
        elif key in owner:
            if not isinstance(run, Mention):
                run = _mention(article.text, run, "link", alone_words)
            owner[key].add(run)
        elif isinstance(run, Mention):
            lone.append((key, run))
        elif len(run.items) == 1:
            lone.append((key, _word(run)))
    if lone:
        lone = clusters.add_respelled(lone)
    return People(
        clusters.people(),
        tuple(sorted(ambiguous, key=_START)),
        tuple(unconfirmed),
        tuple(lone),
        tuple(ordinary),
    )


def _without_titles_after_names(
    text: str, found: list[Mention], waiting: list[Mention]
) -> tuple[list[Mention], list[Mention]]:
    """``found`` and ``waiting`` without the titles of shows and works named after a
    person the article names: a full name it writes elsewhere, then an ordinary word
    ("Jimmy Kimmel Live" beside "Jimmy Kimmel"). A name never ends in such a word after
    the whole name of someone else."""
    full = {text[m.start : m.end] for m in (*found, *waiting) if m.given}
    if len(full) < 2:
        return found, waiting

    def is_title(mention: Mention) -> bool:
        head, _, last = text[mention.start : mention.end].rpartition(" ")
        return (
            " " in head
            and head in full
            and is_ordinary_word(last)
            and name_key(last) not in _SUFFIX_WORDS
        )

    return [m for m in found if not is_title(m)], [m for m in waiting if not is_title(m)]


def _without_firms(article: Article, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without the names the article also writes as a firm's (things.py,
    ``firm_names``), where the name opens with no known given name: "Charoen Pokphand
    said" after "Charoen Pokphand Group" (not "Charles Schwab said" beside "Charles
    Schwab Corp": a founder is named after himself); and without a plural in -ies alone
    ("SSI Securities said": things.a_plural_in_ies)."""
    text = article.text
    firms = firm_names(article)
    kept = []
    for m in mentions:
        if m.given:
            if firms and text[m.start : m.end] in firms and not given_name_lexicon().known(m.given):
                continue
        elif m.start == m.surname_start and a_plural_in_ies(m.surname):
            continue  # "SSI Securities said"
        kept.append(m)
    return kept


def _without_words_of_titles(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` without the mentions that are words of the title another mention holds,
    read as names after a role ("His deputy, Joint Commissioner Neelam Chaudhary",
    "Her aide, Acting Director Ravi Kumar"): inside the title, or one ordinary English
    word right before it."""
    titles = sorted((o.start, o.end) for m in found for o in m.offices)
    if not titles:
        return found
    starts = [start for start, _ in titles]
    reach = list(itertools.accumulate((end for _, end in titles), max))
    """The furthest end of the titles up to each: one of them holds a span starting
    after the title's start exactly when it reaches the span's end."""
    opening = set(starts)

    def of_a_title(m: Mention) -> bool:
        if m.given:
            return False
        at = bisect.bisect_right(starts, m.start) - 1
        if at >= 0 and reach[at] >= m.end:
            return True
        return (
            m.end + 1 in opening
            and text[m.end : m.end + 1] == " "
            and is_ordinary_word(text[m.start : m.end])
        )

    return [m for m in found if not of_a_title(m)]


@dataclass
class _Cluster:
    mentions: list[Mention]
    given: set[str] = field(default_factory=set)
    """The given names of the mentions (kept as mentions are added)."""
    suffixed: set[str] = field(default_factory=set)
    """The generational suffix its full names carry ("jr", "iii"; "" for none)."""
    middles: set[str] = field(default_factory=set)
    """The middle initials of its full names ("HW")."""
    middle_words: set[str] = field(default_factory=set)
    """The middle names its full names spell out (folded: "thi", "thanh")."""
    labels: set[str] = field(init=False)
    """The current offices the mentions give (kept as mentions are added)."""
    full_names: set[tuple[str, ...]] = field(default_factory=set)
    """The folded words of its full names (``_Clusters.full_names`` keeps them)."""
    full_names_read: int = 0
    """How many of the mentions ``full_names`` has read (mentions are only appended)."""

    def __post_init__(self) -> None:
        self.labels = {o.label for m in self.mentions for o in m.offices if o.current}

    def add(self, mention: Mention, middle_words: frozenset[str] = frozenset()) -> None:
        self.mentions.append(mention)
        if middle_words:
            self.middle_words.update(middle_words)
        if mention.given:
            self.given.add(mention.given)
        if mention.middle:
            self.middles.add(mention.middle)
        if mention.offices:
            self.labels.update(o.label for o in mention.offices if o.current)

    def takes(
        self, given: str, suffixed: str, middle: str = "", words: frozenset[str] = frozenset()
    ) -> bool:
        """A full name with that given name, suffix, middle initials and middle names
        (``words``) is this person's: the same given name or a nickname of it, a suffix
        where this person's full names have one, and the same one ("Ted Kennedy Jr." is
        not "Edward Kennedy", his father; "Hollis Pruett Sr." is not "Hollis Pruett Jr."),
        the same middle initials where both give some ("George H.W. Bush" is not "George
        W."), and a middle name in common where both spell some out ("Nguyen Thi Lan" is
        not "Nguyen Van Lan", "Andres Manuel Lopez Obrador" is "Andres Lopez Obrador")."""
        if self.suffixed and suffixed not in self.suffixed:
            return False
        if middle and self.middles and middle not in self.middles:
            return False
        if words and self.middle_words and not one_middle_name(words, self.middle_words):
            return False
        names = given_name_lexicon()
        return (
            given in self.given
            or any(names.same_person(given, g) for g in self.given)
            or called_by_a_middle_name({given}, words, self.given)
            or called_by_a_middle_name(self.given, self.middle_words, {given})
        )

    def holds(self, mention: Mention) -> bool:
        """Some current office of ``mention`` is one this person is given."""
        return any(o.label in self.labels for o in mention.offices if o.current)


def _the_one_named_before(group: Sequence[_Cluster], start: int) -> _Cluster | None:
    """The one person of ``group`` first named before ``start``; None when none or
    several are (looked at only until a second is seen: a long article names many)."""
    found = None
    for cluster in group:
        if cluster.mentions[0].start < start:
            if found is not None:
                return None
            found = cluster
    return found


class _Clusters:
    def __init__(self, text: str) -> None:
        self.text = text
        """The article's text, which the mentions' offsets index."""
        self.by_key: dict[str, list[_Cluster]] = {}

    def add_full(self, mention: Mention, create: bool) -> bool:
        """Join the person of that name, or start one when ``create``; False when
        neither."""
        assert mention.given is not None
        key = mention.key
        if not create and key not in self.by_key:
            return False  # no person of that surname to join (most names without evidence)
        group = self.by_key.setdefault(key, [])
        suffix = _suffix_after(self.text, mention.surname_end)
        suffixed = name_key(suffix.group("suffix")) if suffix else ""
        words = _middle_names(self.text, mention)
        target = next(
            (c for c in group if c.takes(mention.given, suffixed, mention.middle, words)), None
        )
        if target is None and len(group) == 1 and not group[0].given:
            target = group[0]  # "Raimondo" first, "Gina Raimondo" later
        if target is None and group:
            target = self._ending(group, mention)
        if target is not None:
            target.add(mention, words)
            if target.given:
                target.suffixed.add(suffixed)
        elif create:
            middles = {mention.middle} if mention.middle else set()
            group.append(_Cluster([mention], {mention.given}, {suffixed}, middles, set(words)))
        elif not group:
            self.by_key.pop(key)
        return target is not None or create

    def _ending(self, group: list[_Cluster], mention: Mention) -> _Cluster | None:
        """The one person of ``group`` whose longer full name ends with all the words of
        ``mention``: "Lopez Obrador" for "Andres Manuel Lopez Obrador" (a surname of two
        words, written without the given names)."""
        words = tuple(_name_words(self.text[mention.start : mention.end]))
        found = [
            cluster
            for cluster in group
            if any(
                len(longer) > len(words) and longer[-len(words) :] == words
                for longer in self._full_names(cluster)
            )
        ]
        return found[0] if len(found) == 1 else None

    def _full_names(self, cluster: _Cluster) -> set[tuple[str, ...]]:
        """The words of each full name of ``cluster``, each new mention read once."""
        for mention in cluster.mentions[cluster.full_names_read :]:
            if mention.given:
                cluster.full_names.add(tuple(_name_words(self.text[mention.start : mention.end])))
        cluster.full_names_read = len(cluster.mentions)
        return cluster.full_names

    def add_respelled(self, lone: list[tuple[str, Mention]]) -> list[tuple[str, Mention]]:
        """Add each word alone that spells the surname of exactly one person another way
        (same skeleton: "Kadhafi" where "Muammar el-Qaddafi" is named) to that person;
        the other words."""
        by_skeleton: dict[str, list[str]] = {}
        for key in self.by_key:
            if len(key) >= _RESPELLED_LENGTH:
                by_skeleton.setdefault(skeleton(key), []).append(key)
        rest = []
        for key, mention in lone:
            found = by_skeleton.get(skeleton(key), []) if len(key) >= _RESPELLED_LENGTH else []
            if len(found) == 1 and len(group := self.by_key[found[0]]) == 1:
                if variant_score(key, found[0]) > 0:
                    group[0].add(mention)
                    continue
            rest.append((key, mention))
        return rest

    def add_relative(self, mention: Mention) -> bool:
        """A word alone introduced as someone's relative ("his father, King Salman") where
        a person of that surname is named in full: another person of that family, not that
        one (False when it is not such a word)."""
        group = self.by_key.get(mention.key)
        if mention.evidence != "kin" or not group or not any(c.given for c in group):
            return False
        group.append(_Cluster([mention]))
        return True

    def add_bare(self, mention: Mention, create: bool) -> bool:
        """Join the one person the surname can be: the one given the mention's office, else
        the one named before it (a reader takes "Li said" for the Li named so far, not for
        one named later); False when it could be several."""
        key = mention.key
        group = self.by_key.setdefault(key, [])
        if not group:
            if create:
                group.append(_Cluster([mention]))
            else:
                self.by_key.pop(key)
            return True
        suffix = _suffix_after(self.text, mention.surname_end)
        if suffix is not None:  # "Guerrero Jr." is no person of another suffix
            suffixed = name_key(suffix.group("suffix"))
            group = [c for c in group if not _other_generation(c, suffixed)]
            if not group:  # "Guerrero Jr." beside "Vladimir Guerrero Sr." alone: the son
                self.by_key[key].append(_Cluster([mention], suffixed={suffixed}))
                return True
        if len(group) > 1:  # the one given the mention's office, else the one named before
            holding = [c for c in group if c.holds(mention)] if mention.offices else []
            if not holding:
                before = _the_one_named_before(group, mention.start)
                if before is None:
                    return False
                before.add(mention)
                return True
            group = holding
        if len(group) != 1:
            return False
        group[0].add(mention)
        return True

    def given_name_owners(self) -> dict[str, _Cluster]:
        """Given name -> the one person who bears it. A name written alone may be the
        first of a full name: "Hillary" for "Hillary Clinton", "Xi" for "Xi Jinping"
        (family name first)."""
        owners: dict[str, list[_Cluster]] = {}
        for key, group in self.by_key.items():
            for cluster in group:
                for given in cluster.given:
                    if name_key(given) != key:
                        owners.setdefault(name_key(given), []).append(cluster)
        return {given: found[0] for given, found in owners.items() if len(found) == 1}

    def people(self) -> tuple[Person, ...]:
        people = []
        for key, group in self.by_key.items():
            for cluster in group:
                ident = key if len(group) == 1 else f"{min(cluster.given, default='')} {key}"
                if len(group) > 1 and cluster.middles:
                    ident = f"{ident} {min(cluster.middles)}"  # "george bush HW"
                if cluster.middle_words and _namesake_in(group, cluster):
                    ident = f"{ident} {min(cluster.middle_words)}"  # "nguyen lan thi"
                if len(group) > 1 and (suffix := max(cluster.suffixed, default="")):
                    ident = f"{ident} {suffix}"  # "robert dalton sr" beside "robert dalton jr"
                mentions = tuple(sorted(cluster.mentions, key=_START))
                suffixes = frozenset(cluster.suffixed) | _generation_beside(group, cluster)
                middle_names = frozenset(cluster.middle_words)
                people.append(Person(key, mentions, ident.strip(), suffixes, middle_names))
        return tuple(sorted(people, key=lambda p: p.mentions[0].start))


def _namesake_in(group: Sequence[_Cluster], cluster: _Cluster) -> bool:
    """Another person of ``group`` has ``cluster``'s given name (its middle names tell
    the two apart)."""
    return any(other is not cluster and other.given & cluster.given for other in group)


def _other_generation(cluster: _Cluster, suffixed: str) -> bool:
    """The person's full names carry a suffix, none of them ``suffixed``: "Vladimir
    Guerrero Sr." for "Guerrero Jr."."""
    written = cluster.suffixed - {""}
    return bool(cluster.given and written) and suffixed not in written


_OTHER_GENERATION = {"jr": "sr", "sr": "jr"}


def _generation_beside(group: Sequence[_Cluster], cluster: _Cluster) -> frozenset[str]:
    """The suffix a full name written without one has where the article names the same
    given name and surname with "Jr." or "Sr." as another person: "Raymond Whitfield"
    beside "Raymond Whitfield Jr." is the father, so across articles he is the one
    another report calls "Raymond Whitfield Sr." (none otherwise)."""
    if len(group) == 1 or cluster.suffixed != {""} or not cluster.given:
        return frozenset()  # (most people have no namesake of their surname)
    names = given_name_lexicon()
    namesakes = [
        other
        for other in group
        if other is not cluster
        and any(
            g in other.given or names.same_person(g, o) for g in cluster.given for o in other.given
        )
    ]
    if len(namesakes) != 1 or len(namesakes[0].suffixed) != 1:
        return frozenset()
    implied = _OTHER_GENERATION.get(next(iter(namesakes[0].suffixed)))
    return frozenset((implied,)) if implied else frozenset()


_RESPELLED_LENGTH = 5
"""Shorter words share a skeleton with too many other names to be read as a respelling."""

_SUFFIX_AFTER = regex(r",? (?P<suffix>(?:Jr|Sr)\.?|II|III|IV)(?!\w)")
"""A generational suffix right after a name: "Ted Kennedy Jr.", "Martin Luther King III".
It is part of the name as written (the mention's span), not of its surname."""

_SUFFIX_LETTERS = "JSI"
"""The first letters of the suffixes ``_SUFFIX_AFTER`` reads."""


def _suffix_after(text: str, end: int) -> re.Match[str] | None:
    """``_SUFFIX_AFTER`` matched at ``end``: it reads a suffix whose first letter stands
    one or two characters on (after a space, or a comma and a space), which most names,
    followed by another word, do not have, so those two letters tell without the regex."""
    if text[end + 1 : end + 2] not in _SUFFIX_LETTERS and text[end + 2 : end + 3] not in (
        _SUFFIX_LETTERS
    ):
        return None
    return _SUFFIX_AFTER.match(text, end)


SUFFIXES_WRITTEN = {"jr": "Jr.", "sr": "Sr.", "ii": "II", "iii": "III", "iv": "IV"}
"""Each generational suffix's key and how a name writes it."""
_SUFFIX_WORDS = frozenset(SUFFIXES_WRITTEN)


_NAME_WORD_GAP = regex(r"[\s\-\u2010]+")


def _name_words(written: str) -> list[str]:
    """The folded words of a written name ("López Obrador" -> ["lopez", "obrador"])."""
    words = map(name_key, _NAME_WORD_GAP.split(written))
    return [key for key in words if key and key not in _SUFFIX_WORDS]


def _caps(run: Run) -> list[Item]:
    return [i for i in run.items if i.kind == "cap"]


def _name_like(mention: Mention) -> bool:
    """Neither word of the name is an ordinary English word ("Morning Joe")."""
    assert mention.given is not None
    return not is_ordinary_word(mention.given) and not is_ordinary_word(mention.surname)


def _shares_surname(text: str, given: Mention | Run, full: Run) -> bool:
    """A given name alone joined by "and" to a full name: "Malia and Sasha Obama"."""
    word = _one_word(given)
    caps = [i for i in full.items if i.kind == "cap"]
    return (
        word is not None
        and len(caps) > 1
        and text[word[1] : full.offset + full.items[0].start] == " and "
        and given_name_lexicon().known(fold(word[2]))
    )


def _one_word(written: Mention | Run) -> tuple[int, int, str] | None:
    """Where a word alone starts and ends in the article, and the word; None for a run
    of several words."""
    if isinstance(written, Mention):
        return written.start, written.end, written.surname
    if len(written.items) != 1:
        return None
    item = written.items[0]
    return written.offset + item.start, written.offset + item.end, item.text


def _coordinated(given: Mention | Run, full: Mention) -> Mention:
    word = _one_word(given)
    assert word is not None  # _shares_surname found one word
    return Mention(
        sentence=given.sentence,
        start=word[0],
        end=word[1],
        surname_start=full.surname_start,
        surname_end=full.surname_end,
        surname=full.surname,
        given=_given_key([name_key(word[2])]),
        offices=(),
        evidence=full.evidence,
    )


def _word(run: Run) -> Mention:
    """``_mention`` of a run of one word (a surname alone)."""
    (item,) = run.items
    start, end = run.offset + item.start, run.offset + item.end
    offices = tuple(run.offices)
    return new_mention(
        (run.sentence, start, end, start, end, item.text, None, offices, "link", False, "")
    )


def _mention(text: str, run: Run, evidence: Evidence, alone: frozenset[str]) -> Mention:
    """The mention a run of name words (in ``text``, the article) makes."""
    names = [i for i in run.items if i.kind in ("cap", "initial")]
    caps = [i for i in names if i.kind == "cap"]
    keys = [name_key(c.text) for c in caps]
    east_asian = keys[-1] not in alone and family_first(keys)
    given: str | None
    if east_asian:
        surname = [caps[0]]  # "Kim Yong Chol": Kim, yongchol
        given = "".join(keys[1:])
    else:
        head = len(caps) - 1
        if head and (
            text[run.offset + caps[head - 1].end : run.offset + caps[head].start] == "-"
            or (head >= 2 and _SERVANT_OF.fullmatch(keys[head - 1]))
        ):
            if keys[head - 1] not in PARTICLES:  # "Al-Tamimi" is Tamimi
                head -= 1  # a double-barrelled surname: "Yvette Townsend-Saunders"; "Hayan
                # Abdul Ghani" as "Hayan Abdul-Ghani" (a "servant of" name after a given one)
        surname = caps[head:]
        if head >= 2 and _conjoined(text, run, caps, head):
            head -= 1  # "Jordi Puigvert i Casals": known as Puigvert
            surname = caps[head : head + 1]
        if head >= 3 and keys[head - 1] == "al" and _patronymic_before(text, run, caps, head - 2):
            head -= 2  # "Faisal bin Farhan Al Saud": known as Faisal bin Farhan
            surname = caps[head : head + 1]
        given = _given_key(keys[:head]) if head and not _particles_only(keys[:head]) else None
        if given is not None and _initial_for_the_given_name(names, caps):
            given = names[0].text.lower()  # "T. Zulkarnain Hasan": Teuku, called Zulkarnain
        elif given is not None and (written_short := _given_name_written_short(names, caps)):
            given = written_short  # "Wm. Harrison Tate": William Harrison Tate
    middle = _middle_initials(names, surname[0])
    if given is None and not east_asian:
        initials = _initials_before(names, surname[0])
        if len(initials) > 1:  # "J.D. Vance", "JD Vance": a given name written as initials
            given, middle = initials[0].lower(), initials[1:]
    start, end = run.offset + surname[0].start, run.offset + surname[-1].end
    if not east_asian and _irish_o_before(text, start):
        start -= 2  # "Ó Briain": the surname is "Ó Briain", as "O'Brien" is one
    written_end = run.offset + names[-1].end
    suffix = None if east_asian else _suffix_after(text, written_end)
    if suffix and (given or name_key(suffix["suffix"]) in _OTHER_GENERATION):
        written_end = suffix.end()  # "Robert F. Kennedy Jr.", "Guerrero Jr.": written with
        # it; not the regnal number of a name alone ("Elizabeth II")
    return new_mention(
        (
            run.sentence,
            min(run.offset + names[0].start, start),
            written_end,
            start,
            end,
            text[start:end],
            given,
            tuple(run.offices),
            evidence,
            east_asian,
            middle,
        )
    )


def _initial_for_the_given_name(names: Sequence[Item], caps: Sequence[Item]) -> bool:
    """One initial opens the name before two name words or more: it stands for the given
    name (or a clan name written first, as Meitei and Acehnese names are: "L. Romen
    Singh" for Laishram Romen Singh, "T. Zulkarnain Hasan" for Teuku Zulkarnain Hasan),
    and the words after it are middle names the person may be called by ("J. Edgar
    Hoover"): "N. Romen Singh" is someone else."""
    return (
        len(names) > len(caps) >= 2
        and names[0].kind == "initial"
        and (len(names[0].text) == 1 or _clan_initials(names[0].text))
        and names[1] is caps[0]
    )


def _clan_initials(text: str) -> bool:
    """A clan name written short in two letters ("Th." Thokchom), no given name written
    short ("Wm.", "Md.": segment.GIVEN_NAME_ABBREVIATIONS)."""
    return is_name_abbreviation(text) and text.lower() not in GIVEN_NAME_ABBREVIATIONS


def _given_name_written_short(names: Sequence[Item], caps: Sequence[Item]) -> str | None:
    """The given name a name written short opens the name with ("Wm. Harrison Tate":
    william; segment.GIVEN_NAME_ABBREVIATIONS), before two name words or more; the words
    after it are middle names. None for any other name."""
    if not (len(names) > len(caps) >= 2 and names[0].kind == "initial" and names[1] is caps[0]):
        return None
    return GIVEN_NAME_ABBREVIATIONS.get(names[0].text.lower())


def called_by_a_middle_name(
    given: Set[str], middle_names: Set[str], others_given: Set[str]
) -> bool:
    """A name whose given name is an initial (``_initial_for_the_given_name``) and whose
    middle name is the other's given name or a form of it (given_names.same_person):
    one person, called by that middle name ("J. Edgar Hoover" / "Edgar Hoover", "L.
    Romen Singh" / "Romen Singh")."""
    if not any(len(g) == 1 for g in given):
        return False
    names = given_name_lexicon()
    return any(m == g or names.same_person(m, g) for m in middle_names for g in others_given)


def _irish_o_before(text: str, start: int) -> bool:
    """An Irish "Ó" written apart right before the surname at ``start``
    (name_words.IRISH_O), as a word of its own."""
    return (
        text[start - 1 : start] == " "
        and text[start - 2 : start - 1] in IRISH_O
        and (start == 2 or text[start - 3].isspace())
    )


def _initials_before(names: Sequence[Item], surname: Item) -> str:
    """The letters of the initials before the surname: "JD" in "J.D. Vance" and in "JD
    Vance"."""
    return "".join(i.text for i in names if i.kind == "initial" and i.start < surname.start)


def _conjoined(text: str, run: Run, caps: Sequence[Item], k: int) -> bool:
    """Name word ``k`` is a second surname joined to the one before it by a Catalan "i"
    or a Spanish "y" (name_words.SURNAME_CONJUNCTIONS)."""
    gap = text[run.offset + caps[k - 1].end : run.offset + caps[k].start]
    return gap.strip() in SURNAME_CONJUNCTIONS


_PATRONYMIC = regex(r"\b(?:bin|ibn|bint)\b")


def _patronymic_before(text: str, run: Run, caps: Sequence[Item], k: int) -> bool:
    """A lower-case "bin", "ibn" or "bint" stands right before name word ``k``: it is a
    father's name, which the person is known by when a dynasty ("Al Saud") follows."""
    gap = text[run.offset + caps[k - 1].end : run.offset + caps[k].start]
    return _PATRONYMIC.search(gap) is not None


def _middle_names(text: str, mention: Mention) -> frozenset[str]:
    """The middle names a full name spells out between its given name and its surname
    (folded, particles included, without initials, the words of the given name itself
    ("Abu Bakr") or a particle joined to the surname by a hyphen ("al-")), and the names
    run together where there are several ("Abdel Rahim" is "Abdelrahim"): "thi", "thanh",
    "thithanh" in "Nguyen Thi Thanh Huong", "bin", "hamad" in "Said bin Hamad
    al-Busaidi"; none for a name read family name first, or a given name coordinated
    with another before one surname ("Malia" of "Malia and Sasha Obama")."""
    if mention.family_first or not mention.given or mention.end < mention.surname_end:
        return frozenset()
    words = text[mention.start : mention.surname_start].split()[1:]
    if not words:
        return frozenset()  # (most full names: a given name and a surname)
    keys = [
        _PARTICLE_SPELLINGS.get(key, key)
        for word in words
        if len(key := name_key(word)) > 1
        and word[-1] not in ".-\u2010"
        and key not in mention.given
    ]
    names = [key for key in keys if key not in PARTICLES]
    return frozenset(keys + ["".join(names)] if len(names) > 1 else keys)


_PARTICLE_SPELLINGS = {"el": "al", "ul": "al", "ben": "bin", "ibn": "bin", "binti": "bint"}
"""The Arabic article and the Semitic "son of" and "daughter of" as romanisations write
them apart: one word each ("Mohamed El Sayed" / "al-Sayed", "Nouri Ben Khalifa" / "Nuri
Bin Khalifa", "Nor Azlina binti Ismail" / "bint Ismail")."""


def one_middle_name(a: Set[str], b: Set[str]) -> bool:
    """Some middle name of ``a`` is one of ``b``, or spelt another way ("Javad" / "Jawad").
    Particles are compared only where one of the two spells out no other middle name:
    "bin Ali al-" and "bin Hamad al-" name two fathers, "bin Rashid Al" and "Al" may be
    one man, and the Vietnamese "Van" (which folds to the Dutch particle) is no "Thi"."""
    names_a, names_b = a - PARTICLES, b - PARTICLES
    if names_a and names_b:
        a, b = names_a, names_b
    return any(x == y or variant_score(x, y) > 0 for x in a for y in b)


def _middle_initials(names: Sequence[Item], surname: Item) -> str:
    """The initials between a name's first word and its surname: "HW" in "George H.W.
    Bush", "" in "J. Smith" (an initial for the given name)."""
    return "".join(i.text for i in names[1:] if i.kind == "initial" and i.start < surname.start)


_SERVANT_OF = regex(r"^abd(?:ul|el|al|oul|ol)?")
"""Arabic "servant of" names, written "Abd al-Rahman", "Abdul Rahman", "Abdelrahman"."""

_SERVANT_OF_JOINED = regex(r"^abd(?:ul|el|al|oul|ol)(?=[a-z]{4})")
"""The same written as one word ("Abdelrahman"; "Abdullah" is a name of its own)."""


_FATHER_OF = frozenset(("abu", "abou"))
"""Arabic "father of" names: "Abu Bakr" is one given name, as "Abd al-Rahman" is."""


def _particles_only(keys: Sequence[str]) -> bool:
    """The words before the surname are all particles: "Al-Baghdadi", "Van Buren" have
    no given name."""
    return all(key in PARTICLES for key in keys) and keys[0] not in _FATHER_OF


def _given_key(keys: Sequence[str]) -> str:
    """The given name of a name's words before the surname (letters only, "Mu'ammar" is
    "muammar"): the first, or the first two where the first is "Abd" / "Abdul" or
    "Abu"."""
    if len(keys) > 1 and (_SERVANT_OF.fullmatch(keys[0]) or keys[0] in _FATHER_OF):
        return _SERVANT_OF.sub("abd", keys[0] + keys[1])
    return _SERVANT_OF_JOINED.sub("abd", keys[0])


def confirmed(
    people: tuple[Person, ...],
    unconfirmed: tuple[Mention, ...],
    keys: set[str] | frozenset[str],
    lone: tuple[tuple[str, Mention], ...] = (),
    others: Iterable[Person] = (),
    ordinary: tuple[Mention, ...] = (),
    text: str = "",
) -> tuple[Person, ...]:
    """``people`` and the unconfirmed full names and lone words whose surname another
    article gives a person of (``keys``), one person per surname, where this article has
    none of it. Where this article has a person of that surname, an unconfirmed full name
    is a relative or namesake of theirs only when another article gives a person of
    ``others`` that very name ("Rand Paul" beside "Ron Paul"), as is a full name with an
    ordinary word in it (``ordinary``: "Rand Paul" alone). ``text``, the article's, gives
    such a relative's middle names ("Nguyen Van Lan" beside "Nguyen Thi Lan")."""
    own = {p.key for p in people}
    found: dict[str, list[Mention]] = {}
    beside: dict[str, list[Mention]] = {}
    elsewhere: dict[str, set[str]] | None = None
    for mention in unconfirmed:
        if mention.key not in keys:
            continue
        if mention.key not in own:
            found.setdefault(mention.key, []).append(mention)
            continue
        if elsewhere is None:
            elsewhere = _given_names_by_key(others, keys)
        if _named_elsewhere(mention, elsewhere.get(mention.key, set())):
            beside.setdefault(f"{mention.given} {mention.key}", []).append(mention)
    for mention in ordinary:
        if mention.key not in keys:
            continue
        if elsewhere is None:
            elsewhere = _given_names_by_key(others, keys)
        if _named_elsewhere(mention, elsewhere.get(mention.key, set())):
            ident = f"{mention.given} {mention.key}" if mention.key in own else mention.key
            beside.setdefault(ident, []).append(mention)
    for key, mention in lone:
        if key in keys and key not in own:
            found.setdefault(key, []).append(mention)
    if not found and not beside:
        return people
    names = given_name_lexicon()
    added = [
        Person(key, tuple(sorted(mentions, key=_START)), key)
        for key, mentions in found.items()
        if all(names.same_person(m.given or "", mentions[0].given or "") for m in mentions)
    ] + [
        Person(
            mentions[0].key,
            tuple(sorted(mentions, key=_START)),
            ident,
            middle_names=frozenset().union(*(_middle_names(text, m) for m in mentions)),
        )
        for ident, mentions in beside.items()
    ]
    return tuple(sorted(people + tuple(added), key=lambda p: p.mentions[0].start))


def _given_names_by_key(
    others: Iterable[Person], keys: set[str] | frozenset[str]
) -> dict[str, set[str]]:
    """Surname -> the given names other articles give persons of it (confirming surnames
    only)."""
    found: dict[str, set[str]] = {}
    for person in others:
        if person.key in keys and person.given_names:
            found.setdefault(person.key, set()).update(person.given_names)
    return found


def _named_elsewhere(mention: Mention, given_names: set[str]) -> bool:
    """The mention's given name is one of ``given_names`` or a nickname of one."""
    if mention.given is None:
        return False
    names = given_name_lexicon()
    return mention.given in given_names or any(
        names.same_person(mention.given, g) for g in given_names
    )
