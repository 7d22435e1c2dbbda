"""A job title as a seat: a noun for a job (data/wordnet_job_nouns.txt, from WordNet by
tools/build_job_nouns.py) said of a named body beside a name holds one seat of that body.

"The distillery's master distiller, Fiona Grant," / "Fiona Grant, the distillery's
warehouse manager,": two seats of one distillery; "archivist of the Szentes diocese" and
"the diocese's archivist" one seat ("X of Y" is "Y's X"). A state's or a county's post
("State forester Lena Ruiz", "Ray Tillman, the Harlan County clerk") is a seat of that
state or county. A job said with no body ("a nurse, Kate Doyle", "fishmonger Jonas Ek"),
a lower rank ("deputy", "assistant manager") or a past one ("former", "retired") is no
seat: nobody else could hold it, or it is not held now. A job said as one of several ("a
technician at the station") is a seat marked ``several``: its holder holds it, but so
may others.

Only the wording right around a name is read: in front of it ("<body>'s <job>, NAME",
"<job> of|at <body>, NAME", "State|<Place> County <job> NAME", "<Noun> <job> NAME" with no
article: "Project manager Moira Teague") or in apposition after it ("NAME, the <body>'s
<job>", "NAME, <job> of|at <body>", "NAME, the <Place> County <job>"); a plural body's
possessive too ("Westline Ferries' chief executive"). And two seats given in a clause: by
the body ("The club has elected NAME as its new president") and by a successor ("X,
president of the club, has been succeeded by NAME").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from tui.engine.corpus import Article
from tui.engine.datafiles import data_lines
from tui.engine.people.persons import Mention
from tui.engine.per_article import per_article
from tui.engine.prepared_regex import regex
from tui.engine.textnorm import fold

_WORD = r"[A-Za-z][\w'\u2019-]*"
_TITLE = r"(?P<title>(?:(?!(?:the|an?)\s)[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
"""A job title in lower case: the job noun last, up to two words in front ("chief
engineer", "volunteer archivist", "master distiller"), never an article ("said the head
of the museum": "head")."""

_BODY = rf"(?P<body>(?:{_WORD}\s+){{0,3}}{_WORD})"
"""A body: up to four words ("the Brannby textile museum", "Dunvegan golf club")."""

_JURISDICTION = r"(?P<body>(?:[A-Z][\w'\u2019-]*\s+)?(?:[Ss]tate|[Cc]ounty))"
"""A state or a county, named or not ("State", "county", "Harlan County")."""

_POSSESSIVE = r"(?:['\u2019]s|(?<=s)['\u2019](?!\w))"
"""A body's possessive, of a plural name too: "the museum's", "Westline Ferries'"."""

_ARTICLE = r"(?:[Tt]he\s+|(?P<several>[Aa]n?\s+))?"
"""The article of a title: "a" or "an" says one of several ("a keeper at the zoo")."""

_BEFORE = (
    regex(rf"(?:^|[\s(\"\u201c])(?:[Tt]he\s+)?{_BODY}{_POSSESSIVE}\s+{_TITLE},?\s+$"),
    regex(rf"(?:^|[\s(\"\u201c]){_ARTICLE}{_TITLE}\s+(?:of|at)\s+(?:the\s+)?{_BODY},\s+$"),
    regex(rf"(?:^|[\s(\"\u201c])(?:[Tt]he\s+)?{_JURISDICTION}\s+{_TITLE},?\s+$"),
)
"""Seats written in front of a name, up to it."""

_BARE = regex(
    r"(?:^|[.!?;:,(\"\u201c]\s*|\b(?:said|says|by|with|from|to|for|told)\s+)"
    r"(?P<body>[A-Za-z][a-z]+)\s+(?P<title>[a-z][\w-]*),?\s+$"
)
"""A noun for the body and a job, with no article, in front of a name: "Project manager
Moira Teague" (the project's manager), "Race director Owen Price"."""

_CLAUSE_END = r"(?=\s*(?:[,;:.)]|$|\s+(?:said|says|told|warned|added)\b))"

_AFTER = (
    regex(rf",\s+(?:the\s+)?{_BODY}{_POSSESSIVE}\s+{_TITLE}{_CLAUSE_END}"),
    regex(rf",\s+{_ARTICLE}{_TITLE}\s+(?:of|at)\s+(?:the\s+)?{_BODY}{_CLAUSE_END}"),
    regex(rf",\s+the\s+{_JURISDICTION}\s+{_TITLE}{_CLAUSE_END}"),
)
"""Seats written in apposition right after a name."""

_CHOSEN_BY = regex(
    rf"(?:^|[.!?]\s+)(?:[Tt]he\s+)?{_BODY}\s+(?:has|have|had)\s+(?:\w+ly\s+)?"
    r"(?:elected|appointed|named|chosen|picked|hired|installed|confirmed)\s+$"
)
"""A body that has given the name after it a seat: "The Kelsford Chess Club has elected"."""

_CHOSEN_AS = regex(
    r"\s+(?:as\s+)?(?:its|their)\s+(?:new\s+)?(?P<title>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
"""The seat given, after the name: "as its new president", "its principal conductor"."""

_SUCCEEDED = regex(
    rf",\s+(?:(?:the\s+)?{_TITLE}\s+(?:of|at)\s+(?:the\s+)?{_BODY}"
    rf"|(?:the\s+)?(?P<body2>(?:{_WORD}\s+){{0,3}}{_WORD}){_POSSESSIVE}\s+(?P<title2>[a-z][\w-]*))"
    r"(?:\s+(?:for|since)\s+[\w ]{1,20}?)?,\s+(?:has\s+been|was|will\s+be|is\s+to\s+be)\s+"
    r"(?:succeeded|replaced)\s+by\s+$"
)
"""A holder's seat said before the name of their successor, who holds it now: "Harold
Benn, president of the Kelsford Chess Club for 22 years, has been succeeded by"."""

_REACH = 90
"""How far in front of a name a seat is looked for: four words of a body, three of a
title and their spaces."""

_CLAUSE_REACH = 200
"""How far in front of a name the body that chose it, or the seat it took over, is looked
for: the clause before it."""

_PAST_HOLDER = ("former", "ex-", "then-", "retired", "late", "onetime", "erstwhile")
"""The words of a past holder, as written in front of a seat ("ex-" and "then-" only with
their hyphen: "ex-mayor"): in a title they make it no seat, and so they do in front of it
(``_FORMER_BEFORE``)."""

_NOT_A_SEAT = frozenset(
    "a an one another some any deputy assistant associate vice acting interim junior "
    "and or of who whose".split()
) | frozenset(word.rstrip("-") for word in _PAST_HOLDER)
"""Words in a title that make it no seat now held by one person: one of several, a past
holder, a lower rank, a stand-in (a clause or a list is no title either)."""

_FORMER_BEFORE = regex(rf"(?i:\b(?:{'|'.join(_PAST_HOLDER)}))\s*$")
"""A past holder's word in front of a seat: "Former state forester Dale Kemp"."""

_LONGEST_PAST = max(map(len, _PAST_HOLDER))


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
    several: bool = False
    """Said as one of several ("a technician at the observatory"): a seat of the body that
    its holder holds, but others may hold it too."""


@cache
def job_nouns() -> frozenset[str]:
    """The nouns of data/wordnet_job_nouns.txt."""
    return frozenset(line.partition("\t")[0] for line in data_lines("wordnet_job_nouns.txt"))


_NOT_A_BODY = frozenset(
    "the its his her their our my your this that these those new now also then".split()
)
"""Words in front of a job and a name that are no body ("said the director Ana Ruiz")."""


def job_seats(text: str, mention: Mention, people: frozenset[str] = frozenset()) -> list[JobSeat]:
    """The seats said right around ``mention`` in ``text`` (the article), bodies that are
    a person of ``people`` (folded surnames: "Trump's lawyer") left out."""
    return [seat for seat in _read_seats(text, mention) if _not_of(seat, people)]


class ArticleSeats:
    """The seats said around the mentions of one article, each mention's read the first
    time a pair asks for them and kept with the article (``article_seats``): the bodies
    left out are the pair's (a person of one pair's cast may be no person of another's),
    the reading is the article's."""

    __slots__ = ("_text", "_read")

    def __init__(self, text: str) -> None:
        self._text = text
        self._read: dict[tuple[int, int], tuple[JobSeat, ...]] = {}

    def around(self, mention: Mention, people: frozenset[str] = frozenset()) -> list[JobSeat]:
        """``job_seats(text, mention, people)`` of the article's text."""
        span = (mention.start, mention.end)
        seats = self._read.get(span)
        if seats is None:
            seats = self._read[span] = tuple(_read_seats(self._text, mention))
        return [
            seat if seat.mention is mention else replace(seat, mention=mention)
            for seat in seats
            if _not_of(seat, people)
        ]


@per_article
def article_seats(article: Article) -> ArticleSeats:
    """The article's seats, read once per mention however many pairs it is in."""
    return ArticleSeats(article.text)


def _not_of(seat: JobSeat, people: frozenset[str]) -> bool:
    """The seat's body is no person of ``people`` ("Trump's lawyer")."""
    return seat.body.rpartition(" ")[2] not in people


def _read_seats(text: str, mention: Mention) -> list[JobSeat]:
    """The seats said right around ``mention`` in ``text``, whatever their bodies.

    Most names have none, and the searches for one try every place of the words around
    the name: they are made only where what every pattern needs is there (``_may_hold``,
    a comma right after the name, ``_given_seats``)."""
    found = []
    window_start = max(0, mention.start - _REACH)
    if _may_hold(text, window_start, mention.start):
        found.extend(_seats_before(text, mention, window_start))
    if _comma_after(text, mention.end):
        found.extend(_seats_after(text, mention))
    found.extend(_given_seats(text, mention))
    return found


def _seats_before(text: str, mention: Mention, window_start: int) -> list[JobSeat]:
    """The seat said in front of the name, from ``window_start``: the first pattern of
    ``_BEFORE`` that matches, or ``_BARE`` where none does."""
    before = text[window_start : mention.start]
    if not _names_a_job(before):
        return []
    for pattern in _BEFORE:
        hit = pattern.search(before)
        if hit is not None:
            seat = _seat(mention, hit, window_start)
            if seat is None or _past_holder_before(text, window_start + hit.start()):
                return []
            return [seat]
    hit = _BARE.search(before)
    if hit is None or not _bare_body(hit.group("body")):
        return []
    seat = _seat(mention, hit, window_start)
    return [] if seat is None else [seat]


def _seats_after(text: str, mention: Mention) -> list[JobSeat]:
    """The seat said in apposition after the name: the first pattern of ``_AFTER`` that
    matches."""
    after = text[mention.end : mention.end + _REACH]
    if not _names_a_job(after):
        return []
    for pattern in _AFTER:
        hit = pattern.match(after)
        if hit is not None:
            seat = _seat(mention, hit, mention.end)
            return [] if seat is None else [seat]
    return []


_TAIL_RUN = regex(r"[\w-]+\Z")
"""The word (a run of ``_TITLE_WORD``'s characters) that ends where a search ends."""


def _may_hold(text: str, window_start: int, start: int) -> bool:
    """Whether the words from ``window_start`` to a name at ``start`` may hold a seat:
    every pattern of one before a name (``_BEFORE``, ``_BARE``) ends in a space, and in a
    comma and a space or in the title, whose last word, a job noun, is the last word
    before the name."""
    end = _before_spaces(text, window_start, start)
    if end in (start, window_start):
        return False
    if text[end - 1] == ",":
        return True
    word = _TAIL_RUN.search(text, max(window_start, end - _longest_job_noun() - 1), end)
    return word is not None and word.group() in job_nouns()


def _comma_after(text: str, end: int) -> bool:
    """A comma right after a name at ``end``: every pattern of a seat in apposition
    (``_AFTER``) starts with one."""
    return text.startswith(",", end)


def _before_spaces(text: str, start: int, end: int) -> int:
    """Where the spaces of ``text`` that end at ``end`` start, from ``start`` on."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


@cache
def _longest_job_noun() -> int:
    return max(map(len, job_nouns()))


def _past_holder_before(text: str, end: int) -> bool:
    """A past holder's word stands right before ``end`` but for spaces: "Former state
    forester". The word ends where those spaces start, so it is searched for only from
    there back (``_FORMER_BEFORE`` reads one character for each of a word's)."""
    start = _before_spaces(text, 0, end)
    return _FORMER_BEFORE.search(text, max(0, start - _LONGEST_PAST), end) is not None


_TITLE_WORD = regex(r"[\w-]+")
"""The words a title is made of (``_TITLE``): each is a whole run of these characters in
the window it is read from."""


def _names_a_job(window: str) -> bool:
    """Some word of ``window`` is a job noun. ``_seat`` takes only a title whose last
    word is one, so a window without one holds no seat, however its patterns match: it
    is not searched (most windows; the searches, anchored at the window's end, try every
    position of it)."""
    return not job_nouns().isdisjoint(_TITLE_WORD.findall(window))


def _given_seats(text: str, mention: Mention) -> list[JobSeat]:
    """The seat a body gave the name ("The club has elected NAME as its new president") or
    that the name took over from a holder ("X, president of the club, has been succeeded
    by NAME"). The body that chose is looked for only after the seat it gave, which is
    matched right after the name; a holder only when "succeeded by" or "replaced by" is
    right before it."""
    clause_start = max(0, mention.start - _CLAUSE_REACH)
    chosen = _CHOSEN_AS.match(text, mention.end)
    if chosen is not None:
        words = chosen.group("title").split()
        last = max((i for i, word in enumerate(words) if word in job_nouns()), default=-1)
        seat_now = last >= 0 and not _NOT_A_SEAT & set(words[:last])
        chooser = _CHOSEN_BY.search(text[clause_start : mention.start]) if seat_now else None
        if chooser is not None:
            body = _body(chooser.group("body"))
            if body:
                start = chosen.start("title")
                title = " ".join(words[: last + 1])
                return [JobSeat(mention, title, body, start, start + len(title))]
    if not _succeeded_by(text, mention.start):
        return []
    held = _SUCCEEDED.search(text[clause_start : mention.start])
    if held is not None:
        title_group = "title" if held.group("title") is not None else "title2"
        body_group = "body" if held.group("body") is not None else "body2"
        seat = _seat(mention, held, clause_start, title_group, body_group)
        if seat is not None:
            return [seat]
    return []


def _succeeded_by(text: str, start: int) -> bool:
    """ "succeeded by" or "replaced by" and a space end right before ``start``, as
    ``_SUCCEEDED`` needs: most names have no holder before them, and that search tries
    every place of the clause."""
    end = _before_spaces(text, 0, start)
    if end == start or not text.endswith("by", 0, end):
        return False
    return text.endswith(("succeeded", "replaced"), 0, _before_spaces(text, 0, end - 2))


def _bare_body(word: str) -> bool:
    """A word in front of a job with no article may be its body: not a job itself ("Chief
    engineer"), nor a word of _NOT_A_BODY or _NOT_A_SEAT."""
    word = word.lower()
    return not (word in job_nouns() or word in _NOT_A_BODY or word in _NOT_A_SEAT)


def _seat(
    mention: Mention,
    hit: re.Match[str],
    offset: int,
    title_group: str = "title",
    body_group: str = "body",
) -> JobSeat | None:
    """The seat of the title in the body ``hit`` reads (``offset``: where the text it
    searched starts in the article) when the title's last word is a job noun and no word
    of either makes it no seat, else None."""
    title = hit.group(title_group)
    words = title.split()
    if words[-1] not in job_nouns() or _NOT_A_SEAT & set(words[:-1]):
        return None
    body = _body(hit.group(body_group))
    if not body:
        return None
    start = offset + hit.start(title_group)
    several = "several" in hit.re.groupindex and hit.group("several") is not None
    return JobSeat(mention, " ".join(words), body, start, start + len(title), several)


def _body(written: str) -> str:
    """The body as written, folded, from after its last "the" ("said the rail museum"),
    or "" when a word of it makes it no body."""
    body_words = fold(written).split()
    if "the" in body_words:
        body_words = body_words[len(body_words) - body_words[::-1].index("the") :]
    if not body_words or _NOT_A_SEAT & set(body_words):
        return ""
    return " ".join(body_words)


_AND_AFTER = regex(r"\s+and\s+(?:the\s+|its\s+)?")


def joined_titles(text: str, end: int, other: str) -> bool:
    """The title ending at ``end`` is joined by "and" to the title ``other`` (any case):
    "director and chief curator", both held by one person."""
    hit = _AND_AFTER.match(text, end)
    return hit is not None and text[hit.end() : hit.end() + len(other)].lower() == other.lower()


def one_body(a: str, b: str) -> bool:
    """Two bodies said of seats may be one: the same, or one the end of the other ("museum"
    / "rail museum", "club" / "dunvegan golf club"), or with one noun last and every word of
    one in the other ("valdora station" / "valdora monitoring station")."""
    if a == b or f" {a}".endswith(f" {b}") or f" {b}".endswith(f" {a}"):
        return True
    a_words, b_words = a.split(), b.split()
    if a_words[-1] != b_words[-1]:
        return False
    return set(a_words) <= set(b_words) or set(b_words) <= set(a_words)


def public(body: str) -> bool:
    """The body is a state or a county: its posts are public offices, of which one person
    holds one at a time."""
    return body.rpartition(" ")[2] in ("state", "county")
