"""Conflicts over job seats (job_seats.py) between two articles, in sentences that say the
same thing: one person given two seats of one body ("the distillery's master distiller,
Fiona Grant" / "Fiona Grant, the distillery's warehouse manager"), or of a state or a
county each ("State forester Lena Ruiz" / "county sheriff Lena Ruiz"); and two people given
one seat of one body ("The abbey's organist, Simon Verey" / "Martin Hale, organist of
Selworth abbey"), where neither is said to be one of several ("a judge at the show"). A
body must be said on both sides: "Ana Ruiz, conductor of the youth choir" / "the
cathedral's organist, Ana Ruiz" are two bodies, and one person may well hold a seat in
each.

These only add to office_conflicts.py: a sentence pair it has told of already is left to it,
and so are two seats that are both offices of its table, one of them with one holder.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from tui.engine.findings.model import Contrast, Finding, Side
from tui.engine.people.cast import Cast, Link, mention_side
from tui.engine.people.job_seats import (
    JobSeat,
    article_seats,
    joined_titles,
    one_body,
    public,
)
from tui.engine.people.office_time import same_time
from tui.engine.people.persons import Mention, Person

SEAT_CONFLICT_SCORE = 0.7
"""A job seat is read from the words around a name only, with no table behind it: below
the aligned conflicts of the office table (0.9), shown at the default threshold."""


def seat_conflicts(
    left: Cast,
    right: Cast,
    links: Sequence[Link],
    aligned: Iterable[tuple[int, int]],
    told: Iterable[Finding] = (),
) -> list[Finding]:
    """The seat conflicts of the aligned sentence pairs, but those of ``told`` (findings
    already made on a sentence pair)."""
    done = {(f.left.sentence, f.right.sentence) for f in told}
    partner = {link.left.ident: link.right.ident for link in links}
    known_right = set(partner.values())
    aligned = sorted(aligned)
    lefts = _seats_by_sentence(left, {i for i, _ in aligned})
    # the right's seats only where a left sentence aligned with them has some: seats are
    # few, and reading them is most of the cost of a long pair
    rights = _seats_by_sentence(right, {j for i, j in aligned if i in lefts})
    findings: list[Finding] = []
    for i, j in aligned:
        if (i, j) in done or i not in lefts or j not in rights:
            continue
        if not same_time(left.article, i, right.article, j):
            continue
        finding = _pair_conflict(left, right, lefts[i], rights[j], partner, known_right)
        if finding is not None:
            done.add((i, j))
            findings.append(finding)
    return findings


PersonSeat = tuple[Person, JobSeat, int]
"""A person, a seat said of them, and what the table makes of it (``_table_seat``)."""


def _seats_by_sentence(cast: Cast, sentences: set[int]) -> dict[int, list[PersonSeat]]:
    """Sentence (of ``sentences``) -> the seats said there of each person of ``cast``."""
    surnames = frozenset(person.key for person in cast.people)
    read = article_seats(cast.article)
    seats: dict[int, list[PersonSeat]] = defaultdict(list)
    for person in cast.people:
        for mention in person.mentions:
            if mention.sentence not in sentences:
                continue
            for seat in read.around(mention, surnames):
                seats[mention.sentence].append((person, seat, _table_seat(mention, seat)))
    return seats


_NO_OFFICE, _SHARED, _ONE_HOLDER = 0, 1, 2
"""What the table makes of a seat's words: no office, an office many hold, a one-holder
office."""


def _table_seat(mention: Mention, seat: JobSeat) -> int:
    """What the table makes of the seat's words (_NO_OFFICE, _SHARED, _ONE_HOLDER).
    office_conflicts.py compares two offices of the table one of which has one holder
    ("the state's attorney general"), with their places, times and the words for one role
    ("director" / "head"); every other pair of seats is compared here ("head of the
    station" / "a technician at the station", "head coach" / "secretary")."""
    offices = [o for o in mention.offices if o.start < seat.end and seat.start < o.end]
    if not offices:
        return _NO_OFFICE
    return _ONE_HOLDER if any(o.unique for o in offices) else _SHARED


def _pair_conflict(
    left: Cast,
    right: Cast,
    lefts: Sequence[PersonSeat],
    rights: Sequence[PersonSeat],
    partner: dict[str, str],
    known_right: set[str],
) -> Finding | None:
    """The first conflict between the seats of two aligned sentences, or None."""
    for lp, ls, left_table in lefts:
        for rp, rs, right_table in rights:
            if left_table and right_table and _ONE_HOLDER in (left_table, right_table):
                continue
            if partner.get(lp.ident) == rp.ident or _namesakes(lp, rp):
                if _two_seats(left, right, ls, rs):
                    return _finding(left, right, ls, rs, ls.start, ls.end, rs.start, rs.end)
            elif lp.ident not in partner and rp.ident not in known_right and lp.key != rp.key:
                if _one_seat(ls, rs):
                    lm, rm = ls.mention, rs.mention
                    return _finding(left, right, ls, rs, lm.start, lm.end, rm.start, rm.end)
    return None


def _one_seat(a: JobSeat, b: JobSeat) -> bool:
    """Two seats are one that only one person holds: one title of one body, neither said
    as one of several ("a technician at the observatory")."""
    return a.title == b.title and one_body(a.body, b.body) and not (a.several or b.several)


def _namesakes(a: Person, b: Person) -> bool:
    """One full name on both sides: one person, whatever offices keep the two apart."""
    return a.key == b.key and bool(a.given_names) and a.given_names == b.given_names


def _two_seats(left: Cast, right: Cast, a: JobSeat, b: JobSeat) -> bool:
    """Two seats one person does not hold at once: other titles (neither the other said
    shorter: "engineer" / "chief engineer"), of one body or of a state or a county each,
    where neither article gives both ("the gallery's director and chief curator")."""
    if a.title == b.title or f" {a.title}".endswith(f" {b.title}"):
        return False
    if f" {b.title}".endswith(f" {a.title}"):
        return False
    if not (one_body(a.body, b.body) or (public(a.body) and public(b.body))):
        return False
    return not (
        joined_titles(left.article.text, a.end, b.title)
        or joined_titles(right.article.text, b.end, a.title)
    )


def _finding(
    left: Cast,
    right: Cast,
    ls: JobSeat,
    rs: JobSeat,
    left_start: int,
    left_end: int,
    right_start: int,
    right_end: int,
) -> Finding:
    left_side = Side(
        ls.mention.sentence, left_start, left_end, left.article.text[left_start:left_end]
    )
    right_side = Side(
        rs.mention.sentence, right_start, right_end, right.article.text[right_start:right_end]
    )
    if ls.title == rs.title:  # two people: the seat, then the names
        topic = ls.title.title()
    else:  # one person: the name, then the seats
        topic = mention_side(right.article, rs.mention, whole_name=False).quote
    return Finding.contrasting(
        kind="contradiction",
        type="office",
        left=left_side,
        right=right_side,
        contrast=Contrast(topic, left_side.quote, right_side.quote),
        score=SEAT_CONFLICT_SCORE,
    )
