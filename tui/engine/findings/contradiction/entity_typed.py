"""Typed swaps: the one name each side gives that the other never names, both of one
type, in two sentences that otherwise say the same ("the contract went to *Helvar
Systems*" / "*Norrat Engineering* won the contract": two companies; "a *Norwegian*
crew set the record" / "the record fell to a team from *Denmark*": two countries;
"out of the *River Alde*" / "a clean-up of the *River Brede*": two rivers).

Two names of no known type (or of one type, or both of where a thing is) may be tied
by one frame instead (``_one_frame``): both given as one noun that says what kind of
thing a name names ("the upper *Korra* valley" / "the high *Tessen* valley") or both
after a preposition of one sense of place ("on *Skarra* island" / "on *Fenna*"); an
owner inside a run is read apart from the name it owns ("in *Dresmund's*
Kaiserhalle"), so the owned name is the one the other side never names.

The fourth source of entity.py, for rewrites that move the name to another role
(the agent of a passive, a possessive, "X-based", "from X", apposition) where
entity_roles.py cannot tie the two: the type of the name (entity_types.py) stands in
for the role. So it asks more of the rest of the two sentences than the role-tied
sources do (TYPED_AGREEMENT), and each side must name exactly one thing the other
never names: a report that names another team of the match, a source or a second
place names two things the other lacks, or the other side names both.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache, partial

from tui.engine.findings.contradiction.entity_agents import (
    agent_roles,
    has_initials,
    is_person,
    may_be_agent,
    same_agent,
    tells,
    tied_by_two_verbs,
)
from tui.engine.findings.contradiction.entity_names import (
    is_name,
    name_word,
    same_name,
    title_case_headline,
)
from tui.engine.findings.contradiction.entity_roles import (
    Role,
    meaning_agreement,
    roles,
    venue,
)
from tui.engine.findings.contradiction.entity_slots import named_runs
from tui.engine.findings.contradiction.entity_types import (
    Run,
    distinct_indexes,
    distinct_words,
    name_type,
    noun_type,
)
from tui.engine.findings.contradiction.entity_variants import variant_runs
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.kinds import senses
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import SAY, says
from tui.engine.findings.contradiction.wordlists import lemma_key
from tui.engine.findings.contradiction.words import POSSESSIVE_ENDINGS, Word, sentence_tokens
from tui.engine.segment import Sentence

TYPED_AGREEMENT = 0.7
"""Least agreement in meaning of the rest of the two sentences (content lemmas, a
WordNet synonym or kind counted as shared: entity_roles.meaning_agreement) where the
two names are of one type of participant (a school, club, company, body, water)."""
PLACE_AGREEMENT = 0.75
"""The same for two places or countries, which a report names in many roles at once
(where it happened, where the reporter writes from, where a figure was counted):
"contributed to this report from *New York City*" / "from *Albany*" names two
reporters, "In *Ventura County* the number dropped" / "*Texas* beaches" two counts."""
FRAME_AGREEMENT = 0.6
"""Least agreement in meaning of the rest of two sentences whose names are given as
one noun of a kind of thing (``_one_frame``), of one type or of none: as entity.py
asks of two known mentions tied by their role (MIN_MEANING_AGREEMENT)."""
UNTYPED_AGREEMENT = 0.8
"""Least agreement in meaning of the rest of two sentences where a name of no known
type is tied to the other name by neither a type nor an act (entity_agents.same_agent):
the same claim told through other verbs ("a clinic *set up by* the Orbis Relief
Trust" / "the *Kestrel Aid Network* runs the clinic"). When all else the two
sentences say is the same, the one name each gives that the other never names is the
one they disagree on; a person (entity_agents.is_person) or a place is never read so."""
AGENT_TYPES = frozenset(("company", "body", "club", "school", "organisation"))
"""Types of names that act as a firm or body does (entity_types.name_type)."""
TELLING_REACH = 3
"""Words on each side of a name read for a verb of saying (``_telling``)."""
_LINKS = frozenset(("of", "the", "and", "de", "&"))

_ARTICLES = frozenset(("the", "a", "an"))

PlaceKey = Callable[[Run], "str | None"]
"""The places lexicon's key of a run of one sentence, or None when it knows no place there."""


def typed_swap(
    pair: SentencePair, left_key: PlaceKey, right_key: PlaceKey
) -> tuple[Run, Run, float] | None:
    """The two swapped names (first, last word) and the agreement of the rest, or None."""
    left, right = pair.left_words, pair.right_words
    if title_case_headline(left) or title_case_headline(right):
        return None
    lefts = _names(pair, True, left_key)
    rights = _names(pair, False, right_key)
    only_left = _unnamed(left, lefts, left_key, right, rights, right_key)
    if len(only_left) != 1:
        return None
    only_right = _unnamed(right, rights, right_key, left, lefts, left_key)
    if len(only_right) != 1:
        return None
    li, ri = only_left[0], only_right[0]
    kind = name_type(left, li, left_key(li)) or _located(left, li, right, ri)
    other_kind = name_type(right, ri, right_key(ri)) or _located(right, ri, left, li)
    least_untyped = 0.0
    unknown = left_key(li) is None and right_key(ri) is None  # no place the lexicons know
    frame = (
        _one_frame(left, li, right, ri) if unknown and _may_share_a_slot(kind, other_kind) else 0.0
    )
    if frame:
        kind = kind or other_kind or "name"
    elif kind is None or other_kind is None:
        if not same_agent(left, li, kind, right, ri, other_kind):
            if not (_untyped_agent(left, li, kind) and _untyped_agent(right, ri, other_kind)):
                return None  # a name of no known type: the act it does stands for its type
            if agent_roles(left, li) and agent_roles(right, ri):
                return None  # each the agent of an act, not the same: two roles
            least_untyped = UNTYPED_AGREEMENT  # or all else the two say is the same
        kind = kind or other_kind or "agent"
    elif kind != other_kind:
        return None
    if _source(left, li) or _source(right, ri):
        return None
    if _ends_of_a_path(left, li, right, ri):
        return None
    if not (_compound_fits(left, li, right, ri) and _compound_fits(right, ri, left, li)):
        return None
    if same_name(_text(left, li), _text(right, ri)):
        return None  # one name spelt two ways ("Dillards" / "Dillard's")
    tied = int(tied_by_two_verbs(left, li, right, ri))
    rest = meaning_agreement(left, li, right, ri, kinds=True, tied=tied)
    if frame:
        least = frame
    elif kind == "country" or kind.startswith("place"):
        least = PLACE_AGREEMENT
    else:
        least = TYPED_AGREEMENT
    return (li, ri, rest) if rest >= max(least, least_untyped) else None


WHERE_TYPES = ("place", "site", "land")
"""Types of names of where a thing is (entity_types.name_type; "place" opens "place
town" too): a town, a racecourse or a valley may each be the venue of one event."""


def _may_share_a_slot(kind: str | None, other_kind: str | None) -> bool:
    """Whether names of these types may answer one slot: one type, an untyped name, or
    two of WHERE_TYPES ("at Kilrane *racecourse*" / "at Tullagh")."""
    if kind is None or other_kind is None or kind == other_kind:
        return True
    return kind.startswith(WHERE_TYPES) and other_kind.startswith(WHERE_TYPES)


def _one_frame(words: Sequence[Word], run: Run, others: Sequence[Word], other: Run) -> float:
    """The least agreement of the rest of two sentences whose names fill one slot of
    one frame, or 0.0 when they do not: both given as one noun that says what kind of
    thing a name names (entity_types.noun_type: "the upper *Korra* valley" / "the high
    *Tessen* valley"; FRAME_AGREEMENT), or both after a preposition of one sense of
    place (``_place_sense``: "*on* Skarra island" / "*on* Fenna", "*at* the
    Rosenhalle" / "*in* Dresmund's Kaiserhalle"; TYPED_AGREEMENT, as a preposition ties
    a name more loosely). Neither may be a person's (entity_agents.is_person), whom the
    people findings tell apart, nor hold initials (has_initials: "the *AP*" / "the
    Associated Press" may be one name)."""
    if is_person(words, run) or is_person(others, other):
        return 0.0
    if has_initials(words, run) or has_initials(others, other):
        return 0.0
    nouns = {_given_noun(words, run), _noun_before(words, run)} - {None}
    if nouns & {_given_noun(others, other), _noun_before(others, other)}:
        return FRAME_AGREEMENT
    compound = _given_compound(words, run)
    if compound is not None and compound == _given_compound(others, other):
        return FRAME_AGREEMENT
    mine, theirs = _place_senses(words, run), _place_senses(others, other)
    return TYPED_AGREEMENT if (mine & theirs) - {None} else 0.0


def _place_senses(words: Sequence[Word], run: Run) -> set[str | None]:
    """The senses of place the prepositions before the name give it (``_place_sense``):
    before its owner ("in *Dresmund's* Kaiserhalle") or before the noun it is given as
    ("*to* the island of Coll", ``_noun_before``)."""
    spans = [_with_owner(words, run)]
    noun = _noun_at(words, run)
    if noun is not None:
        spans.append((noun, run[1]))
    return {_place_sense(r) for span in spans for r in roles(words, *span) if r.tag == "prep"}


def _with_owner(words: Sequence[Word], run: Run) -> Run:
    """The name with the capitalised owner before it ("in *Dresmund's* Kaiserhalle"):
    the preposition before the owner gives the owned name its place."""
    first, last = run
    if first == 0 or not words[first - 1].norm.endswith(POSSESSIVE_ENDINGS):
        return run
    k = first - 1
    while k > 0 and words[k - 1].text[:1].isupper() and not words[k].break_before:
        k -= 1
    return (k, last) if words[k].text[:1].isupper() else run


def _given_noun(words: Sequence[Word], run: Run) -> str | None:
    """The lemma of the lower-case noun right after the name that says what kind of
    thing it names ("the Korra *valley*", "the Baltrum *brewery*":
    entity_types.noun_type), or None ("Saddam *loyalists*")."""
    after = run[1] + 1
    if after >= len(words) or words[after].break_before:
        return None
    word = words[after]
    if not word.text.islower() or noun_type(word) is None:
        return None
    return word.lemma


def _noun_before(words: Sequence[Word], run: Run) -> str | None:
    """The lemma of the lower-case noun an article opens right before the name, or
    before "of" and the name, that says what kind of thing it names ("the *island* of
    Holm", "the *river* Dwyre": entity_types.noun_type), or None: the kind "Skarra
    *island*" gives after the name."""
    k = _noun_at(words, run)
    return None if k is None else words[k].lemma


NOUN_MODIFIERS = 2
"""Most lower-case words between the article and the noun a name is given as ("the
*fishing* boat Kestrel", "the *new research* ship Aurora")."""


def _noun_at(words: Sequence[Word], run: Run) -> int | None:
    """The index of the noun ``_noun_before`` reads, or None: an article opens it, at
    most NOUN_MODIFIERS lower-case words between."""
    k = run[0] - 1
    if k >= 0 and words[k].norm == "of" and not words[k + 1].break_before:
        k -= 1
    if k < 1 or any(w.break_before for w in words[k : run[0] + 1]):
        return None
    noun = words[k]
    if not noun.text.islower() or noun_type(noun) is None:
        return None
    opener = k - 1
    while opener > 0 and k - 1 - opener < NOUN_MODIFIERS and words[opener].norm not in _ARTICLES:
        if words[opener + 1].break_before or not words[opener].text.islower():
            return None
        opener -= 1
    if words[opener].norm not in _ARTICLES or words[opener + 1].break_before:
        return None
    return k


def _given_compound(words: Sequence[Word], run: Run) -> tuple[str, str] | None:
    """The lemmas of the two lower-case words right after the name when they are a
    compound noun it is given as ("the Aalholm *safari park*", "the Brenn *ferry
    terminal*"), or None: a compound both sides give two names as says what kind of
    thing both name, though no head word lists its last noun. Neither word may be an
    inflected verb ("Kvalheim *workers struck*"); a name that owns the compound
    ("*Nokia's* market share") or a word capitalised only as the first of the sentence
    ("*Handset* market share") is not given as it."""
    first, last = run
    if not words[first].capitalised_inside or words[last].norm.endswith(POSSESSIVE_ENDINGS):
        return None
    after = last + 1
    compound = words[after : after + 2]
    if len(compound) < 2 or any(w.break_before or not w.text.islower() for w in compound):
        return None
    if not all(w.is_content and not _verb_form(w) for w in compound):
        return None
    return compound[0].lemma, compound[1].lemma


def _verb_form(word: Word) -> bool:
    """A word WordNet knows as a verb form of another base and not as a noun."""
    return bool(not senses(word.norm, "n") and senses(word.lemma, "v") and word.lemma != word.norm)


OWN_SENSE_PREPOSITIONS = frozenset(("on", "from"))
"""Prepositions of place that are their own sense: "*on* the island of Skarra" / "*on*
Fenna", where a thing comes from or starts ("a grower *from* Penhallow" / "an amateur
*from* Trevisk", "crossed the lake *from* Ennerby" / "after crossing *from* Nordmark");
not "to", which also gives a name the party a thing is owed or given to ("loyal *to*
Oberndorf" / "loyal to Unterbach" may name one man two ways)."""


def _place_sense(role: Role) -> str | None:
    """The sense of place a preposition gives the name after it (entity_roles.venue),
    a preposition of OWN_SENSE_PREPOSITIONS for itself."""
    return role.word if role.word in OWN_SENSE_PREPOSITIONS else venue(role)


def _untyped_agent(words: Sequence[Word], run: Run, kind: str | None) -> bool:
    """Whether a name of no known type, or of a type that acts (AGENT_TYPES), may be
    the firm or body the other side's name of no known type is. Real rewrites name one
    thing in many ways ("*Duisenberg* said" / "the *ECB* said", "the *White House*" /
    "*Bush*", "*Hussein*" / "*Saddam*"), so only a name of two words or more qualifies
    ("the *Orbis Relief Trust*"), none of them an acronym or a compound
    ("*New York*-based"); not a person's (entity_agents.may_be_agent), nor who tells
    the claim (``_telling``), nor where it happens (``_where``)."""
    if kind is not None and kind not in AGENT_TYPES:
        return False
    first, last = run
    named = [w for w in words[first : last + 1] if w.norm not in _LINKS]
    if len(named) < 2 or has_initials(words, run) or any("-" in w.text for w in named):
        return False
    if _telling(words, run) or any(map(_where, roles(words, first, last))):
        return False  # who tells it, or where it happened ("under way *on Wall Street*")
    return may_be_agent(words, run, kind)


def _telling(words: Sequence[Word], run: Run) -> bool:
    """Whether a verb of saying or telling stands within TELLING_REACH words of the
    name ("*X* said on Friday", "says *X*", "told *the X*", "according to the *X*"): the name may
    be who tells the claim, whom the other side names in another way."""
    first, last = run
    near = [
        *words[max(0, first - TELLING_REACH) : first],
        *_before_other_subject(words[last + 1 : last + 1 + TELLING_REACH]),
    ]
    return any(w.norm == "according" or tells(w) for w in near)


def _before_other_subject(after: Sequence[Word]) -> Sequence[Word]:
    """The words after a name up to a clause that opens with a subject of its own
    ("went to Norvik Marine*, the ministry said*", "in Grenoble*, its organisers
    announced*"): the verb of saying there tells the whole claim, not the name."""
    for k, word in enumerate(after):
        if word.break_before and word.norm in _SUBJECT_OPENERS:
            return after[:k]
    return after


_SUBJECT_OPENERS = frozenset("the a an its their his her this these".split())
"""Words that open a noun phrase, the subject of a clause of attribution."""


def _where(role: Role) -> bool:
    """Whether the role makes its name a place: after a locative preposition or "on"
    ("*in* Kessel", "*on* Wall Street"), or the host of an event."""
    return venue(role) is not None or (role.tag == "prep" and role.word == "on")


def may_name_apart(pair: SentencePair) -> bool:
    """A quick test before the sentences are cut into words and read for names: each
    holds a word that may stand in a name (``name_word``) whose bare form (``_bare``)
    the other lacks. ``typed_swap`` needs a name on each side that the other never
    names: all its words pass ``name_word`` (``is_name``), and at least one of them has
    a bare form the other sentence lacks (``_unnamed``)."""
    left, right = _name_bares(pair.left), _name_bares(pair.right)
    return not left[0] <= right[1] and not right[0] <= left[1]


def _name_bares(sentence: Sentence) -> tuple[frozenset[str], frozenset[str]]:
    """The bare forms of a sentence's words that may stand in a name, and of all its
    words (kept in the sentence's record: a sentence is met in several pairs)."""
    facts = facts_of(sentence)
    found = facts.name_bares
    if found is None:
        texts, norms = sentence_tokens(sentence)
        bares = list(map(_bare_norm, norms))
        names = frozenset(b for t, n, b in zip(texts, norms, bares, strict=True) if name_word(t, n))
        found = facts.name_bares = (names, frozenset(bares))
    return found


def _names(pair: SentencePair, left: bool, key: PlaceKey) -> list[Run]:
    """A sentence's names: runs of capitalised words (a sentence's common first word
    left out unless the other sentence names it), no date, office, number or title; an
    owner apart from the name it owns (``_owner_apart``)."""
    words = pair.left_words if left else pair.right_words
    sentence, other = (pair.left, pair.right) if left else (pair.right, pair.left)
    runs = named_runs(words, sentence, other, lambda r: key((r[0], r[1] - 1)) is not None)
    others = {w.norm for w in (pair.right_words if left else pair.left_words)}
    return [
        run
        for whole in map(partial(_without_article, words), runs)
        if whole is not None
        for part in _home_apart(words, whole, key, others)
        for run in _owner_apart(words, part)
        if is_name(words, (run[0], run[1] + 1), owner=True)
        and not _currency(sentence, words[run[1]])
    ]


def _home_apart(
    words: Sequence[Word], run: Run, key: PlaceKey, others: set[str]
) -> tuple[Run, ...]:
    """The run, or a name and the known place after "of" apart where the name is a
    person's (entity_agents.is_person) or one the other sentence gives too, with no head
    word of a type in it ("*Lukas Perner* of *Slovenia*" / "an Austrian jumper, Lukas
    Perner": a man and his country, which the other side gives as a nationality); not
    "*University* of Bergholm", a name of one thing."""
    first, last = run
    for k in range(first + 1, last):
        if words[k].norm == "of" and key((k + 1, last)) is not None:
            name = (first, k - 1)
            plain = len(distinct_indexes(words, name)) == k - first
            if is_person(words, name) or (plain and all(w.norm in others for w in words[first:k])):
                return (name, (k + 1, last))
            break
    return (run,)


def _owner_apart(words: Sequence[Word], run: Run) -> tuple[Run, ...]:
    """The run, or its owner and what it owns when a possessive stands inside it and a
    word after it tells the owned name from others of its type ("*Pendry's* Ashcombe
    Hall", "*Dresmund's* Kaiserhalle": a town and its hall, two names); not "St
    Aidan's Hospital": a head word alone follows, ``distinct_indexes``)."""
    first, last = run
    for k in range(first, last):
        if words[k].norm.endswith(POSSESSIVE_ENDINGS):
            owned = any(n > k for n in distinct_indexes(words, run))
            return ((first, k), (k + 1, last)) if owned else (run,)
    return (run,)


def _currency(sentence: Sentence, word: Word) -> bool:
    """A country's letters that open a currency ("*US*$70 million", "*HK*$")."""
    end = word.end - sentence.start
    return sentence.text[end : end + 1] == "$"


def _without_article(words: Sequence[Word], run: Run) -> Run | None:
    """The run without a leading article ("*The* Marine Management Organisation"), or
    None when nothing else is left."""
    first, last = run
    while first <= last and words[first].norm in _ARTICLES:
        first += 1
    return (first, last) if first <= last else None


def _unnamed(
    words: Sequence[Word],
    runs: list[Run],
    key: PlaceKey,
    others: Sequence[Word],
    other_runs: list[Run],
    other_key: PlaceKey,
) -> list[Run]:
    """The runs whose name the other sentence never gives: none of their distinct words
    stands there ("*Corran* School" / "Corran's team"), or the name shares its pattern
    with a name of the other side that is as new there (entity_variants.py: "the
    *Kerrin* Male Voice Choir" / "the *Dunmore* Male Voice Choir"); nor a place of the
    same key ("Norwegian" / "Norway")."""
    other_norms = {_bare(w) for w in others}
    other_names = {_bare(w) for w in others if w.text[:1].isupper()}
    other_keys = {other_key(run) for run in other_runs} - {None}
    named = [
        run
        for run in runs
        if key(run) not in other_keys and _named_there(words, run, other_norms, other_names)
    ]
    variants = set(variant_runs(words, named, others, other_runs)) if named else set()
    return [
        run
        for run in runs
        if key(run) not in other_keys
        and (run in variants or not _named_there(words, run, other_norms, other_names))
    ]


def _named_there(
    words: Sequence[Word], run: Run, other_norms: set[str], other_names: set[str]
) -> bool:
    """Whether the other sentence gives the name: a distinct word of it stands there,
    but not as a common word alone ("Nordvik *Paper*" / "banknote *paper*", "World
    *Food* Programme" / "dry *food*") when another distinct word of the name stands
    nowhere there ("Nordvik")."""
    distinct = distinct_words(words, run)
    there = [w for w in distinct if _bare(w) in other_norms]
    if not there:
        return False
    if len(there) == len(distinct):
        return True
    return any(_bare(w) in other_names for w in there)


def _bare(word: Word) -> str:
    """A word's norm without a possessive, and of a hyphenated word its first part
    ("*Gdansk*-based")."""
    return _bare_norm(word.norm)


@lru_cache(maxsize=65536)
def _bare_norm(norm: str) -> str:
    head = norm.partition("-")[0]
    return head.removesuffix("'s").removesuffix("\u2019s").rstrip("'\u2019")


def _source(words: Sequence[Word], run: Run) -> bool:
    """The name is who says it: the subject or agent of a verb of saying ("*Smith*
    said", "told by *Jones*") or after "according to"."""
    found = roles(words, *run)
    if any(role.tag == "head" and (role.word == SAY or says(role.word)) for role in found):
        return True
    first = run[0]
    return first >= 2 and words[first - 1].norm == "to" and words[first - 2].norm == "according"


PATH_SOURCES = frozenset(("from", "off", "out"))
PATH_GOALS = frozenset(("to", "into", "onto", "toward", "towards"))
"""Prepositions that make a name where a movement starts, and where it ends."""


def _ends_of_a_path(words: Sequence[Word], run: Run, others: Sequence[Word], other: Run) -> bool:
    """Whether one name is where a movement starts and the other where it ends ("marched
    *from* the Dravec mine to the town hall" / "marched from the town hall *to* the
    Wielka mine"): two roles, though the rest of the two sentences agrees."""
    mine = {role.word for role in roles(words, *run) if role.tag == "prep"}
    theirs = {role.word for role in roles(others, *other) if role.tag == "prep"}
    return bool(
        (mine & PATH_SOURCES and theirs & PATH_GOALS)
        or (mine & PATH_GOALS and theirs & PATH_SOURCES)
    )


def _text(words: Sequence[Word], run: Run) -> str:
    return " ".join(w.text for w in words[run[0] : run[1] + 1])


HOME_PARTICIPLES = frozenset("based flagged registered headquartered born made built".split())
"""What follows the hyphen of a place that says where a thing belongs or comes from
("a *Gdansk*-based firm", "a *Malta*-flagged tanker"): the place fills the role "a
Krakow firm", "registered in Panama", "a team from Denmark" fill."""


def _compound_fits(words: Sequence[Word], run: Run, others: Sequence[Word], other: Run) -> bool:
    """Whether a name that opens a hyphenated word ("*Saudi*-led") may fill the role of
    the other name: the other opens the same compound, what follows the hyphen says
    where a thing belongs (HOME_PARTICIPLES), or the other sentence says it too ("a
    coalition *led* by Saudi Arabia"); not "a *Saudi*-led coalition" / "the port in
    *Yemen*", a leader and a place. A name that is no such word fits."""
    first, last = run
    head, hyphen, part = words[first].text.partition("-")
    if not hyphen or first != last:
        return True
    part = part.lower()
    if part in HOME_PARTICIPLES or others[other[0]].text.partition("-")[2].lower() == part:
        return True
    lemma = lemma_key(part)
    return any(w.lemma == lemma for k, w in enumerate(others) if not other[0] <= k <= other[1])


def _located(words: Sequence[Word], run: Run, others: Sequence[Word], other: Run) -> str | None:
    """ "place" for a name of no known type that is where something happens in the
    same sense as the other name (entity_roles.venue): after a locative preposition of
    one sense ("leaders will meet *in* Porvello" / "ministers gather *in* Castrano",
    "*near* Ostrova" / "*outside* Dremsk"), or the host of the event the other is the
    place of ("held *in* Tarvisio" / "*Bled* will host"); else None. A date is no name
    here (entity_names.is_name)."""
    mine = set(map(venue, roles(words, *run))) - {None}
    theirs = set(map(venue, roles(others, *other))) - {None}
    return "place" if mine & theirs else None
