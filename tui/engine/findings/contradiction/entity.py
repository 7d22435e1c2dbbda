"""Entity swaps: a different nation, place or organisation in the same role of an
otherwise agreeing claim ("signed by a *Brazilian* club" / "signed by an *Argentine*
club", "the *Senate* passed the bill" / "the *House* passed the bill").

Mentions come from the places lexicon (data/places.txt, read through
``tui.engine.people.lexicon.places``): a country by any of its forms ("Mexico",
"Mexican", "Mexicans" are one key, so they never conflict), other places, the
places WordNet names (data/wordnet_places.txt: "Jamaica", "Munich"), a nation that
opens a hyphenated word ("a *Saudi*-led coalition", "a *Panamanian*-flagged tanker"), and
organisations, a capitalised run ending in an organisation word ("Justice
Department", "Fox News") or an acronym ("FBI"). Person names are never compared here:
a run that is not a known place or does not end in an organisation word is left to
the people findings, and so is every run of a headline in title case.

A left mention the right sentence lacks conflicts with a right mention of the same
kind the left one lacks when the two fill the same slot (slots.py) and the rest of
the two sentences agrees; or, where a rewrite moved the clause ("*Germany* will host"
/ "hosted by *France*"), when each is the only mention its side lacks, both fill one
role (entity_roles.py) and the rest of the sentences agrees in meaning; or, where the
rewrite moved each name to a role the other does not share, when each is the one
name its side gives that the other never names, both of one type (entity_typed.py);
or, for public bodies named by their kind in lower case ("the *foreign* ministry" /
"the *interior* ministry"), the one body each side names that the other never names
(entity_bodies.py).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache, partial
from itertools import compress
from operator import attrgetter

from rapidfuzz.fuzz import ratio

from tui.engine.datafiles import data_lines
from tui.engine.findings.contradiction.conflict import Conflict
from tui.engine.findings.contradiction.date import date_spans
from tui.engine.findings.contradiction.entity_bodies import body_swap, may_name_bodies
from tui.engine.findings.contradiction.entity_names import name_swaps
from tui.engine.findings.contradiction.entity_roles import meaning_agreement, same_role
from tui.engine.findings.contradiction.entity_slots import EVERYDAY_ZIPF, slot_swaps
from tui.engine.findings.contradiction.entity_typed import may_name_apart, typed_swap
from tui.engine.findings.contradiction.facts import facts_of
from tui.engine.findings.contradiction.kinds import base_forms, senses
from tui.engine.findings.contradiction.pair import SentencePair
from tui.engine.findings.contradiction.slots import rest_agreement, same_slot
from tui.engine.findings.contradiction.words import Word, sentence_words
from tui.engine.findings.english_frequency import is_common
from tui.engine.findings.model import Contrast
from tui.engine.people.lexicon import alternation, given_names, places
from tui.engine.prepared_regex import prepared_pattern, regex
from tui.engine.segment import Sentence
from tui.engine.textnorm import STOPWORDS, fold, stem

MIN_AGREEMENT = 0.45
"""Least overlap of the rest of the two sentences (content-lemma Dice)."""
MIN_MEANING_AGREEMENT = 0.6
"""Least agreement in meaning of the rest of two sentences whose swapped mentions are
tied by their role alone, not by their neighbours (entity_roles.py)."""
NAMED_NATION_AGREEMENT = 0.3
"""Least agreement in meaning of the rest of two sentences that give one named thing
two nations ("the *Austrian* firm Hochlift" / "the *Swiss* company Hochlift",
``_nation_of_one_name``): the shared name ties the two nations to one role, so a
rewrite that merged or split the sentence around it ("The lift, which opened in 2019,
was built by ..." / "Built by ..., it has been running since 2019") need agree less."""
NATION_NOUN_REACH = 2
"""Most lower-case words between a nation and the name they qualify together ("the
Austrian *firm* Hochlift", "a Dutch *shipping company* Vandermeer")."""
ROLE_FREE_AGREEMENT = 0.7
"""Least agreement in meaning of the rest of two sentences whose swapped mentions fill
roles WordNet does not relate ("*joined* Benfica" / "*moved to* Porto", "go *to* the
Supreme Court" / "heard *by* the Constitutional Court"): when all else two sentences
say is the same, the one name each names that the other lacks, named alike
(``_same_shape``), is the one they disagree on."""
MAX_NEW_RUNS = 3
"""Most runs of capitalised words one side may hold that the other lacks for a swap of
one unknown name (entity_slots.py): a quick test."""
NEAR_SPELLING = 80
"""Least rapidfuzz ratio of two words of names that may be one word spelt otherwise
("Faeroes" / "Faroe")."""
SAME_SPELLING = 85
"""Least rapidfuzz ratio of two organisation names spelt differently ("Labor Party")."""
MAX_PLACE_WORDS = 4
"""Longest WordNet place name looked up ("Cape Girardeau", "Democratic Republic of the Congo")."""
HEADLINE_SHARE = 0.6
"""A sentence with this share of its words capitalised is a title-case headline."""
_ACRONYM = regex(r"[A-Z]{2,5}s?")
_CAPITALISED = regex(
    r"[A-Z](?<![\w.'\u2019-][A-Z])[\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*)*"
)
"""Runs of capitalised words: a quick test of whether two sentences may name different
entities. A run starts at a capital no word character, full stop, apostrophe or
hyphen stands before (the lookbehind, past the capital, spans both): a pattern that
starts with the capital lets ``re`` skip to the next one, three times as fast."""
PARTY_WORDS = frozenset(
    "party democrat democratic republican gop tory conservative labour labor liberal "
    "socialist communist green".split()
)
"""Last words (folded, singular) of the names of political parties and their members."""
INSTITUTIONS = frozenset("University College School Institute Academy Hospital".split())
"""Organisation words whose name holds the place they are in as its own part."""
_POSSESSIVE = regex(r"['\u2019]s?$")
_LINKS = frozenset(("of", "the", "for", "and", "on"))


@dataclass(frozen=True, slots=True)
class EntityMention:
    first: int
    last: int
    """Indexes of the mention's first and last words in its sentence."""
    key: str
    """Country code, or the folded name."""
    kind: str
    """"place" or "organisation": only mentions of one kind are compared ("in *Senate*
    history" / "in *American* history" speak of two scopes, not two answers)."""


@cache
def _place_pattern() -> re.Pattern[str]:
    return prepared_pattern("places", r"(?<![\w.-])" + alternation(places().forms, "places"))


@cache
def wordnet_places() -> frozenset[str]:
    """Place names from WordNet (data/wordnet_places.txt, tools/build_lexicons.py) but
    those a person may bear as a given name ("Georgia", "Austin")."""
    names = given_names()
    return frozenset(
        line for line in data_lines("wordnet_places.txt") if not names.known(fold(line))
    )


@cache
def demonym_places() -> dict[str, str]:
    """Demonym -> the place it pertains to (data/wordnet_demonyms.txt, from WordNet)."""
    return dict(line.split("\t", 1) for line in data_lines("wordnet_demonyms.txt"))


def _place_of_people(word: str) -> str | None:
    """The place a plural demonym's people come from ("two *Norwegians*": Norway), by
    its singular, a demonym WordNet knows; None for any other word."""
    if not word.endswith("s"):
        return None
    return demonym_places().get(word[:-1])


def entity_mentions(sentence: Sentence) -> tuple[EntityMention, ...]:
    facts = facts_of(sentence)
    found = facts.mentions
    if found is None:
        found = facts.mentions = _read_mentions(sentence)
    return found


def _read_mentions(sentence: Sentence) -> tuple[EntityMention, ...]:
    words = sentence_words(sentence)
    capitals = _capitals(words)
    lexicon = places()
    found: list[EntityMention] = []
    taken: set[int] = set()
    matches = list(_place_pattern().finditer(sentence.text))
    starts = {w.start - sentence.start: k for k, w in enumerate(words)} if matches else {}
    ends = {w.end - sentence.start: k for k, w in enumerate(words)} if matches else {}
    for match in matches:
        first, last = starts.get(match.start()), _last_word(ends, sentence.text, match)
        if first is None or last is None:
            continue
        form = match.group()
        if sentence.text[match.end() : match.end() + 1] == "$":
            continue  # "US$70 million", "HK$": a currency
        code = lexicon.country_of(form)
        kind = "organisation" if form.split()[-1] in lexicon.org_words else "place"
        found.append(EntityMention(first, last, code or fold(form), kind))
        taken.update(range(first, last + 1))
    for first, last in _wordnet_runs(words, capitals, taken):
        name = _POSSESSIVE.sub("", " ".join(w.text for w in words[first : last + 1]))
        place = demonym_places().get(name) or _place_of_people(name) or name  # "Fijian": Fiji
        found.append(EntityMention(first, last, lexicon.country_of(place) or fold(place), "place"))
        taken.update(range(first, last + 1))
    found += _compound_nations(words, capitals, taken)
    if len(capitals) < HEADLINE_SHARE * len(words):  # not a title-case headline
        found = _institutions(words, found, list(_organisations(words, capitals, taken)))
    return tuple(sorted(found, key=lambda m: m.first))


_WORD_END = regex(r"['\u2019]s?(?!\w)")
"""What may follow a place in the word that ends it: a possessive ("*Iraq*'s")."""


def _last_word(ends: dict[int, int], text: str, match: re.Match[str]) -> int | None:
    """The index of the word a place form ends, by where the word ends: where the form
    does, before the form's final full stop (a word never holds one: "*U.S.*"), or
    after a possessive ("*Iraq*'s weapons")."""
    end = match.end()
    last = ends.get(end)
    if last is None and match.group().endswith("."):
        last = ends.get(end - 1)
    if last is None and (possessive := _WORD_END.match(text, end)) is not None:
        last = ends.get(possessive.end())
    return last


def _compound_nations(
    words: Sequence[Word], capitals: Sequence[int], taken: set[int]
) -> list[EntityMention]:
    """A nation or a place WordNet names that opens a hyphenated word ("a *Panamanian*-
    flagged tanker", "a *Saudi*-led coalition", "a *US*-based firm", "a *Chile*-flagged
    trawler"): the word is the mention, keyed by the place, when what follows the
    hyphen is written in lower case."""
    lexicon = places()
    found = []
    for k in capitals:
        head, hyphen, rest = words[k].text.partition("-")
        if k in taken or not hyphen or not rest.islower():
            continue
        place = demonym_places().get(head)  # "Panamanian": Panama
        if place is None and head in wordnet_places():
            place = head  # "*Chile*-flagged": a place WordNet names
        key = lexicon.country_of(head) or (place and (lexicon.country_of(place) or fold(place)))
        if key:
            found.append(EntityMention(k, k, key, "place"))
    return found


def _institutions(
    words: Sequence[Word], places_: list[EntityMention], organisations: list[EntityMention]
) -> list[EntityMention]:
    """The mentions, a place that opens or closes the name of an institution (INSTITUTIONS)
    read as part of it ("*Cambridge* University", "the University of *Bristol*"): which
    one it is, not where. Not a country ("*Chinese* Foreign Ministry"), nor a place
    before another body ("*Michigan* GOP", "*New York* Post"), where the place is said
    as such and may be a country's form on the other side ("*Washington* Post")."""
    starts = {m.first: m for m in organisations}
    ends = {m.last: m for m in organisations}
    merged: list[EntityMention] = []
    for place in places_:
        before = ends.get(place.first - 2) if words[place.first - 1].norm == "of" else None
        if before is not None and before.first not in starts:
            before = None
        after = starts.get(place.last + 1)
        if _POSSESSIVE.search(words[place.last].text):
            after = None  # "*England*'s University of Bristol": the owner, not the name
        if after is not None and _bare(words[after.last]) not in INSTITUTIONS:
            after = None
        if before is not None and _bare(words[before.last]) not in INSTITUTIONS:
            before = None
        country = places().country_of(_span_text(words, place)) is not None
        if country or (before is None and after is None):
            merged.append(place)
            continue
        first, last = (before or place).first, (after or place).last
        for body in (before, after):
            if body is not None:
                del starts[body.first]
        name = " ".join(_bare(w) for w in words[first : last + 1])
        merged.append(EntityMention(first, last, fold(name), "organisation"))
    return merged + list(starts.values())


def _span_text(words: Sequence[Word], mention: EntityMention) -> str:
    return " ".join(w.text for w in words[mention.first : mention.last + 1])


def _bare_text(words: Sequence[Word], mention: EntityMention) -> str:
    """The mention's words without a possessive or a final full stop ("Cleveland")."""
    return " ".join(_bare(w) for w in words[mention.first : mention.last + 1])


@cache
def _wordnet_first_words() -> frozenset[str]:
    """The first word of every WordNet place name: a run can only be a name if it
    starts with one, which spares most capitalised words the longest-first search."""
    return frozenset(name.partition(" ")[0] for name in wordnet_places())


def _capitals(words: Sequence[Word]) -> list[int]:
    """Indexes of the capitalised words, found by C code (``compress``): only these
    can open a name."""
    capitals = list(compress(range(len(words)), map(_CAPITALISED_INSIDE, words)))
    if words and words[0].text[:1].isupper():
        capitals.insert(0, 0)
    return capitals


_CAPITALISED_INSIDE = attrgetter("capitalised_inside")


def _wordnet_runs(
    words: Sequence[Word], capitals: Sequence[int], taken: set[int]
) -> Iterator[tuple[int, int]]:
    """(first, last) word of each WordNet place name, longest first, outside ``taken``
    (``capitals``: the indexes of the capitalised words, where a name starts)."""
    names, firsts = wordnet_places(), _wordnet_first_words()
    after = 0
    for k in capitals:
        if k < after:
            continue
        if k in taken:
            continue
        if _place_of_people(_POSSESSIVE.sub("", words[k].text)) is not None:
            yield k, k  # "two *Norwegians*": a nation's people
            after = k + 1
        elif _POSSESSIVE.sub("", words[k].text) in firsts:
            for n in range(min(MAX_PLACE_WORDS, len(words) - k), 0, -1):
                run = words[k : k + n]
                if any(w.break_before for w in run[1:]) or taken.intersection(range(k, k + n)):
                    continue
                last = _POSSESSIVE.sub("", run[-1].text)  # "*Peru*'s coast"
                if " ".join([*(w.text for w in run[:-1]), last]) in names:
                    yield k, k + n - 1
                    after = k + n
                    break


def _organisations(
    words: Sequence[Word], capitals: Sequence[int], taken: set[int]
) -> Iterator[EntityMention]:
    """Capitalised runs ending in an organisation word ("Justice Department") or with
    one before "of" ("Department of Justice"), and acronyms, outside places
    (``capitals``: the indexes of the capitalised words, where a name starts)."""
    org_words = places().org_words
    after = 0
    for k in capitals:
        if k < after or k in taken or not _may_open(words, k):
            continue
        first = k
        while k + 1 < len(words) and k + 1 not in taken and not words[k + 1].break_before:
            if words[k + 1].text[:1].isupper():
                k += 1
            elif _joins(words, k + 1, taken):
                k += 2  # "Department of Justice"
            else:
                break
        owners = [i for i in range(first, k) if _POSSESSIVE.search(words[i].text)]
        if owners:  # "Myanmar's National League for Democracy": the owner is no part
            first = owners[-1] + 1
        run = words[first : k + 1]
        heads = [_bare(w) for w, after in itertools.pairwise(run) if after.norm in _LINKS]
        if (
            _bare(run[-1]) in org_words
            or any(head in org_words for head in heads)
            or (len(run) == 1 and _ACRONYM.fullmatch(run[0].text))
        ):
            name = " ".join(_bare(w) for w in run)
            yield EntityMention(first, k, fold(name.removesuffix("s")), "organisation")
        after = k + 1


def same_entity(a: EntityMention, b: EntityMention) -> bool:
    """Equal keys; or organisations where one name is the other with a place or an
    organisation word added ("Senate" / "U.S. Senate", "Republicans" / "Republican
    Party", not "House" / "White House"), a name of two words or more inside the other
    ("Larned State Hospital" / "Larned State Security Hospital"), spelt another way
    ("Labor Party" / "Labour Party"), or its initials ("FBI" / "Federal Bureau of
    Investigation", "GE" / "General Electric Co."). A place and its initials are one
    place too ("NJ" / "New Jersey", "UK" / "United Kingdom")."""
    if a.key == b.key or _abbreviates(a.key, b.key) or _abbreviates(b.key, a.key):
        return True
    if a.kind != "organisation" or b.kind != "organisation":
        return False
    words_a, words_b = _stems(a.key), _stems(b.key)
    small, large = sorted((words_a, words_b), key=len)
    if small <= large and all(_qualifier(word) for word in large - small):
        return True
    if small < large and len(small) > 1:
        return True
    if ratio(a.key, b.key) >= SAME_SPELLING:
        return True
    return _initials(a.key, b.key) or _initials(b.key, a.key)


def _qualifier(word: str) -> bool:
    return "." in word or word in _qualifiers()


@cache
def _qualifiers() -> frozenset[str]:
    """Stems of the words that qualify a name without changing what it names."""
    lexicon = places()
    words = [*lexicon.org_words, *(form for form in lexicon.forms if " " not in form)]
    return frozenset(stem(fold(word)) for word in words)


def _stems(key: str) -> frozenset[str]:
    return frozenset(stem(word) for word in key.split() if word not in _LINKS)


def _abbreviates(short: str, name: str) -> bool:
    """``short`` is exactly the initials of ``name``'s words: "nj" / "new jersey"."""
    words = name.split()
    return len(words) > 1 and " " not in short and short == "".join(word[0] for word in words)


def _initials(acronym: str, name: str) -> bool:
    words = [word for word in name.split() if word not in _LINKS]
    if " " in acronym or len(words) < 2:
        return False
    initials = "".join(word[0] for word in words)
    # "General Electric Co." is "GE": an organisation word may be left out
    return initials in acronym or acronym in initials


def _may_open(words: Sequence[Word], k: int) -> bool:
    """A capitalised word; the first of a sentence only as an acronym ("CBS aired"), an
    organisation word ("Republicans have") or before another capitalised word
    ("Associated Press reported"), as every first word is capitalised."""
    if not words[k].text[:1].isupper():
        return False
    if k > 0 or _ACRONYM.fullmatch(words[0].text) or _bare(words[0]) in places().org_words:
        return True
    return (
        words[0].norm not in STOPWORDS
        and len(words) > 1
        and words[1].text[:1].isupper()
        and not words[1].break_before
    )


def _bare(word: Word) -> str:
    """The word as written, without a possessive or a final full stop."""
    return _POSSESSIVE.sub("", word.text).rstrip(".")


def _joins(words: Sequence[Word], k: int, taken: set[int]) -> bool:
    """Word ``k`` is "of" or "for" between two capitalised words of one name."""
    return (
        words[k].norm in ("of", "for")
        and k + 1 < len(words)
        and k + 1 not in taken
        and not words[k + 1].break_before
        and words[k + 1].text[:1].isupper()
    )


def _capitalised(sentence: Sentence) -> frozenset[str]:
    facts = facts_of(sentence)
    runs = facts.capitalised
    if runs is None:
        runs = facts.capitalised = frozenset(_CAPITALISED.findall(sentence.text))
    return runs


def _entity_like(runs: frozenset[str]) -> bool:
    """Whether any of these runs of capitalised words may name a place or organisation."""
    return any(map(_run_entity_like, runs))


@lru_cache(maxsize=8192)
def _run_entity_like(run: str) -> bool:
    """Whether a run of capitalised words may name a place or organisation, a word by
    what opens it before a hyphen too ("Saudi-led") and a nation's people by their
    plural ("Norwegians"; a run is met again in every pair its sentence is in)."""
    known = _entity_words()
    bare = (_POSSESSIVE.sub("", word).rstrip(".").partition("-")[0] for word in run.split())
    return any(
        word in known or _ACRONYM.fullmatch(word) or _place_of_people(word) is not None
        for word in bare
    )


@cache
def _entity_words() -> frozenset[str]:
    """Every word of a place form, and the organisation words."""
    lexicon = places()
    forms = (*lexicon.forms, *wordnet_places())
    return frozenset(word for form in forms for word in form.split()) | lexicon.org_words


def entity_conflicts(pair: SentencePair) -> list[Conflict]:
    """Swaps of known places and organisations, else of any name in otherwise
    identical sentences (entity_names.py), else of any name in one role of sentences
    that agree in meaning (entity_slots.py), else of one name of each type
    (entity_typed.py), else of one public body (entity_bodies.py)."""
    known = partial(_known_run, pair)
    return (
        _known_swaps(pair)
        or name_swaps(pair, known)
        or (slot_swaps(pair, known) if _may_slot_swap(pair) else [])
        or _typed_swaps(pair)
        or _body_swaps(pair)
    )


def _body_swaps(pair: SentencePair) -> list[Conflict]:
    """The one public body each side names that the other never names, by its kind in
    lower case or by its name (entity_bodies.py: "the *foreign* ministry" / "the
    *interior* ministry"), in sentences that otherwise agree."""
    if not may_name_bodies(pair.left, pair.right):
        return []
    found = body_swap(
        pair.left_words,
        pair.right_words,
        _place_words(entity_mentions(pair.left)),
        _place_words(entity_mentions(pair.right)),
    )
    if found is None:
        return []
    left, right, rest = found
    return [
        _swap(
            pair,
            EntityMention(left.first, left.last, " ".join(sorted(left.words)), "organisation"),
            EntityMention(right.first, right.last, " ".join(sorted(right.words)), "organisation"),
            rest,
        )
    ]


def _typed_swaps(pair: SentencePair) -> list[Conflict]:
    """The one name each side gives that the other never names, both of one type, in
    sentences that otherwise agree (entity_typed.py); not two places one of which lies
    in the other or one place spelt two ways, nor a party or a body named by its kind
    alone ("Congress", "the House")."""
    if not (_capitalised(pair.left) - _capitalised(pair.right)) or not (
        _capitalised(pair.right) - _capitalised(pair.left)
    ):
        return []  # a quick test: each side has a run of capitals the other lacks
    if not may_name_apart(pair):
        return []  # and a word of a name the other lacks
    lefts, rights = entity_mentions(pair.left), entity_mentions(pair.right)
    found = typed_swap(pair, partial(_place_key, lefts), partial(_place_key, rights))
    if found is None:
        return []
    (lf, ll), (rf, rl), rest = found
    left = _mention_at(lefts, lf, ll) or EntityMention(lf, ll, "", "organisation")
    right = _mention_at(rights, rf, rl) or EntityMention(rf, rl, "", "organisation")
    if left.kind == "place" and right.kind == "place":
        if _one_within_other(pair, left, right) or _spelt_alike(pair, left, right):
            return []
    if _party(left) or _party(right) or _bare_body(left) or _bare_body(right):
        return []  # "in *Congress*" / "in *the House*": a body and a part of it
    return [_swap(pair, left, right, rest)]


def _place_words(mentions: Sequence[EntityMention]) -> frozenset[int]:
    """Indexes of the words of the place mentions ("the *U.S.* Court of Appeals")."""
    return frozenset(k for m in mentions if m.kind == "place" for k in range(m.first, m.last + 1))


def _mention_at(mentions: Sequence[EntityMention], first: int, last: int) -> EntityMention | None:
    return next((m for m in mentions if (m.first, m.last) == (first, last)), None)


def _place_key(mentions: Sequence[EntityMention], run: tuple[int, int]) -> str | None:
    """The key of the place mention that is the whole run, or None."""
    mention = _mention_at(mentions, *run)
    return mention.key if mention is not None and mention.kind == "place" else None


def _may_slot_swap(pair: SentencePair) -> bool:
    """A quick test before entity_slots.py cuts the sentences into words: each side
    has few runs of capitalised words the other lacks (a swap changes one name; a
    first word capitalised or a name joined by "the" or "and" may count as two or
    three runs here), one side a single word that is not entity-like (the name no
    lexicon knows), the other an entity-like one or another such word."""
    left_names, right_names = _capitalised(pair.left), _capitalised(pair.right)
    new_left, new_right = left_names - right_names, right_names - left_names
    if not (0 < len(new_left) <= MAX_NEW_RUNS and 0 < len(new_right) <= MAX_NEW_RUNS):
        return False
    if _unknown_word(new_right):
        return _entity_like(new_left) or _unknown_word(new_left)
    return _entity_like(new_right) and _unknown_word(new_left)


def _unknown_word(runs: frozenset[str]) -> bool:
    """Whether one of the runs is a single word that is not entity-like and no
    everyday word (entity_slots.EVERYDAY_ZIPF)."""
    return any(
        " " not in run and not _run_entity_like(run) and not is_common(fold(run), EVERYDAY_ZIPF)
        for run in runs
    )


def _known_run(pair: SentencePair, left: bool, run: tuple[int, int]) -> bool:
    """Whether words ``run`` (first, after) of one sentence are a known mention's."""
    mentions = entity_mentions(pair.left if left else pair.right)
    return any(m.first <= run[0] and run[1] - 1 <= m.last for m in mentions)


def _known_swaps(pair: SentencePair) -> list[Conflict]:
    left_names = _capitalised(pair.left)
    if not _entity_like(left_names):
        return []  # each test below needs an entity-like run on the left (new_left's too)
    right_names = _capitalised(pair.right)
    new_left, new_right = left_names - right_names, right_names - left_names
    if not (
        (_entity_like(new_left) and _entity_like(right_names))
        or (_entity_like(new_right) and _entity_like(left_names))
    ):
        return []  # the common case: no entity named on one side only
    lefts = entity_mentions(pair.left)
    rights = entity_mentions(pair.right) if lefts else ()
    if not rights:
        return []  # a swap needs a mention on each side
    only_left = [m for m in lefts if not any(same_entity(m, n) for n in rights)]
    only_right = [n for n in rights if not any(same_entity(m, n) for m in lefts)]
    conflicts = []
    used: set[int] = set()
    if len(only_left) == 1 and len(only_right) == 1:
        found = _role_swap(pair, only_left[0], only_right[0])
        if found is not None:
            return [found]
    # a side naming no entity the other lacks may have swapped one it names twice
    counted = not (only_left and only_right)
    candidates_right = only_right or _surplus(rights, lefts)
    for mention in only_left or _surplus(lefts, rights):
        for k, other in enumerate(candidates_right):
            if k in used or other.kind != mention.kind or same_entity(mention, other):
                continue
            if counted and not _same_shape(pair, mention, other):
                continue
            conflict = _conflict(pair, mention, other)
            if conflict is not None:
                conflicts.append(conflict)
                used.add(k)
                break
    return conflicts


def _surplus(
    mentions: Sequence[EntityMention], others: Sequence[EntityMention]
) -> list[EntityMention]:
    """The mentions of an entity that ``mentions`` names more often than ``others``
    does, though ``others`` names it too: when a side names no entity the other lacks,
    one of them may be swapped while the entity stays elsewhere in the sentence
    ("exports to *China* ... ties with China" / "exports to *Germany* ... ties with
    China"). Every such mention is returned; only the one in the same slot as the
    other side's new mention, and named alike (``_same_shape``: not "the *U.S.* base" /
    "*Guantanamo*"), conflicts with it."""
    found = []
    for mention in mentions:
        elsewhere = sum(same_entity(mention, other) for other in others)
        if elsewhere and sum(same_entity(mention, own) for own in mentions) > elsewhere:
            found.append(mention)
    return found


def _role_swap(pair: SentencePair, left: EntityMention, right: EntityMention) -> Conflict | None:
    """The one mention each side names that the other lacks, of one kind, in the same
    role of sentences that agree in meaning (entity_roles.py), wherever the two
    clauses put them ("*Germany* will host" / "hosted by *France*")."""
    if left.kind != right.kind or _one_inside_other(left.key, right.key):
        return None
    if _party(left) != _party(right) or _one_within_other(pair, left, right):
        return None
    if _bare_body(left) or _bare_body(right):
        return None
    li, ri = (left.first, left.last), (right.first, right.last)
    if not _same_other_names(pair, li, ri):
        return None
    rest = meaning_agreement(pair.left_words, li, pair.right_words, ri, kinds=True)
    if _nation_of_one_name(pair, left, right):
        return _swap(pair, left, right, rest) if rest >= NAMED_NATION_AGREEMENT else None
    if rest < MIN_MEANING_AGREEMENT:
        return None
    if _spelt_alike(pair, left, right):
        return None
    lefts = pair.left_words[li[0] : li[1] + 1]
    rights = pair.right_words[ri[0] : ri[1] + 1]
    if not same_role(pair.left_words, li, pair.right_words, ri) and not (
        rest >= ROLE_FREE_AGREEMENT
        and _same_shape(pair, left, right)
        and not any(_ACRONYM.fullmatch(w.text) or "." in w.text for w in (*lefts, *rights))
        and not (_named_in(lefts, pair.right_words) or _named_in(rights, pair.left_words))
    ):
        return None  # an acronym may stand for the other name ("CWA" / "Communications
        # Workers Union"), a name for one the other sentence holds in full ("Intel Corp."
        # / "Intel"): only a role tells the two apart
    return _swap(pair, left, right, rest)


def _nation_of_one_name(pair: SentencePair, left: EntityMention, right: EntityMention) -> bool:
    """Whether the two mentions are nations, each given to one name both sentences
    give: before the noun that precedes the name ("the *Austrian* firm Hochlift" /
    "the *Swiss* company Hochlift"). A name of one sense and the two nations differ:
    the same thing cannot be of both."""
    if not (_is_country(pair.left_words, left) and _is_country(pair.right_words, right)):
        return False
    named = _name_qualified(pair.left_words, left)
    return named is not None and named == _name_qualified(pair.right_words, right)


def _name_qualified(words: Sequence[Word], mention: EntityMention) -> str | None:
    """The norm of the capitalised name a nation qualifies through at most
    NATION_NOUN_REACH lower-case content words, none an inflected verb ("*Austrian*
    firm *Hochlift*"), or None."""
    k = mention.last + 1
    nouns = 0
    while k < len(words) and not words[k].break_before and words[k].text.islower():
        if not words[k].is_content or _inflected_verb(words[k].norm):
            return None  # "the *Swiss* who *founded* Hochlift"
        if nouns == NATION_NOUN_REACH:
            return None
        nouns += 1
        k += 1
    if not nouns or k >= len(words) or words[k].break_before or not words[k].capitalised_inside:
        return None
    return _owner_norm(words[k])


def _spelt_alike(pair: SentencePair, left: EntityMention, right: EntityMention) -> bool:
    """Whether the two mentions are one name spelt otherwise ("the *Faeroes*" / "the
    *Faroe* Islands", "the *Solomons*" / "*Solomon* Islands"): a word of one is spelt
    nearly, not exactly, as a word of the other (``_named_in``); one word written alike
    may tell two places apart ("*Virginia*" / "West *Virginia*"), and the lexicon
    knows a country or nation from names spelt like it ("Austria" / "Australia",
    "American" / "African")."""
    if _is_country(pair.left_words, left) or _is_country(pair.right_words, right):
        return False
    lefts = pair.left_words[left.first : left.last + 1]
    rights = pair.right_words[right.first : right.last + 1]
    return _named_in(lefts, rights, exact=False) or _named_in(rights, lefts, exact=False)


def _named_in(mention: Sequence[Word], words: Sequence[Word], exact: bool = True) -> bool:
    """Whether a capitalised word of the mention is, or is spelt nearly as, one of the
    capitalised ``words``: the mention may name what they name, spelt another way or
    more fully (``exact``: a word spelt exactly alike counts too); an organisation
    word ("Court", "Party") names a kind of body, not which."""
    names = [w.norm for w in words if w.text[:1].isupper()]
    org_words = places().org_words
    return any(
        NEAR_SPELLING <= ratio(word.norm, other) < (101 if exact else 100)
        for word in mention
        if word.text[:1].isupper() and _bare(word) not in org_words
        for other in names
    )


def _same_shape(pair: SentencePair, left: EntityMention, right: EntityMention) -> bool:
    """Whether two mentions are named alike: both a country (or both another place,
    or both a body), and both before the noun they qualify or neither ("a *Norwegian*
    climber" / "a *Swedish* mountaineer", "played in *Milan*" / "moved to *Turin*", not
    "the *Norwegian* climber" / "the climber, rescued in *Sweden*")."""
    if _is_country(pair.left_words, left) != _is_country(pair.right_words, right):
        return False
    return _qualifies(pair.left, pair.left_words, left) == _qualifies(
        pair.right, pair.right_words, right
    )


def _is_country(words: Sequence[Word], mention: EntityMention) -> bool:
    """A country or a nation, by any form of its name ("Finland", "Finnish")."""
    if mention.kind != "place":
        return False
    return mention.key in _country_codes() or (
        _span_text(words, mention).partition("-")[0] in demonym_places()
    )


@cache
def _country_codes() -> frozenset[str]:
    return frozenset(places().country.values())


def _qualifies(sentence: Sentence, words: Sequence[Word], mention: EntityMention) -> bool:
    """The mention stands before a noun it qualifies: a lower-case content word follows
    it in its clause ("*Swedish* mountaineer", "*Panamanian*-flagged tanker"), not an
    inflected verb ("*Elmbridge College* took the title") nor the start of a date ("in
    *Lisbon* next September")."""
    k = mention.last + 1
    if k >= len(words) or words[k].break_before:
        return False
    word = words[k]
    if not word.is_content or word.text[:1].isupper():
        return False
    if _inflected_verb(word.norm):
        return False
    date_words = {w.start for w in words[k : k + 2]}  # "*next* September", "September"
    return not any(start in date_words for start, _ in date_spans(sentence))


def _inflected_verb(norm: str) -> bool:
    """A verb form WordNet knows by another base and not as a noun ("took", "settled";
    not "firm", "plans")."""
    if senses(norm, "n"):
        return False
    return any(base != norm and senses(base, "v") for base in base_forms(norm, "v"))


def _one_inside_other(a: str, b: str) -> bool:
    """One name's words are all words of the other ("Larned State Hospital" / "Larned
    State Security Hospital"): the same body named more or less fully."""
    words_a, words_b = _stems(a), _stems(b)
    return words_a <= words_b or words_b <= words_a


_UNIONS_OF_COUNTRIES = frozenset(("UN", "EU", "NATO"))
"""The bodies places.txt lists as countries that countries belong to: a report that
names the body and one that names a member may tell who alike."""


def _one_within_other(pair: SentencePair, left: EntityMention, right: EntityMention) -> bool:
    """Whether one place lies in the other as both are written (data/
    wordnet_place_parts.txt: "*Brooklyn*" / "*New York*"): a report that names the
    borough and one that names the city may tell where alike."""
    if left.kind != "place" or right.kind != "place":
        return False
    if left.key in _UNIONS_OF_COUNTRIES or right.key in _UNIONS_OF_COUNTRIES:
        return True  # "UN armored carriers" / "Uruguayan armoured carriers": its members'
    return _lies_within(pair, left, right)


def _lies_within(pair: SentencePair, left: EntityMention, right: EntityMention) -> bool:
    """Whether one place lies in the other (``_one_within_other``, without the unions)."""
    if left.kind != "place" or right.kind != "place":
        return False
    left_name = fold(_bare_text(pair.left_words, left))
    right_name = fold(_bare_text(pair.right_words, right))
    parts = _place_parts()
    return (
        left_name in _containers_of(right_name)
        or right_name in _containers_of(left_name)
        or (left_name not in parts and left.key in _container_countries_of(right_name))
        or (right_name not in parts and right.key in _container_countries_of(left_name))
    )


@cache
def _place_parts() -> dict[str, tuple[str, ...]]:
    """Folded place name -> the places each of its lines in data/wordnet_place_parts.txt
    says it lies in (WordNet's part holonyms, tools/build_lexicons.py), as written,
    "; " between them. Split and folded only for the names a role swap asks about
    (``_containers_of``): all 13,500 of them cost about 20 ms a run."""
    table: dict[str, list[str]] = {}
    for line in data_lines("wordnet_place_parts.txt"):
        name, _, within = line.partition("\t")
        table.setdefault(fold(name), []).append(within)
    return {name: tuple(lines) for name, lines in table.items()}


@lru_cache(maxsize=4096)
def _containers_of(name: str) -> frozenset[str]:
    """The folded names of the places the folded place ``name`` lies in (its last line's)."""
    lines = _place_parts().get(name)
    return frozenset(fold(o) for o in lines[-1].split("; ")) if lines else frozenset()


@lru_cache(maxsize=4096)
def _container_countries_of(name: str) -> frozenset[str]:
    """The country codes of the places the folded place ``name`` lies in (its last line
    that names a country): a country written in a form the parts table does not hold
    ("*U.S.* level" / "*New York* level": "U.S" as its word is written, keyed "US"; not
    "Washington", a place of its own that the lexicon keys as the country it governs)."""
    country_of = places().country_of
    for within in reversed(_place_parts().get(name, ())):
        codes = frozenset(filter(None, map(country_of, within.split("; "))))
        if codes:
            return codes
    return frozenset()


def _bare_body(mention: EntityMention) -> bool:
    """An organisation named by its kind alone ("Congress", "the House", "the Court"):
    which body it is, or whether it is part of the other one, the role cannot tell."""
    name = mention.key.removeprefix("the ")
    return mention.kind == "organisation" and name.capitalize() in places().org_words


def _party(mention: EntityMention) -> bool:
    """A political party or its members ("Democrats", "leading Republicans", "the
    Labour Party"): a party's members do what a committee or a ministry does only as
    some of its people, so a party is compared with parties alone ("*Democrats* called
    for" / "members of the *Foreign Affairs Committee* called for" name two groups
    that may overlap, not two answers)."""
    return mention.kind == "organisation" and mention.key.rpartition(" ")[2] in PARTY_WORDS


def _same_other_names(pair: SentencePair, li: tuple[int, int], ri: tuple[int, int]) -> bool:
    """Whether each side's other names (``_other_names``) are words of the other side,
    wherever they stand ("*France* recalled" / "On Friday, *France* withdrew": a first
    word is a name when the other side names it)."""
    lefts, rights = _other_names(pair.left_words, li), _other_names(pair.right_words, ri)
    left_norms = set(map(_owner_norm, pair.left_words))
    right_norms = set(map(_owner_norm, pair.right_words))
    return lefts <= right_norms and rights <= left_norms


def _other_names(words: Sequence[Word], mention: tuple[int, int]) -> frozenset[str]:
    """The capitalised words of a sentence outside a mention (not its first word, which
    any sentence capitalises): a sentence that names another person, day or body the
    other lacks may speak of another event."""
    return frozenset(
        _owner_norm(w)
        for k, w in enumerate(words)
        if w.capitalised_inside and not mention[0] <= k <= mention[1]
    )


def _owner_norm(word: Word) -> str:
    """A word's norm without a possessive ending: "next *September's* congress" names
    the month "in *September*" names."""
    return _POSSESSIVE.sub("", word.norm)


def _swap(pair: SentencePair, left: EntityMention, right: EntityMention, rest: float) -> Conflict:
    left_span = pair.left_words[left.first].start, pair.left_words[left.last].end
    right_span = pair.right_words[right.first].start, pair.right_words[right.last].end
    contrast = Contrast("entity differs", pair.left_quote(left_span), pair.right_quote(right_span))
    return Conflict("entity", left_span, right_span, contrast, round(min(0.9, 0.5 + 0.4 * rest), 2))


def _conflict(pair: SentencePair, left: EntityMention, right: EntityMention) -> Conflict | None:
    li, ri = (left.first, left.last), (right.first, right.last)
    # "in *the United States*" / "in *Mexico*", but "in *Congress*" / "in *the House*"
    # name a body and a part of it
    as_far = left.kind == "organisation"
    if _party(left) != _party(right):
        return None
    if not same_slot(pair.left_words, li, pair.right_words, ri, as_far):
        return None
    if _spelt_alike(pair, left, right) or _lies_within(pair, left, right):
        return None
    rest = rest_agreement(pair.left_words, li, pair.right_words, ri)
    if rest < MIN_AGREEMENT:
        return None
    return _swap(pair, left, right, rest)
