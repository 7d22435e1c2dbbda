"""Name findings between two articles: one person spelled two ways, one office given to
two people.

Names are compared across the whole pair, not only inside aligned sentences. Two people
(one per article, see entities.py) are one person spelled differently when their surnames
are transliteration variants (spelling.py) and nothing in the context says otherwise:

- each spelling is absent from the other article (an article that writes both names
  knows two people);
- given names, where both articles give one, agree (equal, a nickname, an initial);
- offices, where both articles give one, overlap; a shared office raises the score;
- a surname that is also an ordinary English word (wordfreq) needs that support.

An office conflict is one "one holder" office (data/offices.txt) given to two people who
are not the same person and of whom neither article mentions the other's: in aligned
sentences, or, elsewhere, when each article names only one holder.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

from tui.engine.align import Alignment
from tui.engine.corpus import Article
from tui.engine.findings.entities import (
    Mention,
    OfficeRef,
    Person,
    commonness,
    find_people,
    name_key,
)
from tui.engine.findings.model import Finding, Side
from tui.engine.findings.name_lexicon import given_names
from tui.engine.findings.spelling import block_keys, variant_score

_CAPITALISED = re.compile(r"(?=[A-Z\u00c0-\u00de\u0100-\u017f])\b\w+")
LINK_THRESHOLD = 0.6
COMMON_WORD_ZIPF = 3.0
"""A surname at least this frequent in English (wordfreq) needs an office or a given name
in common before its variants are linked: Greer / Grille, Rice / Rise."""
SAME_OFFICE_BONUS = 0.15
SAME_GIVEN_BONUS = 0.1
FACE_TO_FACE_BONUS = 0.05
CLOSE_ALIGNMENT = 0.5
"""Sentences aligned at least this closely say the same thing: a variant spelling facing
a name there is evidence of one person."""
ALIGNED_CONFLICT_SCORE = 0.9
SOLE_HOLDER_CONFLICT_SCORE = 0.75


@dataclass(frozen=True)
class Cast:
    """The people of one article and the words it uses."""

    article: Article
    people: tuple[Person, ...]

    @cached_property
    def words(self) -> frozenset[str]:
        """Every capitalised word of the article (names are capitalised)."""
        return frozenset(_CAPITALISED.findall(self.article.text))

    @cached_property
    def keys(self) -> frozenset[str]:
        return frozenset(p.key for p in self.people) | frozenset(map(name_key, self.words))


def cast_of(article: Article) -> Cast:
    return Cast(article, find_people(article))


@dataclass(frozen=True, slots=True)
class Link:
    left: Person
    right: Person
    score: float
    variant: bool = False
    """The two spell the surname differently."""


def find_name_findings(
    left: Article, right: Article, alignments: tuple[Alignment, ...]
) -> list[Finding]:
    return pair_findings(cast_of(left), cast_of(right), alignments)


def pair_findings(left: Cast, right: Cast, alignments: Sequence[Alignment] = ()) -> list[Finding]:
    aligned = {(i, j) for a in alignments for i in a.left for j in a.right}
    close = {
        (i, j) for a in alignments if a.score >= CLOSE_ALIGNMENT for i in a.left for j in a.right
    }
    links = link_people(left, right)
    variants = [link for link in links if link.variant]
    variants += aligned_variants(left, right, close, links)
    findings = [_spelling_finding(left, right, link, aligned) for link in variants]
    findings += _given_name_findings(left, right, links, aligned)
    findings += office_conflicts(left, right, links + variants, aligned)
    findings += _office_changes(left, right, links + variants, aligned)
    return findings


def _office_changes(
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[Finding]:
    """One person given two different one-holder offices in sentences that say the same
    thing ("Treasury Secretary Bessent" / "Commerce Secretary Bessent")."""
    findings = []
    for link in links:
        lefts = _seats_by_sentence(link.left)
        rights = _seats_by_sentence(link.right)
        for i, j in sorted((i, j) for i in lefts for j in rights if (i, j) in aligned):
            change = _different_seats(lefts[i], rights[j])
            if change is not None:
                (lm, lo), (rm, ro) = change
                findings.append(
                    Finding(
                        kind="contradiction",
                        type="office",
                        left=_office_side(left, lm, lo),
                        right=_office_side(right, rm, ro),
                        message=f"{rm.surname}: {lo.label} vs {ro.label}",
                        score=ALIGNED_CONFLICT_SCORE,
                    )
                )
                break
    return findings


Seat = tuple[Mention, OfficeRef]


def _seats_by_sentence(person: Person) -> dict[int, list[Seat]]:
    seats: dict[int, list[Seat]] = defaultdict(list)
    for mention in person.mentions:
        for office in mention.offices:
            if office.unique and office.current:
                seats[mention.sentence].append((mention, office))
    return seats


def _different_seats(lefts: Sequence[Seat], rights: Sequence[Seat]) -> tuple[Seat, Seat] | None:
    """The first two offices of one country when the two sentences share none."""
    if {o.label for _, o in lefts} & {o.label for _, o in rights}:
        return None
    for seat in lefts:
        for other in rights:
            a, b = seat[1], other[1]
            if not (a.country and b.country and a.country != b.country):
                return seat, other
    return None


def _office_side(cast: Cast, mention: Mention, office: OfficeRef) -> Side:
    return Side(
        mention.sentence, office.start, office.end, cast.article.text[office.start : office.end]
    )


def aligned_variants(
    left: Cast, right: Cast, aligned: set[tuple[int, int]], links: Sequence[Link]
) -> list[Link]:
    """Variant spellings face to face in aligned sentences, where one article also uses
    the other's spelling elsewhere: a single misspelt mention ("Priebus" ... "Preibus"
    in the sentence that says the same as the other article's "Priebus")."""
    linked = {(link.left.key, link.right.key) for link in links}
    left_at = _people_by_sentence(left.people)
    right_at = _people_by_sentence(right.people)
    found: dict[tuple[str, str], Link] = {}
    for i, j in aligned:
        for lp in left_at.get(i, ()):
            for rp in right_at.get(j, ()):
                pair = (lp.key, rp.key)
                if lp.key == rp.key or pair in linked or pair in found:
                    continue
                score = same_person_score(lp, rp, left, right, face_to_face=True)
                if score >= LINK_THRESHOLD:
                    found[pair] = Link(lp, rp, score, variant=True)
    return list(found.values())


def _people_by_sentence(people: Iterable[Person]) -> dict[int, list[Person]]:
    at: dict[int, list[Person]] = defaultdict(list)
    for person in people:
        for sentence in dict.fromkeys(m.sentence for m in person.mentions):
            at[sentence].append(person)
    return at


def link_people(left: Cast, right: Cast) -> list[Link]:
    """Pairs of one person across the two articles: the same surname, or a variant
    spelling with no evidence against it (each person linked at most once)."""
    right_by_key = {p.key: p for p in right.people}
    links = [Link(p, right_by_key[p.key], 1.0) for p in left.people if p.key in right_by_key]
    links += _given_name_links(left, right, links)
    blocks: dict[str, list[Person]] = defaultdict(list)
    for person in right.people:
        if person.key not in left.keys:
            for block in block_keys(person.key):
                blocks[block].append(person)
    candidates: dict[tuple[str, str], Link] = {}
    for person in left.people:
        if person.key in right.keys:
            continue
        for block in block_keys(person.key):
            for other in blocks.get(block, ()):
                pair = (person.key, other.key)
                if pair not in candidates:
                    score = same_person_score(person, other, left, right)
                    candidates[pair] = Link(person, other, score, variant=True)
    taken: set[str] = set()
    for link in sorted(candidates.values(), key=lambda c: -c.score):
        if link.score < LINK_THRESHOLD:
            break
        if link.left.key in taken or link.right.key in taken:
            continue
        taken.update((link.left.key, link.right.key))
        links.append(link)
    return links


def _given_name_links(left: Cast, right: Cast, links: Sequence[Link]) -> list[Link]:
    """A name written alone in one article that is the given name of exactly one person
    in the other: "President Xi" / "Xi Jinping", "Hillary" / "Hillary Clinton"."""
    linked = {link.left.key for link in links} | {link.right.key for link in links}
    found = []
    for ours, theirs, flip in ((left, right, False), (right, left, True)):
        owners: dict[str, list[Person]] = defaultdict(list)
        for person in theirs.people:
            for given in person.given_names:
                owners[name_key(given)].append(person)
        for person in ours.people:
            match = owners.get(person.key, [])
            if person.key in linked or person.given_names or len(match) != 1:
                continue
            other = match[0]
            if other.key not in linked:
                found.append(Link(other, person, 1.0) if flip else Link(person, other, 1.0))
    return found


def same_person_score(
    a: Person, b: Person, left: Cast, right: Cast, face_to_face: bool = False
) -> float:
    """0 when the two are clearly not one person spelled two ways, else up to 1.

    Each spelling must be absent from the other article (an article that writes both
    knows two people). ``face_to_face``: the two stand in aligned sentences, which is
    evidence in itself, and only one of the spellings need be absent."""
    a_elsewhere = any(s in right.words for s in a.spellings)
    b_elsewhere = any(s in left.words for s in b.spellings)
    if (a_elsewhere and b_elsewhere) or (not face_to_face and (a_elsewhere or b_elsewhere)):
        return 0.0
    base = variant_score(a.key, b.key)
    if base == 0.0:
        return 0.0
    support = FACE_TO_FACE_BONUS if face_to_face else 0.0
    if a.given_names and b.given_names:
        if not _given_names_agree(a.given_names, b.given_names):
            return 0.0
        support += SAME_GIVEN_BONUS
    if a.office_labels and b.office_labels:
        if not _offices_agree(a.offices, b.offices, same_seat=False):
            return 0.0
        support += SAME_OFFICE_BONUS
    common = max(commonness(a.key), commonness(b.key))
    if common >= COMMON_WORD_ZIPF and support == 0.0:
        return 0.0
    return round(min(1.0, base + support), 2)


def _given_names_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    names = given_names()
    return any(names.same_person(x, y) or variant_score(x, y) > 0 for x in a for y in b)


def _offices_agree(a: Iterable[OfficeRef], b: Iterable[OfficeRef], same_seat: bool = True) -> bool:
    """Some office of ``a`` is one of ``b``: same office, countries that fit (an unsaid
    country fits any) and, for ``same_seat``, the same narrowing word ("Senate
    President", "Wisconsin party chairman"). Two spellings of one person need not say the
    narrowing word alike; two holders of one seat must."""
    return any(
        x.label == y.label
        and (x.country is None or y.country is None or x.country == y.country)
        and (not same_seat or x.qualifier == y.qualifier)
        for x in a
        for y in b
    )


def _side(article: Article, mention: Mention, whole_name: bool) -> Side:
    start, end = (
        (mention.start, mention.end) if whole_name else (mention.surname_start, mention.surname_end)
    )
    return Side(mention.sentence, start, end, article.text[start:end])


def _pick(
    lefts: Sequence[Mention], rights: Sequence[Mention], aligned: set[tuple[int, int]]
) -> tuple[Mention, Mention]:
    """Representative mentions: a pair in aligned sentences, else the first with an
    office, else the first."""
    for lm in lefts:
        for rm in rights:
            if (lm.sentence, rm.sentence) in aligned:
                return lm, rm

    def first(mentions: Sequence[Mention]) -> Mention:
        return next((m for m in mentions if m.offices), mentions[0])

    return first(lefts), first(rights)


def _spelling_finding(
    left: Cast, right: Cast, link: Link, aligned: set[tuple[int, int]]
) -> Finding:
    lm, rm = _pick(link.left.mentions, link.right.mentions, aligned)
    shared = sorted(link.left.office_labels & link.right.office_labels)
    role = f" ({shared[0]})" if shared else ""
    return Finding(
        kind="name",
        type="spelling",
        left=_side(left.article, lm, whole_name=False),
        right=_side(right.article, rm, whole_name=False),
        message=f"name spelled differently: {lm.surname} vs {rm.surname}{role}",
        score=link.score,
    )


def _given_name_findings(
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[Finding]:
    """One person whose given name is spelled two ways (Jamison / Jamieson)."""
    names = given_names()
    findings = []
    for link in links:
        ga, gb = link.left.given_names, link.right.given_names
        if not ga or not gb or any(names.same_person(x, y) for x in ga for y in gb):
            continue
        pairs = [(x, y) for x in ga for y in gb if variant_score(x, y) > 0]
        if not pairs:
            continue
        x, y = pairs[0]
        lm, rm = _pick(
            [m for m in link.left.mentions if m.given == x],
            [m for m in link.right.mentions if m.given == y],
            aligned,
        )
        findings.append(
            Finding(
                kind="name",
                type="spelling",
                left=_side(left.article, lm, whole_name=True),
                right=_side(right.article, rm, whole_name=True),
                message=f"given name spelled differently: {_name(left, lm)} vs {_name(right, rm)}",
                score=round(variant_score(x, y) + SAME_GIVEN_BONUS, 2),
            )
        )
    return findings


def _name(cast: Cast, mention: Mention) -> str:
    return cast.article.text[mention.start : mention.end]


def office_conflicts(
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[Finding]:
    """One office given to two different people, one in each article."""
    return [
        _conflict(left, right, c.label, c.left, c.right, c.score)
        for c in conflicting_holders(left, right, links, aligned)
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
    left: Cast, right: Cast, links: Sequence[Link], aligned: set[tuple[int, int]]
) -> list[HolderConflict]:
    """Holders of one office who are not one person, in aligned sentences, or anywhere
    when each article names a single holder. Mentions are paired through the alignment
    index, never all against all."""
    left_known = {link.left.key for link in links}
    right_known = {link.right.key for link in links}
    right_of: dict[int, list[int]] = defaultdict(list)
    for i, j in aligned:
        right_of[i].append(j)
    right_holders = _holders(right.people)
    found = []
    for label, lefts in _holders(left.people).items():
        rights = right_holders.get(label, [])
        by_sentence: dict[int, list[tuple[Person, Mention]]] = defaultdict(list)
        for rp, rm in rights:
            by_sentence[rm.sentence].append((rp, rm))
        candidates = [
            (lp, lm, rp, rm, ALIGNED_CONFLICT_SCORE)
            for lp, lm in lefts
            for j in right_of.get(lm.sentence, ())
            for rp, rm in by_sentence.get(j, ())
        ]
        if len({p.key for p, _ in lefts}) == 1 and len({p.key for p, _ in rights}) == 1:
            candidates.append((*lefts[0], *rights[0], SOLE_HOLDER_CONFLICT_SCORE))
        done: set[tuple[str, str]] = set()
        for lp, lm, rp, rm, score in candidates:
            if (lp.key, rp.key) in done or lp.key in left_known or rp.key in right_known:
                continue
            if _offices_agree(_office(lm, label), _office(rm, label)):
                done.add((lp.key, rp.key))
                found.append(HolderConflict(label, lp, lm, rp, rm, score))
    return found


def _holders(people: Iterable[Person]) -> dict[str, list[tuple[Person, Mention]]]:
    """Office label -> (person, mention giving it), for current one-holder offices."""
    holders: dict[str, list[tuple[Person, Mention]]] = defaultdict(list)
    for person in people:
        for mention in person.mentions:
            for office in mention.offices:
                if office.unique and office.current:
                    holders[office.label].append((person, mention))
    return holders


def _office(mention: Mention, label: str) -> list[OfficeRef]:
    return [o for o in mention.offices if o.label == label]


def _conflict(
    left: Cast, right: Cast, label: str, lm: Mention, rm: Mention, score: float
) -> Finding:
    left_side = _side(left.article, lm, whole_name=True)
    right_side = _side(right.article, rm, whole_name=True)
    return Finding(
        kind="contradiction",
        type="office",
        left=left_side,
        right=right_side,
        message=f"{label}: {left_side.quote} vs {right_side.quote}",
        score=score,
    )
