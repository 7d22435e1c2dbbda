"""Name runs in one sentence: capitalised words that the text marks as a person.

One regex pass finds the capitalised words, offices, places and honorifics of a
sentence (lower-case offices are looked up only where a name needs them). A run of
name words ("Gina Raimondo", "John A. Smith Jr.") gets its evidence of being a person:
a title or office in front ("U.S. Secretary of Commerce Gina Raimondo", "Sen. Smith"),
an office in apposition ("Bessent, the Treasury Secretary"), a known given name, a
middle initial, or a speech verb after it ("Yellen said"). persons.py links runs into
people. Places, nations, demonyms, organisations, days and months (data/places.txt)
never start or join a run, and a run that names a thing (things.py: "Kessling Freight",
"USS Gerald R. Ford") is none. Headlines and captions (most words capitalised, no closing
stop) capitalise ordinary words, so there only a title in front counts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Literal, NamedTuple

from tui.engine.findings.english_frequency import is_common
from tui.engine.memo_table import MemoTable
from tui.engine.people.east_asian import family_first, is_family_name, joins_hyphenated
from tui.engine.people.lexicon import alternation, office_nouns, offices, places
from tui.engine.people.lexicon import given_names as given_name_lexicon
from tui.engine.people.name_words import (
    IRISH_O,
    LATIN_CAPITALS,
    LOWER_PARTICLES,
    PARTICLE_PHRASES,
    PARTICLES,
    SURNAME_CONJUNCTIONS,
    every_sense_a_person,
    is_function_word,
    is_group_word,
    is_headline_verb,
    is_job_word,
    is_name_title,
    is_ordinary_word,
    is_person_noun,
    name_key,
    name_start,
)
from tui.engine.people.office_refs import (
    BODY_NOUNS,
    NAMED_BODY_AFTER,
    PROCEEDINGS,
    ROLE_VERBS,
    TRADE_LEADS,
    OfficeRef,
    chief_of_trade,
    deputy_after,
    is_body_noun,
    is_lower_rank,
    is_organisational,
    kind_before,
    office_by_verb,
    office_ref,
)
from tui.engine.people.place_names import is_place_name
from tui.engine.people.things import (
    APPOSITION_HEAD,
    beside_a_named_after_noun,
    beside_an_ampersand,
    ends_in_a_named_after_noun,
    ends_in_a_thing_word,
    names_a_thing,
    opens_a_things_name,
)
from tui.engine.prepared_regex import prepared_pattern, regex
from tui.engine.segment import Sentence, is_name_abbreviation
from tui.engine.textnorm import TITLE_SMALL, fold

Evidence = Literal[
    "title",
    "apposition",
    "given name",
    "family name",
    "initial",
    "particle",
    "kin",
    "speech",
    "role",
    "age",
    "link",
]

ItemKind = Literal["office", "place", "honorific", "org", "cap", "initial", "suffix", "other"]

COMMON_ZIPF = 3.5
"""A capitalised word at least this frequent in English (wordfreq) that opens a sentence
is more likely an ordinary word than a name."""

MAX_NAME_WORDS = 4

_APOSTROPHES = frozenset("'\u2019")

_SUFFIXES = frozenset("Jr Sr II III IV".split())

_SPEECH = frozenset(
    """said says told added asked wrote tweeted argued noted stated insisted warned replied
    responded recalled acknowledged admitted explained declared countered contended urged
    testified announced""".split()
)

_SPEECH_VERBS = "|".join(sorted(_SPEECH))

_SPEECH_AFTER = regex(rf"\s*,?\s*(?:{_SPEECH_VERBS})\b")

_AFFILIATION_THEN_SPEECH = regex(
    rf"\s+(?:of|at|from)\s+(?:the\s+)?(?:[A-Z][\w'\u2019&.-]*\s+){{0,3}}?[A-Z][\w'\u2019&.-]*"
    rf"\s+(?:{_SPEECH_VERBS})\b"
)
"""A body a person speaks for, then a speech verb, after a full name ("Ana Ruiz of
Banorte said", "Ivo Kranjc at the Zagreb Institute told")."""

_COMMA_OR_SPEECH_AFTER = regex(rf"\s*,|\s*(?:{_SPEECH_VERBS}|served\s+as|was|had\s+been)\b")

_OPENS_COMMA_OR_SPEECH = frozenset(",") | {verb[0] for verb in (*_SPEECH, "served", "was", "had")}
"""What may stand right after the spaces that ``_COMMA_OR_SPEECH_AFTER`` skips: a comma or
the first letter of one of its verbs (a name is mostly followed by another word)."""

_NEXT_AFTER = regex(r"\s*(?:,|(\w+))")

_WORDS_AFTER_A_NAME = _SPEECH | {
    "served",
    "was",
    "had",
    "became",
    "has",
    "as",
    "is",
    "remains",
    "will",
}
"""The first words of what is read after a name besides a comma: a speech verb ("Yellen
said"), an office said of it ("Zhou served as", "Hadley became"), a role ("succeeded
Khomeini as supreme leader", "named Ann Lee as chief executive")."""

_PERSON_NOUNS = (
    "head|leader|founder|ruler|commander|chief|owner|official|adviser|advisor|aide|deputy|"
    "spokesman|spokeswoman|spokesperson|secretary|minister|president|chairman|chairwoman|"
    "director|governor|mayor|ambassador|envoy|general|father|mother|son|daughter|wife|"
    "husband|widow|brother|sister|cousin|predecessor|successor|rival"
)

_ROLE_AFTER = regex(
    r"\s*,\s*(?:who(?:se)?\b|no\s+relation\b|(?:the|a|an|[A-Z][\w.-]*['\u2019]s?)\s+"
    rf"(?:[\w'\u2019-]+\s+){{0,4}}?(?:{_PERSON_NOUNS})\b)"
    rf"|\s+as\s+(?:the\s+)?(?:[a-z-]+\s+){{0,2}}?(?:{_PERSON_NOUNS})\b"
)
"""What only a person's name takes after it: after a comma, a relative clause with "who"
("Syrskyi, who replaced"), a denial of kinship ("Sanal Badmaev, no relation,") or an
apposition headed by a noun for a person ("Yermak, the head of the presidential office",
"Shoigu, the council's secretary", "Raffensperger, Georgia's top election official"); or
a role with "as" ("succeeded Ruhollah Khomeini as supreme leader")."""
"""What must follow a name for ``_APPOSITION_LEAD`` or ``_SPEECH_AFTER`` to match."""

_PRONOUNS = frozenset("he she it its his her they their we i".split())

_THING_PRONOUNS = frozenset(("it", "its"))

_PRONOUN_REACH = 5
"""How many words after a speech verb its subject clause may start ("said on Thursday
that it would")."""

_CLAUSE_END = regex(r"[.;:,\"\u201c\u201d]")

_ARTICLE_BEFORE = regex(r"\b(?:[Tt]he|[Aa]n?)\s+$")
"""Right before a run that has no title: the run modifies a noun ("the Ryan Medicare
plan", "a Bush adviser")."""

_GROUP_BEFORE = regex(
    r"\b(?:group|militia|organi[sz]ation|movement|faction|brigade|network|party)s?\s*,?\s+$"
)
"""A noun naming an organisation right before a run: the run names it ("another terrorist
group, Ansar al-Sharia,")."""

_KIN_NOUNS = frozenset(
    """husband wife son daughter brother sister father mother grandson granddaughter nephew
    niece cousin widow stepson stepdaughter""".split()
)

_KIN_BEFORE = regex(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|['\u2019]s?)\s+(?:(?:late|former|eldest|elder|younger|"
    rf"youngest|twin|only)\s+)?(?:{'|'.join(sorted(_KIN_NOUNS))})\s*,?\s+$"
)
"""A relative named after whose relative they are: the name is a person's ("her husband
Bill", "Qaddafi's son Saif al-Islam", "his brother, Mike")."""

_ROLE_NOUNS = frozenset(
    """predecessor successor deputy rival aide adviser advisor lawyer spokesman spokeswoman
    counterpart colleague opponent challenger""".split()
)

_ROLE_BEFORE = regex(
    r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|['\u2019]s?)\s+"
    r"(?:(?:former|longtime|top|chief|[A-Z][a-z]+)\s+)?"
    rf"(?:{'|'.join(sorted(_ROLE_NOUNS))})\s*,?\s+$"
)
"""Someone named as another's predecessor, successor, deputy, aide or counterpart is a
person: "Pezeshkian's predecessor, Ebrahim Raisi", "His successor, Ibrahim Raisi", "his
Iraqi counterpart, Hayan Abdul Ghani" (a nation or party may stand in front)."""

_RELATION_AFTER = regex(
    r"\s*,\s*(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:(?:late|former|eldest|elder|younger|youngest|"
    r"twin|only|longtime|first|second)\s+)?"
    rf"(?:{'|'.join(sorted(_KIN_NOUNS | _ROLE_NOUNS))})\b"
)
"""A relative or a role named after a full name, in apposition, as whose relative or
role they are ("Shamiram Odishoo, his sister,", "Bembia Sangajiev, her father and a
former mayor,", "Mustafa Dzhemilev, his predecessor,"): the run is a person's name, as it
is where the relation comes first (``_KIN_BEFORE``, ``_ROLE_BEFORE``). Not after one word,
which may be a place the sentence opens with ("In Valletta, his sister said")."""

_AGE_AFTER = regex(r"\s*,\s*(?:aged\s+)?(?:[1-9]\d?|1[01]\d)\s*,")
"""A person's age in apposition after a full name, as reports give it ("Ewan McIntosh,
52, from Portree", "Ana Ruiz, aged 34,"): said of people only."""

_POSSESSIVE_GAP = regex(r"['\u2019]s?\s+")

_THE_BEFORE = regex(r"\b[Tt]he\s+$")

_LOWER_WORD_AFTER = regex(r" ([a-z]+)\b")

_NAME_WORD_BEFORE = regex(r"\b[A-Z][\w'\u2019.-]* $")
"""A capitalised word right before a surname: a given name before two surnames joined by
"y", "i" or "e" ("José Ortega y Gasset")."""

_LOWER_PARTICLE_FORMS = sorted(
    LOWER_PARTICLES | PARTICLE_PHRASES | SURNAME_CONJUNCTIONS, key=lambda w: (-len(w), w)
)  # longest first, in one order in every run (the compiled pattern is cached by its text)
_LOWER_PARTICLE = regex(rf"(?<!\w)(?:{'|'.join(map(re.escape, _LOWER_PARTICLE_FORMS))})(?!\w)")

_APPOSITION_LEAD = regex(
    r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:(?P<past>who\s+was(?!\s+(?:elected|appointed|named))|who\s+had\s+been|"
    r"who\s+served\s+as|formerly|once|then)\s+"
    r"|who\s+(?:was|has\s+been)\s+(?:elected|appointed|named)(?:\s+as)?\s+)?"
    r"(?:(?:the|(?P<one_of>an?)|who\s+is(?:\s+also)?|now|also)\s+)?"
    r"(?:(?P<former>former|onetime)\s+)?"
    r"(?:(?:acting|interim|caretaker|new)\s+)?"
)
"""The words between a name and an office in apposition; some say the office is past
("Rice, who was secretary of state under Bush", "Fox, the former Mexican president"),
not where it was given ("Johnson, who was elected mayor in 2023," holds it); a
stand-in holds it now ("Shanahan, the acting defense secretary"); "a" or "an" makes an
organisation's office one of several ("Lee, a director of Kessler"); a new holder holds
it now ("Thorn, the new chief executive of Kessler,"), as does one who holds another
office too ("Rustam Emomali, who is also mayor of Dushanbe,")."""

_ROLE_VERB_AFTER = regex(
    rf"\s*,\s*who\s+(?P<verb>{ROLE_VERBS})\s+(?:the\s+)?(?:[a-z]+['\u2019]s\s+)?"
    r"(?P<body>[A-Z][\w'\u2019.&-]*(?:\s+[A-Z][\w'\u2019.&-]*){0,3}"
    r"(?:(?<=['\u2019]s)(?:[ ][a-z]+){1,3}\b)?|[a-z]+(?:[ ][a-z]+){0,2}\b)"
)
"""A verb that gives the name before it an organisation's office: "Anna Berg, who heads
Kessler,", "Tom Harlow, who manages Rovers," (office_refs.ROLE_VERBS), "who heads the
port authority", "who runs the town's sailing club" (an owner in lower case left out)."""

_PREDICATE_LEAD = regex(
    r",?\s+(?:(?P<past>served\s+as|was|had\s+been)|became|has\s+become"
    r"|is|remains|will\s+remain|has\s+been)\s+"
    r"(?:(?:the|(?P<one_of>an?))\s+)?(?P<former>)"
)
"""The words between a name and an office said of it: in a past tense, "Zhou served as
China's premier from 1949", "Ashby, was mayor of Savannah until 1988" (the office is
past); as a tenure that begins or goes on, "Hadley became chairman of the bank on
Wednesday", "Sorokina is general director of the channel", "Silva will remain coach of
Corinthians" (held now). "Was elected mayor" is no office said of it: a verb stands
between."""

_APPOINTING_BEFORE = regex(
    r"\b(?:elected|re-elected|named|appointed|chose|picked|selected|hired|installed)\s+$"
)
"""A verb that gives the name after it an office it holds from then on."""

_APPOINTED_AS = regex(
    r"\s+as\s+(?:(?:the|its|their|his|her|(?P<one_of>an?))\s+)?(?P<past>)(?P<former>)"
    r"(?:new\s+)?"
)
"""Between a name an appointing verb stands before and the office it is given: "named
Ann Lee as chief executive", "elected Ann Lee as its new leader"."""

_FRONTED_GAP = regex(r",\s*$")
"""Between an office in apposition and the name after it: "The coach, Marco Bellini"."""

_APPOSITION_CLOSED = regex(r"\s*,|\.[\"'\u201d\u2019)]*(?:\s|$)")
"""What closes a name in apposition: a comma, or the end of the sentence ("opened by the
city's mayor, Eva Berg.")."""

_PHRASE_OPENING = regex(
    r"(?:\b[Tt]he|\b[Ii]ts|\b[Hh]is|\b[Hh]er|\b[Tt]heir|['\u2019]s)(?:\s+[^\s,;:.]+){0,3}\s+$"
)
"""What opens the noun phrase of an office in apposition before a name: "the", a
possessive ("the city's"), and at most three words between ("The United Nations")."""

_POSSESSIVE_BEFORE = regex(r"\b(?P<owner>[A-Za-z][\w.-]*)['\u2019]s\s+(?:[^\s,;:.]+\s+){0,2}$")
"""Whose office it is, before an office in apposition: "the center's", "Peru's"."""

_PLACE_NOUNS = frozenset("city town state country nation province county region capital".split())
"""Possessors that are the place the article is about ("the city's mayor"): the office
is that place's, which the other report may not name either."""

_AND_AFTER = regex(r"\s+and\s+")

_LATE_BEFORE = regex(r"\b[Tt]he\s+late\s+$")
"""Before a name: the person has died, so an office said of them after it is past ("the
late Richard J. Daley, who was elected mayor in 1955")."""

_THEN_AFTER = regex(r"\s*,\s*then\s+(?:in\s+office|serving|still)\b")
"""After a titled name: the title was the person's at a time the sentence tells of, not
now ("Secretary of State Mike Pompeo, then in office, negotiated ... in 2019")."""

_TITLE_GAP = regex(r"\s+|['\u2019]s\s+|-")

_OF_PLACE = regex(r"\s+(?:of|for)\s+(?:the\s+)?")
"""Between an office and its place or body: "Attorney General *of the* State"."""

_SPACES = regex(r"\s+")

_PLACE_TO_OFFICE = regex(r"(?:['\u2019]s)?\s+")
"""Between a place and its office in lower case: "Mexican president", "Michigan's
attorney general"."""

_BODY_BEFORE = regex(r"(?:^|\s)(?P<body>[A-Z]{2,6}|[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)+|[a-z]+)\s+$")
"""The word right before a title that may name the body it belongs to: an acronym
("NAACP President"), a hyphenated name ("Chick-fil-A president") or a body noun."""


_LONG_WORD = regex(r"\b\w{4}")

_CAPITALISED_LONG_WORD = regex(r"\b[^\W\d_a-z]\w{3}")

# A word in lower case, not the tail of a possessive, contraction or compound ("Kerry's").
_LOWER_CASE_WORD = regex(r"(?<![\w'\u2019-])[a-z]+")

_PLACE_PREPOSITION_BEFORE = regex(r"\b(?:of|in|at|from)\s+(?:(?:St|Ste|Mt|Ft)\.\s*)?$")
"""A single word after one of these (and a place's abbreviated "St.", "Mt.") is a place or
a body even before a speech verb: "the governor of Texas said", "of St. Petersburg said"."""

MAX_JURISDICTION_WORDS = 6

_PHRASE_KINDS = frozenset(("cap", "place", "org"))

_PHRASE_GAP = regex(r"\s|\s+of\s+(?:the\s+)?")

_TRAILING_WORD = regex(r"\w+$")

_NAME_WORD_KINDS = frozenset(("cap", "initial", "suffix"))
"""The items a run of name words is made of."""

_NEAR_GAP = regex(rf"{_TITLE_GAP.pattern}|{_PHRASE_GAP.pattern}")
"""The gaps across which an item before a name can be (part of) its title or
jurisdiction: an office, place or organisation further off is none."""

_BEFORE_NAME_KINDS = frozenset(("office", "honorific", "place", "org"))
"""The items that may stand before a name as (part of) its title or jurisdiction."""

_HYPHENATED_TAIL = regex(r"-([a-z]+)\b")

_CLOSING = ".!?\"'\u201d\u2019)"

_OPENERS = " \t\n\"'\u201c\u2018(["


@dataclass(slots=True)
class Item:
    """A word or phrase that matters for names: a capitalised word, or a whole office,
    place or honorific match. Lower-case words in between are not items: they stay in the
    gap text, which is how a run or a title chain is broken."""

    start: int
    end: int
    text: str
    kind: ItemKind


@dataclass(slots=True)
class Run:
    sentence: int
    items: list[Item]
    offices: list[OfficeRef] = field(default_factory=list)
    evidence: Evidence | None = None
    offset: int = 0
    """Where the sentence starts in the article: the items' offsets are into the
    sentence (shifting them only for the runs that become mentions saves time)."""
    headline: bool = False
    """The run stands in a headline (title case without a closing stop)."""


class Mention(NamedTuple):
    """One name of a person in the text (persons.py makes them of runs; a word alone
    without evidence, most capitalised words, is made one by ``sentence_runs`` at once).
    A named tuple, not a frozen dataclass: a long article has thousands of mentions, and
    a frozen dataclass takes several times as long to make."""

    sentence: int
    start: int
    end: int
    """The name as written without titles, with a generational suffix after it: "Gina
    Raimondo", "Robert F. Kennedy Jr."."""
    surname_start: int
    surname_end: int
    surname: str
    given: str | None
    """Folded given name (first of two or more name words), or None."""
    offices: tuple[OfficeRef, ...]
    evidence: Evidence
    family_first: bool = False
    """A Chinese or Korean name, family name first ("Kim Yong Chol"): ``surname`` is the
    family name and ``given`` the rest, run together ("yongchol")."""
    middle: str = ""
    """Middle initials between the given name and the surname ("HW" in "George H.W.
    Bush"): two full names whose middle initials differ are two people."""

    @property
    def key(self) -> str:
        return name_key(self.surname)


def new_mention(fields: tuple[object, ...]) -> Mention:
    """``Mention(*fields)`` (all eleven fields, in order) without the named tuple's
    Python-level ``__new__``, which takes three times as long: a long article makes
    tens of thousands of mentions."""
    made: Mention = tuple.__new__(Mention, fields)
    return made


def sentence_runs(sentence: Sentence) -> list[Run | Mention]:
    """Each run of name words in the sentence with its offices and evidence (None when
    it has none) and whether it stands in a headline (``Run.headline``); item offsets
    are into the sentence (``Run.offset`` shifts them), office offsets into the article.

    Most runs are one capitalised word with nothing of a title before it: those take a
    short path (``_lone_word``), and one without evidence of a person outside a headline
    comes as the mention of a surname alone it makes (``word_alone``), no Run: a long
    article has tens of thousands, so none is wrapped with a headline flag it would
    always have false."""
    text = sentence.text
    items = _items(text)
    if not items:
        return []
    headline = _is_headline(text)
    found: list[Run | Mention] = []
    count = len(items)
    i = 0
    while i < count:
        kind = items[i].kind
        if kind != "cap" and kind != "initial":
            i += 1
            continue
        last = i
        while last + 1 < count and items[last + 1].kind in _NAME_WORD_KINDS:
            item, following = items[last], items[last + 1]
            gap = text[item.end : following.start]
            if gap != " " and (_apart(gap, item, following) or not _joins(text, item, following)):
                break  # a single space joins any two name words (the common case, inline)
            last += 1
        suffixed = last
        while items[last].kind == "suffix" and last > i:
            last -= 1
        view = items if suffixed == last else _suffix_joined(text, items, last, suffixed)
        if last == i:
            made = _lone_word(sentence, text, view, i, headline) if kind == "cap" else None
        else:
            made = _run(sentence, text, view, i, last, headline)
        if made is not None:
            found.append(
                made if view is items else _unjoined(made, view[last], items[last], sentence)
            )
        i = last + 1
    return found


_SUFFIX_STOP = frozenset(("Jr", "Sr"))
"""Suffixes written with a full stop, which is theirs, not the sentence's."""


def _suffix_joined(text: str, items: list[Item], last: int, suffixed: int) -> list[Item]:
    """``items`` with the suffix after name word ``last`` ("Kennedy Jr.") taken into that
    word's span, so what follows the name is read after the suffix: an office in
    apposition ("Robert F. Kennedy Jr., the health secretary,"), a speech verb ("Drake Sr.
    said")."""
    end = items[suffixed].end
    if items[suffixed].text in _SUFFIX_STOP and text[end : end + 1] == ".":
        end += 1
    word = items[last]
    return [*items[:last], Item(word.start, end, word.text, word.kind), *items[suffixed + 1 :]]


def _unjoined(made: Run | Mention, joined: Item, word: Item, sentence: Sentence) -> Run | Mention:
    """The run or word alone with the name word's own span again (``_suffix_joined``):
    the suffix is no part of the surname."""
    if joined is word:
        return made
    if isinstance(made, Mention):
        return word_alone(sentence.id, sentence.start, word)
    made.items = [word if item is joined else item for item in made.items]
    return made


def _apart(gap: str, item: Item, following: Item) -> bool:
    """``_joins`` is False for certain, seen without looking into the gap's words: a
    long gap that is not all space between two words (most gaps)."""
    return (
        len(gap) >= 12 and item.kind == "cap" and following.kind != "suffix" and not gap.isspace()
    )


def _lone_word(
    sentence: Sentence, text: str, items: list[Item], i: int, headline: bool
) -> Run | Mention | None:
    """A run of one capitalised word: what ``_run`` makes of it, without the steps that
    cannot apply to one word; None when it is no name. The word's class is a lookup
    (``_WORD_CLASSES``), and the words before it are read only where the two letters
    before its gap end a kinship noun or a lower-case office (``_cue_before``)."""
    item = items[i]
    start = item.start
    word_class = _WORD_CLASSES[item.text]
    if word_class == _FUNCTION_WORD:
        return None  # "She", "As" inside a quotation
    if (
        i + 1 < len(items)
        and items[i + 1].kind == "org"
        and text[item.end : items[i + 1].start].isspace()
    ) or (word_class == _ORDINARY_WORD and not text[:start].strip(_OPENERS)):
        # "Ford Motor Company"; an ordinary word opening the sentence
        if headline or text[:start].strip(_OPENERS):
            return None
        return _opening_run(sentence, text, items, i)
    before = items[i - 1] if i else None
    cue = _cue_before(text, start)
    if (
        before is not None
        and before.kind in _BEFORE_NAME_KINDS
        and _NEAR_GAP.fullmatch(text, before.end, start)
    ) or (cue and _lower_office_ending_at(text, start)):
        return _run(sentence, text, items, i, i, headline)  # None for "Queen Mary 2"
    if headline:
        return Run(sentence.id, [item], [], None, sentence.start, True)
    if cue and _kin_before(text, start):  # "her husband Bill", "his son Hunter"
        return Run(sentence.id, [item], [], "kin", sentence.start)
    if cue and _role_before(text, start):  # "his predecessor, Obama"
        return Run(sentence.id, [item], [], "role", sentence.start)
    if not _comma_or_speech_after(text, item.end):
        return word_alone(sentence.id, sentence.start, item)  # neither an office in
        # apposition nor a speech verb follows
    if beside_an_ampersand(text, start, item.end):
        return None  # "Merriman & Fogg said"
    offices, evidence = _apposition(text, items, i)
    if evidence is None:
        if _speech_after(text, items, i, i):
            evidence = "speech"
        elif _role_after(text, items, i, i):
            evidence = "role"
        else:
            return word_alone(sentence.id, sentence.start, item)
        offices = []
    shifted = [o.shifted(sentence.start) for o in offices]
    return Run(sentence.id, [item], shifted, evidence, sentence.start)


def word_alone(sentence: int, offset: int, item: Item) -> Mention:
    """The mention of a surname alone that the word ``item`` (offsets into the sentence
    at ``offset``) makes without evidence of a person: a Run would only ever become this,
    so it is made at once."""
    start, end = offset + item.start, offset + item.end
    made: Mention = tuple.__new__(
        Mention, (sentence, start, end, start, end, item.text, None, (), "link", False, "")
    )
    return made


def _comma_or_speech_after(text: str, end: int) -> bool:
    """A comma or a speech verb follows a word ending at ``end`` after a space or none:
    where neither does, no office in apposition nor speech verb can. The character
    after a single space tells for most words without the regex."""
    after = text[end : end + 1]
    if after == " ":
        following = text[end + 1 : end + 2]
        if following not in _OPENS_COMMA_OR_SPEECH and not following.isspace():
            return False
    elif after != "," and not after.isspace():
        return False
    return _COMMA_OR_SPEECH_AFTER.match(text, end) is not None


_FUNCTION_WORD, _ORDINARY_WORD, _OTHER_WORD = range(3)


def _word_class(word: str) -> int:
    """``_FUNCTION_WORD`` (never a name alone), ``_ORDINARY_WORD`` (no name where it
    opens a sentence) or ``_OTHER_WORD``."""
    if is_function_word(word):
        return _FUNCTION_WORD
    return _ORDINARY_WORD if is_ordinary_word(word) else _OTHER_WORD


_WORD_CLASSES: MemoTable[str, int] = MemoTable(_word_class, 65536)


def _cue_before(text: str, start: int) -> bool:
    """Whether a kinship noun ("her husband Bill") or a lower-case office ("chief of
    staff Reince Priebus") may end right before ``start``, from the word before a single
    space (``_kin_before`` and ``_lower_office_ending_at`` tell for certain): False for
    most words."""
    if start < 3 or text[start - 1] != " ":
        return True
    before = text[start - 2]
    if before == "," or before.isspace():
        return True
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return not word.isalpha() or word in _cue_words()


@cache
def _cue_words() -> frozenset[str]:
    """The kinship and role nouns and the last words of the lower-case offices."""
    return lower_office_last_words()[0] | _KIN_NOUNS | _ROLE_NOUNS


def _opening_run(sentence: Sentence, text: str, items: list[Item], i: int) -> Run:
    """An ordinary word opening the sentence: a person where an office in apposition
    ("Brown, the Ohio governor,") or a speech verb ("Trump said he would veto it")
    follows, unless it is a plural or collective noun ("Officials said"); else a run that
    joins a person of that surname only."""
    run = Run(sentence.id, [items[i]], [], None, sentence.start)
    if not _something_after(text, items[i].end):
        return run  # neither an office in apposition nor a speech verb can follow
    offices, run.evidence = _apposition(text, items, i)
    run.offices = [o.shifted(sentence.start) for o in offices]
    if run.evidence is None and not is_group_word(items[i].text):
        if _speech_after(text, items, i, i):
            run.evidence = "speech"
    return run


def _something_after(text: str, end: int) -> bool:
    """A comma or one of ``_WORDS_AFTER_A_NAME`` follows a name ending at ``end``: where
    neither does, nothing is read after it (``_apposition``, ``_office_after``,
    ``_speech_after`` and ``_role_after`` find nothing), which one match tells."""
    hit = _NEXT_AFTER.match(text, end)
    return hit is not None and (hit.group(1) is None or hit.group(1) in _WORDS_AFTER_A_NAME)


def _run(
    sentence: Sentence, text: str, items: list[Item], start: int, last: int, headline: bool
) -> Run | None:
    """The run of items ``start..last`` with its offices and evidence, or None when it
    is not plausibly a name."""
    if headline and is_headline_verb(items[start].text):
        return None  # "Banjul Mayor Signs Cattle Deal": the office's predicate, no name
    if (
        start == last
        or (_after_title(text, items, start) and not is_function_word(items[start].text))
        or (not headline and _speech_verb_in_a_name(text, items, start))
        or (not headline and _after_lower_title(text, items, start))
    ):  # a preposition after a title opens no name ("Fire Coach Before Gagarin Cup")
        first = start
    else:
        first = name_start(items, start, last)
        if first == start + 1 and _whole_in_apposition(text, items, start, last):
            first = start  # "The president of Zanzibar, Hussein Ali Mwinyi,"
    if first == start and _job_word_opening(text, items, start, last):
        first += 1  # "Analyst Brandt said"
    if not _plausible(text, items, first, last, headline):
        return None
    run = Run(sentence.id, items[first : last + 1])
    titles = _titles_before(text, items, first)
    if not titles and not headline:  # none, or honorifics only ("the head of the army,
        # General Hassan Adam,")
        fronted = _fronted_apposition(text, items, _honorifics_start(text, items, first), last)
        titles = fronted if fronted is not None else titles
    if titles is not None:
        run.offices, run.evidence = _placed_after(text, items, last, titles), "title"
        if not headline:  # "Ohio Gov. Dana Wirth, who was mayor of Toledo,"
            if _something_after(text, items[last].end):
                run.offices += _apposition(text, items, last)[0]
            if _THEN_AFTER.match(text, items[last].end):  # "Pompeo, then in office,"
                run.offices = [o.ended() for o in run.offices]
            if first == last and _kin_before(text, _title_start(text, items, first)):
                run.evidence = "kin"  # "His father, King Salman": a relative
    elif not headline:
        after = _something_after(text, items[last].end)
        if after:
            run.offices, run.evidence = _apposition(text, items, last)
            if run.evidence is None and _APPOINTING_BEFORE.search(
                text, max(0, items[first].start - 14), items[first].start
            ):  # "The board named Ann Lee as chief executive"
                run.offices, run.evidence = _office_after(text, items, last, _APPOINTED_AS)
        if run.evidence is None:
            run.evidence = _name_evidence(text, items, first, last, after)
        elif run.offices and _LATE_BEFORE.search(
            text, max(0, items[first].start - 9), items[first].start
        ):
            run.offices = [o.ended() for o in run.offices]  # "the late X, who was mayor"
    if run.evidence is not None and _a_thing(text, items, first, last, titles, headline):
        return None  # (a run without evidence joins a person of its surname only)
    run.offset = sentence.start
    if run.offices:
        run.offices = [o.shifted(sentence.start) for o in run.offices]
    if headline and run.evidence is None:
        run.headline = True
        return run
    run = _trimmed(run, headline)
    run.headline = headline and _headline_word(run)
    return run


_COMMA_BEFORE = regex(r"\w[\"'\u201d\u2019)]*,\s+$")
"""A comma right after a word, then space: what opens a name set in apposition."""


def _whole_in_apposition(text: str, items: Sequence[Item], start: int, last: int) -> bool:
    """The run ``start..last`` stands alone between commas after a phrase ("His son,
    Salem Ahmed Ba'abbad, pilots ships"), and its first word is an ordinary word but no
    word for a job or a person: an apposition names the person whole, so that word is
    the given name ("Hussein", "Gift"), not a word in front of the name (name_start), nor
    an honorific ("His son, Pengiran Amir Bahrin,")."""
    word = items[start].text
    return (
        _COMMA_BEFORE.search(text, max(0, items[start].start - 8), items[start].start) is not None
        and _APPOSITION_CLOSED.match(text, items[last].end) is not None
        and not is_job_word(word)
        and not is_person_noun(word)
        and not is_name_title(word)
        and not is_function_word(word)
    )


def _job_word_opening(text: str, items: Sequence[Item], start: int, last: int) -> bool:
    """Two capitalised words open the sentence, the first a noun for a person's job or
    role ("Analyst Brandt said", "Coroner Ellis"): the second is the name (name_start cuts
    such a word only before two name words)."""
    return (
        last == start + 1
        and items[start].kind == "cap"
        and items[last].kind == "cap"
        and not text[: items[start].start].strip(_OPENERS)
        and is_person_noun(items[start].text)
    )


def _honorifics_start(text: str, items: Sequence[Item], first: int) -> int:
    """The first of the honorifics right before item ``first`` ("General", or a title of
    data/name_titles.txt name_start left out of the name: "Geshe"), or ``first``."""
    k = first
    while (
        k > 0
        and (
            items[k - 1].kind == "honorific"
            or (items[k - 1].kind == "cap" and is_name_title(items[k - 1].text))
        )
        and _TITLE_GAP.fullmatch(text, items[k - 1].end, items[k].start)
    ):
        k -= 1
    return k


def _headline_word(run: Run) -> bool:
    """One ordinary word after a title in a headline ("Crown Prince Hosts Leaders"): a
    name only if the article names a person so ("President Bush Signs"), which is how
    headline words without a title are read."""
    return len(run.items) == 1 and is_ordinary_word(run.items[0].text)


def _after_lower_title(text: str, items: Sequence[Item], first: int) -> bool:
    """The run's first word, no function word, follows a lower-case office or job noun
    one space before it ("irrigation minister Dad Karim Bugti", "Denpasar mayor Made
    Wirawan"): a word there opens no sentence, so an ordinary word is the given name, not
    a word in front of the name (name_start)."""
    start = items[first].start
    if start < 4 or text[start - 1] != " " or not text[start - 2].islower():
        return False
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return (
        word.isalpha()
        and word.islower()
        and (word in lower_office_last_words()[0] or is_job_word(word))
        and not is_function_word(items[first].text)
    )


def _after_title(text: str, items: Sequence[Item], first: int) -> bool:
    """The run stands right after an office or honorific: its first word is a name, not
    an ordinary word opening the sentence ("General Hussein Abu Zaid")."""
    before = items[first - 1] if first else None
    return (
        before is not None
        and before.kind in ("office", "honorific")
        and text[before.end : items[first].start] == " "
    )


_UPPER = LATIN_CAPITALS + "\u0391-\u03a9\u0410-\u042f"
"""Upper-case letters (the Latin blocks, small letters mixed, Greek, Cyrillic): what a
name starts with ("Ọlá", "Ṣàngó", "Đặng", "Ștefan"). The scanner only looks where one
stands, which makes it fast."""


_GLOTTAL_MARKS = "\u02bb\u02bc"
"""The ʻokina and the modifier apostrophe: letters for a glottal stop that may open a
name ("ʻAisake", Tongan and Hawaiian) and that English copy often drops ("Aisake")."""

_CAPITALISED_WORD = regex(rf"[{_UPPER}](?<=(?<![^\W{_GLOTTAL_MARKS}])\w)[\w'\u2019\u0300-\u036f]*+")
"""A capitalised word with the apostrophes inside or after it ("O'Neill", "Obama's",
"Reynolds'") and the combining marks on its letters (the tone marks of Yoruba written
over a dot below: "Bẹ́rọ̀"): the capital first, so the regex engine skips to the next
one at once, then the look back that it starts a word (or follows a glottal mark,
which ``_items`` takes into the word: "ʻAisake")."""

_LEADING_WORD = regex(r"\w+")


@cache
def _phrases() -> tuple[re.Pattern[str], frozenset[str]]:
    """The capitalised offices, places and honorifics (that priority), and the words
    they start with: a phrase is looked for only where a capitalised word is one of
    those (most are not), instead of at every capital."""
    forms = (
        offices().title_forms,
        (*places().forms, *places().city_phrases),
        offices().honorific_forms,
    )
    names = ("office_titles", "places_and_cities", "honorifics")
    office, place, honorific = map(alternation, forms, names)
    pattern = prepared_pattern(
        "mention_phrases", f"(?P<office>{office})|(?P<place>{place})|(?P<honorific>{honorific})"
    )
    firsts = {hit.group() for group in forms for f in group if (hit := _LEADING_WORD.match(f))}
    return pattern, frozenset(firsts)


@cache
def _lower_offices() -> tuple[re.Pattern[str], int]:
    """The lower-case office forms ("chief of staff"), and the longest one's length."""
    forms = offices().lower_forms
    pattern = prepared_pattern("lower_offices", r"\b" + alternation(forms, "lower_offices"))
    return pattern, max(map(len, forms))


@cache
def lower_office_last_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last word of each lower-case office form ("staff" of "chief of staff"), and
    their last two letters: a lower-case office can end only where the text's last word
    is one of them (and the text's last word ends in a lower-case letter)."""
    words = {hit.group() for f in offices().lower_forms if (hit := _TRAILING_WORD.search(f))}
    lower = {word for word in words if word[-1].islower()}
    return frozenset(lower), frozenset(word[-2:] for word in lower)


def _items(text: str) -> list[Item]:
    """The capitalised words, offices, places and honorifics of ``text`` in order: at
    each capitalised word, the longest office, else place, else honorific that starts
    there, else the word itself (a word with an apostrophe or a hyphen after it is
    looked at more closely); the scan goes on after what was taken.

    Most words are taken as they are: their kind is a lookup (``_TOKEN_KINDS``), and
    only the few that may start a phrase or need trimming take ``_looked_at``."""
    items: list[Item] = []
    has_org = False
    taken_to = 0
    """Where the last phrase taken ends: the words inside it are no items of their own."""
    kinds = _TOKEN_KINDS
    glottal = _GLOTTAL_MARKS[0] in text or _GLOTTAL_MARKS[1] in text  # (rare)
    apostrophe = "'" in text or "\u2019" in text
    for hit in _CAPITALISED_WORD.finditer(text):
        start, end = hit.span()
        if start < taken_to:
            continue
        token = hit.group()
        kind = kinds[token]
        if kind is None or text[end : end + 1] == "-":
            item, taken_to = _looked_at(text, start, end, token)
            if item is None:
                continue
            if item.kind == "cap" and (
                (glottal and start and text[start - 1] in _GLOTTAL_MARKS)
                or (apostrophe and _leading_apostrophe(text, start, item.end))
            ):  # a word that may open a phrase ("Ulu", of the city "Ulu Tiram"): "ʻUlu"
                item = Item(start - 1, item.end, text[start - 1 : item.end], "cap")
            items.append(item)
            kind = item.kind
        elif kind != "other":  # left in the gap text, where it breaks runs all the same
            if (glottal and start and text[start - 1] in _GLOTTAL_MARKS) or (
                apostrophe and kind == "cap" and _leading_apostrophe(text, start, end)
            ):  # "ʻAisake", "'Mamphono"
                start -= 1
                token = text[start:end]
            items.append(Item(start, end, token, kind))
        has_org = has_org or kind == "org"
    return _family_names_first(text, items) if has_org else items


_QUOTE_CLOSING = regex(r"[\w.,;:!?]['\u2019](?![\w])")
"""A single quotation mark that closes a quotation: after a word or its punctuation,
before no letter (an apostrophe inside a word, "Sa'ad", "O'Neill", is none)."""


def _leading_apostrophe(text: str, start: int, end: int) -> bool:
    """An apostrophe right before the name word ``text[start:end]``, opening a word, that
    no quotation mark after it closes: the name's own, written for a glottal stop or an
    elided syllable ("'Mamphono Lerotholi", a married Mosotho woman's 'M- name), not a
    quotation's opening."""
    if not start or text[start - 1] not in _APOSTROPHES:
        return False
    if start > 1 and not (text[start - 2].isspace() or text[start - 2] in '(\u201c"'):
        return False
    return _QUOTE_CLOSING.search(text, end) is None


def _looked_at(text: str, start: int, end: int, token: str) -> tuple[Item | None, int]:
    """The item a capitalised word that may start a phrase, carries an apostrophe or a
    hyphen after it, or is one letter makes (None when it makes none), and where the
    phrase it starts ends (0 when it starts none)."""
    marked = "'" in token or "\u2019" in token
    lead = token.split("'", 1)[0].split("\u2019", 1)[0] if marked else token
    phrases, firsts = _phrases()
    if lead in firsts:
        phrase = phrases.match(text, start)
        if phrase is not None:
            if text[start - 1 : start] == ".":  # "S." inside "U.S."
                return None, phrase.end()
            kind: ItemKind = phrase.lastgroup  # type: ignore[assignment]
            taken = phrase.end()
            if kind == "office" and (trade := chief_of_trade(text, start, taken)) is not None:
                taken = trade[1]  # "Chief Minister": one office, not a head and a minister
            if kind != "office" or not _office_noun_in_a_name(text, start, taken):
                return Item(start, taken, text[start:taken], kind), taken
    if marked or text[end : end + 1] == "-":
        if token[-1] in _APOSTROPHES or (token[-2:-1] in _APOSTROPHES and token[-1] == "s"):
            # "Raimondo's", "Reynolds'"; an apostrophe before another letter is the
            # name's own: "al-Shara'a", "Mu'ammar"
            cut = 1 if token[-1] in _APOSTROPHES else 2
            end -= cut
            token = token[:-cut]
        if text[end : end + 1] == "-":
            tail = _HYPHENATED_TAIL.match(text, end)
            if tail is not None and joins_hyphenated(token, tail.group(1)):
                end = tail.end()  # "Yong-chol", "Tse-tung": one given name
                token = text[start:end]
    word_kind: ItemKind
    if len(token) == 1:
        word_kind = "initial" if token.isupper() and text[end : end + 1] == "." else "other"
    elif text[end : end + 1] == "." and is_name_abbreviation(token):
        word_kind = "initial"  # a given or clan name written short: "Wm. Tate", "Th. Bina"
    else:
        word_kind = _word_kind(token)
    return (Item(start, end, token, word_kind) if word_kind != "other" else None), 0


_GIVEN_NAME_BEFORE = regex(r"(?<![\w'\u2019.-])([A-Z][a-z]+|[A-Z]\.) $")

_TWO_NAME_WORDS_AFTER = regex(r" [A-Z][\w'\u2019-]+ [A-Z][\w'\u2019-]+")


def _office_noun_in_a_name(text: str, start: int, end: int) -> bool:
    """The office noun ``text[start:end]`` of office_nouns.txt ("Dean", "Bishop",
    "Provost", surnames too) is a word of a name: a surname after a given name or an
    initial ("Howard Dean", "Rob Bishop"), or, where it is a given name too, a given
    name before a lone surname ("Dean Heller said"; "Dean Marju Saarkivi" is a dean)."""
    noun = fold(text[start:end])
    if noun not in office_nouns():
        return False
    before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 24), start)
    if before is not None and (
        before.group(1).endswith(".") or given_name_lexicon().known(fold(before.group(1)))
    ):
        return True
    return given_name_lexicon().known(noun) and not _TWO_NAME_WORDS_AFTER.match(text, end)


def _token_kind(token: str) -> ItemKind | None:
    """The kind of a capitalised word taken as it is, or None where ``_looked_at`` must
    look closer: one letter, an apostrophe, or the first word of a phrase."""
    if len(token) == 1 or "'" in token or "\u2019" in token or token in _phrases()[1]:
        return None
    if is_name_abbreviation(token):
        return None  # an initial before a full stop ("Wm.", "Th."), else a word
    return _word_kind(token)


_TOKEN_KINDS: MemoTable[str, ItemKind | None] = MemoTable(_token_kind, 65536)


def _family_names_first(text: str, items: list[Item]) -> list[Item]:
    """A family name that is also an organisation word ("Park") is a name word when a
    Chinese or Korean given name follows it ("Park Jong-chon")."""
    for item, following in zip(items, items[1:], strict=False):
        if (
            item.kind == "org"
            and following.kind == "cap"
            and text[item.end : following.start] == " "
            and family_first([fold(item.text), name_key(following.text)])
        ):
            item.kind = "cap"
    return items


@lru_cache(maxsize=65536)
def _word_kind(token: str) -> ItemKind:
    """The kind of a word of two letters or more (one letter is an initial or nothing)."""
    if token in _SUFFIXES:
        return "suffix"
    if not token[0].isupper():
        return "other"
    if token in places().org_words:
        return "org"
    if token.isupper():
        return "initial" if _initials(token) else "other"
    if token in places().time_words:
        return "other"
    return "cap"


def _initials(token: str) -> bool:
    """Two capitals that are no common abbreviation: a given name written as its
    initials ("JD Vance", "TJ Holmes"; not "TV", "GM", "AP", which English writes often).
    As an initial, it joins a run only before a capitalised word."""
    return len(token) == 2 and token.isalpha() and not is_common(fold(token), COMMON_ZIPF)


def _joins(text: str, item: Item, following: Item) -> bool:
    """True when only a space, a hyphen or name particles ("van der", "el-") separate two
    name words."""
    if following.kind not in _NAME_WORD_KINDS:
        return False
    gap = text[item.end : following.start]
    if item.kind == "initial":
        gap = gap[1:] if gap.startswith(".") else gap
    if following.kind == "suffix":
        gap = gap.lstrip(",")
    if gap in (" ", "-") or (gap.isspace() and gap.count("\n") <= 1):
        return True
    if not gap and item.kind == "initial" and following.kind == "initial":
        return True  # "George H.W. Bush"
    if len(gap) >= 12:
        return False  # longer than name particles with their spaces can be
    if gap[1:-1] in SURNAME_CONJUNCTIONS and gap[0] == gap[-1] == " ":
        return (
            item.kind == following.kind == "cap"  # "Puigvert i Casals"
            and _NAME_WORD_BEFORE.search(text, max(0, item.start - 40), item.start) is not None
        )  # after a given name: not "the match of Porto e Benfica", "Trinidad y Tobago"
    words = gap.replace("-", " ").split()
    if " ".join(words) in PARTICLE_PHRASES:
        return True  # "Mac an t-Saoir"
    if not words or not all(w in LOWER_PARTICLES or w in IRISH_O for w in words):
        return False
    return words[-1][-1] not in _APOSTROPHES or _elided_particle_joins(text, item)


def _elided_particle_joins(text: str, item: Item) -> bool:
    """An elided particle ("d'") after name word ``item`` joins a person's name where
    that word is a given name or follows another name word ("Jeanne d'Arc Uwamahoro",
    "Valéry Giscard d'Estaing"), not after a place's preposition: the noun of a place or
    a thing takes it too ("Côte d'Ivoire", "in Val d'Isère", "Musée d'Orsay")."""
    before = text[max(0, item.start - 40) : item.start]
    if _PLACE_PREPOSITION_BEFORE.search(before):
        return False
    return (
        given_name_lexicon().known(fold(item.text)) or _NAME_WORD_BEFORE.search(before) is not None
    )


def _plausible(text: str, items: Sequence[Item], first: int, last: int, headline: bool) -> bool:
    """Drop runs that are organisations, bare initials, or a capitalised opening word."""
    caps = [i for i in items[first : last + 1] if i.kind == "cap"]
    count = len(caps)
    if not count or (count > MAX_NAME_WORDS and not headline):
        return False
    if last + 1 < len(items) and items[last + 1].kind == "org":
        if _gap(text, items[last], items[last + 1]).isspace():
            return False  # "Ford Motor Company", "Morgan Stanley Bank"
    if not headline and count > 1 and any(_a_function_word(c.text) for c in caps[1:]):
        return False  # a title, not a name: "Hotline On Call", "Gone With the Wind"
    if count == 1:
        if is_function_word(caps[0].text):
            return False  # "She", "As" inside a quotation
        if is_ordinary_word(caps[0].text) and not text[: items[first].start].strip(_OPENERS):
            return False  # an ordinary word opening the sentence
    return True


def _a_function_word(word: str) -> bool:
    """A function word inside a run of running text, where a speech verb capitalised is
    a name ("Hamidou Said", "Fatima Said Abdallah"): the verb is never capitalised
    there, and title case would capitalise it with the words around it."""
    return is_function_word(word) and word.lower() not in _SPEECH


def _speech_verb_in_a_name(text: str, items: Sequence[Item], start: int) -> bool:
    """Item ``start`` of running text is a speech verb capitalised before another name
    word, not at the opening of a sentence or quotation ("the minister, Said Hamad
    Mussa,"; not "Said one official:"): a given name, as the verb is never capitalised
    there."""
    item = items[start]
    return (
        item.text.lower() in _SPEECH
        and start + 1 < len(items)
        and items[start + 1].kind == "cap"
        and bool(text[: item.start].strip(_OPENERS))
        and text[: item.start].rstrip()[-1:] not in _SENTENCE_OPENING_MARKS
    )


_SENTENCE_OPENING_MARKS = frozenset(":;\u2014")
"""What may open a new sentence or quotation inside a sentence, where any word is
capitalised."""


def _a_thing(
    text: str,
    items: Sequence[Item],
    first: int,
    last: int,
    titles: list[OfficeRef] | None,
    headline: bool,
) -> bool:
    """The run names a thing, not a person (things.py): "USS Gerald R. Ford", "Hurricane
    Helene", "Smith & Jones LLP"; "Nobel Prize" unless an office stands before it or it
    stands in a headline (whose ordinary words are capitalised too). After "the" and
    honorifics, a thing named after the person they title, whose given name it may keep
    ("the King Hussein Bridge"; not "Dr. Ann Tower")."""
    words = [item.text for item in items[first : last + 1] if item.kind == "cap"]
    start, end = items[first].start, items[last].end
    title_start = _title_start(text, items, first)
    if names_a_thing(text, start, end, title_start, words):
        return True
    if headline:
        return False
    named_after = titles is not None and bool(
        _THE_BEFORE.search(text, max(0, title_start - 4), title_start)
    )
    if beside_a_named_after_noun(text, start, end, bool(titles)):
        return True  # "flew to Rosalía de Castro airport", "the Hotel Hans Egede"
    if titles:  # an office before it: "Senator John Tower"
        return named_after and ends_in_a_named_after_noun(words)  # "the Chief X Scholarship"
    return ends_in_a_thing_word(words, after_honorific=named_after) or opens_a_things_name(
        text, end
    )


_THE_BEFORE = regex(r"\b[Tt]he\s+$")


def _gap(text: str, item: Item, following: Item) -> str:
    return text[item.end : following.start]


def _titles_before(text: str, items: Sequence[Item], first: int) -> list[OfficeRef] | None:
    """Offices and honorifics right before the run ("U.S. Trade Representative Ambassador",
    "White House chief of staff"), or None when there are none."""
    edge = items[first].start
    if (first == 0 or items[first - 1].kind not in _BEFORE_NAME_KINDS) and (
        not _cue_before(text, edge) or _lower_office_ending_at(text, edge) is None
    ):
        return None  # most runs: nothing of a title before them
    chain: list[Item] = []
    i = first - 1
    while True:
        while i >= 0 and items[i].kind in ("office", "honorific", "place"):
            if not _TITLE_GAP.fullmatch(text, items[i].end, edge) and not (
                items[i].kind == "office"
                and chain
                and chain[-1].kind == "place"
                and _OF_PLACE.fullmatch(text, items[i].end, edge)
            ):  # "Attorney General of Texas Dana Wirth"
                break
            chain.append(items[i])
            edge = items[i].start
            i -= 1
        lower = _lower_office_ending_at(text, edge)
        if lower is None:
            break
        if i >= 0 and text[items[i].end : lower.start].isspace():
            whole = text[items[i].start : lower.end]  # "White House" + "chief of staff"
            if offices().knows(whole):
                lower = Item(items[i].start, lower.end, whole, "office")
                i -= 1
        chain.append(lower)
        edge = lower.start
    if not any(item.kind in ("office", "honorific") for item in chain):
        return _office_before_jurisdiction(text, items, first)
    if _subject_of_a_clause(text, chain[-1], items[first]):
        return None
    qualifier = owner = None
    if i >= 0 and items[i].kind in ("cap", "org") and chain:
        gap = text[items[i].end : edge]
        if _names_a_body(items[i], i == 0):
            if gap.isspace():
                qualifier = _body_name(text, items, i)  # "Senate President", "Tampa Mayor"
            elif _POSSESSIVE_GAP.fullmatch(gap):
                owner = _body_name(text, items, i)  # "Kessler's chief executive"
    if qualifier is None and chain:
        qualifier = _body_before(text, edge)
    countries = [item.text for item in chain if item.kind == "place"]
    return [
        office_ref(text, item.start, item.end, countries, _owned(item, owner) or qualifier)
        for item in reversed(chain)
        if item.kind == "office"
    ]


def _owned(office: Item, owner: str | None) -> str | None:
    """The owner in a possessive before an organisation's office ("Kessler's chief
    executive"); a national office after a possessive is still the nation's ("ABC News'
    Senate Majority Leader")."""
    lexicon = offices()
    organisational = not lexicon.knows(office.text) or lexicon.lookup(office.text)[0].organisational
    return owner if owner and organisational else None  # (a chief of a trade is no alias)


def _title_start(text: str, items: Sequence[Item], first: int) -> int:
    """Where the titles, honorifics and places right before item ``first`` start."""
    k = first
    while (
        k > 0
        and items[k - 1].kind in ("office", "honorific", "place")
        and _TITLE_GAP.fullmatch(text, items[k - 1].end, items[k].start)
    ):
        k -= 1
    return items[k].start


def _role_before(text: str, start: int) -> bool:
    """``_ROLE_BEFORE`` ends at ``start`` (the word before is looked at first)."""
    head = text[max(0, start - 40) : start].rstrip(" ,")
    if head[head.rfind(" ") + 1 :] not in _ROLE_NOUNS:
        return False
    return _ROLE_BEFORE.search(text, max(0, start - 40), start) is not None


def _names_a_body(item: Item, opening: bool) -> bool:
    """A capitalised word right before a title names its place or body ("Tampa Mayor"),
    unless it says how the office is held ("Acting", "Former"). Opening the sentence, it
    does only as a name of its own ("Tampa", not "Later" or the party of "Democratic
    Attorney General X")."""
    folded = fold(item.text).rstrip(".")
    lexicon = offices()
    if folded in lexicon.modifiers or folded in lexicon.standins:
        return False
    return (
        not opening
        or (item.kind == "cap" and not is_function_word(item.text))
        or folded in BODY_NOUNS  # "Club president Jorge Almeida"
    )


def _body_name(text: str, items: Sequence[Item], last: int) -> str:
    """The name of the body whose title follows item ``last``: the word itself ("Tampa
    Mayor"), or where it is a body noun the capitalised words that name the body with it
    ("Senate Judiciary Committee Chairman", "Republican Party chairman")."""
    first = last
    if fold(items[last].text) in BODY_NOUNS:
        while (
            first > 0
            and items[first - 1].kind in ("cap", "org", "place")
            and text[items[first - 1].end : items[first].start] == " "
        ):
            first -= 1
    elif items[last].kind == "cap":
        while (  # a place of several words the lexicon does not know: "El Alto mayor"
            first > 0
            and _place_word_before(items[first - 1], first - 1 == 0)
            and text[items[first - 1].end : items[first].start] == " "
        ):
            first -= 1
    return text[items[first].start : items[last].end]


def _place_word_before(item: Item, opening: bool) -> bool:
    """``item`` may begin the name of a place or body before a title with the capitalised
    word after it ("Santa" of "Santa Fe governor"): a capitalised word that names a body
    (``_names_a_body``)."""
    return item.kind == "cap" and _names_a_body(item, opening)


def _fronted_apposition(
    text: str, items: Sequence[Item], first: int, last: int
) -> list[OfficeRef] | None:
    """An office in apposition before the name, set off by commas: "The coach, Marco
    Bellini, blamed", "the city's mayor, Daniel Okafor,", "The United Nations
    secretary-general, Kofi Mensah,". The office must open a noun phrase ("the", a
    possessive) and the name must close the apposition with a comma or end the sentence
    ("opened by the city's mayor, Eva Berg."), so a list ("the mayor, Daniel Okafor and
    Ann Lee") or a clause is not read as one."""
    gap = _FRONTED_GAP.search(text, max(0, items[first].start - 4), items[first].start)
    if gap is None or not _APPOSITION_CLOSED.match(text, items[last].end):
        return None
    office = _office_ending_at(text, items[:first], gap.start())
    if office is None:  # "The head of the national space agency, Rahul Menon,"
        office = _office_before_body(text, items[:first], gap.start())
    if office is None or not _PHRASE_OPENING.search(text, max(0, office.start - 60), office.start):
        return None
    places_in_front, qualifier = _owner_before(text, items[:first], office)
    found = office_ref(text, office.start, office.end, places_in_front, qualifier)
    one_word = " " not in text[found.start : found.end]  # not "the oil minister"
    if found.unique and not (found.country or found.qualifier) and one_word:
        return None  # "the president, Dan T. Cathy,": of a body the article names elsewhere
    return [found]


_BODY_BEFORE_GAP = regex(
    r"\s+(?:of|for|in|at)\s+(?:the\s+)?(?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+$"
)
"""The body or place of an office in apposition before a name: "The mayor *of Lyon*, Julien
Moreau,", "the head *of the national space agency*, Rahul Menon,", "The head gardener *at
Larchmont botanical garden*, Rosa Imrie,"."""

_BODY_LEAD = regex(r"\s+(?:of|for|in|at)\s+")


def _office_before_body(text: str, items_before: Sequence[Item], edge: int) -> Item | None:
    """The office whose body (``_BODY_BEFORE_GAP``) ends at ``edge``, the body read as
    short as an office allows: "The secretary of state *of Michigan*," (not "The
    secretary *of state of Michigan*")."""
    body = _BODY_BEFORE_GAP.search(text, max(0, edge - 60), edge)
    if body is None:
        return None
    for hit in reversed(list(_BODY_LEAD.finditer(text, body.start(), edge))):
        office = _office_ending_at(text, items_before, hit.start())
        if office is not None:
            return office
    return None


def _office_ending_at(text: str, items_before: Sequence[Item], edge: int) -> Item | None:
    """The office, capitalised or in lower case, that ends at ``edge``, with a "chief" (or a
    "head") in front that makes it the first of a trade ("The Kerala Chief Minister,")."""
    before = next((item for item in reversed(items_before) if item.start < edge), None)
    if before is not None and before.kind == "office" and before.end == edge:
        for lead in TRADE_LEADS:
            chief = before.start - len(lead) - 1
            if chief >= 0 and chief_of_trade(text, chief, edge) is not None:
                return Item(chief, edge, text[chief:edge], "office")
        return before
    return _lower_office_ending_just_at(text, edge)


def _owner_before(
    text: str, items_before: Sequence[Item], office: Item
) -> tuple[list[str], str | None]:
    """Whose office in apposition it is, as the places and the narrowing word in front
    of it: a possessive ("the center's president": the center's, not the country's;
    "France's"), a place or a name right before it ("The United Nations
    secretary-general", "the Ford chief executive") or a body noun ("the state
    attorney general")."""
    owner = _POSSESSIVE_BEFORE.search(text, max(0, office.start - 60), office.start)
    named = next((item for item in reversed(items_before) if item.end <= office.start), None)
    if named is not None and not text[named.end : office.start].isspace():
        named = None
    body = (
        named.text
        if named is not None and named.kind in ("cap", "org") and not is_function_word(named.text)
        else None
    )
    if owner is not None:
        word = owner.group("owner")
        longest = _longest_place(text, owner.start("owner"), word)
        if places().is_place(word) or longest != word:
            # "Ireland's Garda Commissioner": Ireland's, the Garda's; "New Jersey's": the
            # state's, though "Jersey" alone is no place
            word = longest
            behind = named is not None and named.start > owner.end("owner")
            return [word], body if behind else None
        if word in _PLACE_NOUNS:
            return [], None
        return [], _owner_name(text, items_before, *owner.span("owner")) or word
    if named is not None and named.kind == "place":
        return [named.text], None
    if body is not None:
        return [], body
    return [], _body_before(text, office.start)


_CAPITALISED_BEFORE = regex(r"(?<![\w.'\u2019-])((?:[A-Z][\w.-]*\s){1,2})$")


def _longest_place(text: str, start: int, place: str) -> str:
    """The longest place (``is_place_name``) that ends with the place ``place``
    written at ``start``, with one or two capitalised words in front: "New Mexico's" is
    New Mexico's, not Mexico's; "South Korea's" South Korea's."""
    hit = _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    if hit is None:
        return place
    words = hit.group(1).split()
    for first in range(len(words)):
        name = " ".join((*words[first:], place))
        if is_place_name(name):
            return name
    return place


def _owner_name(text: str, items_before: Sequence[Item], start: int, end: int) -> str | None:
    """The whole name of an organisation whose possessive ends with the capitalised word
    ``text[start:end]`` ("Korrin Mining's chief executive": "Korrin Mining", as "chief
    executive of Korrin Mining" names it), or None for a single word or a run that opens
    with a given name (a person's possessive, "Donald Trump's aide", keeps its surname)."""
    run: list[Item] = []
    edge = start
    for item in reversed(items_before):
        if item.end > edge:
            continue
        if item.kind != "cap" or text[item.end : edge] != " " or is_function_word(item.text):
            break
        run.append(item)
        edge = item.start
    if not run or given_name_lexicon().known(fold(run[-1].text)):
        return None
    return text[edge:end]


def _kin_before(text: str, start: int) -> bool:
    """``_KIN_BEFORE`` ends at ``start``; the word before is looked at first, as most
    words follow no kinship noun."""
    head = text[max(0, start - 40) : start].rstrip(" ,")
    if head[head.rfind(" ") + 1 :] not in _KIN_NOUNS:
        return False
    return _KIN_BEFORE.search(text, max(0, start - 40), start) is not None


def _placed_after(
    text: str, items: Sequence[Item], last: int, titles: list[OfficeRef]
) -> list[OfficeRef]:
    """The titles, those without a place narrowed by an "of" place after the name: "Gov.
    Eric Holcomb of Indiana", "State Senator John Smith of Ohio"; an organisation's office
    by the organisation named so: "Coach Ole Berg of Rosenborg"."""
    body = NAMED_BODY_AFTER.match(text, items[last].end)
    if body is not None and any(
        o.qualifier is None and o.label in offices().organisational for o in titles
    ):
        return [
            office_ref(text, o.start, o.end, [], body.group("words"))
            if o.qualifier is None and o.label in offices().organisational
            else o
            for o in titles
        ]
    gap = _OF_PLACE.match(text, items[last].end)
    if gap is None or last + 1 >= len(items):
        return titles
    place = items[last + 1]
    if place.start != gap.end():
        return titles
    if not (place.kind == "place" or (place.kind == "cap" and place.text in places().gazetteer)):
        # (a city of one word is a place here: "Chief X of Portland")
        return _city_after(text, items, last + 1, titles) if "the" not in gap.group() else titles
    state = places().country_of(place.text) is None
    state_too = offices().state_offices  # "Attorney General Dana Nessel of Michigan" is the
    # state's; a national leader's home state after the name is not the office's ("Speaker
    # Nancy Pelosi of California")
    return [
        office_ref(text, o.start, o.end, [place.text], None)
        if o.qualifier is None and (o.country is None or (state and o.label in state_too))
        else o
        for o in titles
    ]


def _city_after(
    text: str, items: Sequence[Item], first: int, titles: list[OfficeRef]
) -> list[OfficeRef]:
    """The titles of a city's office (a mayor) without a place narrowed by the capitalised
    words after "of" after the name, a city the gazetteer does not know: "Mayor Bontu Fayisa
    of Adama", "Mayor Erduan Demir of Suto Orizari". Other offices are left: a national
    leader's home after the name is not the office's ("Speaker Nancy Pelosi of
    California")."""
    citywide = offices().citywide
    if not titles or any(o.qualifier is not None or o.label not in citywide for o in titles):
        return titles
    last = first
    while (
        last + 1 < len(items)
        and items[last + 1].kind == "cap"
        and text[items[last].end : items[last + 1].start] == " "
    ):
        last += 1
    run = items[first : last + 1]
    if any(item.kind != "cap" or is_function_word(item.text) for item in run):
        return titles
    place = text[items[first].start : items[last].end]
    return [office_ref(text, o.start, o.end, [place], None) for o in titles]


def _subject_of_a_clause(text: str, title: Item, word: Item) -> bool:
    """A lower-case office after "the", then one name word, then a verb: the name is the
    subject of a clause about the office holder, not the holder ("the president
    Blumenthal worked for"; but "the president said", "President Obama signed")."""
    if not title.text[:1].islower() or not _THE_BEFORE.search(
        text, max(0, title.start - 5), title.start
    ):
        return False
    after = _LOWER_WORD_AFTER.match(text, word.end)
    return after is not None and after.group(1) not in _SPEECH


def _office_before_jurisdiction(
    text: str, items: Sequence[Item], first: int
) -> list[OfficeRef] | None:
    """An office whose jurisdiction phrase stands between it and the name: "U.S.
    Attorney for the Southern District of New York Maria Cino" (office_ref reads the
    phrase after the office)."""
    if first == 0 or items[first - 1].kind not in ("place", "org"):
        return None  # the phrase ends in a place or body; else the run is the phrase's end
    k = first - 1
    while k >= 0 and first - k <= MAX_JURISDICTION_WORDS and items[k].kind in _PHRASE_KINDS:
        if not _PHRASE_GAP.fullmatch(text, items[k].end, items[k + 1].start):
            return None
        k -= 1
    if k < 0 or k == first - 1 or items[k].kind != "office":
        return None
    if not _OF_PLACE.fullmatch(text, items[k].end, items[k + 1].start):
        return None
    return [office_ref(text, items[k].start, items[k].end, [], None)]


def _body_before(text: str, edge: int) -> str | None:
    """The organisation a title chain belongs to, named by the word right before it
    when the scanner does not see it as an item: "NAACP President", "Chick-fil-A
    president", "union President". Places are not bodies: they set the jurisdiction."""
    hit = _BODY_BEFORE.search(text, max(0, edge - 40), edge)
    if hit is None:
        return None
    body = hit.group("body")
    if body.islower():
        return body if body in BODY_NOUNS else None  # "union President"
    if places().is_place(body) or text[edge:].split(maxsplit=1)[0].isupper():
        return None  # a place, or a headline in capitals ("NEW PRESIDENT")
    return body


def _lower_office_ending_at(text: str, edge: int) -> Item | None:
    """A lower-case office ("chief of staff") that ends just before ``edge``. The
    scanner only sees capitalised words, so these are looked for where a name needs them."""
    end = edge  # the text before edge, trailing spaces stripped (without copying it)
    while end and text[end - 1].isspace():
        end -= 1
    return None if end == edge else _lower_office_ending_just_at(text, end)


def _lower_office_ending_just_at(text: str, end: int) -> Item | None:
    """A lower-case office whose last letter is ``text[end - 1]``."""
    trade = _chief_of_trade_ending_at(text, end)
    if trade is not None:
        return trade
    if text[end - 2 : end] not in lower_office_last_words()[1]:
        return None  # most words end in two letters no office's last word ends in
    word_start = end - 1
    while word_start and text[word_start - 1].isalpha():
        word_start -= 1
    if text[word_start:end] not in lower_office_last_words()[0]:
        return None  # a form's last word is all letters, and a whole word
    pattern, longest = _lower_offices()
    for hit in pattern.finditer(text, max(0, end - longest - 8), end):
        if hit.end() == end:
            return Item(hit.start(), hit.end(), hit.group(), "office")
    return None


_CHIEF_REACH = 40
""""chief " and a noun of up to 34 letters: longer than any English noun for a person."""


def _chief_of_trade_ending_at(text: str, end: int) -> Item | None:
    """A "chief" or a "head" and a noun for a person in lower case ending at ``end`` ("the
    orchestra's chief conductor, Lena Marwick", "the zoo's head keeper";
    office_refs.chief_of_trade), or None. Looked for only where a lead stands in the last
    ``_CHIEF_REACH`` characters (most places have none)."""
    reach = max(0, end - _CHIEF_REACH)
    if all(text.find(f"{lead} ", reach, end) < 0 for lead in TRADE_LEADS):
        return None
    word_start = end
    while word_start and text[word_start - 1].islower():
        word_start -= 1
    lead = next((lead for lead in TRADE_LEADS if text.endswith(f"{lead} ", 0, word_start)), None)
    if lead is None:
        return None
    start = word_start - len(lead) - 1
    if text[start - 1 : start].isalpha() or chief_of_trade(text, start, end) is None:
        return None
    return Item(start, end, text[start:end], "office")


_OWNED_AFTER = regex(r"['\u2019]s\s")
"""A possessive after an office in apposition: the office is the holder's, and the name
is someone of theirs ("the mayor's spokesman", "the President's son")."""


def _apposition(
    text: str, items: Sequence[Item], last: int
) -> tuple[list[OfficeRef], Evidence | None]:
    """An office after the name: in apposition, "Bessent, the Treasury Secretary," (not
    the title of the next name in a list: "Bessent, Commerce Secretary Lutnick"), given
    by a verb, "Tom Harlow, who manages Rovers,", or said of it in a past tense, "Zhou
    served as China's premier" (``_PREDICATE_LEAD``)."""
    verb = _ROLE_VERB_AFTER.match(text, items[last].end)
    body = verb and _body_of_role(verb.group("body"))
    if verb is not None and body is not None:
        owned = body.endswith(("'s", "\u2019s"))  # "leads the I.R.S.'s division"
        body_end = verb.start("body") + len(body) - 2 * owned  # the span says what is
        # run: "heads the port authority"
        return [
            office_by_verb(verb.group("verb"), body, verb.start("verb"), body_end)
        ], "apposition"
    found = _office_after(text, items, last, _APPOSITION_LEAD)
    return found if found[1] is not None else _office_after(text, items, last, _PREDICATE_LEAD)


def _body_of_role(words: str) -> str | None:
    """The body a role verb's object names: capitalised words ("Vantor Group"; a full
    stop after them dropped), with the nouns after their possessive up to a noun for a
    body ("Gstaldenbach's tourist office"), a proceeding ("the case") or nouns up to a
    noun for a body ("the fund", "the port authority"), else None ("who runs
    marathons")."""
    nouns = words.split()
    named = next((k for k, noun in enumerate(nouns) if noun[0].islower()), len(nouns))
    for size in range(len(nouns), named, -1):  # "the port authority", "the board of
        # trustees", "Gstaldenbach's tourist office"
        body = " ".join(nouns[:size])
        if body in PROCEEDINGS or is_body_noun(nouns[size - 1]):
            return body
    return " ".join(nouns[:named]).rstrip(".") or None  # "who heads Vantor Group."


def _office_after(
    text: str, items: Sequence[Item], last: int, leads: re.Pattern[str]
) -> tuple[list[OfficeRef], Evidence | None]:
    """An office after the name and ``leads``."""
    lead = leads.match(text, items[last].end)
    k = last + 1
    if lead is None or lead.end() == items[last].end:
        return [], None
    lower = _lower_offices()[0].match(text, lead.end()) or _portfolio_office(text, lead.end())
    if lower is not None:  # "Bessent, the treasury secretary,"
        if _OWNED_AFTER.match(text, lower.end()):
            return [], None  # "Paul Marchetti, the governor's husband,": the holder's kin
        item = Item(lower.start(), lower.end(), lower.group(), "office")
        following = next((x for x in items[k:] if x.start >= lower.end()), None)
        if following and following.kind in ("cap", "honorific", "office"):
            if _TITLE_GAP.fullmatch(text, lower.end(), following.start):
                return [], None
        return _in_apposition(text, item.start, item.end, [], lead), "apposition"
    owned = _owned_office(text, lead)
    if owned is not None:  # "de Vries, the national weather agency's head,"
        return owned, "apposition"
    deputy = deputy_after(text, lead.end()) if leads is _APPOSITION_LEAD else None
    if deputy is not None:  # "Ann Lee, a deputy in her office,"
        return [deputy], "apposition"
    if k >= len(items) or items[k].start != lead.end():
        return [], None
    countries = []
    parted = False
    while k < len(items) and items[k].kind == "place":
        countries.append(items[k].text)
        k += 1
        if k < len(items) and not _TITLE_GAP.fullmatch(_gap(text, items[k - 1], items[k])):
            parted = True  # the next capital is no part of it: "the Houston mayor, asked Trump"
            break
    if countries and (parted or k >= len(items) or items[k].kind != "office"):
        # "Fox, the former Mexican president,", "Nessel, Michigan's attorney general,": a
        # place, then an office in lower case
        after_places = _PLACE_TO_OFFICE.match(text, items[k - 1].end)
        lower = after_places and (
            _lower_offices()[0].match(text, after_places.end())
            or _portfolio_office(text, after_places.end())  # "the UN high commissioner"
        )
        if lower:
            return _in_apposition(text, lower.start(), lower.end(), countries, lead), "apposition"
        if parted:
            return [], None
    if k >= len(items) or items[k].kind != "office" or _OWNED_AFTER.match(text, items[k].end):
        return [], None
    following = items[k + 1] if k + 1 < len(items) else None
    if following and following.kind in ("cap", "honorific", "office"):
        if _TITLE_GAP.fullmatch(_gap(text, items[k], following)):
            return [], None
    return _in_apposition(text, items[k].start, items[k].end, countries, lead), "apposition"


_PORTFOLIO_WORD = regex(r"[a-z]+\s+")


def _portfolio_office(text: str, start: int) -> re.Match[str] | None:
    """An office that takes a portfolio, after one or two words of the portfolio in lower
    case at ``start`` ("fisheries minister", "armed forces minister"; office_ref reads
    the portfolio), or an organisation's office after one word that names its kind or
    its rank ("artistic director": office_refs.kind_before; "deputy commissioner"), or
    None."""
    at = start
    for words in range(2):
        word = _PORTFOLIO_WORD.match(text, at)
        if word is None:
            return None
        at = word.end()
        lower = _lower_offices()[0].match(text, at)
        if lower is not None:
            label = offices().lookup(lower.group())[0].label
            if label in offices().portfolios:
                return lower
            ranked = _NEW_BEFORE_OFFICE.fullmatch(word.group()) is not None
            if words == 0 and (
                kind_before(text, lower.start(), label) is not None
                or (ranked and label in offices().organisational)
            ):  # "the artistic director", "the deputy commissioner" (office_ref reads both)
                return lower
            return None
    return None


_OWNER_IN_APPOSITION = regex(
    r"(?:(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})(?:['\u2019]s)?"
    r"|(?P<noun>(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)['\u2019]s)\s+"
)
"""An organisation that owns the office in apposition after it: "Kessler's", "the Kessler
(chief executive)", "the national weather agency's"."""


_NEW_BEFORE_OFFICE = regex(r"(?:new|acting|interim|deputy|assistant|associate)\s+")
"""Between an owner and its office in apposition: a stand-in or a lower rank, which
office_ref reads ("the club's assistant coach": Assistant Coach)."""


def _owned_office(text: str, lead: re.Match[str]) -> list[OfficeRef] | None:
    """An organisation's office in apposition after its owner ("Anna Berg, Kessler's chief
    executive,"), where the owner is no place (``_apposition`` reads "Michigan's attorney
    general" as a state's)."""
    owner = _OWNER_IN_APPOSITION.match(text, lead.end())
    body = owner and (owner.group("name") or owner.group("noun"))
    if owner is None or not body or places().is_place(body):
        return None
    new = _NEW_BEFORE_OFFICE.match(text, owner.end())  # "Kessler's new chief executive"
    lower = _lower_offices()[0].match(text, new.end() if new else owner.end())
    lower = lower or _portfolio_office(text, owner.end())  # "the festival's artistic director"
    if lower is None or _OWNED_AFTER.match(text, lower.end()):
        return None
    if offices().knows(text[owner.start() : lower.end()]):
        return None  # an office of its own: "the FBI's director"
    found = _in_apposition(text, lower.start(), lower.end(), [], lead, body)
    if found and (is_organisational(found[0].label) or is_lower_rank(found[0].label)):
        return found
    return None


def _in_apposition(
    text: str,
    start: int,
    end: int,
    countries: Sequence[str],
    lead: re.Match[str],
    owner: str | None = None,
) -> list[OfficeRef]:
    qualifier = owner or _shared_jurisdiction(text, end, countries)
    office = office_ref(text, start, end, countries, qualifier)
    if lead.group("one_of") and is_organisational(office.label):
        return []  # "Lee, a director of Kessler": one of several
    return [office.ended() if lead.group("past") or lead.group("former") else office]


def _shared_jurisdiction(text: str, end: int, countries: Sequence[str]) -> str | None:
    """The body two joined offices share: "Barry Broome, president and chief executive
    of the Greater Phoenix Economic Council," is the council's president too."""
    joined = _AND_AFTER.match(text, end)
    second = joined and _lower_offices()[0].match(text, joined.end())
    if not second:
        return None
    return office_ref(text, second.start(), second.end(), countries, None).qualifier


def _name_evidence(
    text: str, items: Sequence[Item], first: int, last: int, after: bool
) -> Evidence | None:
    """What makes the run a person's name, where nothing of a title stands before it and
    no office after it; ``after`` is False where nothing can be read after it
    (``_something_after``)."""
    start = items[first].start
    if _ARTICLE_BEFORE.search(text, max(0, start - 4), start):
        return None  # "the Ryan Medicare plan": a name used as a modifier
    cue = _cue_before(text, start)
    if cue and _kin_before(text, start):
        return "kin"  # "Qaddafi's son Saif al-Islam"
    if cue and _role_before(text, start):
        return "role"  # "Pezeshkian's predecessor, Ebrahim Raisi"
    caps = [i for i in items[first : last + 1] if i.kind == "cap"] if last > first else []
    count = len(caps)
    if (
        (count == 2 or (count == 3 and not _modifier_before_a_name(caps)))
        and not is_ordinary_word(caps[0].text)
        and _job_word_before(text, start)
    ):
        return "role"  # "Analyst Priya Raman of Morningstar", "Analyst Nguyễn Văn Minh"
    if count > 1 and _KNOWN_GIVEN_NAMES[caps[0].text]:
        if not _double_barrelled(text, caps):
            return "given name"
    if (
        count in (2, 3)
        and is_family_name(name_key(caps[0].text))
        and family_first([name_key(c.text) for c in caps])
    ):
        return "family name"  # "Xi Jinping", "Kim Yong Chol": a given name after it
    if count > 1 and any(i.kind == "initial" for i in items[first + 1 : last + 1]):
        return "initial"
    if count > 1 and _particle_inside(text, items, first, last):
        if not _GROUP_BEFORE.search(text, max(0, start - 30), start):
            return "particle"  # not "the group Ansar al-Sharia"
    if not after:
        return (
            "speech" if count in (2, 3) and _speaks_for_a_body(text, items, first, last) else None
        )
    if _speech_after(text, items, first, last, count):
        return "speech"
    if count in (2, 3) and _AGE_AFTER.match(text, items[last].end) and not _any_ordinary(caps):
        return "age"  # "Ewan McIntosh, 52, from Portree"
    return "role" if _role_after(text, items, first, last, count) else None


def _speaks_for_a_body(text: str, items: Sequence[Item], first: int, last: int) -> bool:
    """A full name of no ordinary first word speaks for the body named after it ("Ana
    Ruiz of Banorte said"); not a body that speaks itself ("Wal-Mart ... said it")."""
    said = _AFFILIATION_THEN_SPEECH.match(text, items[last].end)
    return (
        said is not None
        and not is_ordinary_word(items[first].text)
        and _first_pronoun_after(text, said.end()) not in _THING_PRONOUNS
    )


def _modifier_before_a_name(caps: Sequence[Item]) -> bool:
    """Three words, the second a known given name (no particle: Vietnamese "Văn") and the
    first not: a word in front of a full name ("fellow Arizonan John McCain"), not a name
    of three words ("Analyst Nguyễn Văn Minh")."""
    return (
        _KNOWN_GIVEN_NAMES[caps[1].text]
        and fold(caps[1].text) not in PARTICLES
        and not _KNOWN_GIVEN_NAMES[caps[0].text]
    )


def _job_word_before(text: str, start: int) -> bool:
    """A noun for a person's job or role stands right before ``start``, one space apart:
    the full name after it is a person's ("Analyst Neha Shah"). In lower case it is no
    surname, so a job word a surname shares counts too ("welder Sanal Badmaev":
    ``is_job_word``; not "carrier", whose first sense only is a person: it names ships)."""
    if start < 4 or text[start - 1] != " " or not text[start - 2].isalpha():
        return False
    word_start = text.rfind(" ", 0, start - 1) + 1
    word = text[word_start : start - 1]
    return is_person_noun(word) or (word.islower() and is_job_word(word))


_KNOWN_GIVEN_NAMES: MemoTable[str, bool] = MemoTable(
    lambda word: given_name_lexicon().known(fold(word)), 65536
)
"""Whether a word is a known given name, asked of the first word of most runs."""


def _particle_inside(text: str, items: Sequence[Item], first: int, last: int) -> bool:
    """A name particle in lower case joins two of the run's words: "Ayman al-Zawahiri",
    "Osama bin Laden", "Ludwig van Beethoven" (places that have one are in places.txt)."""
    for k in range(first, last):
        gap_start, gap_end = items[k].end, items[k + 1].start
        if gap_end - gap_start > 1 and _LOWER_PARTICLE.search(text, gap_start, gap_end):
            return True  # (a gap of one character, most gaps, holds no particle)
    return False


def _double_barrelled(text: str, caps: Sequence[Item]) -> bool:
    """Two words joined by a hyphen, the first no particle: one surname, so the first is
    no given name ("Randolph-Macon", "Holtz-Eakin"; not "al-Tamimi")."""
    return (
        len(caps) == 2
        and text[caps[0].end : caps[1].start] == "-"
        and fold(caps[0].text) not in PARTICLES
    )


def _speech_after(text: str, items: Sequence[Item], first: int, last: int, caps: int = 1) -> bool:
    """A speech verb follows the run ("Yellen said"), unless the run is one word after
    a preposition of place ("the governor of Texas said"), or the first pronoun after the
    verb is "it" ("Wal-Mart said on Thursday it would"): a company or body speaks."""
    speech = _SPEECH_AFTER.match(text, items[last].end)
    if speech is None or _first_pronoun_after(text, speech.end()) in _THING_PRONOUNS:
        return False
    return not (
        caps <= 1
        and _PLACE_PREPOSITION_BEFORE.search(
            text, max(0, items[first].start - 8), items[first].start
        )
    )


def _role_after(text: str, items: Sequence[Item], first: int, last: int, caps: int = 1) -> bool:
    """``_ROLE_AFTER`` or an apposition headed by an office ("Ole Berg, the club's
    assistant coach,"), or for a full name a relation (``_RELATION_AFTER``) or an
    apposition headed by a noun for a person (``_apposition_person_noun``: "Maja Lund, the
    analyst,"; a single name only as one of many: "Sutrisno, a rescue coordinator,"),
    follows the run, which is no single word after a preposition of place
    ("in Kyiv, the capital")."""
    end = items[last].end
    related = caps >= 2 and _RELATION_AFTER.match(text, end) is not None
    if _ROLE_AFTER.match(text, end) is None and not related:
        head = APPOSITION_HEAD.match(text, end)
        if head is None:
            return False
        noun = head.group("noun")
        if noun not in lower_office_last_words()[0] and not (
            (
                caps == 2
                or (caps == 3 and not _any_ordinary(_caps_of(items, first, last)))
                or (caps == 1 and head.group().startswith((", a ", ", an ")))
            )
            and _apposition_person_noun(noun)
        ):
            return False
    return not (
        caps <= 1
        and _PLACE_PREPOSITION_BEFORE.search(
            text, max(0, items[first].start - 8), items[first].start
        )
    )


def _apposition_person_noun(noun: str) -> bool:
    """A lower-case noun heading an apposition that says who a named person is: a job
    word ("a welder", ``is_job_word``) or a noun every WordNet sense of which is a person
    ("a monk at the temple", "an imam"; not "a carrier", which names ships too)."""
    return is_job_word(noun) or every_sense_a_person(noun)


def _caps_of(items: Sequence[Item], first: int, last: int) -> list[Item]:
    """The capitalised words of the run from ``first`` to ``last``."""
    return [i for i in items[first : last + 1] if i.kind == "cap"]


def _any_ordinary(caps: Sequence[Item]) -> bool:
    """One of the words is a frequent English word that is no given name, or the last a
    word things' names end in: a name of three words of which none is ("Furba Tenzing
    Sherpa") is a person's before an apposition of a person, where "Goldman Sachs
    Group" is a firm's. (A name ending in a thing word, "Gaspar Balam Chi", is left
    without evidence, for another article to confirm: as a thing it would be dropped.)"""
    words = [c.text for c in caps]
    return any(map(is_ordinary_word, words)) or ends_in_a_thing_word(words)


def _first_pronoun_after(text: str, start: int) -> str | None:
    """The first personal pronoun among the few words after ``start`` in its clause."""
    clause = _CLAUSE_END.split(text[start : start + 60], maxsplit=1)[0]
    for word in clause.split()[:_PRONOUN_REACH]:
        if word.lower() in _PRONOUNS:
            return word.lower()
    return None


def _is_headline(text: str) -> bool:
    """Title case without a closing stop: a headline, a caption, a section title. A
    sentence that lost its full stop is no headline for being full of names: its
    lower-case words are more than the short ones title case leaves small ("White House
    Press Secretary Jay Carney *wouldn't say whether* Obama ...")."""
    if text.rstrip()[-1:] in _CLOSING:
        return False
    long_words = len(_LONG_WORD.findall(text))
    if long_words and len(_CAPITALISED_LONG_WORD.findall(text)) / long_words < 0.5:
        return False
    return all(word in TITLE_SMALL for word in _LOWER_CASE_WORD.findall(text))


def _trimmed(run: Run, headline: bool) -> Run:
    """In a headline, cut ordinary capitalised words off the end of a titled name."""
    if not headline:
        return run
    items = list(run.items)
    while len([i for i in items if i.kind == "cap"]) > 1 and items[-1].kind == "cap":
        if not is_common(fold(items[-1].text), COMMON_ZIPF - 0.5):
            break
        items.pop()
    run.items = items
    return run
