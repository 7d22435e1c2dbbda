"""Names of things that read like people's: firms named after their founders, ships,
storms, buildings and prizes ("Kessling Freight", "USS Gerald R. Ford", "the liner Queen
Mary 2", "Hurricane Helene", "Nobel Prize", "Smith & Jones LLP").

What gives a thing away, in general terms rather than by name:

- its last word is an everyday English noun that no common surname is spelled like
  ("Freight", "Prize", "Creek", "Center"; data/thing_words.txt, from WordNet and the US
  Census): a person's name ends in a surname;
- a legal form after it ("LLP", "GmbH", "S.A."; data/legal_forms.txt, from cleanco) or
  an ampersand beside it ("Smith & Jones");
- a ship's prefix before it ("USS", "HMS"), a noun for a ship right before it ("the
  liner", "the aircraft carrier"), a storm's word opening it ("Hurricane", "Typhoon"), or
  a number right after it ("Queen Mary 2", "Apollo 11");
- context that only an organisation takes: an apposition headed by a noun for one ("X,
  the investment bank,"), "which" after a name opening a sentence, its shares ("shares
  of X"), or "at" after a noun for a person ("analysts at X");
- a body "of" a place written with a particle ("Banque Cantonale de Lausanne");
- a noun for a thing people's names are given to beside it: a facility, structure, road,
  prize or award in lower case after it ("flew to Rosalía de Castro airport") or
  capitalised after "the" before it ("the Hotel Hans Egede"; data/wordnet_named_after.txt,
  built by tools/build_named_after.py).

The nouns come from WordNet (data/wordnet_name_nouns.txt). Every table is built by
tools/build_name_things.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from tui.engine.corpus import Article
from tui.engine.datafiles import data_lines
from tui.engine.people.lexicon import (
    given_names,
    named_after_nouns,
    noun_kind,
    noun_kinds,
    offices,
    places,
    thing_words,
)
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

SHIP_PREFIXES = frozenset(
    "USS USNS USCGC HMS HMAS HMCS HMNZS RMS MV MS MY SS RV FV INS PNS ARA KRI".split()
)
"""Prefixes of ships' names ("USS Gerald R. Ford", "HMS Queen Elizabeth", "MV Dali")."""

_NUMBER_AFTER = regex(r" \d{1,3}(?![\d,.:/-]*\d)(?!\w)")
"""A small number right after a name: a ship's, craft's or mission's ("Queen Mary 2",
"Apollo 11"), not a score ("Nadal 6-3") or a time ("Smith 10:30")."""

_AMPERSAND_AFTER = regex(r"\s*&")

_AMPERSAND_BEFORE = regex(r"&\s*$")

_PERSON_AT_BEFORE = regex(r"\b([A-Za-z]+)\s+at\s+$")

APPOSITION_HEAD = regex(
    r",\s+(?:the|a|an)\s+(?:(?!(?:of|in|at|for|from|with|on|to|by|her|his|its|their)\b)"
    r"[\w'\u2019-]+\s+){0,3}?(?P<noun>[a-z]+)"
    r"(?=\s*[,.;]|\s+(?:that|which|who|of|in|at|for|from|with|on|to|by)\b)"
)
"""An apposition after a name and its head, the last noun before the clause ends or a
preposition opens a phrase of its own: "X, the investment bank," (bank), "X, a deputy in
her office," (deputy, not office)."""

_PLACE_PARTICLES = frozenset("de di du del della des do da la van von".split())
"""Particles that say "of" before a place ("de Lausanne", "de la Rioja")."""

_WHICH_AFTER = regex(r",\s+which\b")

_SHARES_AFTER = regex(r" (?:shares|stock)\b")

_SHARES_BEFORE = regex(r"\b(?:[Ss]hares|[Ss]tock) (?:of|in) $")

_OPENERS = " \t\n\"'\u201c\u2018(["

_POSSESSIVE_AFTER = regex(r"['\u2019]s?\b")


def names_a_thing(text: str, start: int, end: int, outer_start: int, words: list[str]) -> bool:
    """Whether the name ``text[start:end]`` (its capitalised words ``words``; the titles
    in front of it, if any, from ``outer_start``) names a thing, not a person."""
    if _NUMBER_AFTER.match(text, end) or beside_an_ampersand(text, outer_start, end):
        return True
    if len(words) > 1 and not _storm_words().isdisjoint(words[:-1]):
        return True  # "Hurricane Helene", "Tropical Storm Bret"
    if words[-1] in _legal_forms() or _legal_form_after(text, end):
        return True  # "Hans Bruck GmbH", "Marcus Whitfield LLP"
    if _craft_before(text, outer_start) or _quoted_whole(text, outer_start, end):
        return True
    return _org_context(text, start, end) or _of_a_place(text, start, end, words)


_OPENING_QUOTE_BEFORE = regex(r"(?:^|[\s(])[\"\u201c]$")

_CLOSING_QUOTE_AFTER = regex(r"[.,!?]?[\"\u201d]")


def _quoted_whole(text: str, start: int, end: int) -> bool:
    """The name is all a quotation holds: the title of a work ("an episode of \"Ted
    Lasso.\""), not a person named in a remark."""
    return bool(
        _CLOSING_QUOTE_AFTER.match(text, end)
        and _OPENING_QUOTE_BEFORE.search(text, max(0, start - 2), start)
    )


def beside_an_ampersand(text: str, start: int, end: int) -> bool:
    """An ampersand joins the name to another: a firm's ("Merriman & Fogg")."""
    if "&" not in text[max(0, start - 3) : end + 3]:
        return False  # (most names)
    return bool(
        _AMPERSAND_AFTER.match(text, end)
        or _AMPERSAND_BEFORE.search(text, max(0, start - 3), start)
    )


def a_plural_in_ies(word: str) -> bool:
    """The plural in -ies of an everyday noun no common surname is spelled like
    ("Securities", "Industries", "Utilities"): alone, a firm's word, not a surname ("SSI
    Securities said"; surnames in -ies, "Davies", "Jefferies", are no such plural)."""
    folded = word.lower()
    return folded.endswith("ies") and folded[:-3] + "y" in thing_words()


def ends_in_a_thing_word(words: list[str], after_honorific: bool = False) -> bool:
    """A name of two words or more that opens with no known given name (or stands after
    "the" and an honorific, "the King Hussein Bridge"; or ends in an activity, "Lamar
    Advertising") and ends in an everyday English noun that no common surname is spelled
    like, or its plural in -ies ("Kessling Freight", "Nobel Prize", "Kotak Securities";
    not "Dave Brat", "Condoleezza Rice")."""
    last = words[-1].lower() if len(words) > 1 else ""
    return (
        len(words) > 1
        and (last in thing_words() or (last.endswith("ies") and last[:-3] + "y" in thing_words()))
        and (after_honorific or not given_names().known(fold(words[0])) or _an_activity(last))
    )


MIN_ACTIVITY = 6


def _an_activity(noun: str) -> bool:
    """An everyday noun in -ing, an activity or trade ("advertising", "mining",
    "publishing"), which ends a firm's name after a given name too ("Lamar Advertising");
    common surnames in -ing are no such noun (thing_words leaves out "Manning")."""
    return len(noun) >= MIN_ACTIVITY and noun.endswith("ing")


_LOWER_NOUN_AFTER = regex(r" ([a-z]+)\b")

_CAPITALISED_NOUN_AFTER_THE = regex(r"\b[Tt]he ([A-Z][a-z]+) $")


def beside_a_named_after_noun(text: str, start: int, end: int, titled: bool) -> bool:
    """A noun for a thing people's names are given to (a facility, structure, road,
    prize or award; lexicon.named_after_nouns) stands right after the name in lower case
    ("flew to Rosalía de Castro airport"), or, where no title stands before the name,
    capitalised after "the" right before it ("at the Hotel Hans Egede"): the name is the
    thing's. (Before a title the word is the office's: "House Speaker Mike Johnson".)"""
    after = _LOWER_NOUN_AFTER.match(text, end)
    if after is not None and after.group(1) in named_after_nouns():
        return True
    if titled:
        return False
    before = _CAPITALISED_NOUN_AFTER_THE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in named_after_nouns()


def ends_in_a_named_after_noun(words: list[str]) -> bool:
    """The name's last word is a noun for a thing people's names are given to
    ("Scholarship", "Stadium"), read where "the" and a title stand before the name: "the
    Chief Manuelito Scholarship"."""
    return len(words) > 1 and words[-1].lower() in named_after_nouns()


_CAPITALISED_WORDS_AFTER = regex(r"(?: [A-Z][\w'\u2019-]*){1,4}(?![\w'\u2019-])")
"""Up to four capitalised words right after a name, each after one space."""


def opens_a_things_name(text: str, end: int) -> bool:
    """Capitalised words go on after the name (a place among them, which ends the run)
    up to an everyday noun no surname is spelled like: the name opens a thing's ("Louis
    Armstrong New Orleans International Airport", "Ada Byron Memorial Library")."""
    hit = _CAPITALISED_WORDS_AFTER.match(text, end)
    if hit is None:
        return False
    last = hit.group().rsplit(" ", 1)[-1].lower()
    return last in thing_words() or (last.endswith("ies") and last[:-3] + "y" in thing_words())


FIRM_WORDS = frozenset(
    "Group Holdings Corp Corporation Company Co Inc Industries Ltd LLC Partners Associates".split()
)
"""Words after a name that only a firm's name takes ("Charoen Pokphand Group")."""


@per_article
def firm_names(article: Article) -> frozenset[str]:
    """The names the article writes as a firm's: right before a word only a firm's name
    takes or a legal form ("a consortium led by Charoen Pokphand Group"), or right after
    an office only a firm has and "of" ("the new chief executive of Hargreaves
    Lansdown"). A name in it is the firm's wherever written ("Charoen Pokphand said")."""
    return _firm_names(article.text)


MAX_NAME_WORDS = 4

_CAPITALISED_RUN = regex(r"[A-Z][\w'\u2019.&-]*(?: [A-Z][\w'\u2019.&-]*)+")
"""Two or more capitalised words, each after one space."""

_LAST_OUTSIDE_A_RUN = regex(r"(?s:.*)[^\w'\u2019.&\- ]")
"""Up to the last character no run of capitalised words holds (``_CAPITALISED_RUN``):
the runs after it are those a scan of the whole text finds."""

LOOK_BACK = 400
"""How far before a firm's word ``_run_start`` looks for such a character first."""


def _firm_names(text: str) -> frozenset[str]:
    """Every run of capitalised words the article writes right before a firm's word or
    legal form, or right after an office only a firm has and "of". Most articles name
    no firm: the runs are read only around a firm's word found first
    (``_firm_word_after_space``), and the offices only where their first words stand
    (``_firm_officers_of``); a name is then looked up, not searched for."""
    found: set[str] = set()
    forms = _legal_forms()
    read_to = 0
    for word in _firm_word_after_space().finditer(text):
        at = word.start() + 1  # after the space
        if at < read_to:
            continue  # in a run already read
        for run in _CAPITALISED_RUN.finditer(text, _run_start(text, at, read_to)):
            if run.start() > at:
                break
            read_to = run.end()
            words = run.group().split(" ")
            for i, w in enumerate(words):
                if i and (w in FIRM_WORDS or w.rstrip(".,") in FIRM_WORDS or w in forms):
                    found.update(" ".join(words[k:i]) for k in range(max(0, i - MAX_NAME_WORDS), i))
    for hit in _firm_officers_of(text):
        words = hit.group("name").split(" ")
        found.update(" ".join(words[:k]) for k in range(1, len(words) + 1))
    return frozenset(found)


def _run_start(text: str, at: int, read_to: int) -> int:
    """Where a scan for runs may start and find the run that holds ``at`` as a scan of
    the whole text does: after the last character before ``at`` that no run holds, or
    at ``read_to``, the end of the runs already read, if later."""
    low = max(read_to, at - LOOK_BACK)
    hit = _LAST_OUTSIDE_A_RUN.match(text, low, at)
    if hit is None and low > read_to:
        hit = _LAST_OUTSIDE_A_RUN.match(text, read_to, at)
    return read_to if hit is None else hit.end()


@cache
def _firm_word_after_space() -> re.Pattern[str]:
    """A whole word after a space that is a firm's word (with any full stops after it)
    or a legal form: every word of a run that ``_firm_names`` takes as one, and a few
    more (lower case, or after a word in lower case) that no run holds. The words are
    grouped by their first letter, so that a space before any other letter is passed
    over at once instead of trying each of some 240 words."""
    words = {**dict.fromkeys(_legal_forms(), ""), **{word: r"\.*" for word in FIRM_WORDS}}
    by_first: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        by_first.setdefault(word[0], []).append(re.escape(word[1:]) + words[word])
    groups = "|".join(
        f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in sorted(by_first.items())
    )
    firsts = "".join(map(re.escape, sorted(by_first)))
    return regex(rf" (?=[{firsts}])(?:{groups})(?![\w'\u2019.&-])")


def _firm_officers_of(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_firm_officer_of`` that a scan of the whole text finds, each
    tried only where an office's first words stand (found by ``str.find``)."""
    pattern = _firm_officer_of()
    starts: set[int] = set()
    for prefix in _firm_office_prefixes():
        at = text.find(prefix)
        while at >= 0:
            starts.add(at)
            at = text.find(prefix, at + 1)
    read_to = 0
    for at in sorted(starts):
        if at >= read_to and (hit := pattern.match(text, at)) is not None:
            read_to = hit.end()
            yield hit


FIRM_OFFICES = frozenset(
    ("Chief Executive", "Chair", "Chief Financial Officer", "Chief Operating Officer")
)
"""Offices only a firm or a body has, never a person ("the chairman of X")."""


@cache
def _firm_officer_of() -> re.Pattern[str]:
    """An office of ``FIRM_OFFICES`` in lower case, "of" (and "the"), then up to
    ``MAX_NAME_WORDS`` capitalised words."""
    forms = sorted(_firm_office_forms(), key=len, reverse=True)
    return regex(
        rf"\b(?:{'|'.join(map(re.escape, forms))}),?\s+of\s+(?:the\s+)?"
        rf"(?P<name>[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){{0,{MAX_NAME_WORDS - 1}}})"
    )


@cache
def _firm_office_forms() -> frozenset[str]:
    """The offices of ``FIRM_OFFICES`` as written in lower case, without "of"."""
    lexicon = offices()
    return frozenset(
        form
        for form in lexicon.lower_forms
        if " of " not in form and lexicon.lookup(form)[0].label in FIRM_OFFICES
    )


@cache
def _firm_office_prefixes() -> tuple[str, ...]:
    """The shortest openings of the offices ``_firm_officer_of`` finds ("chair" for
    "chairman" too): every office it matches starts with one."""
    forms = sorted(_firm_office_forms(), key=len)
    return tuple(f for i, f in enumerate(forms) if not any(f.startswith(g) for g in forms[:i]))


def _of_a_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """A body "of" a place in a language that writes it with a particle, opening with no
    given name: "Banque Cantonale de Lausanne", "Universidad de Chile" (not "Charles de
    Gaulle", "Leonardo da Vinci")."""
    if len(words) < 2:
        return False
    parts = text[start:end].rsplit(" ", 2)
    if len(parts) < 3 or parts[1] not in _PLACE_PARTICLES:
        return False
    last = words[-1]
    is_place = last in _place_names() or places().is_place(last)
    return is_place and not given_names().known(fold(words[0]))


def _legal_form_after(text: str, end: int) -> bool:
    """A legal form after the name, or after a comma after it ("Whitfield, LLP")."""
    at = end + 1 if text[end : end + 1] == "," else end
    if text[at : at + 1] != " " or not text[at + 1 : at + 2].isupper():
        return False
    stop = text.find(" ", at + 1)
    token = text[at + 1 : stop if stop >= 0 else len(text)].rstrip(",;:)")
    return token in _legal_forms() or token.rstrip(".") in _legal_forms()


def _craft_before(text: str, start: int) -> bool:
    """A ship's prefix or a noun for a ship right before the name ("USS", "the liner",
    "the aircraft carrier")."""
    if text[start - 1 : start] != " ":
        return False
    space = text.rfind(" ", max(0, start - 40), start - 1)
    last = text[space + 1 : start - 1]
    if last in SHIP_PREFIXES:
        return True
    nouns, last_words = _ship_nouns()
    if last not in last_words:
        return False  # (most names)
    if last in nouns:
        return True
    before = text.rfind(" ", max(0, space - 40), space)
    return space > 0 and text[before + 1 : start - 1] in nouns


def _org_context(text: str, start: int, end: int) -> bool:
    """Context only an organisation takes: an apposition headed by a noun for one after
    the name, a relative clause with "which" after a name that opens the sentence
    ("Edward Jones, which has 19,000 advisers,"; later in a sentence "which" may stand
    for the whole clause: "he endorsed Haley, which surprised many"), its shares ("shares
    of X", "X shares"; not "X's shares", a person's holding), or "at" after a noun for a
    person before it ("economists at X")."""
    if text[end : end + 1] == ",":
        if _WHICH_AFTER.match(text, end) and not text[:start].strip(_OPENERS):
            return True
        hit = APPOSITION_HEAD.match(text, end)
        if hit is not None and noun_kind(_singular(hit.group("noun"))) == "org":
            return True
    if _SHARES_AFTER.match(text, end) or _SHARES_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _org_noun_before(text, start) or (
        "of " in text[max(0, start - 8) : start]
        and _OF_AFTER_A_NAME.search(text, max(0, start - 60), start)
    ):
        return True
    if text[start - 4 : start] != " at " or _POSSESSIVE_AFTER.match(text, end):
        return False
    hit = _PERSON_AT_BEFORE.search(text, max(0, start - 30), start)
    return hit is not None and noun_kind(_singular(hit.group(1).lower())) == "person"


_NOUN_BEFORE = regex(r"(?:^|[\s(])(?:[Tt]he\s+|[Aa]n?\s+)?(?P<noun>[a-z]+)\s+$")

_OF_AFTER_A_NAME = regex(
    r"(?<![\w.-])[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+,?\s+of\s+(?:the\s+)?$"
)
"""A person's name (two capitalised words), then "of": what follows is the body or place
they belong to ("Analyst Ruth Ong of Kessler Barnes", "Coach Ivo Lind of Real Sporting")."""


_PAST_VERB_AFTER = regex(r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+[a-z]+ed\b")
"""A verb in the past after the name: a clause about the body the person made ("the
company Ann Lee founded"), so the noun before is no name of theirs."""


def _org_noun_before(text: str, start: int) -> bool:
    """A noun for an organisation right before the name: the name is that organisation's
    ("the carmaker Veltro", "the brokerage Hale Morgan"; not "the bank chief Ann Lee")."""
    if not text[start - 2 : start - 1].islower():
        return False  # (most names: no word in lower case right before)
    hit = _NOUN_BEFORE.search(text, max(0, start - 30), start)
    if hit is None or noun_kind(_singular(hit.group("noun"))) != "org":
        return False
    if hit.group("noun") in _office_last_words():
        return False  # "the army chief of staff Ann Lee", "Kessler chief exec Ann Lee"
    return _PAST_VERB_AFTER.match(text, start) is None


def _singular(word: str) -> str:
    if noun_kind(word) is None and word.endswith("s"):
        return word[:-3] + "y" if word.endswith("ies") else word[:-1]
    return word


@cache
def _office_last_words() -> frozenset[str]:
    """The last words of the offices written in lower case ("staff", "exec")."""
    return frozenset(form.rsplit(" ", 1)[-1] for form in offices().lower_forms)


@cache
def _storm_words() -> frozenset[str]:
    """Nouns for a storm as they open its name ("Hurricane", "Typhoon")."""
    return frozenset(noun.title() for noun, kind in noun_kinds().items() if kind == "storm")


@cache
def _ship_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns for a ship ("liner", "aircraft carrier"), and their last words ("carrier")."""
    nouns = frozenset(noun for noun, kind in noun_kinds().items() if kind == "craft")
    return nouns, frozenset(noun.rsplit(" ", 1)[-1] for noun in nouns)


@cache
def _place_names() -> frozenset[str]:
    """Places of WordNet and of the gazetteer (data/wordnet_places.txt, cities.txt)."""
    return frozenset(data_lines("wordnet_places.txt")) | places().gazetteer


@cache
def _legal_forms() -> frozenset[str]:
    """The legal forms written as one word ("LLP", "GmbH", "S.A.", "Inc.")."""
    return frozenset(form for form in data_lines("legal_forms.txt") if " " not in form)
