"""Office conflicts between two articles.

One "one holder" office (data/offices.txt) given to two people who are not one person
and of whom neither article mentions the other's: in aligned sentences, or anywhere when
each article names a single holder ("Treasury Secretary Yellen" / "Treasury Secretary
Bessent"), unless the years the sentences name put them at different times
(office_time.py). And one person given two such offices in aligned sentences.

An organisation's office (a chief executive, a coach) has one holder only where the
organisation is named; two people given it in aligned sentences without both naming it
are two different people in one role (a name finding, ``organisation_holders``). A word
for whoever runs a body ("director", "head", "who runs") names one seat of that body
(``seat_label``). A local office said with no place (a mayor, a governor, a police chief)
is, in sentences that say the same, the one place both reports tell of: two people given
it there are a different person in one role (``unplaced_holders``), and one person given
it and another office holds two (``_two_local``). An office said shorter ("Commissioner"
/ "Transport Commissioner") is the same office (``said_shorter``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from tui.engine.findings.model import Contrast, Finding, Side
from tui.engine.people.cast import Cast, Link, mention_side, offices_agree
from tui.engine.people.job_seats import joined_titles
from tui.engine.people.lexicon import offices
from tui.engine.people.mentions import lower_office_last_words
from tui.engine.people.name_words import first_sense_a_person
from tui.engine.people.office_city import lent, lent_city
from tui.engine.people.office_refs import (
    BODY_NOUNS,
    DEPUTY,
    OfficeRef,
    is_chief_of_trade,
    is_lower_rank,
    is_organisational,
    ranks_below,
)
from tui.engine.people.office_time import same_time
from tui.engine.people.persons import Mention, Person
from tui.engine.people.spelling import is_derived, variant_score
from tui.engine.people.things import APPOSITION_HEAD

ALIGNED_CONFLICT_SCORE = 0.9

SOLE_HOLDER_CONFLICT_SCORE = 0.75
SHARED_TITLE_CONFLICT_SCORE = 0.7


def office_changes(
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[Finding]:
    """One person given two different one-holder offices in sentences that say the same
    thing ("Treasury Secretary Bessent" / "Commerce Secretary Bessent")."""
    findings = []
    for lp, rp in [(link.left, link.right) for link in links] + _full_namesakes(left, right, links):
        lefts = _seats_by_sentence(lp)
        rights = _seats_by_sentence(rp)
        for i, j in sorted((i, j) for i in lefts for j in rights if (i, j) in aligned):
            change = _different_seats(lefts[i], rights[j]) or _rank_change(lefts[i], rights[j])
            if change is not None and not _given_both(left, right, change):
                (lm, lo), (rm, ro) = change
                findings.append(
                    Finding.contrasting(
                        kind="contradiction",
                        type="office",
                        left=_office_side(left, lm, lo),
                        right=_office_side(right, rm, ro),
                        contrast=Contrast(rm.surname, lo.title, ro.title),
                        score=ALIGNED_CONFLICT_SCORE,
                    )
                )
                break
    return findings


def _given_both(left: Cast, right: Cast, change: tuple[Seat, Seat]) -> bool:
    """An article joins the other's office to its own by "and": it gives the person both
    ("Lena Frost, the gallery's director and chief curator," / "the gallery's chief
    curator, Lena Frost")."""
    (_, lo), (_, ro) = change
    return joined_titles(left.article.text, lo.end, ro.title) or joined_titles(
        right.article.text, ro.end, lo.title
    )


def _full_namesakes(left: Cast, right: Cast, links: Sequence[Link]) -> list[tuple[Person, Person]]:
    """People of one full name, one in each article, left apart because each holds an
    office of a body the other does not name ("Ines Moreau, chair of the gambling
    commission" / "Ines Moreau, chief executive of the lottery operator"): where the two
    stand in sentences that say the same, they are one person given two offices."""
    linked = {link.left.ident for link in links} | {link.right.ident for link in links}
    rights: dict[tuple[str, frozenset[str]], list[Person]] = defaultdict(list)
    for person in right.people:
        if person.given_names and person.ident not in linked:
            rights[(person.key, person.given_names)].append(person)
    return [
        (person, other)
        for person in left.people
        if person.given_names and person.ident not in linked
        for other in rights.get((person.key, person.given_names), ())
    ]


Seat = tuple[Mention, OfficeRef]


def _seats_by_sentence(person: Person) -> dict[int, list[Seat]]:
    """Sentence -> the current offices it gives the person."""
    seats: dict[int, list[Seat]] = defaultdict(list)
    for mention, office in person.held:
        seats[mention.sentence].append((mention, office))
    return seats


def _rank_change(lefts: Sequence[Seat], rights: Sequence[Seat]) -> tuple[Seat, Seat] | None:
    """An office on one side and its deputy's on the other, for one person in sentences
    that say the same ("Police Commissioner Sven Aalto" / "Deputy Police Commissioner
    Sven Aalto", "Governor Lena Moss" / "Lieutenant Governor Lena Moss")."""
    for seat in lefts:
        for other in rights:
            a, b = seat[1].label, other[1].label
            if a != b and (a.endswith(f" {b}") or b.endswith(f" {a}")):
                if ranks_below(a) != ranks_below(b):
                    return seat, other
    return None


def _different_seats(lefts: Sequence[Seat], rights: Sequence[Seat]) -> tuple[Seat, Seat] | None:
    """The first two offices of one country, each held by one person at a time, that
    cannot be one office when the two sentences share none: two one-holder offices
    ("Treasury Secretary" / "Commerce Secretary"), or an organisation's office and
    another ("the festival's artistic director" / "the festival's finance director",
    "chair of the gambling commission" / "chief executive of the lottery operator")."""
    if {o.label for _, o in lefts} & {o.label for _, o in rights}:
        return None
    for seat in lefts:
        for other in rights:
            a, b = seat[1], other[1]
            if a.country and b.country and a.country != b.country:
                continue
            if said_shorter(a.label, b.label):
                continue
            if (a.unique and b.unique) or _two_roles(a, b) or _two_local(a, b):
                if not _one_role(a, b):
                    return seat, other
    return None


def said_shorter(a: str, b: str) -> bool:
    """One office label is the other said shorter, of the same rank: "Commissioner" /
    "Transport Commissioner", "Minister" / "Culture Minister": the longer names the field
    the shorter leaves unsaid, not another office. A deputy's or a lieutenant's office
    ("Deputy Police Chief" / "Police Chief") is another (``_rank_change``)."""
    short, long = sorted((a, b), key=len)
    shorter = long.lower().endswith(f" {short.lower()}")
    return shorter and ranks_below(long) == ranks_below(short)


def _two_local(a: OfficeRef, b: OfficeRef) -> bool:
    """Two offices of a city or a state, each held by one person in its place, whose
    places are one or unsaid: one person is not a town's fire chief and its police chief
    ("Fire chief Ann Lee" / "the local police chief, Ann Lee")."""
    return (
        is_local(a)
        and is_local(b)
        and (a.qualifier == b.qualifier or not (a.qualifier and b.qualifier))
    )


def is_local(office: OfficeRef) -> bool:
    """An office with one holder per city or state (offices.txt "local", "citywide:",
    "statewide:"), of no rank below another."""
    lexicon = offices()
    if ranks_below(office.label) or office.label == DEPUTY:
        return False
    if office.label in lexicon.citywide or office.label in lexicon.statewide:
        return True
    return lexicon.knows(office.label) and lexicon.lookup(office.label)[0].local


def _unplaced_local(office: OfficeRef) -> bool:
    """A local office said with no place: in sentences that say the same thing, the
    place of the event both reports tell of."""
    return is_local(office) and office.qualifier is None and office.country is None


_ORGANISATION_HEADS = frozenset(("Head", "Leader", "Director"))
"""Words for whoever runs a body, whatever the office is called there: "Clara Voss, who
runs Meridian Mutual" is its chief executive, "the head of the agency" its director."""

_ONE_ROLE = (frozenset(("Coach", "Manager")), frozenset(("Chair", "President")))
"""Organisation offices that one body calls by either name: a football club's manager
is its head coach, a club's or a company's president often its chairman."""


def _two_roles(a: OfficeRef, b: OfficeRef) -> bool:
    """Two offices, at least one an organisation's (the other an organisation's too, a
    one-holder office or a local one: "Mayor Ann Lee" / "Ann Lee, who heads the sailing
    club"), that one person does not hold at once in one sentence's claim: no deputy's,
    no title many share."""
    if not (is_organisational(a.label) or is_organisational(b.label)):
        return False
    for office in (a, b):
        if office.label == DEPUTY or is_lower_rank(office.label):
            return False
        if not (office.unique or is_organisational(office.label) or is_local(office)):
            return False
    return not _place_and_other_body(a, b)


def _place_and_other_body(a: OfficeRef, b: OfficeRef) -> bool:
    """A place's public office and an organisation's office of a body both name, not the
    place: "Porthcoed's mayor" / "the regatta's director". A mayor or a governor often runs
    or fronts a body of their place as well, so the two are no conflict; an unsaid place or
    body ("Mayor Ann Lee" / "who heads the sailing club") may be one, and stays one."""
    local, other = (a, b) if is_local(a) and not is_organisational(a.label) else (b, a)
    if not is_local(local) or is_organisational(local.label) or not is_organisational(other.label):
        return False
    return bool(local.qualifier and other.qualifier) and not _same_body(local, other)


def _one_role(a: OfficeRef, b: OfficeRef) -> bool:
    """Two wordings that may name the office of one person in one body: a word for whoever
    runs a body ("head", "leader") and an office of that body (or an office of the
    country where the body is unsaid: "the head" / "the transport minister"), or two
    names of one office (``_ONE_ROLE``) of bodies that may be one; never the chief of a
    trade ("chief engineer"), who does not run the body."""
    heads = {a.label, b.label} & _ORGANISATION_HEADS
    if is_chief_of_trade(a.label) or is_chief_of_trade(b.label):
        return False  # "director" / "chief engineer": the engineer does not run the body
    if heads and _heads_its_field(*((a, b) if a.label in heads else (b, a))):
        return True
    if not heads and {a.label, b.label} not in _ONE_ROLE:
        return False
    if is_organisational(a.label) and is_organisational(b.label):
        return _same_body(a, b) or not (a.qualifier and b.qualifier)
    return (a if a.label in heads else b).qualifier is None


def _heads_its_field(head: OfficeRef, office: OfficeRef) -> bool:
    """The body ``head`` runs is named by the field of ``office``: "who heads the health
    ministry" / "Health Minister", "head of the fire service" / "Fire Chief": its head
    is the office."""
    if head.qualifier is None:
        return False
    return bool(set(head.qualifier.split()) & set(office.label.lower().split()))


def _office_side(cast: Cast, mention: Mention, office: OfficeRef) -> Side:
    return Side(
        mention.sentence, office.start, office.end, cast.article.text[office.start : office.end]
    )


def office_conflicts(
    left: Cast,
    right: Cast,
    links: Sequence[Link],
    aligned: Iterable[tuple[int, int]],
    close: Iterable[tuple[int, int]] = (),
) -> list[Finding]:
    """One office given to two different people, one in each article: a contradiction
    for a one-holder office; for a title many share, two closely aligned sentences that
    give it to different people name a different person ("Rep. Loretta Sanchez said" /
    "Rep. Linda Sanchez said"), a name finding of type ``person``."""
    aligned = set(aligned)
    found = conflicting_holders(left, right, links, aligned)
    shared = conflicting_holders(left, right, links, close, shared=True)
    shared += organisation_holders(left, right, links, aligned)
    told = {(c.left_person.ident, c.right_person.ident) for c in shared}
    shared += [
        c
        for c in unplaced_holders(left, right, links, aligned)
        if (c.left_person.ident, c.right_person.ident) not in told
    ]
    return [_conflict(left, right, c.label, c.left, c.right, c.score) for c in found] + [
        _different_person(left, right, c) for c in shared
    ]


@dataclass(frozen=True, slots=True)
class HolderConflict:
    label: str
    left_person: Person
    left: Mention
    right_person: Person
    right: Mention
    score: float


def conflicting_holders(
    left: Cast,
    right: Cast,
    links: Sequence[Link],
    aligned: Iterable[tuple[int, int]],
    shared: bool = False,
) -> list[HolderConflict]:
    """Holders of one office who are not one person, in aligned sentences, or anywhere
    when each article names a single holder. Mentions are paired through the alignment
    index, never all against all.

    ``shared``: titles many hold at once ("Vice Premier", "Senator") instead, and only
    in the sentence pairs given, which should be closely aligned: "Vice Premier He
    Lifeng led the delegation" / "Vice Premier Liu He led the delegation"."""
    left_known = {link.left.ident: link.right for link in links}
    right_known = {link.right.ident: link.left for link in links}
    right_of: dict[int, list[int]] = defaultdict(list)
    for i, j in aligned:
        right_of[i].append(j)
    lends = (None, None) if shared else (_lent(left, right), _lent(right, left))
    right_holders = _holders(right.people, shared, lends[1])
    found = []
    for label, lefts in _holders(left.people, shared, lends[0]).items():
        rights = right_holders.get(label, [])
        by_sentence: dict[int, list[tuple[Person, Mention]]] = defaultdict(list)
        for rp, rm in rights:
            by_sentence[rm.sentence].append((rp, rm))
        candidates = [
            (lp, lm, rp, rm, SHARED_TITLE_CONFLICT_SCORE if shared else ALIGNED_CONFLICT_SCORE)
            for lp, lm in lefts
            for j in right_of.get(lm.sentence, ())
            for rp, rm in by_sentence.get(j, ())
        ]
        if not shared:
            candidates += [
                (*seat_lefts[0], *seat_rights[0], SOLE_HOLDER_CONFLICT_SCORE)
                for seat_lefts, seat_rights in _sole_holders(lefts, rights, label, lends)
            ]
        done: set[tuple[str, str]] = set()
        for lp, lm, rp, rm, score in candidates:
            if (lp.ident, rp.ident) in done:
                continue
            if _acknowledged(left_known.get(lp.ident), shared, right) or _acknowledged(
                right_known.get(rp.ident), shared, left
            ):
                continue
            if lp.key == rp.key and not (shared and lp.given_names and rp.given_names):
                continue  # one person named in full on one side only
            if _spelt_two_ways(lp, rp):
                continue
            if not offices_agree(_seats(lm, label, lends[0]), _seats(rm, label, lends[1])):
                continue
            if same_time(left.article, lm.sentence, right.article, rm.sentence):
                done.add((lp.ident, rp.ident))  # not "Gibbs said in 2010" / "Carney ... in 2013"
                found.append(HolderConflict(label, lp, lm, rp, rm, score))
    return found


def _spelt_two_ways(a: Person, b: Person) -> bool:
    """One given name and surnames that may be spellings of one ("Erduan Demiri" / "Erduan
    Demir"): more likely one holder the linking missed than two, so no conflict."""
    if not a.given_names or a.given_names != b.given_names or a.key == b.key:
        return False
    return variant_score(a.key, b.key) > 0 or is_derived(a.key, b.key)


UNPLACED_CONFLICT_SCORE = 0.7


def unplaced_holders(
    left: Cast, right: Cast, links: Sequence[Link], aligned: Iterable[tuple[int, int]]
) -> list[HolderConflict]:
    """Two people given one local office said with no place (a mayor, a governor, a
    police chief: "Mayor Ann Lee" / "the town's mayor, Tom Hale") in aligned sentences:
    sentences that say the same thing speak of one place, the event's, where the other
    article neither names the holder nor places the office elsewhere. The place being
    inferred, not said, the two are told as a different person in one role (a name
    finding), as for a title many share, not as an office conflict."""
    known = {link.left.ident for link in links} | {link.right.ident for link in links}
    lends = (_lent(left, right), _lent(right, left))
    lefts = _unplaced_seats(left.people, lends[0], known)
    rights = _unplaced_seats(right.people, lends[1], known)
    found: list[HolderConflict] = []
    done: set[tuple[str, str]] = set()
    for i, j in sorted(aligned):
        for lp, lm, label in lefts.get(i, ()):
            for rp, rm, other in rights.get(j, ()):
                if label != other or lp.key == rp.key or (lp.ident, rp.ident) in done:
                    continue
                if same_time(left.article, lm.sentence, right.article, rm.sentence):
                    done.add((lp.ident, rp.ident))
                    found.append(HolderConflict(label, lp, lm, rp, rm, UNPLACED_CONFLICT_SCORE))
    return found


def _unplaced_seats(
    people: Iterable[Person], lend: str | None, known: set[str]
) -> dict[int, list[tuple[Person, Mention, str]]]:
    """Sentence -> (person, mention, label) of the current local offices said there with
    no place (none lent by the other article either), people linked to one of the other
    article left out."""
    seats: dict[int, list[tuple[Person, Mention, str]]] = defaultdict(list)
    for person in people:
        if person.ident in known:
            continue
        for mention, held in person.held:
            if _unplaced_local(lent(held, lend)):
                seats[mention.sentence].append((person, mention, held.label))
    return seats


def _acknowledged(counterpart: Person | None, shared: bool, other: Cast) -> bool:
    """The other article (``other``) names the holder too (``counterpart``), and not as a
    deputy: it may well agree that they hold the office, or tell of another time
    ("Senator Kerry"). Where it names them only as a deputy ("Ann Lee, a deputy in her
    office,", "Deputy Attorney General Ann Lee"), or gives them no office but says what
    they are instead ("Bilal ag Alhousseyni, a Tuareg elder,"), and gives the office to
    someone else, the two disagree."""
    if counterpart is None:
        return False
    if shared:
        return True
    held = [o for mention in counterpart.mentions for o in mention.offices if o.current]
    if not held:
        return not _described_as_another(counterpart, other.article.text)
    return not all(o.label == DEPUTY or is_lower_rank(o.label) for o in held)


def _described_as_another(person: Person, text: str) -> bool:
    """Every office aside, an apposition right after a mention of ``person`` says what
    they are with a noun for a person that is no office's ("X, a Tuareg elder,"; not "X,
    a former governor,")."""
    office_words = lower_office_last_words()[0]
    for mention in person.mentions:
        head = APPOSITION_HEAD.match(text, mention.end)
        if head is None:
            continue
        noun = head.group("noun")
        if noun not in office_words and first_sense_a_person(noun) and "former" not in head.group():
            return True
    return False


def _sole_holders(
    lefts: Sequence[tuple[Person, Mention]],
    rights: Sequence[tuple[Person, Mention]],
    label: str,
    lends: tuple[str | None, str | None],
) -> list[tuple[list[tuple[Person, Mention]], list[tuple[Person, Mention]]]]:
    """The holders of each seat of ``label`` (the office and its narrowing word: "the
    state attorney general" is not the federal one) that each article names one
    holder of."""
    found = []
    right_seats = _by_seat(rights, label, lends[1])
    for qualifier, seat_lefts in _by_seat(lefts, label, lends[0]).items():
        seat_rights = right_seats.get(qualifier, [])
        if _one_person(seat_lefts) and _one_person(seat_rights):
            found.append((seat_lefts, seat_rights))
    return found


def _one_person(holders: Sequence[tuple[Person, Mention]]) -> bool:
    return len({person.ident for person, _ in holders}) == 1


def _by_seat(
    holders: Sequence[tuple[Person, Mention]], label: str, lend: str | None
) -> dict[str | None, list[tuple[Person, Mention]]]:
    seats: dict[str | None, list[tuple[Person, Mention]]] = defaultdict(list)
    for person, mention in holders:
        seats[_office(mention, label, lend)[0].qualifier].append((person, mention))
    return seats


def _lent(cast: Cast, other: Cast) -> str | None:
    """The city ``other``'s article lends to ``cast``'s city offices said without a place
    (office_city.lent_city), looked for only where ``cast`` gives one."""
    citywide = offices().citywide
    if not any(o.label in citywide and o.qualifier is None for p in cast.people for _, o in p.held):
        return None
    return lent_city(cast.article, other.article)


def _holders(
    people: Iterable[Person], shared: bool, lend: str | None = None
) -> dict[str, list[tuple[Person, Mention]]]:
    """Office label -> (person, mention giving it), for current one-holder offices (or
    current shared titles, an organisation's offices left to ``organisation_holders``),
    the city offices said without a place placed in the city ``lend``, if any."""
    holders: dict[str, list[tuple[Person, Mention]]] = defaultdict(list)
    for person in people:
        for mention, held in person.held:
            office = lent(held, lend)
            if office.unique != shared and office.label != DEPUTY:
                if not (shared and is_organisational(office.label)):
                    holders[seat_label(office)].append((person, mention))
    return holders


def organisation_holders(
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[HolderConflict]:
    """Two people given one organisation's office in aligned sentences, where the two
    reports do not both name the organisation ("the club's coach, Marco Bellini" / "coach
    Stefano Rossi", "Rovers manager Sean Keegan" / "the manager, Tom Harlow"): a different
    person in one role. Offices of two organisations both named ("Kessler's chief
    executive" / "Bauer's chief executive") are two offices; of one both named, an office
    conflict (``conflicting_holders``)."""
    left_known = {link.left.ident for link in links}
    right_known = {link.right.ident for link in links}
    lefts = _organisation_seats(left.people, left_known)
    rights = _organisation_seats(right.people, right_known)
    found: list[HolderConflict] = []
    done: set[tuple[str, str]] = set()
    for i, j in sorted(aligned):
        for lp, lm, lo in lefts.get(i, ()):
            for rp, rm, ro in rights.get(j, ()):
                if (lp.ident, rp.ident) in done or lp.key == rp.key:
                    continue
                if seat_label(lo) != seat_label(ro):
                    continue
                if (lo.unique and ro.unique) or not _same_body(lo, ro):
                    continue  # both named: one organisation (a conflict) or two
                if same_time(left.article, lm.sentence, right.article, rm.sentence):
                    done.add((lp.ident, rp.ident))
                    found.append(
                        HolderConflict(seat_label(lo), lp, lm, rp, rm, ORGANISATION_PERSON_SCORE)
                    )
    return found


ORGANISATION_PERSON_SCORE = 0.7


def _organisation_seats(
    people: Iterable[Person], known: set[str]
) -> dict[int, list[tuple[Person, Mention, OfficeRef]]]:
    """Sentence -> the current holders of an organisation's office it names, people
    linked to one of the other article left out."""
    seats: dict[int, list[tuple[Person, Mention, OfficeRef]]] = defaultdict(list)
    for person in people:
        if person.ident in known:
            continue
        for mention, office in person.held:
            if is_organisational(office.label):
                seats[mention.sentence].append((person, mention, office))
    return seats


def _same_body(a: OfficeRef, b: OfficeRef) -> bool:
    """Two wordings that may name one organisation: the same, either unsaid or a body
    noun alone ("the club's"), or one the end of the other ("weather agency" / "national
    weather agency")."""
    if a.country and b.country and a.country != b.country:
        return False
    x, y = a.qualifier, b.qualifier
    if x is None or y is None or x == y:
        return True
    if x in BODY_NOUNS or y in BODY_NOUNS:
        return True
    return f" {x}".endswith(f" {y}") or f" {y}".endswith(f" {x}")


def _office(mention: Mention, label: str, lend: str | None = None) -> list[OfficeRef]:
    """The offices of ``mention`` in the seat ``label`` (``seat_label``), with their own
    labels and titles."""
    return [lent(o, lend) for o in mention.offices if seat_label(o) == label]


def _seats(mention: Mention, label: str, lend: str | None) -> list[OfficeRef]:
    """``_office``, each labelled by its seat: "director" and "head" of one body agree."""
    return [replace(o, label=label) for o in _office(mention, label, lend)]


def seat_label(office: OfficeRef) -> str:
    """The label of the seat an office is: a word for whoever runs a body ("head",
    "director", "leader": ``_ORGANISATION_HEADS``) names one seat whichever it is ("the
    port authority's director" / "who heads the port authority"); any other office its
    own."""
    return "Head" if office.label in _ORGANISATION_HEADS else office.label


def _conflict(
    left: Cast, right: Cast, label: str, lm: Mention, rm: Mention, score: float
) -> Finding:
    left_side = mention_side(left.article, lm, whole_name=True)
    right_side = mention_side(right.article, rm, whole_name=True)
    return Finding.contrasting(
        kind="contradiction",
        type="office",
        left=left_side,
        right=right_side,
        contrast=Contrast(_office(lm, label)[0].title, left_side.quote, right_side.quote),
        score=score,
    )


def _different_person(left: Cast, right: Cast, conflict: HolderConflict) -> Finding:
    left_side = mention_side(left.article, conflict.left, whole_name=True)
    right_side = mention_side(right.article, conflict.right, whole_name=True)
    title = _office(conflict.left, conflict.label)[0].title
    return Finding.contrasting(
        kind="name",
        type="person",
        left=left_side,
        right=right_side,
        contrast=Contrast("different person", left_side.quote, right_side.quote, f" ({title})"),
        score=conflict.score,
    )
