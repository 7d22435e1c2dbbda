"""Counts of people named by different nouns: "eleven *members* of the club" / "seven
*cavers*", "*Nineteen passengers*" / "*29 people*", "a *crew of nine*" / "*11 sailors*".

Two outlets counting the people an event touched name them by whatever noun suits
their sentence: by role ("passengers", "crew members"), by activity ("cavers",
"rowers") or plainly ("people"). WordNet files such nouns as kinds of a person (first
sense), so two such counts count one kind of thing even where neither noun is a
synonym of the other. A word WordNet lacks is a person by the ending of an agent
noun ("cavers", "oarsmen"); a bare count after "a <group> of" ("a *crew* of nine") counts
the members of an organisation, people too. People named by age, sex or kinship
("children", "women") are a part of any crowd and pair with no other noun.

The nouns alone do not say the two counts count the same people: "twelve
*protesters* were arrested" / "three *officers* were hurt" are two groups. So a count
of people pairs with another only where neither side names the other side's counted
noun outside its count (``names_other_group``): a side that mentions "officers"
uncounted tells its count of protesters apart from them.
"""

from __future__ import annotations

from functools import cache

from tui.engine.findings.contradiction.kinds import ancestors, base_forms, senses
from tui.engine.prepared_regex import regex

_IRREGULAR_PLURALS = {"children": "child", "people": "person", "persons": "person"}
"""Plurals WordNet's detachment rules (kinds.base_forms) do not reduce."""
_TRAIT_WORDS = ("adult", "juvenile", "adolescent", "child", "female", "male", "relative")
"""Words whose person senses head WordNet's people of an age, a sex or a kinship."""
_AGENT_ENDINGS = ("ers", "ors", "ists", "ians", "men", "ees")
"""Endings of plural agent nouns ("cavers", "oarsmen", "trainees"), read as people
only for a word WordNet lacks."""
_GROUP_BEFORE = regex(r"\b([a-z]+) of (?:some |about |around |nearly |almost )?$")
"""A noun and "of" just before a bare count ("a *crew of* nine")."""
_WORDS = regex(r"[a-z]+")


@cache
def _person() -> int:
    return senses("person", "n")[0]


@cache
def _organisation() -> int:
    return senses("organization", "n")[0]


@cache
def _traits() -> frozenset[int]:
    """The senses of a person of an age, a sex or a kinship ("adult", "female",
    "child", "relative"...)."""
    person = _person()
    return frozenset(
        sense
        for word in _TRAIT_WORDS
        for sense in senses(word, "n")
        if sense != person and person in ancestors(sense)
    )


def counts_people(noun: str) -> bool:
    """Whether a folded plural or singular noun names people by their part in events:
    its most frequent sense is a kind of person but not one of an age, a sex or a
    kinship ("children", "women", "mothers" name a part of any crowd: "three children"
    may be among "five people"), or WordNet lacks it and it ends as an agent noun does."""
    noun = _IRREGULAR_PLURALS.get(noun, noun)
    own = senses(noun, "n")
    if own:
        kinds = ancestors(own[0])
        return _person() in kinds and kinds.isdisjoint(_traits())
    return noun.endswith(_AGENT_ENDINGS) and len(noun) > len("ers") + 2


def group_before(text_before: str) -> str | None:
    """The noun of an organisation that a bare count gives the size of ("a *crew* of
    nine", "a *team* of 12"), read from the lower-cased text before the count."""
    match = _GROUP_BEFORE.search(text_before[-40:])
    if match is None:
        return None
    noun = match.group(1)
    return noun if is_organisation(noun) else None


def is_organisation(noun: str) -> bool:
    """Whether the most frequent sense of a folded noun is a kind of organisation."""
    own = senses(noun, "n")
    return bool(own) and _organisation() in ancestors(own[0])


def names_other_group(text: str, noun: str) -> bool:
    """Whether a lower-cased sentence holds the folded noun in any of its forms (the
    forms WordNet's detachment rules reduce them to meet: "crews" / "crew")."""
    forms = _forms(noun)
    return any(not forms.isdisjoint(_forms(word)) for word in _WORDS.findall(text))


def _forms(noun: str) -> frozenset[str]:
    irregular = _IRREGULAR_PLURALS.get(noun)
    return frozenset(base_forms(noun, "n")) | ({irregular} if irregular else frozenset())
