"""A job title as a seat: a noun for a job (data/wordnet_job_nouns.txt, from WordNet by
tools/build_job_nouns.py) said of a named body beside a name holds one seat of that body.

"The distillery's master distiller, Fiona Grant," / "Fiona Grant, the distillery's
warehouse manager,": two seats of one distillery; "archivist of the Szentes diocese" and
"the diocese's archivist" one seat ("X of Y" is "Y's X"). A state's or a county's post
("State forester Lena Ruiz", "Ray Tillman, the Harlan County clerk") is a seat of that
state or county. A job said with no body ("a nurse, Kate Doyle", "fishmonger Jonas Ek"),
one of several ("a", "one of"), a lower rank ("deputy", "assistant") or a past one
("former", "retired") is no seat: nobody else could hold it, or it is not held now.

Only the wording right around a name is read: in front of it ("<body>'s <job>, NAME",
"<job> of|at <body>, NAME", "State|<Place> County <job> NAME") or in apposition after it
("NAME, the <body>'s <job>", "NAME, <job> of|at <body>", "NAME, the <Place> County <job>").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from tui.engine.datafiles import data_lines
from tui.engine.people.persons import Mention
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

_WORD = r"[A-Za-z][\w'\u2019-]*"
_TITLE = r"(?P<title>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
"""A job title in lower case: the job noun last, up to two words in front ("chief
engineer", "volunteer archivist", "master distiller")."""

_BODY = rf"(?P<body>(?:{_WORD}\s+){{0,3}}{_WORD})"
"""A body: up to four words ("the Brannby textile museum", "Dunvegan golf club")."""

_JURISDICTION = r"(?P<body>(?:[A-Z][\w'\u2019-]*\s+)?(?:[Ss]tate|[Cc]ounty))"
"""A state or a county, named or not ("State", "county", "Harlan County")."""

_BEFORE = (
    regex(rf"(?:^|[\s(\"\u201c])(?:[Tt]he\s+)?{_BODY}['\u2019]s\s+{_TITLE},?\s+$"),
    regex(rf"(?:^|[\s(\"\u201c])(?:[Tt]he\s+)?{_TITLE}\s+(?:of|at)\s+(?:the\s+)?{_BODY},\s+$"),
    regex(rf"(?:^|[\s(\"\u201c])(?:[Tt]he\s+)?{_JURISDICTION}\s+{_TITLE},?\s+$"),
)
"""Seats written in front of a name, up to it."""

_CLAUSE_END = r"(?=\s*(?:[,;:.)]|$|\s+(?:said|says|told|warned|added)\b))"

_AFTER = (
    regex(rf",\s+(?:the\s+)?{_BODY}['\u2019]s\s+{_TITLE}{_CLAUSE_END}"),
    regex(rf",\s+(?:the\s+)?{_TITLE}\s+(?:of|at)\s+(?:the\s+)?{_BODY}{_CLAUSE_END}"),
    regex(rf",\s+the\s+{_JURISDICTION}\s+{_TITLE}{_CLAUSE_END}"),
)
"""Seats written in apposition right after a name."""

_REACH = 90
"""How far in front of a name a seat is looked for: four words of a body, three of a
title and their spaces."""

_NOT_A_SEAT = frozenset(
    "a an one another some any former ex then retired late onetime erstwhile deputy "
    "assistant associate vice acting interim junior and or of who whose".split()
)
"""Words in a title that make it no seat now held by one person: one of several, a past
holder, a lower rank, a stand-in (a clause or a list is no title either)."""

_FORMER_BEFORE = regex(r"(?i:\b(?:former|ex-|then-|retired|late|onetime))\s*$")
"""A past holder's word in front of a seat: "Former state forester Dale Kemp"."""


@dataclass(frozen=True, slots=True)
class JobSeat:
    """A job title said of a body beside one mention of a person."""

    mention: Mention
    title: str
    """The title as written, in lower case ("volunteer archivist")."""
    body: str
    """The body, folded, without "the" ("rail museum", "harlan county", "state")."""
    start: int
    end: int
    """The title's span in the article."""


@cache
def job_nouns() -> frozenset[str]:
    """The nouns of data/wordnet_job_nouns.txt."""
    return frozenset(line.partition("\t")[0] for line in data_lines("wordnet_job_nouns.txt"))


def job_seats(text: str, mention: Mention, people: frozenset[str] = frozenset()) -> list[JobSeat]:
    """The seats said right around ``mention`` in ``text`` (the article), bodies that are
    a person of ``people`` (folded surnames: "Trump's lawyer") left out."""
    found = []
    window_start = max(0, mention.start - _REACH)
    before = text[window_start : mention.start]
    for pattern in _BEFORE if _names_a_job(before) else ():
        hit = pattern.search(before)
        if hit is not None:
            seat = _seat(mention, hit, window_start)
            if seat is not None and not _FORMER_BEFORE.search(text, 0, window_start + hit.start()):
                found.append(seat)
            break
    after = text[mention.end : mention.end + _REACH]
    for pattern in _AFTER if _names_a_job(after) else ():
        hit = pattern.match(after)
        if hit is not None:
            seat = _seat(mention, hit, mention.end)
            if seat is not None:
                found.append(seat)
            break
    return [seat for seat in found if seat.body.rpartition(" ")[2] not in people]


_TITLE_WORD = regex(r"[\w-]+")
"""The words a title is made of (``_TITLE``): each is a whole run of these characters in
the window it is read from."""


def _names_a_job(window: str) -> bool:
    """Some word of ``window`` is a job noun. ``_seat`` takes only a title whose last
    word is one, so a window without one holds no seat, however its patterns match: it
    is not searched (most windows; the searches, anchored at the window's end, try every
    position of it)."""
    return not job_nouns().isdisjoint(_TITLE_WORD.findall(window))


def _seat(mention: Mention, hit: re.Match[str], offset: int) -> JobSeat | None:
    """The seat of the title in the body ``hit`` reads (``offset``: where the text it
    searched starts in the article) when the title's last word is a job noun and no word
    of either makes it no seat, else None."""
    title = hit.group("title")
    words = title.split()
    if words[-1] not in job_nouns() or _NOT_A_SEAT & set(words):
        return None
    body_words = fold(hit.group("body")).split()
    if "the" in body_words:  # "said the rail museum": the body starts after its article
        body_words = body_words[len(body_words) - body_words[::-1].index("the") :]
    if not body_words or _NOT_A_SEAT & set(body_words):
        return None
    start = offset + hit.start("title")
    return JobSeat(mention, " ".join(words), " ".join(body_words), start, start + len(title))


_AND_AFTER = regex(r"\s+and\s+(?:the\s+|its\s+)?")


def joined_titles(text: str, end: int, other: str) -> bool:
    """The title ending at ``end`` is joined by "and" to the title ``other`` (any case):
    "director and chief curator", both held by one person."""
    hit = _AND_AFTER.match(text, end)
    return hit is not None and text[hit.end() : hit.end() + len(other)].lower() == other.lower()


def one_body(a: str, b: str) -> bool:
    """Two bodies said of seats may be one: the same, or one the end of the other ("museum"
    / "rail museum", "club" / "dunvegan golf club")."""
    return a == b or f" {a}".endswith(f" {b}") or f" {b}".endswith(f" {a}")


def public(body: str) -> bool:
    """The body is a state or a county: its posts are public offices, of which one person
    holds one at a time."""
    return body.rpartition(" ")[2] in ("state", "county")
