"""The lexicons the name detectors read: offices, places and nations, given names and
nicknames, honorifics and customary titles, common surnames, and nouns by kind (a person,
a ship, a storm, an organisation).

They ship as plain-text files in ``tui/engine/data/`` so a reviewer can extend them
without touching code (each file's header says how). Each is parsed once, on first use.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from tui.engine.datafiles import data_lines
from tui.engine.prepared import prepared_from
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold


@dataclass(frozen=True, slots=True)
class Office:
    label: str
    """Canonical name: "Finance Minister" for "Treasury Secretary" and "Secretary of the
    Treasury" alike."""
    unique: bool
    """One holder per country at a time: naming two people for it is a conflict."""
    local: bool = False
    """One holder per place (a state's governor, a city's mayor): a conflict only where
    both name the same place."""
    organisational: bool = False
    """One holder per organisation (a company's chief executive, a club's coach): a
    conflict only where both name the same organisation ("Kessler's chief executive");
    "the club's coach" names none (the club the article is about)."""
    own_bodies: frozenset[str] = frozenset()
    """Nouns for the body the office heads anyway ("court" for a chief justice): "the
    court's chief justice" is the chief justice, not another court's."""


@dataclass(frozen=True)
class OfficeLexicon:
    forms: tuple[str, ...]
    """Every alias in its usual capitalisations."""
    aliases: dict[str, tuple[Office, str | None]]
    """Normalised alias -> (office, country the wording implies)."""
    modifiers: frozenset[str]
    standins: frozenset[str]
    """Words for a holder for now ("acting"): the office stays the same and current."""
    honorific_forms: tuple[str, ...]
    """Courtesy titles and ranks, capitalised as they stand before a name."""

    def lookup(self, matched: str) -> tuple[Office, str | None]:
        return self.aliases[_alias_key(matched)]

    titles: dict[tuple[str, str], str]
    """(label, country) -> how that country names the office ("Treasury Secretary")."""
    portfolios: dict[str, frozenset[str]]
    """Label of an office a portfolio in front makes one office of one country
    ("Minister": "Economy Minister") -> the words in front that name no portfolio but a
    rank, a body or a party ("cabinet", "junior")."""
    statewide: frozenset[str]
    """Labels of the local offices whose place is a state ("Governor")."""
    citywide: frozenset[str]
    """Labels of the local offices whose place is a city ("Mayor", "Police Chief")."""
    alongside: frozenset[str]
    """Labels of the offices of a party, held alongside a public one ("Leader"): they
    say nothing of where their holder serves."""
    state_offices: dict[str, str]
    """Label of a US federal office that a state has too -> the state office's label
    ("Foreign Minister" -> "Secretary of State")."""

    def knows(self, text: str) -> bool:
        return _alias_key(text) in self.aliases

    @cached_property
    def organisational(self) -> frozenset[str]:
        """The labels of the offices one person holds per organisation."""
        return frozenset(o.label for o, _ in self.aliases.values() if o.organisational)

    @cached_property
    def title_forms(self) -> tuple[str, ...]:
        """The forms written with a capital, as a title before a name ("Vice Premier")."""
        return tuple(form for form in self.forms if form[0].isupper())

    @cached_property
    def lower_forms(self) -> tuple[str, ...]:
        """The forms written in lower case ("chief of staff")."""
        return tuple(form for form in self.forms if form[0].islower())

    def title(self, label: str, country: str | None) -> str:
        """The office as the country names it, else its label."""
        return self.titles.get((label, country or ""), label)


@dataclass(frozen=True)
class PlaceLexicon:
    forms: tuple[str, ...]
    """Every country, place and organisation form, case-sensitive."""
    country: dict[str, str]
    """Country form ("U.S.", "Chinese", "Sino-") -> country code."""
    org_words: frozenset[str]
    time_words: frozenset[str]
    cities: frozenset[str] = frozenset()
    """Country forms that are cities ("London", "Kyiv"): the place of a city's office."""
    states: frozenset[str] = frozenset()
    """The states of the United States, folded ("michigan", "new york")."""
    state_forms: tuple[str, ...] = ()
    """The states of the United States as written ("Michigan", "New York")."""

    @cached_property
    def state_pattern(self) -> re.Pattern[str]:
        """Any state of the United States as a whole word."""
        names = sorted(self.state_forms, key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b")

    @cached_property
    def gazetteer(self) -> frozenset[str]:
        """Cities of the gazetteer (data/cities.txt, GeoNames: "San Antonio", "Portland")
        and the first-level regions of every country (data/regions.txt, ISO 3166-2:
        "Tamil Nadu", "Jalisco"). Read on first use: only the people detectors ask for it."""
        return self.city_names | self.region_names

    @cached_property
    def region_names(self) -> frozenset[str]:
        """The first-level regions of every country alone (data/regions.txt), no city."""
        return frozenset(data_lines("regions.txt"))

    @cached_property
    def city_names(self) -> frozenset[str]:
        """The cities of the gazetteer alone (data/cities.txt), no region."""
        return frozenset(data_lines("cities.txt"))

    @cached_property
    def city_phrases(self) -> tuple[str, ...]:
        """The gazetteer's names of two words or more ("San Antonio", "Tamil Nadu"): a
        place wherever they stand, never a person. A city or region of one word
        ("Portland", "Houston") is also a surname, so it is a place only where the
        wording asks for one ("Police Chief X of Portland")."""
        return tuple(sorted(name for name in self.gazetteer if " " in name))

    @cached_property
    def folded_cities(self) -> frozenset[str]:
        return frozenset(fold(city) for city in self.cities)

    def country_of(self, form: str) -> str | None:
        return self.country.get(" ".join(form.split()))

    def is_place(self, word: str) -> bool:
        """A country, place, organisation word or time word written as ``word``."""
        return (
            word in self.country
            or word in self.org_words
            or word in self.time_words
            or word in self._single_forms
        )

    @cached_property
    def _single_forms(self) -> frozenset[str]:
        return frozenset(form for form in self.forms if " " not in form)


MAX_CONTRACTION = 4
"""The most letters of a contracted given name (``GivenNames.contracted``)."""

_VOWELS = frozenset("aeiouy")
_ANY_VOWEL = str.maketrans("eiouy", "aaaaa")
_O_OR_U = frozenset("ou")

MIN_CUT_SHORT = 4
"""The fewest letters of a given name cut short (``GivenNames.cut_short``): "Bal" of
"Balendra" could begin many names."""


@dataclass(frozen=True)
class GivenNames:
    groups: dict[str, frozenset[str]]
    """Folded given name -> the formal names it stands for (itself included)."""
    listed: frozenset[str]
    """Given names of the census list (given_names.txt), folded."""
    sexes: dict[str, str]
    """Folded given name -> "m" or "f", for names borne (nearly) by one sex only."""
    languages: dict[str, frozenset[str]]
    """Folded given name -> the English names it is a form of in another language
    (given_name_equivalents.txt: "oleksandr" -> {"alexander"})."""

    def known(self, name: str) -> bool:
        """A given name of the nickname table, the census list or a form of one in another
        language (given_name_equivalents.txt: "vladimir", "sergei")."""
        return name in self.groups or name in self.listed or name in self.languages

    def same_person(self, a: str, b: str) -> bool:
        """True when two given names may name one person: equal, a nickname of the other,
        both short forms of one formal name, or an initial of the other."""
        if a == b:
            return True
        if len(a) == 1 or len(b) == 1:
            return a[0] == b[0]
        short, long = sorted((a, b), key=len)
        if _clan_initials(short) and len(long) > len(short):
            return long.startswith(short)  # "th" (Meitei "Th.") for Thokchom
        return bool(self.groups.get(a, {a}) & self.groups.get(b, {b}))

    def one_name(self, a: str, b: str) -> bool:
        """``same_person``, or two forms of one name in two languages (Oleksandr /
        Alexander): the given names of one person, though one may be spelled unlike the
        other."""
        if self.same_person(a, b) or self.cut_short(a, b) or self.contracted(a, b):
            return True
        forms_a, forms_b = self.languages.get(a), self.languages.get(b)
        return forms_a is not None and forms_b is not None and bool(forms_a & forms_b)

    def cut_short(self, a: str, b: str) -> bool:
        """One given name is the other cut short, as South Asian and other names are
        (Balendra / Balen, Surendra / Suren): the shorter, of four letters or more, begins
        the longer, which has two letters or more besides. Two names of the census list
        are two names (Joan / Joanna, Carl / Carla), and so are a man's and a woman's."""
        short, long = sorted((a, b), key=len)
        return (
            len(short) >= MIN_CUT_SHORT
            and len(long) - len(short) >= 2
            and long.startswith(short)
            and not (short in self.listed and long in self.listed)
            and not self.opposite_sexes(a, b)
        )

    def contracted(self, a: str, b: str) -> bool:
        """One given name is the other written as a contraction, its first letters and its
        last kept (Mohd / Muhammad, Wm / William): the shorter, of four letters or fewer and
        in no census list, ends in two consonants that stand apart in the longer, its
        second letter is the longer's (an o for a u: never Mohd / Mahmoud), and its letters
        are the longer's in order (a vowel for any vowel)."""
        short, long = sorted((a, b), key=len)
        if not (
            2 <= len(short) <= MAX_CONTRACTION < len(long) - 2
            and short[0] == long[0]
            and short[-1] == long[-1]
            and (short[1] == long[1] or {short[1], long[1]} <= _O_OR_U)
            and not _VOWELS.intersection(short[-2:])
            and short not in self.listed
        ):
            return False
        letters = iter(long.translate(_ANY_VOWEL))
        in_order = all(letter in letters for letter in short.translate(_ANY_VOWEL))
        return in_order and short[-2:] not in long

    def opposite_sexes(self, a: str, b: str) -> bool:
        """A man's name and a woman's (Daniel / Daniela, Mario / Maria): two people, however
        alike the spellings."""
        x, y = self.sexes.get(a), self.sexes.get(b)
        return x is not None and y is not None and x != y


def _alias_key(text: str) -> str:
    return " ".join(fold(text).split())


def alternation(forms: Iterable[str], name: str) -> str:
    """A pattern matching any of ``forms`` (the longest that fits) and ending at a word
    end. The forms are merged into a trie, so it costs little more than one form.

    The forms are taken in sorted order, so that the same forms always give the same
    pattern text (a set's order changes with string hashing), which ``prepared_pattern``
    recognises from one run to the next. The order matches nothing differently: the
    branches of a trie node start with different characters. The text itself is kept
    between runs too, under ``name`` (one name per lexicon), in the prepared cache:
    building the tries of every office and place takes about 45 ms a run."""
    return _alternation(tuple(sorted(forms)), name)


@lru_cache(maxsize=16)
def _alternation(forms: tuple[str, ...], name: str) -> str:
    """``alternation`` of sorted forms, built once: the people and the contradiction
    detectors both ask for the office titles and the place names."""
    return prepared_from(
        f"alternation-{name}",
        ["\n".join(forms).encode("utf-8", "surrogatepass")],
        lambda: _trie_alternation(forms),
    )


def _trie_alternation(forms: tuple[str, ...]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in forms:
        node = trie
        for unit in re.findall(r"\s+|.", form.strip()):
            node = node.setdefault(" " if unit.isspace() else unit, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + r")(?!\w)"


def _trie_pattern(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    branches = [
        (r"\s+" if unit == " " else re.escape(unit)) + _trie_pattern(child)
        for unit, child in node.items()
        if unit
    ]
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _split(values: str) -> list[str]:
    return [v.strip() for v in values.split(";") if v.strip()]


@cache
def offices() -> OfficeLexicon:
    aliases: dict[str, tuple[Office, str | None]] = {}
    written: list[str] = []
    modifiers: list[str] = []
    honorifics: list[str] = []
    standins: list[str] = []
    titles: dict[tuple[str, str], str] = {}
    state_offices: dict[str, str] = {}
    portfolios: dict[str, frozenset[str]] = {}
    statewide: list[str] = []
    citywide: list[str] = []
    alongside: list[str] = []
    for line in data_lines("offices.txt"):
        if line.startswith("modifier:"):
            modifiers += _split(line.partition(":")[2])
            continue
        if line.startswith("standin:"):
            standins += _split(line.partition(":")[2])
            continue
        if line.startswith("honorific:"):
            honorifics += _split(line.partition(":")[2])
            continue
        if line.startswith("portfolio:"):
            label, _, others = line.partition(":")[2].partition("|")
            portfolios[label.strip()] = frozenset(fold(w) for w in _split(others))
            continue
        if line.startswith("statewide:"):
            statewide += _split(line.partition(":")[2])
            continue
        if line.startswith("citywide:"):
            citywide += _split(line.partition(":")[2])
            continue
        if line.startswith("alongside:"):
            alongside += _split(line.partition(":")[2])
            continue
        if line.startswith("state:"):
            for pair in _split(line.partition(":")[2]):
                federal, _, state = pair.partition("=")
                state_offices[federal.strip()] = (state or federal).strip()
            continue
        label, holders, alias_list, *bodies = (part.strip() for part in line.split("|"))
        office = Office(
            label,
            holders == "one",
            holders == "local",
            holders == "organisation",
            frozenset(fold(b) for body in bodies for b in _split(body)),
        )
        for alias in _agency_head_aliases(_split(alias_list)):
            country, _, wording = alias.rpartition(":") if ":" in alias else ("", "", alias)
            aliases[_alias_key(wording)] = (office, country.strip() or None)
            written.append(wording.strip())
            if country.strip():
                titles.setdefault((label, country.strip()), _title_case(wording.strip()))
    for noun in office_nouns():
        if _alias_key(noun) not in aliases:
            aliases[_alias_key(noun)] = (Office(noun.capitalize(), False, False, True), None)
            written.append(noun)
    capitalised = tuple(h[0].upper() + h[1:] for h in honorifics)
    forms = tuple(v for alias in written for v in _case_variants(alias))
    return OfficeLexicon(
        forms=forms,
        honorific_forms=capitalised,
        aliases=aliases,
        modifiers=frozenset(fold(m) for m in modifiers),
        standins=frozenset(fold(m) for m in standins),
        titles=titles,
        state_offices=state_offices,
        portfolios=portfolios,
        statewide=frozenset(statewide),
        citywide=frozenset(citywide),
        alongside=frozenset(alongside),
    )


@cache
def office_nouns() -> frozenset[str]:
    """Nouns for an office one person holds in a body ("rector", "provost", "bishop";
    data/office_nouns.txt, from WordNet by tools/build_office_nouns.py): offices of an
    organisation, as those of offices.txt held one per organisation are ("Rector X of
    Semmelweis University")."""
    return frozenset(line.partition("\t")[0] for line in data_lines("office_nouns.txt"))


_SMALL_WORDS = frozenset("of the and for to on in".split())

_AGENCY_HEAD_ROLES = ("director", "administrator", "chief", "head", "commissioner")
"""Words reporters use alike for the head of an agency known by its initials: "FEMA
director" and "FEMA administrator" name one office."""

_AGENCY_HEAD_PHRASES = ("director", "head")
"""The head roles also written "<role> of the <initials>" and "the <initials>'s <role>"
(besides the office's own role)."""

_AGENCY_HEAD = regex(rf"^(?P<agency>[A-Z]{{2,5}}) (?P<role>{'|'.join(_AGENCY_HEAD_ROLES)})$")


def _agency_head_aliases(aliases: list[str]) -> list[str]:
    """``aliases`` and, for each "<initials> <head role>" ("US: DEA administrator"), the
    other head roles, and with its own role, "director" and "head" the possessive ("the
    DEA's administrator") and the "of" wording ("director of the DEA")."""
    more = []
    for alias in aliases:
        country, colon, wording = alias.rpartition(":")
        hit = _AGENCY_HEAD.match(wording.strip())
        if hit is None:
            continue
        agency = hit.group("agency")
        forms = [f"{agency} {role}" for role in _AGENCY_HEAD_ROLES]
        for role in dict.fromkeys((hit.group("role"), *_AGENCY_HEAD_PHRASES)):
            forms += [f"{agency}'s {role}", f"{role} of the {agency}"]
        more += [f"{country}{colon} {form}" if colon else form for form in forms]
    return list(dict.fromkeys(aliases + more))


def _title_case(alias: str) -> str:
    """ "treasury secretary" -> "Treasury Secretary"; "FBI director" -> "FBI Director"."""
    return " ".join(w if w in _SMALL_WORDS else w[0].upper() + w[1:] for w in alias.split())


def _case_variants(alias: str) -> set[str]:
    """How an office is written in running text: "treasury secretary", "Treasury
    secretary", "Treasury Secretary", "Secretary of the Treasury", "USTR", "Secretary-General"."""
    words = alias.split()
    title = [w if w in _SMALL_WORDS else w[0].upper() + w[1:] for w in words]
    hyphenated = ["-".join(part[:1].upper() + part[1:] for part in w.split("-")) for w in title]
    return {
        alias,
        alias.lower(),
        alias[0].upper() + alias[1:],
        " ".join(title),
        " ".join(title[:1] + words[1:]),
        " ".join(title[:-1] + words[-1:]),  # "United States attorney", "Secret Service director"
        " ".join(hyphenated),  # "Secretary-General"
        alias.upper(),
    }


@cache
def places() -> PlaceLexicon:
    country: dict[str, str] = {}
    forms: list[str] = []
    org_words: list[str] = []
    time_words: list[str] = []
    cities: list[str] = []
    states: list[str] = []
    for line in data_lines("places.txt"):
        head, _, values = line.partition(":")
        items = _split(values)
        if head.startswith("country "):
            code = head.split()[1]
            country.update((form, code) for form in items)
            forms += items
        elif head == "city":
            cities += items
        elif head == "place":
            forms += items
        elif head == "state":
            forms += items
            states += items
        elif head == "org":
            org_words += items
            forms += [f for f in items if " " in f]
        elif head == "time":
            time_words += items
            forms += [f for f in items if " " in f]
    return PlaceLexicon(
        forms=tuple(forms),
        country=country,
        org_words=frozenset(w.rstrip(".") for w in org_words),
        time_words=frozenset(time_words),
        cities=frozenset(cities),
        states=frozenset(fold(state) for state in states),
        state_forms=tuple(states),
    )


def _clan_initials(name: str) -> bool:
    """Two letters without a vowel: a name written short ("Th." Thokchom, "Kh."
    Khumukcham, as Meitei clan names are), the initials of a name it begins."""
    return len(name) == 2 and name.isalpha() and _VOWELS.isdisjoint(name)


@cache
def given_names() -> GivenNames:
    groups: dict[str, set[str]] = defaultdict(set)
    for line in data_lines("nicknames.txt"):
        formal, _, nicknames = line.partition(":")
        formal = fold(formal.strip())
        groups[formal].add(formal)
        for nickname in nicknames.split(","):
            if nickname.strip():
                groups[fold(nickname.strip())].add(formal)
    return GivenNames(
        {name: frozenset(formals) for name, formals in groups.items()},
        frozenset(data_lines("given_names.txt")),
        {name: sex for name, sex in map(str.split, data_lines("given_name_sexes.txt"))},
        _languages(),
    )


def _languages() -> dict[str, frozenset[str]]:
    forms: dict[str, set[str]] = defaultdict(set)
    for line in data_lines("given_name_equivalents.txt"):
        english, _, others = line.partition(":")
        english = fold(english.strip())
        for form in [english, *(fold(o.strip()) for o in others.split(",") if o.strip())]:
            forms[form].add(english)
    return {name: frozenset(englishes) for name, englishes in forms.items()}


@dataclass(frozen=True, slots=True)
class NameParticles:
    """The name particles of data/name_particles.txt, by how they join a name."""

    any_case: frozenset[str]
    """Particles in lower case or capitalised ("al", "Al"): no given or middle name."""
    lower: frozenset[str]
    """Every one-word particle that joins two name words in lower case ("wa", "ould")."""
    phrases: frozenset[str]
    """Particles of several words that join only as a whole gap ("an t" of "an t-")."""
    conjunctions: frozenset[str]
    """"And" between two surnames ("y", "i", "e")."""


@cache
def name_particles() -> NameParticles:
    """Name particles of many languages, with their sources (data/name_particles.txt)."""
    by_how: dict[str, set[str]] = defaultdict(set)
    for line in data_lines("name_particles.txt"):
        word, how, _ = line.split("\t", 2)
        by_how[how].add(word)
    one_word = {w for how in ("any", "lower") for w in by_how[how] if " " not in w}
    return NameParticles(
        any_case=frozenset(by_how["any"]),
        lower=frozenset(one_word),
        phrases=frozenset(w for how in ("any", "lower") for w in by_how[how] if " " in w),
        conjunctions=frozenset(by_how["conjunction"]),
    )


@cache
def thing_words() -> frozenset[str]:
    """Everyday English common nouns no common surname is spelled like
    (data/thing_words.txt)."""
    return frozenset(data_lines("thing_words.txt"))


@cache
def name_titles() -> frozenset[str]:
    """Honorifics and religious or customary titles written before a full name in many
    cultures ("alhaji", "datuk", "ratu", "maulana", "herr"; data/name_titles.txt), folded."""
    return frozenset(fold(word) for word in data_lines("name_titles.txt"))


@cache
def common_surnames() -> frozenset[str]:
    """The 5,000 most frequent US surnames, lower case (data/common_surnames.txt, 1990
    Census, tools/build_common_surnames.py)."""
    return frozenset(data_lines("common_surnames.txt"))


@cache
def named_after_nouns() -> frozenset[str]:
    """Nouns for the things people's names are given to: facilities, structures, roads,
    prizes and awards ("airport", "stadium", "avenue", "scholarship"; from WordNet,
    data/wordnet_named_after.txt, tools/build_named_after.py)."""
    return frozenset(line.partition("\t")[2] for line in data_lines("wordnet_named_after.txt"))


@cache
def noun_kinds() -> dict[str, str]:
    """Lower-case noun -> what its first sense is a kind of (``noun_kind``)."""
    table = {}
    for line in data_lines("wordnet_name_nouns.txt"):
        kind, _, noun = line.partition("\t")
        table[noun] = kind
    return table


def noun_kind(noun: str) -> str | None:
    """What the first sense of a lower-case noun is a kind of, from WordNet
    (data/wordnet_name_nouns.txt, tools/build_name_things.py): "person" ("biologist"),
    "job" (a rarer person noun derived from another word: "herder", "coxswain"),
    "craft" (a ship: "frigate"), "storm" ("hurricane"), "org" ("bank", "firm"), or None."""
    return noun_kinds().get(noun)
