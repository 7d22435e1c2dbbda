"""An office as one mention gives it, with its place and time.

An office is a title and a jurisdiction: "U.S. Treasury Secretary" is the country's,
"Ohio Gov." and "the Speaker of the Indiana House" a state's. The jurisdiction is read
from the words in front (places, nations: mentions.py passes them) and from an "of" or
"for" phrase after the title ("Attorney General of Texas", "mayor of Chicago"). A
holder is current unless the wording marks a past or another office: a modifier in
front ("former", "then-", "ex-", "deputy", a verb that ends a tenure), or an apposition
that says so ("Rice, who was secretary of state under Bush").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from tui.engine.findings.contradiction.entity import PARTY_WORDS, demonym_places
from tui.engine.findings.contradiction.kinds import ancestors, kind_nouns, senses
from tui.engine.people.lexicon import given_names, offices, places, thing_words
from tui.engine.people.name_words import LATIN_CAPITALS, is_function_word, is_ordinary_word
from tui.engine.people.place_names import country_code, is_place_name
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold


@dataclass(frozen=True, slots=True)
class OfficeRef:
    """An office as one mention gives it: "U.S. Secretary of Commerce" -> Commerce Secretary."""

    label: str
    """The office, the same for every wording ("Finance Minister" for "Treasury
    Secretary" and "Chancellor of the Exchequer" alike): what comparisons use."""
    title: str
    """The office in the article's own terms: "Treasury Secretary" for a US one."""
    unique: bool
    """One holder at a time in its jurisdiction: naming two is a conflict. A local
    office (governor, mayor) is unique only where its place is said."""
    country: str | None
    """Country code ("US"), said or implied by the wording, or None."""
    qualifier: str | None
    """The folded place or body that narrows the office ("ohio", "senate", "ford")."""
    current: bool
    """False when the wording makes it another or a past office ("former", "deputy")."""
    start: int
    end: int

    def shifted(self, offset: int) -> OfficeRef:
        return OfficeRef(
            self.label,
            self.title,
            self.unique,
            self.country,
            self.qualifier,
            self.current,
            self.start + offset,
            self.end + offset,
        )

    def ended(self) -> OfficeRef:
        return replace(self, current=False)


_JURISDICTION_AFTER = regex(
    rf"\s+(?:of|for|(?P<in>in))\s+(?:the\s+)?(?P<words>(?:[{LATIN_CAPITALS}][\w.'\u2019-]*\s+)*?"
    rf"(?:[{LATIN_CAPITALS}][\w.'\u2019-]*)(?:\s+of\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)?)"
)


_BODY_AFTER = regex(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?P<words>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)"
    r"(?=\s*(?:[,;:.)]|$))"
)
"""A body in lower case after an office, ending its clause: "the head of the national
weather agency,", "chief executive of the bank."."""

NAMED_BODY_AFTER = regex(
    r"\s+of\s+(?:the\s+)?(?P<words>[A-Z][\w'\u2019&-]*(?:\.(?=\w))?"
    r"(?:\s+(?:of\s+|the\s+|&\s+|and\s+)?[A-Z][\w'\u2019&-]*(?:\.(?=\w))?)*)"
    r"(?=\s*(?:[,;:.)]|$)|\s+[a-z])"
)
"""An organisation named after its office, all its capitalised words up to the end of the
clause or a word in lower case: "chief executive of Halden Bank,", "head of the Meridian
Port Authority said"."""

_KIND_AFTER_NAME = regex(r"\s+(?P<noun>[a-z]+)(?=\s*(?:[,;:.)]|$))")
"""One lower-case word ending the clause after a body's name: the kind of body ("the
Cerro Velado observatory,"), part of the body the office belongs to."""

_BODY_OFFICE_AFTER = regex(
    r"\s+of\s+(?:the\s+)?(?P<place>(?:[A-Z][\w.'\u2019-]*\s+)*?)(?:(?:City|Town|County)\s+)?"
    r"(?P<body>[A-Z][a-z]+)(?![\w'\u2019-]|\s+[A-Z])"
)
"""A body after an office, its last word one that makes the office one of its own with
it in front ("president of the Oakland City Council": Council President), the words
before it its place."""

_ENDED_AFTER = regex(
    r"\s*,?\s*(?:(?:until|till|through)\s+(?:(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?\d{4}"
    r"|last\s+\w+)"
    r"|(?:from|between)\s+\d{4}\s+(?:to|until|through|and)\s+\d{4}"
    r"|at\s+(?:the|that)\s+time)\b"
)
"""A tenure that ended: "treasury secretary until 2021" (or "until March 2021", "until
Jan. 20, 2021"), "FBI director from 2013 to 2017", "FBI director at the time"."""

_COMMEMORATED_BEFORE = regex(
    r"\b(?:named|renamed)\s+(?:for|after|in\s+hono(?:u)?r\s+of)\s+(?:the\s+)?$", re.IGNORECASE
)
"""A place or thing named after an office holder ("the center was named for President
John F. Kennedy"): honoured for an office held in the past."""


def office_ref(
    text: str, start: int, end: int, places_in_front: Sequence[str], qualifier: str | None
) -> OfficeRef:
    """The office written as ``text[start:end]``, narrowed by the places and the word in
    front of it and by a jurisdiction right after it."""
    trade = chief_of_trade(text, start, end)
    if trade is not None:  # "Chief Minister", "the observatory's chief engineer": not the
        # body's head but the first of a trade in it, its body or place read after the noun
        label, end = trade
        wording = text[start : start + len(trade_lead_at(text, start) or "")]
        _, _, unique, country, narrowed = _resolved(
            wording,
            tuple(places_in_front),
            qualifier,
            _jurisdiction_after(text, start, end, bool(places_in_front), wording),
        )
        title = label
    else:
        wording = text[_alias_start(text, start, end) : end]
        label, title, unique, country, narrowed, start = _read_office(
            text, start, end, places_in_front, qualifier
        )
    if narrowed is None and label in offices().statewide:
        narrowed = _only_state_in(text[:start])
        unique = unique or narrowed is not None
    if narrowed in _UNIT_WORDS:  # "Yavapai County Sheriff": Yavapai's
        narrowed = _unit_named_before(text, start) or narrowed
    before = text[max(0, start - 48) : start].replace("-", " ").split()
    place_words = {
        word
        for place in (*places_in_front, qualifier or "")
        for word in place.replace("-", " ").split()
    }
    while before and before[-1] in place_words:
        before.pop()  # "former Alaska Gov.", "Former Kessler chief executive": the modifier
        # stands before the place or the body
    modifier = fold(before[-1]).rstrip(".") if before else ""
    if modifier in _LOWER_RANKS or (
        modifier in offices().standins and offices().lookup(wording)[0].organisational
    ):  # "Deputy FBI Director", "interim chief executive": an office of its own, of many
        rank = before[-1].rstrip(".").capitalize()
        joiner = "-" if text[start - 1 : start] == "-" else " "  # "Vice-Rector"
        label, title, unique = f"{rank} {label}", f"{rank}{joiner}{title}", False
        if modifier in _LOWER_RANKS and (at := text.rfind(before[-1], 0, start)) >= 0:
            start = at  # the span says the rank: "Deputy Police Commissioner"
        modifier = fold(before[-2]).rstrip(".") if len(before) > 1 else ""
    if modifier not in offices().modifiers:
        modifier = _modifier_before_body(before) or modifier  # "Former port chairman"
    current = modifier not in offices().modifiers and not _ENDED_AFTER.match(text, end)
    if current and _COMMEMORATED_BEFORE.search(" ".join(before[-4:]) + " "):
        current = False
    return OfficeRef(label, title, unique, country, narrowed, current, start, end)


def _read_office(
    text: str, start: int, end: int, places_in_front: Sequence[str], qualifier: str | None
) -> tuple[str, str, bool, str | None, str | None, int]:
    """(label, title, unique, country, qualifier, where it starts) of the office of
    offices.txt written as ``text[start:end]``, read with the words around it."""
    start = _alias_start(text, start, end)
    compound = _compound_office(text, start, end, qualifier)
    if compound is not None:
        wording, place = compound
        label, title, unique, country, narrowed = _resolved(
            wording, tuple(places_in_front), place, None
        )
    else:
        label, title, unique, country, narrowed = _resolved(
            text[start:end],
            tuple(places_in_front),
            qualifier,
            _jurisdiction_after(text, start, end, bool(places_in_front)),
        )
    portfolio = _portfolio_before(text, start, label)
    if portfolio is not None:  # "Economy Minister", "Iraq's oil minister"
        word, start, nation = portfolio
        label = title = f"{_capitalised(word)} {label}"
        unique, country = True, country or nation
        narrowed = None if narrowed in (fold(word), fold(word.split()[-1])) else narrowed
        if country is None and narrowed is None:
            narrowed = _people_of_place_before(text, start)  # "Peruvian mining minister"
    elif (named := _portfolio_after(text, end, label)) is not None:  # "minister of culture"
        label = title = f"{named} {label}"
        unique = True
        if narrowed is not None and set(narrowed.split()) <= set(fold(named).split()):
            narrowed = None  # "of Fisheries" read as a place
    elif (function := _function_after(text, start, end, label)) is not None:
        label = title = function  # "chief of naval operations": an office of its own
        unique, narrowed = True, None
    elif (headed := _function_before(text, start, end, label)) is not None:
        word, start = headed  # "fire chief": an office of its own, one a place
        label = title = f"{_capitalised(word)} Chief"
        if narrowed in (None, fold(word)):
            narrowed = _place_before(text, start)  # "Denver fire chief"; "Fire Chief X"
        unique = narrowed is not None
    elif (field := _field_before(text, start, end, label)) is not None:
        word, at = field  # "Senate President", "Fire Commissioner": an office of its own,
        # one holder per place
        unit = _unit_named_before(text, start) if word.lower() in _UNIT_WORDS else None
        label = title = f"{_capitalised(word)} {label}"
        start = at
        if narrowed in (None, fold(word)):  # "Ohio Senate President", "Kozhikode District
            # Collector"
            narrowed = unit or _place_before(text, start)
        unique = narrowed is not None
    elif (kind := kind_before(text, start, label)) is not None:  # "artistic director"
        word, at = kind
        label = title = f"{word.capitalize()} {_title(label, country, text[start:end])}"
        start = at
        if narrowed == fold(word):  # "Music Director Yuki Tanabe": no body
            narrowed, unique = None, False
    return label, title, unique, country, narrowed, start


_BETWEEN_WORDS = regex(r"[\s-]+")


def _alias_start(text: str, start: int, end: int) -> int:
    """Where the wording of offices.txt that ``text[start:end]`` ends with starts: the
    span of an office that a reading widened ("Deputy Police Commissioner", "fire
    chief"), read again with a place said after the name, is read from its own wording."""
    lexicon = offices()
    at = start
    while not lexicon.knows(text[at:end]):
        gap = _BETWEEN_WORDS.search(text, at, end)
        if gap is None:
            return start
        at = gap.end()
    return at


def _modifier_before_body(before: Sequence[str]) -> str | None:
    """A modifier ("former") before a common noun that stands right before the office
    (the words ``before`` it), naming its body: "Former port chairman", "the former club
    coach": the office is the one modified."""
    if len(before) < 2:
        return None
    word = fold(before[-2]).rstrip(".")
    noun = before[-1].lower()
    if word in offices().modifiers and noun.isalpha() and _common_noun(noun):
        return word
    return None


def _compound_office(
    text: str, start: int, end: int, body: str | None
) -> tuple[str, str | None] | None:
    """(the wording of an office of its own, its place) that the office
    ``text[start:end]`` makes with the body it belongs to: the body's last word after it
    ("president of the Tacoma City Council": "Council president", Tacoma), or the body
    said with the name ("Administrator Ann Lee of the Environmental Protection Agency":
    "Administrator of the Environmental Protection Agency"); else None."""
    matched = text[start:end]
    lexicon = offices()
    if body:
        for wording in (f"{matched} of the {body}", f"{matched} of {body}"):
            if lexicon.knows(wording):
                return wording, None
    after = _BODY_OFFICE_AFTER.match(text, end)
    if after is None or not lexicon.knows(wording := f"{after.group('body')} {matched}"):
        return None
    return wording, after.group("place").strip() or body


def _only_state_in(sentence: str) -> str | None:
    """The folded state of the United States the start of a sentence (up to an office)
    names, where it names one (however often) and names it as the place of an office
    ("Ohio Lt. Gov.", "Ohio's attorney general"), else None: a sentence about a state's
    officials, not one where a governor speaks of another state ("Gov. Abbott criticized
    the California plan", "Gov. Newsom said Texas's attorney general would lose")."""
    hits = list(places().state_pattern.finditer(sentence))
    if len({fold(hit.group()) for hit in hits}) != 1:
        return None
    office_after = _office_after_place()
    if not any(office_after.match(sentence, hit.end()) for hit in hits):
        return None
    return fold(hits[0].group())


@cache
def _office_after_place() -> re.Pattern[str]:
    """An office right after a place, possessive or not: "('s) Lt. Gov.", "'s attorney
    general"."""
    forms = sorted(offices().forms, key=len, reverse=True)
    return re.compile(r"(?:['\u2019]s)?\s+(?:" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


_WORD_BEFORE = regex(r"(?<![\w'\u2019-])([A-Za-z]+)(?:['\u2019]s)?\s+$")

_NOUN_ENDING = regex(r"(?:tion|sion|ment|ism|ity|ure|ics|ance|ence|ship|ing)$")
"""Endings of abstract nouns: a portfolio too rare for the noun list ("unification")."""


def _portfolio_before(text: str, start: int, label: str) -> tuple[str, int, str | None] | None:
    """(the portfolio, where it starts, the country said in front of it) of an office
    that takes one (offices.txt, "portfolio:"), from the common noun right before it:
    "Economy Minister", "the unification minister", "Indian Home Minister" (IN), and the
    word before that noun where it qualifies it ("Armed Forces Minister", "the social
    affairs minister")."""
    others = offices().portfolios.get(label)
    if others is None:
        return None
    hit = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if hit is None or hit.group(0) != hit.group(1) + text[hit.end(1) : start]:
        return None  # a possessive is an owner, not a portfolio ("Iraq's minister")
    word = hit.group(1)
    if not _portfolio_word(word, others) or not (
        _common_noun(word.lower()) or _NOUN_ENDING.search(word.lower())
    ):
        return None
    owner = _WORD_BEFORE.search(text, max(0, hit.start() - 24), hit.start())
    if owner is not None and _qualifies(text, owner, word, others):
        word, hit = f"{owner.group(1)} {word}", owner
        owner = _WORD_BEFORE.search(text, max(0, hit.start() - 24), hit.start())
    nation = places().country_of(owner.group(1)) if owner is not None else None
    return word, hit.start(1), nation


def _people_of_place_before(text: str, start: int) -> str | None:
    """The folded place a people's adjective right before ``start`` pertains to
    ("Peruvian" before "mining minister": Peru), where WordNet knows it as one; else
    None."""
    hit = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if hit is None or hit.group(0) != hit.group(1) + text[hit.end(1) : start]:
        return None
    place = demonym_places().get(hit.group(1))
    return fold(place) if place is not None else None


def _portfolio_word(word: str, others: frozenset[str]) -> bool:
    """``word`` may name (part of) a portfolio: no rank, body or party word of
    offices.txt, no modifier ("former"), stand-in, lower rank, place or time (an
    organisation's word may: "Armed Forces")."""
    folded = word.lower()
    lexicon = offices()
    return not (
        folded in others
        or folded in lexicon.modifiers
        or folded in lexicon.standins
        or folded in _LOWER_RANKS
        or (places().is_place(word) and word not in places().org_words)
    )


_DETERMINER_BEFORE = regex(r"(?:\b(?:the|a|an|its|their|his|her)|['\u2019]s)\s+$", re.IGNORECASE)


def _qualifies(text: str, before: re.Match[str], word: str, others: frozenset[str]) -> bool:
    """The word ``before`` a portfolio noun ``word`` is part of the portfolio: an ordinary
    English word written as the noun is ("Armed Forces", "Social Affairs"), no possessive,
    function word or given name; in lower case only after a determiner or a possessive
    ("the armed forces minister", not "said fisheries minister")."""
    first = before.group(1)
    if before.group(0) != first + text[before.end(1) : before.end()]:
        return False  # "Senegal's Armed Forces Minister": the owner
    if first[0].isupper() != word[0].isupper() or first.lower() in _NOT_PORTFOLIO:
        return False
    if not _portfolio_word(first, others) or is_function_word(first):
        return False
    if not is_ordinary_word(first):
        return False
    return first[0].isupper() or bool(
        _DETERMINER_BEFORE.search(text, max(0, before.start() - 8), before.start(1))
    )


_KIND_LEAD = regex(
    r"(?:(?:^|[,;:(]|\b(?i:the|a|an|its|their|his|her|as))\s*|['\u2019]s\s+"
    r"|\b[A-Z][\w.-]*\s+)$"
)
"""What stands before the word that names the kind of an organisation's office in lower
case: a determiner, a possessive, the start of an apposition or the place or body of the
office ("the artistic director", "the festival's artistic director", ", managing
director of", "the UN high commissioner"), not a verb ("said director Ann Lee")."""


def kind_before(text: str, start: int, label: str) -> tuple[str, int] | None:
    """(the word, where it starts) that makes an organisation's office one of its own
    kind, right before it: "artistic director", "managing director", "high
    commissioner", "Music Director Yuki Tanabe": an ordinary English adjective or noun,
    no body noun ("the club chairman": the club's), rank, stand-in, modifier, place or
    given name; in lower case after a determiner, a possessive or a comma only."""
    if label not in offices().organisational:
        return None
    return _word_before_office(text, start, 8, _names_a_kind)


def _word_right_before(text: str, start: int) -> re.Match[str] | None:
    """The word right before an office at ``start`` (group 1); None where a possessive
    stands between them: an owner ("Kessler's chief executive", "Kessler's president")."""
    hit = _WORD_BEFORE.search(text, max(0, start - 24), start)
    if hit is None or text[hit.end(1) : start].strip():
        return None
    return hit


def _not_a_head_noun(word: str, folded: str) -> bool:
    """``word`` (``folded``) cannot name what an office heads: a body noun, a word that
    is no portfolio, a rank, a modifier or stand-in of an office, a function word."""
    lexicon = offices()
    return (
        folded in BODY_NOUNS
        or folded in _NOT_PORTFOLIO
        or folded in _LOWER_RANKS
        or folded in lexicon.modifiers
        or folded in lexicon.standins
        or is_function_word(word)
    )


def _word_before_office(
    text: str, start: int, lead_reach: int, fits: Callable[[str], bool]
) -> tuple[str, int] | None:
    """(the word, where it starts) right before an office at ``start`` that ``fits`` (its
    folded form) and is an ordinary word: no body noun, rank, stand-in, modifier or place;
    in lower case only after a determiner, a possessive or a comma within ``lead_reach``
    characters before it."""
    hit = _word_right_before(text, start)
    if hit is None:
        return None
    word = hit.group(1)
    folded = word.lower()
    if (
        _not_a_head_noun(word, folded)
        or not is_ordinary_word(word)
        or places().is_place(word)
        or not fits(folded)
    ):
        return None
    if word.islower() and not _KIND_LEAD.search(
        text, max(0, hit.start(1) - lead_reach), hit.start(1)
    ):
        return None
    return word, hit.start(1)


_PERSON_NOUN_AFTER = regex(
    r"[ ]+(?P<noun>[a-z]+|[A-Z][a-z]+(?=[ ]+(?:[A-Z]|of\b)))\b(?![\w'\u2019-])"
)
"""The noun after a "chief": in lower case, or capitalised before a name or an "of"
("Chief Conductor Lena Marwick", "Chief Minister of Goa"; not a surname: "Chief Baker
said")."""


_NOUN_AFTER = regex(r"[ ]+(?P<noun>[A-Za-z][a-z]+)")
"""The noun of a span "chief" + noun (``chief_of_trade``)."""


TRADE_LEADS = ("chief", "head")
"""The words that make a noun for a person the first of its trade in a body: "chief
engineer", "head gardener" (one holder a body, not the body's head)."""


def trade_lead_at(text: str, start: int) -> str | None:
    """The lead of ``TRADE_LEADS`` written at ``start`` (any case), or None."""
    return next(
        (lead for lead in TRADE_LEADS if text[start : start + len(lead)].lower() == lead), None
    )


def chief_of_trade(text: str, start: int, end: int) -> tuple[str, int] | None:
    """("Chief Engineer", where it ends) for a "chief" or a "head" written as
    ``text[start:end]`` right before a noun whose first sense is a kind of person ("chief
    engineer", "Chief Minister", "chief economist", "head gardener"), or for the two
    written so: the first of that trade in its body or place, an office of its own, not
    the body's head; else None."""
    lead = trade_lead_at(text, start)
    if lead is None:
        return None
    chief = start + len(lead)
    hit = _PERSON_NOUN_AFTER.match(text, chief)
    if hit is None and end > chief:  # the span says the noun is the office's: "The Kerala
        # Chief Minister, Thomas Varghese," (an apposition, not a name after the noun)
        hit = _NOUN_AFTER.fullmatch(text, chief, end)
    if hit is None or end not in (chief, hit.end()):
        return None
    noun = hit["noun"].lower()
    if not _names_a_person(noun) or offices().knows(f"{lead} {noun}"):
        return None  # "chief executive", "Chief Justice", "head coach": offices of the tables
    if noun != hit["noun"] and not is_ordinary_word(hit["noun"]):
        return None  # a given name, which WordNet may make a person: "Chief Philip Okoro"
    return f"{lead.capitalize()} {noun.capitalize()}", hit.end()


def _names_a_person(word: str) -> bool:
    """``word`` (lower case) is a noun whose first sense is a kind of person."""
    person = senses("person", "n")[:1]
    first = senses(word, "n")[:1]
    return bool(person and first) and person[0] in ancestors(first[0])


def is_chief_of_trade(label: str) -> bool:
    """The label is one ``chief_of_trade`` gives, not an office of the tables."""
    first, _, rest = label.partition(" ")
    return (
        first.lower() in TRADE_LEADS
        and " " not in rest
        and label not in _table_labels()  # "Chief Executive" runs its body
        and _names_a_person(rest.lower())
    )


_FUNCTION_AFTER = regex(
    r"\s+of\s+(?P<the>the\s+)?(?P<words>[A-Za-z]+(?:\s+[A-Za-z]+){0,2})(?=\s*(?:[,;:.)]|$))"
)


def _function_after(text: str, start: int, end: int, label: str) -> str | None:
    """The office a "chief" heads by its function, said after it up to the end of its
    clause: "chief of naval operations," -> "Chief of Naval Operations", "Chief of the
    Defence Staff" (a function, not a body: no body noun, place or name in it), else
    None."""
    if label != "Head" or text[start:end].lower() != "chief":
        return None
    hit = _FUNCTION_AFTER.match(text, end)
    if hit is None:
        return None
    words = hit.group("words").split()
    if fold(words[-1]) in BODY_NOUNS:
        return None  # "chief of the agency": its head
    for word in words:
        folded = word.lower()
        if places().is_place(word) or not is_ordinary_word(word) or is_function_word(word):
            return None
        if not (_common_noun(folded) or kind_nouns(folded)):
            return None
    the = "the " if hit.group("the") else ""
    return f"Chief of {the}{_capitalised(hit.group('words'))}"


def _function_before(text: str, start: int, end: int, label: str) -> tuple[str, int] | None:
    """(the word, where it starts) of the function a "chief" heads, said by the common
    noun right before it: "the fire chief", "Denver's Fire Chief" -> "Fire Chief", an
    office of its own held by one person per place, as "police chief" is; else None. A
    noun for a body ("the bank chief": its head), a place, a rank, a modifier or a given
    name is no function; in lower case only after a determiner, a possessive, a comma
    or a capitalised word (not "said fire chief")."""
    if label != "Head" or text[start:end].lower() != "chief":
        return None
    # (room for a long place before a lower-case function: "Indianapolis fire chief")
    return _word_before_office(
        text, start, 32, lambda folded: not given_names().known(folded) and _common_noun(folded)
    )


_UNIT_WORDS = frozenset(("county", "district", "province", "parish", "borough"))
"""Words for a kind of local unit that its name stands before ("Yavapai County"): in
front of an office they are not its place, the name is."""

_UNIT_BEFORE = regex(
    r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]*[ ]+){1,2})"
    r"(?i:county|district|province|parish|borough)[ ]+$"
)


def _unit_named_before(text: str, start: int) -> str | None:
    """The folded name of the local unit of one or two capitalised words said right before
    an office at ``start`` ("Los Angeles County Sheriff" -> "los angeles"), function words
    and offices in front left out ("The Yavapai County Sheriff"), or None."""
    hit = _UNIT_BEFORE.search(text, max(0, start - 64), start)
    if hit is None:
        return None
    words = hit.group(1).split()
    while words and (is_function_word(words[0]) or offices().knows(words[0])):
        words.pop(0)
    return fold(" ".join(words)) if words else None


_FIELD_HEADS = frozenset(("President", "Commissioner", "Mayor", "Collector"))
"""Offices a noun in front makes the head of one public body, field or part of a place
("Senate President", "Police President", "Fire Commissioner", "district mayor",
"District Collector"), as "fire" does a chief."""


def _field_before(text: str, start: int, end: int, label: str) -> tuple[str, int] | None:
    """(the word, where it starts) of the body or field a president or a commissioner
    heads, said by the noun right before it: "Senate President", "the fire
    commissioner", an office of its own; else None. The noun may be an organisation's
    word ("Senate", "Police"), never an adjective ("Republican", "Afghan": a party, a
    nation), a place, a body noun ("the club president": the club's), a rank or a
    given name, party or the office's own body ("the city mayor"); nor a verb's third
    person or participle ("Harris Slams President",
    "Saying President Obama"), nor the last word of a name ("Human Rights Campaign
    President"); in lower case only after a determiner, a possessive, a comma or a
    capitalised word, and before an office in lower case."""
    if label not in _FIELD_HEADS or text[start:end].lower() != label.lower():
        return None
    hit = _word_right_before(text, start)
    if hit is None:
        return None
    word = hit.group(1)
    folded = word.lower()
    lexicon = places()
    if (
        _not_a_head_noun(word, folded)
        or folded in offices().lookup(label)[0].own_bodies  # "the city mayor"
        or folded in PARTY_WORDS  # "the Labour mayor"
        or given_names().known(folded)
        or (lexicon.is_place(word) and word not in lexicon.org_words)
        or is_place_name(word)
        or not senses(folded, "n")
        or _names_a_person(folded)
        or (folded.endswith("s") and senses(folded[:-1], "v"))
        or (folded.endswith("ing") and senses(folded, "v"))
    ):
        return None
    if word.islower():  # "the fire commissioner", "Şişli district mayor", not "the deal
        # President Obama struck"
        lead = _KIND_LEAD.search(text, max(0, hit.start(1) - 8), hit.start(1))
        before = text[max(0, hit.start(1) - 32) : hit.start(1)].split()
        capitalised = bool(before) and before[-1][0].isupper()  # (any script: "Şişli")
        return (word, hit.start(1)) if (lead or capitalised) and text[start].islower() else None
    named = _WORD_BEFORE.search(text, max(0, hit.start(1) - 24), hit.start(1))
    if named is not None and named.group(1)[0].isupper() and not is_function_word(named[1]):
        if _place_before(text, hit.start(1)) is None and folded not in _UNIT_WORDS:
            return None  # "Human Rights Campaign President": an organisation's name (not
            # "Wayanad District Collector": the district's)
    return word, hit.start(1)


_PLACE_BEFORE = regex(
    r"(?<![\w.'\u2019-])((?:[A-Z][\w.'\u2019-]*\s+){0,2}[A-Z][\w.-]*)(?:['\u2019]s)?\s+$"
)


def _place_before(text: str, start: int) -> str | None:
    """The folded city, state or country of one to three capitalised words right before
    ``start`` (possessive or not): "Denver", "New Mexico's"; else None."""
    hit = _PLACE_BEFORE.search(text, max(0, start - 48), start)
    if hit is None:
        return None
    words = hit.group(1).split()
    for first in range(len(words)):
        name = " ".join(words[first:])
        if is_place_name(name):
            return fold(name)
    return None


def _names_a_kind(word: str) -> bool:
    """``word`` (lower case) names the field of an office: a relational adjective
    ("artistic": art, "medical": medicine) or a verb's present participle ("managing",
    "coordinating"). Nouns in front of an office mostly name its body ("the port chairman",
    "the festival director") and evaluative adjectives the holder ("a popular director"),
    so neither is taken."""
    if senses(word, "n"):
        return False
    if word.endswith("ing"):
        return bool(senses(word, "v"))
    return bool(kind_nouns(word))


_NOT_PORTFOLIO = frozenset(("new", "top", "current", "sitting"))
"""Words that stand before an office to say which holder, not which portfolio."""


_PORTFOLIO_AFTER = regex(
    r"\s+of\s+(?:the\s+)?(?P<words>[A-Za-z]+(?:\s+and\s+[A-Za-z]+)?)(?![\w'\u2019-])"
)


def _portfolio_after(text: str, end: int, label: str) -> str | None:
    """The portfolio of an office that takes one, said after it: "minister of culture",
    "Minister of Energy and Mines" -> "Culture", "Energy and Mines"; None where the words
    after "of" are no common nouns (a place: "minister of Ukraine")."""
    others = offices().portfolios.get(label)
    hit = _PORTFOLIO_AFTER.match(text, end) if others is not None else None
    if hit is None or others is None:
        return None
    words = hit.group("words").split()
    for word in (w for w in words if w != "and"):
        if not (_portfolio_word(word, others) and _common_noun(word.lower())):
            return None
        if given_names().known(fold(word)):
            return None  # "minister of Grace Hill's party"
    return " ".join(w if w == "and" else w[0].upper() + w[1:] for w in words)


def _capitalised(words: str) -> str:
    """ "armed forces" -> "Armed Forces"."""
    return " ".join(word.capitalize() for word in words.split())


def _common_noun(word: str) -> bool:
    """``word`` (lower case) or its singular is a common noun: "oil", "fisheries" (the
    everyday nouns of thing_words.txt, else WordNet's nouns)."""
    nouns = thing_words()
    return (
        word in nouns
        or (word.endswith("ies") and word[:-3] + "y" in nouns)
        or (word.endswith("s") and word[:-1] in nouns)
        or bool(senses(word, "n"))
    )


_ROLE_VERBS = {
    "heads": "head",
    "leads": "head",
    "runs": "head",
    "manages": "manager",
    "coaches": "coach",
    "chairs": "chair",
    "presides over": "presiding judge",
    "is presiding over": "presiding judge",
}
"""Verbs that give their subject an organisation's office: "Tom Harlow, who manages
Rovers," is the Rovers manager; "Judge Ruth Carver, who is presiding over the case," the
presiding judge."""

ROLE_VERBS = "|".join(re.escape(verb).replace(r"\ ", r"\s+") for verb in sorted(_ROLE_VERBS))

PROCEEDINGS = frozenset("case trial hearing inquiry".split())
"""What a judge presides over: no organisation, the one the article is about."""


def office_by_verb(verb: str, body: str, start: int, end: int) -> OfficeRef:
    """The office a verb gives over ``body`` ("manages" + "Rovers"), said at
    ``start``..``end``."""
    alias = _ROLE_VERBS[" ".join(verb.split())]
    label, title, unique, country, narrowed = _resolved(alias, (), body, None)
    return OfficeRef(label, title, unique, country, narrowed, True, start, end)


DEPUTY = "Deputy"
"""The office of someone named a deputy, assistant or aide without the office they
stand in for ("Ann Lee, a deputy in her office,"): held by many, it names no holder."""

_DEPUTY_AFTER = regex(r"(?:deputy|assistant|aide)\b(?!\s+[a-z]+\s*(?:[,;.]|$))")
"""The head of an apposition that names a deputy: "a deputy in her office", "an aide",
not "an assistant coach" (an office of its own, read as one)."""


def deputy_after(text: str, start: int) -> OfficeRef | None:
    """A deputy's office at ``start``, in apposition after a name, or None."""
    hit = _DEPUTY_AFTER.match(text, start)
    if hit is None:
        return None
    return OfficeRef(DEPUTY, DEPUTY, False, None, None, True, hit.start(), hit.end())


_LOWER_RANKS = frozenset(("deputy", "assistant", "associate", "vice", "shadow", "joint"))


def is_organisational(label: str) -> bool:
    """The office is held by one person per organisation: one of offices.txt or
    office_nouns.txt, one of its kinds ("Artistic Director", ``kind_before``), or the chief
    of a trade ("Chief Engineer", ``chief_of_trade``)."""
    organisational = offices().organisational
    if label in organisational or is_chief_of_trade(label):  # "Chief Engineer"
        return True
    first, _, rest = label.partition(" ")
    return (
        rest in organisational
        and first.lower() not in _LOWER_RANKS
        and first.lower() not in offices().standins  # "Interim Chief Executive"
        and label not in _table_labels()  # not "FBI Director", "Fund Manager"
    )


@cache
def _table_labels() -> frozenset[str]:
    """The labels of the offices of offices.txt and office_nouns.txt."""
    return frozenset(office.label for office, _ in offices().aliases.values())


def is_lower_rank(label: str) -> bool:
    """The office is another's of a lower rank ("Deputy Police Chief")."""
    first, _, rest = label.partition(" ")
    return bool(rest) and first.lower() in _LOWER_RANKS


def ranks_below(label: str) -> bool:
    """The office is named after one it ranks below, held by one person at a time or
    many: a deputy's ("Deputy Police Chief") or a lieutenant's ("Lieutenant Governor")."""
    first, _, rest = label.partition(" ")
    return bool(rest) and first.lower() in (*_LOWER_RANKS, "lieutenant")


"""Modifiers that make an office another, lower one, held now and by several at a time:
a deputy FBI director is no FBI director, past or present, and names no rival for it."""


@lru_cache(maxsize=16384)
def _resolved(
    matched: str,
    places_in_front: tuple[str, ...],
    qualifier: str | None,
    after: tuple[str | None, str | None] | None,
) -> tuple[str, str, bool, str | None, str | None]:
    """(label, title, unique, country, qualifier) of one wording in one setting: the
    same few wordings recur in every sentence of a long article."""
    office, implied = offices().lookup(matched)
    lexicon = places()
    codes = [lexicon.country_of(q) for q in places_in_front]
    country = next((c for c in codes if c), None) or implied
    placed = office.local or office.organisational
    others = [
        q
        for q, c in zip(places_in_front, codes, strict=True)
        if not c or (placed and q in lexicon.cities)  # "Kyiv Mayor": the city's
    ]
    if qualifier:
        others.append(qualifier)
    if after is not None:
        after_country, after_place = after
        country = country or after_country
        if after_place and (placed or fold(after_place) not in lexicon.folded_cities):
            others.insert(0, after_place)
    body = next((q for q in others if fold(q) not in office.own_bodies), None)
    if body is not None and (heading := office_heading(matched, body)) is not None:
        # "Reserve Bank Governor", "governor of the Bank of Ghana"
        return _resolved(heading, places_in_front, None, (country or _country_in(body), None))
    narrowed = fold(place_named(body)) if body is not None else None
    state_office = offices().state_offices.get(office.label)
    if state_office and narrowed in lexicon.states and country in (None, "US"):
        return state_office, state_office, True, "US", narrowed  # "Michigan Secretary of State"
    unique = (
        office.unique
        or (office.local and narrowed is not None)
        or (office.organisational and body is not None and not unnamed_body(body))
    )
    title = _title(office.label, country, matched)
    if _abroad(office.label, country, narrowed):  # "the Saeima speaker": no House's
        title = _headline(" ".join(matched.lower().split()))
    return office.label, title, unique, country, narrowed


_POSSESSIVE_END = regex(r"['\u2019]s?$")


def place_named(body: str) -> str:
    """The place or body an office's narrowing words name, written as its name: a
    possessive dropped and a people's adjective made its place ("of Mongolia's
    parliament", "Chilean": Mongolia, Chile), so that two wordings of one country's
    office narrow it alike."""
    bare = _POSSESSIVE_END.sub("", body)
    return demonym_places().get(bare, bare)


def _abroad(label: str, country: str | None, narrowed: str | None) -> bool:
    """The office, labelled in the United States' terms ("Speaker of the House"), is
    held in another country or in a body of no state ("the Saeima speaker", "Speaker of
    the National Assembly"), whose own terms are the words written."""
    lexicon = offices()
    if (label, "US") not in lexicon.titles:
        return False
    if country is not None:
        return country != "US"
    return narrowed is not None and narrowed not in places().states


def _title(label: str, country: str | None, matched: str) -> str:
    """The office in the article's own terms: how the country names it ("Treasury
    Secretary" for a US "Finance Minister"), else the words written where they are no
    abbreviation or part of the label ("Police Commissioner" for a "Police Chief", but
    "Governor" for "Gov.", "Speaker of the House" for "Speaker")."""
    lexicon = offices()
    if (label, country or "") in lexicon.titles or "." in matched:
        return lexicon.title(label, country)
    written = " ".join(matched.split())
    if f" {fold(written)} " in f" {fold(label)} " or "'" in written or "\u2019" in written:
        return _headline(label)  # (not "Central Bank's Governor")
    return " ".join(
        w if w.isupper() or w in _SMALL_WORDS else w[0].upper() + w[1:].lower()
        for w in written.lower().split()
    )


_SMALL_WORDS = frozenset(("of", "the", "for", "and"))


def _headline(label: str) -> str:
    """A label with each word capitalised, as an office is written before a name:
    "High Commissioner" for office_nouns.txt's "high commissioner"."""
    return " ".join(w if w in _SMALL_WORDS else w[0].upper() + w[1:] for w in label.split())


BODY_NOUNS = frozenset(
    """union company club party university college school bank board association league
    federation chain firm group network foundation council church team state agency
    court army committee ministry department hospital newspaper side authority
    institute commission bureau office service academy""".split()
)
"""Nouns for a kind of body: "the club's coach", "the agency's head", "bank chief
executive" name no organisation but the one the article is about."""


_NOT_IN_INITIALS = frozenset(("of", "the", "and", "for", "&"))


def one_body(a: str | None, b: str | None) -> bool:
    """Two folded narrowing words of an office name one place or body: the same, or one
    the initials of the other's words ("who" / "world health organization", "imf" /
    "international monetary fund")."""
    if a == b:
        return True
    if a is None or b is None:
        return False
    short, long = sorted((a, b), key=len)
    if " " in short or len(short) < 2:
        return False
    initials = "".join(w[0] for w in long.split() if w not in _NOT_IN_INITIALS)
    return short.replace(".", "") == initials


def is_body_noun(word: str) -> bool:
    """``word`` (lower case) is a noun for a body: one of BODY_NOUNS, or a noun of which
    one of the three most frequent senses is a kind of organisation in WordNet ("fund",
    "federation", "orchestra"), not "marathons"."""
    if word in BODY_NOUNS:
        return True
    organisation = senses("organization", "n")[:1]
    return bool(organisation) and any(
        organisation[0] in ancestors(sense) for sense in senses(word, "n")[:3]
    )


def unnamed_body(body: str) -> bool:
    """``body`` (as written) names no organisation: lower-case words ("the national
    weather agency") or body nouns alone ("Club chairman")."""
    return body.islower() or all(word in BODY_NOUNS for word in fold(body).split())


_WORKPLACE_AFTER = regex(
    r"\s+at\s+(?:the\s+|its\s+|their\s+)?(?P<words>(?:[\w'\u2019&-]+\s+){0,3}[\w'\u2019&-]+)"
    r"(?=\s*(?:[,;:.)]|$))"
)
"""A workplace after an organisation's office, ending its clause: "head teacher *at
Brackley primary school*,", "chief executive *at Halden Bank*."."""


def _workplace_after(text: str, end: int) -> str | None:
    """The body of an "at" phrase after an office (``_WORKPLACE_AFTER``) when it names one:
    a capitalised name in it or a noun for a body last ("at the neighbouring Wrexby Park",
    "at the foundry"), not a time or an occasion ("at the time", "at the ceremony")."""
    hit = _WORKPLACE_AFTER.match(text, end)
    if hit is None:
        return None
    words = hit.group("words").split()
    if any(word[:1].isupper() for word in words) or is_body_noun(fold(words[-1])):
        return hit.group("words")
    return None


def _jurisdiction_after(
    text: str, start: int, end: int, placed: bool, wording: str | None = None
) -> tuple[str | None, str | None] | None:
    """(country code, place as written) of an "of"/"for" phrase after the office
    ``text[start:end]`` (an "in" phrase after a local one no place in front narrows,
    ``placed``: "the chief of police in Dallas", not "the Texas governor in Austin"): "of the
    Indiana House" -> (None, "Indiana"), "of Russia" -> ("RU", None), "of Toledo" ->
    (None, "Toledo"), "of Kyiv" -> ("UA", "Kyiv") (a city, the place of a city's office
    only). An organisation's office also takes a body in lower case that ends the
    clause ("chief executive of the bank,"). ``wording`` is the office's wording of
    offices.txt where the span says more ("chief" of "chief minister")."""
    office = offices().lookup(wording or text[start:end])[0]
    organisational = office.organisational
    headed = _body_of_another_office(text, start, end) if wording is None else None
    if headed is not None:  # "governor of the National Bank of Ethiopia"
        return headed
    if organisational:
        named = NAMED_BODY_AFTER.match(text, end)
        if named is not None:  # "chief executive of Halden Bank,": the whole name
            return None, named.group("words") + _kind_after_name(text, named.end())
        lower = _BODY_AFTER.match(text, end)
        if lower is not None:  # "head of the national weather agency,"
            return None, lower.group("words")
        workplace = _workplace_after(text, end)
        if workplace is not None:  # "head gardener at Larchmont botanical garden,"
            return None, workplace
    hit = _JURISDICTION_AFTER.match(text, end)
    if hit is None:
        return None
    if hit.group("in") and (placed or not office.local):
        return None
    words = hit.group("words")
    whole = _place_ending_clause(text, hit.start("words"))
    if whole is not None and " of " not in words and len(whole) > len(words):
        words = whole  # "mayor of Puerto Varas,", not "Puerto"
    if words.endswith(".") and "." not in words.rsplit(" ", 1)[-1][:-1]:
        words = words[:-1]  # the sentence's full stop ("of Nairobi."), not "of D.C."
    lexicon = places()
    known = _known_place_at(text, hit.start("words"))
    if known is not None and len(known) > len(words):
        words = known  # "governor of New Mexico", not "New"
    country = country_code(words)
    if country:
        return country, words if words in lexicon.cities else None  # "mayor of Kyiv"
    if words == known:
        return None, words
    city = _city_at(text, hit.start("words"))
    if city is not None:
        return None, city  # "mayor of San Antonio", not "San"
    for form in lexicon.forms:
        if form in words and lexicon.country_of(form) is None and form[0].isupper():
            if re.search(rf"\b{re.escape(form)}\b", words):
                return None, form
    return None, words  # a place or body the lexicon does not know: "of Toledo"


_ENDS_CLAUSE = regex(r"\s*(?:[,;:)]|$)")


def _place_ending_clause(text: str, start: int) -> str | None:
    """The run of capitalised words at ``start`` where it ends its clause ("of East
    Flanders,", "of Santa Rosa."): a place the lexicon does not know is read whole, not
    by its first word. A name of two or three words that begins with a known given name
    ends the run ("of Santa Rosa Luisa Pardo, elected in May,": "Santa Rosa"); else None."""
    run = _CAPITALISED_WORDS.match(text, start)
    if run is None or not (run.group().endswith(".") or _ENDS_CLAUSE.match(text, run.end())):
        return None
    words = run.group().split()
    for first in range(len(words) - 2, 0, -1):
        if len(words) - first <= 3 and given_names().known(fold(words[first])):
            return " ".join(words[:first])
    return run.group()


def _body_of_another_office(text: str, start: int, end: int) -> tuple[str | None, str] | None:
    """(country code, the body's name) of a named body after the office ``text[start:end]``
    that makes it another office, one that heads that kind of body (``office_heading``):
    "governor of the National Bank of Ethiopia" -> ("ET", "National Bank of Ethiopia"),
    "governor of the South African Reserve Bank" -> ("ZA", ...); else None."""
    named = NAMED_BODY_AFTER.match(text, end)
    if named is None:
        return None
    body = named.group("words")
    if office_heading(text[start:end], body) is None:
        return None
    return _country_in(body), body


def _country_in(words: str) -> str | None:
    """The country one or two words of ``words`` name ("Ethiopia", "South African")."""
    split = words.split()
    for size in (2, 1):
        for at in range(len(split) - size + 1):
            code = country_code(" ".join(split[at : at + size]))
            if code:
                return code
    return None


def office_heading(matched: str, body: str) -> str | None:
    """The wording of the office that heads a body of the kind ``body`` names by its
    head noun, where ``matched`` is its last word and another office's wording:
    "governor" of a "... Bank" -> "central bank governor" (offices.txt names the bank as
    the body Central Bank Governor heads); else None. The body's head noun is its last
    word, or the last before an "of" ("National Bank of Ethiopia")."""
    words = body.split()
    if "of" in words[1:]:
        words = words[: words.index("of", 1)]
    if not words:
        return None
    return _wording_by_body().get((fold(matched), fold(words[-1])))


@cache
def _wording_by_body() -> dict[tuple[str, str], str]:
    """(an office's last word, a body noun) -> the wording of the office that heads that
    body, where it is another office than the one the word alone names, and that word
    no organisation's head ("the chief of Halden Bank" is its own): ("governor", "bank")
    -> "central bank governor". Wordings of one country only ("US: house speaker") are
    left out."""
    lexicon = offices()
    table: dict[tuple[str, str], str] = {}
    for key, (office, country) in sorted(lexicon.aliases.items()):
        words = key.split()
        if country or len(words) < 2 or not lexicon.knows(words[-1]):
            continue
        alone = lexicon.lookup(words[-1])[0]
        if alone.label == office.label or alone.organisational:
            continue  # "the chief of Halden Bank" heads that bank
        for body in office.own_bodies:
            if body in words[:-1]:
                table.setdefault((words[-1], body), key)
    return table


def _kind_after_name(text: str, end: int) -> str:
    """ " observatory" when a noun that is no verb ends the clause after a body's name
    ("director of the Cerro Velado observatory,"), so that "the head of the observatory"
    names the same body (its end); else "" ("head of Halden Bank resigned.")."""
    kind = _KIND_AFTER_NAME.match(text, end)
    if kind is None:
        return ""
    noun = kind.group("noun")
    return f" {noun}" if senses(noun, "n") and not senses(noun, "v") else ""


_CAPITALISED_WORDS = regex(
    rf"[{LATIN_CAPITALS}][\w.'\u2019-]*(?:\s+[{LATIN_CAPITALS}][\w.'\u2019-]*)*"
)


def _known_place_at(text: str, start: int) -> str | None:
    """The longest run of two or more capitalised words at ``start`` that the place
    lexicon knows as a country, a state or region, or a city ("New Mexico", "South
    Africa", "Costa Rica"), or None: the "of" phrase's words stop at the shortest run
    otherwise, so that a name after the place is not read into it."""
    return _longest_run_at(text, start, is_place_name)


def _city_at(text: str, start: int) -> str | None:
    """The gazetteer's city of two words or more that the capitalised words at ``start``
    begin with ("San Antonio" in "San Antonio Police"), or None."""
    return _longest_run_at(text, start, places().gazetteer.__contains__)


def _longest_run_at(text: str, start: int, known: Callable[[str], bool]) -> str | None:
    """The longest run of two or more of the capitalised words at ``start`` that is
    ``known``, or None."""
    words = _CAPITALISED_WORDS.match(text, start)
    if words is None or " " not in words.group():
        return None
    parts = words.group().split()
    for size in range(len(parts), 1, -1):
        if known(name := " ".join(parts[:size])):
            return name
    return None
