"""The city or state an article is about: the place of its local offices said without one.

A local report names its city once, in its headline or first sentence ("Akron Adds Night
Patrols After Shootings"), and then its officials without it ("Police Chief Ann Lee
said"): the police chief is Akron's, so two reports of Akron that name two police chiefs
disagree, and reports of two cities do not. Only the offices of a city (offices.txt,
"citywide:") take it, and only where the opening names one city: an opening that names
two cities or none leaves them without a place, one holder among many. The offices of a
state ("statewide:": "Lieutenant Governor Ann Lee said" in "Minnesota Sues Insulin
Makers") take the one state the opening names, or where it names none the one region of
another country (regions.txt: "Mizoram Bans Plastic Bags"), where their sentence names
none. An
article that names no city at all speaks, in a comparison, of the other's city
(``lent_city``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from tui.engine.corpus import Article
from tui.engine.people.lexicon import given_names, offices, places, thing_words
from tui.engine.people.mentions import Mention, Run
from tui.engine.people.office_refs import OfficeRef
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

OPENING_SENTENCES = 2
"""The headline and the first sentence (or the first two sentences of an article
without a headline): where a local report names its city."""

_WORD = regex(r"[^\W\d_][\w.'\u2019-]*")

_POSSESSIVE = regex(r"['\u2019]s?$")

_LONGEST_CITY = 3
"""Words in the longest city name looked for ("Salt Lake City")."""


@per_article
def opening_city(article: Article) -> str | None:
    """The folded city the article's opening names, where it names exactly one and the
    article gives no one its name as a surname ("Mayor Ann Lee of Austin" / "Pete
    Austin")."""
    found: dict[str, str] = {}
    for sentence in article.content_sentences[:OPENING_SENTENCES]:
        found.update(_cities_written(sentence.text))
    if len(found) != 1:
        return None
    ((city, written),) = found.items()
    if " " not in written and _named_after_given_name(article.text, written):
        return None
    return city


def cities_in(text: str) -> set[str]:
    """The folded cities ``text`` names (see ``_cities_written``)."""
    return set(_cities_written(text))


def _cities_written(text: str) -> dict[str, str]:
    """Folded city -> as written, for the cities ``text`` names: a city of the gazetteer
    (data/cities.txt) or of places.txt ("London") among its capitalised words, the
    longest first ("San Antonio", not "Antonio"); not a city after a given name, an
    honorific or an office ("Sam Austin", "Mayor Hamilton": a person), a city that is an
    everyday noun ("Mobile", "Buffalo") nor one that is also a country or a state
    ("Washington", "New York")."""
    found: dict[str, str] = {}
    for words in _capitalised_runs(text):
        at = 0
        while at < len(words):
            for size in range(min(_LONGEST_CITY, len(words) - at), 0, -1):
                name = _POSSESSIVE.sub("", " ".join(words[at : at + size]).rstrip("."))
                if _a_city(name) and not (at and _names_a_person(words[at - 1])):
                    found.setdefault(fold(name), name)
                    at += size
                    break
            else:
                at += 1
    return {city: name for city, name in found.items() if city not in places().states}


def _capitalised_runs(text: str) -> list[list[str]]:
    """The runs of capitalised words of ``text`` (in any script: "Kraków", "Łódź"), each
    run's words separated by spaces only."""
    runs: list[list[str]] = []
    edge = -1
    for word in _WORD.finditer(text):
        if not word.group()[0].isupper():
            edge = -1
            continue
        if edge >= 0 and not text[edge : word.start()].strip(" "):
            runs[-1].append(word.group())
        else:
            runs.append([word.group()])
        edge = word.end()
    return runs


def _a_city(name: str) -> bool:
    lexicon = places()
    if " " not in name and name.lower() in thing_words():
        return False
    return name in lexicon.cities or (
        name in lexicon.city_names and lexicon.country_of(name) is None
    )


def _names_a_person(word: str) -> bool:
    """``word`` before a city makes it a person's name: a given name, an honorific or an
    office ("Sam", "Dr.", "Mayor")."""
    lexicon = offices()
    return given_names().known(fold(word)) or word in lexicon.honorific_forms or lexicon.knows(word)


def _named_after_given_name(text: str, name: str) -> bool:
    """``text`` writes ``name`` after a given name somewhere ("Pete Austin")."""
    before = r"([A-Z][a-z]+)[ ]+" + re.escape(name) + r"\b"
    return any(given_names().known(fold(hit.group(1))) for hit in re.finditer(before, text))


@per_article
def opening_state(article: Article) -> str | None:
    """The folded state the article's opening names, where it names exactly one: a state
    of the United States ("Minnesota Sues Insulin Makers") or, where it names none, a
    first-level region of another country (data/regions.txt: "Mizoram Bans Plastic
    Bags")."""
    lexicon = places()
    opening = [s.text for s in article.content_sentences[:OPENING_SENTENCES]]
    found = {fold(hit.group()) for text in opening for hit in lexicon.state_pattern.finditer(text)}
    if not found:
        found = {region for text in opening for region in _regions_written(text)}
    return found.pop() if len(found) == 1 else None


def _regions_written(text: str) -> set[str]:
    """The folded regions of the gazetteer (data/regions.txt) ``text`` names among its
    capitalised words, the longest first, not after a word that makes them a person's
    name ("Sam Austin"), nor one that is also a country ("Georgia")."""
    lexicon = places()
    found: set[str] = set()
    for words in _capitalised_runs(text):
        at = 0
        while at < len(words):
            for size in range(min(_LONGEST_CITY, len(words) - at), 0, -1):
                name = _POSSESSIVE.sub("", " ".join(words[at : at + size]).rstrip("."))
                if (
                    name in lexicon.region_names
                    and lexicon.country_of(name) is None
                    and not (at and _names_a_person(words[at - 1]))
                ):
                    found.add(fold(name))
                    at += size
                    break
            else:
                at += 1
    return found


def in_city(
    runs: Sequence[Run | Mention], sentence: str, article: Article
) -> Sequence[Run | Mention]:
    """The runs of one sentence of ``article`` (its text ``sentence``), the offices of a
    city they give without a place placed in the one city the sentence names ("In
    Mysuru, police commissioner X said"), else, where it names none, in the article's
    (``opening_city``); the offices of a state likewise in the article's state
    (``opening_state``) where the sentence names no state."""
    unplaced = [run for run in runs if run.offices and any(map(_unplaced, run.offices))]
    if not unplaced:
        return runs
    named = cities_in(sentence)
    city = next(iter(named)) if len(named) == 1 else None if named else opening_city(article)
    state = None if places().state_pattern.search(sentence) else opening_state(article)
    if city is None and state is None:
        return runs
    return [_placed(run, city, state) if run in unplaced else run for run in runs]


def _placed(run: Run | Mention, city: str | None, state: str | None) -> Run | Mention:
    placed = [_in(o, city, state) for o in run.offices]
    if isinstance(run, Run):
        return replace(run, offices=placed)
    return run._replace(offices=tuple(placed))


def _unplaced(office: OfficeRef) -> bool:
    """A local office of a city or a state said without its place."""
    lexicon = offices()
    local = office.label in lexicon.citywide or office.label in lexicon.statewide
    return local and office.qualifier is None and not office.country


def _in(office: OfficeRef, city: str | None, state: str | None) -> OfficeRef:
    if not _unplaced(office):
        return office
    place = city if office.label in offices().citywide else state
    return office if place is None else replace(office, qualifier=place, unique=True)


@per_article
def names_no_city(article: Article) -> bool:
    """No sentence of the article names a city (``cities_in``)."""
    return not any(cities_in(sentence.text) for sentence in article.content_sentences)


def lent_city(article: Article, other: Article) -> str | None:
    """The city of ``other``'s opening, the place of ``article``'s city offices said
    without one where ``article`` names no city at all: two reports of one event, one
    of which never says where ("City Pays Family After Raid ... Police Chief Jon
    Kowalczyk said"), speak of one city's police chief."""
    city = opening_city(other)
    return city if city is not None and names_no_city(article) else None


def lent(office: OfficeRef, city: str | None) -> OfficeRef:
    """``office`` placed in ``city`` where it is a city's office said without a place."""
    if city is None or office.label not in offices().citywide or not _unplaced(office):
        return office
    return replace(office, qualifier=city, unique=True)
