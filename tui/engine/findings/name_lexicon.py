"""The lexicons the name detectors read: offices, places and nations, given names.

They ship as plain-text files in ``tui/engine/data/`` so a reviewer can extend them
without touching code (each file's header says how). Each is parsed once, on first use.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tui.engine.textnorm import fold

DATA = Path(__file__).resolve().parent.parent / "data"


@dataclass(frozen=True, slots=True)
class Office:
    label: str
    """Canonical name: "Finance Minister" for "Treasury Secretary" and "Secretary of the
    Treasury" alike."""
    unique: bool
    """One holder per country at a time: naming two people for it is a conflict."""


@dataclass(frozen=True)
class OfficeLexicon:
    pattern: re.Pattern[str]
    """Every alias, longest first, case-insensitive, on word boundaries."""
    aliases: dict[str, tuple[Office, str | None]]
    """Normalised alias -> (office, country the wording implies)."""
    modifiers: frozenset[str]
    honorifics: re.Pattern[str]
    """Courtesy titles and ranks, capitalised as they stand before a name."""

    def lookup(self, matched: str) -> tuple[Office, str | None]:
        return self.aliases[_alias_key(matched)]


@dataclass(frozen=True)
class PlaceLexicon:
    pattern: re.Pattern[str]
    """Every country, place and organisation form, longest first, case-sensitive."""
    country: dict[str, str]
    """Country form ("U.S.", "Chinese", "Sino-") -> country code."""
    org_words: frozenset[str]
    time_words: frozenset[str]

    def country_of(self, form: str) -> str | None:
        return self.country.get(" ".join(form.split()))


@dataclass(frozen=True)
class GivenNames:
    groups: dict[str, frozenset[str]]
    """Folded given name -> the formal names it stands for (itself included)."""

    def known(self, name: str) -> bool:
        return name in self.groups

    def same_person(self, a: str, b: str) -> bool:
        """True when two given names may name one person: equal, a nickname of the other,
        both short forms of one formal name, or an initial of the other."""
        if a == b:
            return True
        if len(a) == 1 or len(b) == 1:
            return a[0] == b[0]
        return bool(self.groups.get(a, {a}) & self.groups.get(b, {b}))


def _alias_key(text: str) -> str:
    return " ".join(fold(text).split())


def _words_pattern(forms: Iterable[str], flags: int = 0) -> re.Pattern[str]:
    """An alternation of ``forms`` (longest first) that never starts or ends inside a word
    (a hyphen is a word boundary: "Sino-US", "then-Treasury Secretary")."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        escaped = r"\s+".join(re.escape(word) for word in form.split())
        parts.append(escaped)
    return re.compile(r"(?<![\w.])(?:" + "|".join(parts) + r")(?!\w)", flags)


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def _split(values: str) -> list[str]:
    return [v.strip() for v in values.split(";") if v.strip()]


@cache
def offices() -> OfficeLexicon:
    aliases: dict[str, tuple[Office, str | None]] = {}
    modifiers: list[str] = []
    honorifics: list[str] = []
    for line in _lines("offices.txt"):
        if line.startswith("modifier:"):
            modifiers += _split(line.partition(":")[2])
            continue
        if line.startswith("honorific:"):
            honorifics += _split(line.partition(":")[2])
            continue
        label, holders, alias_list = (part.strip() for part in line.split("|"))
        office = Office(label, holders == "one")
        for alias in _split(alias_list):
            country, _, wording = alias.rpartition(":") if ":" in alias else ("", "", alias)
            aliases[_alias_key(wording)] = (office, country.strip() or None)
    capitalised = [h[0].upper() + h[1:] for h in honorifics]
    return OfficeLexicon(
        pattern=_words_pattern(aliases, re.IGNORECASE),
        aliases=aliases,
        modifiers=frozenset(fold(m) for m in modifiers),
        honorifics=_words_pattern(capitalised),
    )


@cache
def places() -> PlaceLexicon:
    country: dict[str, str] = {}
    forms: list[str] = []
    org_words: list[str] = []
    time_words: list[str] = []
    for line in _lines("places.txt"):
        head, _, values = line.partition(":")
        items = _split(values)
        if head.startswith("country "):
            code = head.split()[1]
            country.update((form, code) for form in items)
            forms += items
        elif head == "place":
            forms += items
        elif head == "org":
            org_words += items
            forms += [f for f in items if " " in f]
        elif head == "time":
            time_words += items
            forms += [f for f in items if " " in f]
    return PlaceLexicon(
        pattern=_words_pattern(forms),
        country=country,
        org_words=frozenset(w.rstrip(".") for w in org_words),
        time_words=frozenset(time_words),
    )


@cache
def given_names() -> GivenNames:
    groups: dict[str, set[str]] = defaultdict(set)
    for line in _lines("nicknames.txt"):
        formal, _, nicknames = line.partition(":")
        formal = fold(formal.strip())
        groups[formal].add(formal)
        for nickname in nicknames.split(","):
            if nickname.strip():
                groups[fold(nickname.strip())].add(formal)
    return GivenNames({name: frozenset(formals) for name, formals in groups.items()})
